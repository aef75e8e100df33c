// Enhancement only: the form works the same without this file (and without service
// workers or local storage).
// Shows how many questions are answered, focuses the error summary, and stops a double tap from sending twice
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
      var text = q.querySelector("textarea");
      if (q.querySelector("input:checked") || (text && text.value.trim())) answered += 1;
    });
    var template = live.getAttribute("data-template") || "";
    live.textContent = template.replace("{answered}", answered).replace("{total}", total);
    live.hidden = false;
  }

  form.addEventListener("change", update);
  form.addEventListener("input", update);
  update();

  // A refused form: the summary of what to fix takes focus, so a screen reader reads it
  // and the next tab reaches its first link (GOV.UK's error summary does the same).
  var summary = document.querySelector(".error-summary[tabindex]");
  if (summary) summary.focus();

  // Without signal: the answer is kept on the phone (with its submission id, so it is
  // stored once however often it is sent) and sent when the signal is back: from this
  // page if it is still open, else the next time any form is opened.
  var QUEUE = "stemme-outbox";
  var status = form.querySelector(".offline-status");
  var idField = form.querySelector("input[name=submission_id]");
  var myId = idField ? idField.value : "";

  function queued() {
    try {
      return JSON.parse(window.localStorage.getItem(QUEUE) || "[]");
    } catch (e) {
      return [];
    }
  }
  function store(list) {
    try {
      window.localStorage.setItem(QUEUE, JSON.stringify(list));
      return true;
    } catch (e) {
      return false;
    }
  }
  function say(which) {
    if (!status) return;
    status.textContent = status.getAttribute(which) || "";
    status.hidden = false;
  }
  function forget(id) {
    store(queued().filter(function (item) { return item.id !== id; }));
  }
  function send(item) {
    return fetch(item.action, {
      method: "POST",
      body: item.body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      credentials: "same-origin",
    });
  }
  function flush() {
    if (navigator.onLine === false || !window.fetch) return;
    queued().forEach(function (item) {
      var mine = item.id === myId;
      if (mine) say("data-sending");
      send(item).then(function (response) {
        if (response.status >= 500 || response.status === 429) return; // later
        forget(item.id);
        if (!mine) return;
        // Stored: the thank-you page. Refused (a required answer missing): the form
        // again, sent the ordinary way, so the page shows what to fix.
        if (response.ok && response.url.indexOf("/thanks") !== -1) window.location.assign(response.url);
        else form.submit();
      }).catch(function () { /* still no signal: kept */ });
    });
  }

  var sent = false;
  form.addEventListener("submit", function (event) {
    if (navigator.onLine === false && window.localStorage && window.fetch) {
      event.preventDefault();
      var item = {
        id: myId,
        action: form.action,
        body: new URLSearchParams(new FormData(form)).toString(),
      };
      var list = queued().filter(function (other) { return other.id !== item.id; });
      list.push(item);
      if (store(list)) say("data-kept");
      return;
    }
    if (sent) {
      event.preventDefault();
      return;
    }
    sent = true;
    var button = form.querySelector("button[type=submit]");
    if (button) button.setAttribute("aria-disabled", "true");
  });
  window.addEventListener("online", flush);
  flush();

  // The form and its assets are kept for the next time there is no signal.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () { /* the form works without */ });
  }
})();
