// Read-aloud: plays the recording the catalogue has for a question in the page language,
// or speaks the question and its answer choices with the browser's speech synthesis.
// Enhancement only: where neither exists the button is not added, so nothing is broken.
(function () {
  "use strict";
  var form = document.querySelector("form.survey");
  if (!form) return;
  var lang = (document.documentElement.getAttribute("lang") || "").toLowerCase();
  // Browsers name Norwegian voices nb, no or nn.
  var accepted = lang === "nb" || lang === "nn" ? ["nb", "no", "nn"] : [lang];
  var label = form.getAttribute("data-read-label") || "Read aloud";
  var stopLabel = form.getAttribute("data-stop-label") || "Stop";
  var synth = window.speechSynthesis;
  var playing = null;

  function voice() {
    if (!synth || !window.SpeechSynthesisUtterance) return null;
    var voices = synth.getVoices();
    for (var i = 0; i < voices.length; i += 1) {
      var code = (voices[i].lang || "").toLowerCase().split(/[-_]/)[0];
      if (accepted.indexOf(code) !== -1) return voices[i];
    }
    return null;
  }

  function words(question) {
    var parts = [];
    var text = question.querySelector("[data-read-text]");
    if (text) parts.push(text.textContent.trim());
    question.querySelectorAll("[data-read-choice]").forEach(function (c) {
      parts.push(c.textContent.trim());
    });
    return parts.join(". ");
  }

  function stop() {
    if (synth) synth.cancel();
    if (playing && playing.audio) playing.audio.pause();
    if (playing) {
      playing.button.setAttribute("aria-pressed", "false");
      playing.button.textContent = label;
    }
    playing = null;
  }

  function start(question, button) {
    stop();
    playing = { button: button, audio: null };
    button.setAttribute("aria-pressed", "true");
    button.textContent = stopLabel;
    // A person's recording first: it is read by someone who speaks the language, and it
    // is the only voice for languages phones have none for.
    var file = question.getAttribute("data-audio");
    var v = voice();
    if (file) {
      playing.audio = new Audio(file);
      playing.audio.onended = stop;
      var started = playing.audio.play();
      if (started && started.catch) started.catch(stop);
    } else if (v) {
      var u = new SpeechSynthesisUtterance(words(question));
      u.voice = v;
      u.lang = v.lang;
      u.rate = 0.9;
      u.onend = stop;
      synth.speak(u);
    }
  }

  function setUp() {
    var canSpeak = voice() !== null;
    form.querySelectorAll("[data-read]").forEach(function (question) {
      if (question.querySelector(".read-aloud")) return;
      if (!canSpeak && !question.getAttribute("data-audio")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "read-aloud";
      button.textContent = label;
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", function () {
        if (playing && playing.button === button) stop();
        else start(question, button);
      });
      var head = question.querySelector("legend, label");
      if (head && head.parentNode) head.parentNode.insertBefore(button, head.nextSibling);
    });
  }

  // Voices load late in some browsers.
  if (synth && "onvoiceschanged" in synth) synth.addEventListener("voiceschanged", setUp);
  setUp();
})();
