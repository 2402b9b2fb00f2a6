/* The progress of an emailed batch of reminders, followed without a reload: every three
   seconds, the batch's progress address (JSON counts by status) updates the bar and the
   counts, until nothing is left to send. Served by the app (CSP: scripts from 'self'). */
(function () {
  "use strict";
  var section = document.querySelector("[data-progress-url]");
  if (!section) { return; }
  var bar = section.querySelector("progress");
  function show(counts) {
    bar.max = counts.total || 1;
    bar.value = counts.done;
    Object.keys(counts).forEach(function (key) {
      var cell = section.querySelector('[data-count="' + key + '"]');
      if (cell) { cell.textContent = counts[key]; }
    });
    return counts.left > 0;
  }
  function poll() {
    fetch(section.dataset.progressUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) { if (counts && show(counts)) { window.setTimeout(poll, 3000); } })
      .catch(function () { window.setTimeout(poll, 10000); });
  }
  poll();
})();
