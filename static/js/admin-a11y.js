// Accessibility fixes for the admin's pages (loaded by templates/admin/base_site.html; the
// CSP allows no inline script, so every handler is attached here).
(function () {
  "use strict";

  // The autocomplete (Select2) draws a combobox whose name is the chosen value, empty until
  // one is chosen: name it by the field's own label as well.
  function nameAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = document.querySelector('label[for="' + select.id + '"]');
      var box = select.parentElement.querySelector(".select2-selection");
      if (!label || !box) { return; }
      label.id = label.id || select.id + "-label";
      var shown = box.querySelector(".select2-selection__rendered");
      box.setAttribute("aria-labelledby", label.id + (shown && shown.id ? " " + shown.id : ""));
      if (shown) { shown.removeAttribute("role"); shown.removeAttribute("aria-readonly"); }
    });
  }
  if (window.django && window.django.jQuery) {
    window.django.jQuery(nameAutocompletes);  // after the admin's own ready handler draws them
    window.django.jQuery(document).on("select2:select select2:clear", nameAutocompletes);
  }

  // django-import-export's export page: the fields of the chosen resource, and "Select all".
  document.addEventListener("DOMContentLoaded", function () {
    var resource = document.getElementById("id_resource");
    function showResourceFields() {
      var chosen = resource && resource.tagName === "SELECT" ? resource.value : "0";
      document.querySelectorAll("[data-resource-index]").forEach(function (row) {
        row.hidden = row.getAttribute("data-resource-index") !== chosen;
      });
    }
    if (resource) { resource.addEventListener("input", showResourceFields); }
    showResourceFields();

    var toggle = document.getElementById("select-all-toggle");
    if (!toggle) { return; }
    toggle.addEventListener("change", function () {
      document.querySelectorAll('.selectable-field-export-row input[type="checkbox"]')
        .forEach(function (box) { box.checked = toggle.checked; });
    });
  });
})();
