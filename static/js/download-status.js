/* A download a worker is making (templates/download.html): every two seconds, its status
   address says whether it is ready; when it is (or has failed), the page is drawn again to
   offer the file. Served by the app (CSP: scripts from 'self'). */
(function () {
  "use strict";
  var section = document.querySelector("[data-status-url]");
  if (!section || section.dataset.status === "done" || section.dataset.status === "failed") { return; }
  function poll() {
    fetch(section.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (answer && (answer.status === "done" || answer.status === "failed")) { window.location.reload(); }
        else { window.setTimeout(poll, 2000); }
      })
      .catch(function () { window.setTimeout(poll, 10000); });
  }
  window.setTimeout(poll, 1000);
})();
