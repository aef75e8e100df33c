// Projector view: follows the workshop's live results over server-sent events and
// redraws the notes and proposals. Texts are set with textContent, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("projector");
  if (!root || !window.EventSource) { return; }
  var notes = document.getElementById("notes");
  var proposals = document.getElementById("proposals");
  var participants = document.getElementById("participants");
  var status = document.getElementById("live-status");
  var votesLabel = notes.getAttribute("data-votes-label") || "";
  var few = proposals.getAttribute("data-few") || "";

  function item(count, countLabel, text) {
    var li = document.createElement("li");
    var c = document.createElement("span");
    c.className = count.className;
    c.textContent = count.text;
    if (countLabel) { c.setAttribute("aria-label", countLabel); }
    var t = document.createElement("span");
    t.setAttribute("dir", "auto");
    t.textContent = text;
    li.appendChild(c);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(t);
    return li;
  }

  function draw(board) {
    notes.replaceChildren.apply(notes, board.notes.map(function (n) {
      return item({ className: "votes", text: String(n.votes) }, votesLabel, n.text);
    }));
    proposals.replaceChildren.apply(proposals, board.proposals.map(function (p) {
      var li = item({ className: "rating", text: p.average === null ? few : p.average + " / 5" }, null, p.title);
      // The title first, then the rating, as the page without script shows it.
      li.appendChild(li.firstChild);
      return li;
    }));
    if (participants) {
      participants.textContent = participants.textContent.replace(/\d+/, String(board.participants));
    }
    root.setAttribute("data-updated", String(Date.now()));
  }

  var source = new EventSource(root.getAttribute("data-events"));
  source.addEventListener("board", function (event) {
    try { draw(JSON.parse(event.data)); } catch (e) { /* a broken event is skipped */ }
  });
  source.onerror = function () { if (status) { status.textContent = "…"; } };
  source.onopen = function () { if (status) { status.textContent = ""; } };
})();
