// The app's own script, loaded by every page (no inline script: the CSP refuses it).
// - [data-print] buttons print the page; they stay hidden without JavaScript.
// - "/" moves the focus to the header's search box, unless one is typing in a field.
// - A table page's filters stay open beside the table on a wide screen; on a phone they
//   fold into their disclosure above it (templates/includes/filter_form.html).
// - A table too wide for its box scrolls in it, and can then be reached and scrolled with
//   the keyboard (a named, focusable region): named by its caption, else by the word the
//   page gives in its language (<body data-table-label>, templates/base.html; one word, so
//   a data attribute rather than Django's JavaScript catalog and its extra request).
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var wide = window.matchMedia("(min-width: 60rem)");
  function placeFilters() {
    document.querySelectorAll("details.filter-disclosure").forEach(function (details) {
      if (wide.matches) { details.open = true; }
    });
  }
  placeFilters();
  wide.addEventListener("change", placeFilters);

  function markScrollingTables() {
    document.querySelectorAll(".table-container").forEach(function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      var caption = box.querySelector("caption");
      if (scrolls) {
        box.setAttribute("tabindex", "0");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", caption ? caption.textContent.replace(/\s+/g, " ").trim() : (document.body.dataset.tableLabel || "Table"));
      } else if (box.getAttribute("role") === "region") {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    });
  }
  markScrollingTables();
  window.addEventListener("resize", markScrollingTables);

  document.addEventListener("keydown", function (event) {
    var search = document.getElementById("site-search");
    var typing = event.target.closest("input, textarea, select, [contenteditable]");
    if (event.key === "/" && search && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      search.focus();
    }
  });
})();
