// Swagger UI's own accessibility gaps, mended as it draws (WCAG 2.1 AA, checked with axe in
// tests/browser/test_api_docs.py): a name for the dialog's close button and for each
// parameter's list of values, the Authorize button's name that says its text, and keyboard
// focus for the code blocks that scroll sideways. The words come from the page, in its language.
"use strict";

(() => {
  const words = document.currentScript.dataset;

  const mend = (root) => {
    root.querySelectorAll(".close-modal:not([aria-label])").forEach((button) => {
      button.setAttribute("aria-label", words.close);
    });
    root.querySelectorAll("button.authorize[aria-label]").forEach((button) => {
      button.removeAttribute("aria-label");
    });
    root.querySelectorAll("tr[data-param-name] select:not([aria-label])").forEach((select) => {
      select.setAttribute("aria-label", select.closest("tr").dataset.paramName);
    });
    root.querySelectorAll(".highlight-code pre:not([tabindex])").forEach((block) => {
      block.setAttribute("tabindex", "0");
    });
  };

  new MutationObserver(() => mend(document)).observe(document.body, {
    childList: true, subtree: true,
  });
})();
