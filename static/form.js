// Enhancement only: the form works the same without this file.
// Shows how many questions are answered, and stops a double tap from sending twice
// (the server would store it once anyway, thanks to the submission id).
(function () {
  "use strict";
  var form = document.querySelector("form.survey");
  if (!form) return;
  var live = form.querySelector(".progress-live");
  var total = parseInt(form.getAttribute("data-questions") || "0", 10);
  var questions = form.querySelectorAll("[data-question]");

  function update() {
    if (!live || !total) return;
    var answered = 0;
    questions.forEach(function (q) {
      if (q.querySelector("input:checked")) answered += 1;
    });
    var template = live.getAttribute("data-template") || "";
    live.textContent = template.replace("{answered}", answered).replace("{total}", total);
    live.hidden = false;
  }

  form.addEventListener("change", update);
  update();

  var sent = false;
  form.addEventListener("submit", function (event) {
    if (sent) {
      event.preventDefault();
      return;
    }
    sent = true;
    var button = form.querySelector("button[type=submit]");
    if (button) button.setAttribute("aria-disabled", "true");
  });
})();
