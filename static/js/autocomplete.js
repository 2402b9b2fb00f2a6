/* Suggestions for the searchable filters (core/autocomplete.py): each text box with
   data-choices-url fills its <datalist> with the records matching what is typed. */
(function () {
  "use strict";
  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var url = input.getAttribute("data-choices-url");
    var timer = null;
    var asked = "";
    if (!list || !url) { return; }
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        var text = input.value.trim();
        if (!text || text === asked) { return; }
        asked = text;
        fetch(url + "?q=" + encodeURIComponent(text), {
          credentials: "same-origin", headers: { "Accept": "application/json" }
        }).then(function (answer) {
          return answer.ok ? answer.json() : { results: [] };
        }).then(function (data) {
          if (text !== asked) { return; }
          list.replaceChildren.apply(list, data.results.map(function (choice) {
            var option = document.createElement("option");
            option.value = choice.value;
            option.label = choice.label;
            option.textContent = choice.label;
            return option;
          }));
        }).catch(function () { /* no suggestions: the box still takes a code or a name */ });
      }, 200);
    });
  }
  document.querySelectorAll("input[data-choices-url]").forEach(attach);
}());
