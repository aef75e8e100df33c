// The service worker of the citizen pages: keeps the start page, the forms and their
// assets, so that a phone that loses its signal still opens a form it has seen. Pages are
// fetched from the network first (never stale while there is signal) and kept as they
// come; without signal the kept copy is given. Answers are never kept here: form.js keeps
// an answer sent without signal on the phone and sends it when the signal is back.
"use strict";
var CACHE = "stemme-citizen-v1";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
    }).then(function () { return self.clients.claim(); })
  );
});

function citizen(url) {
  var p = url.pathname;
  return p === "/" || p.indexOf("/static/") === 0 || p.indexOf("/audio/") === 0 ||
    (p.indexOf("/s/") === 0 && p.indexOf("/thanks") === -1);
}

// A kept form carries the submission id it was first given; every answer needs its own,
// or a second answer from the same copy would be taken for a resend of the first.
function freshId(response) {
  var type = response.headers.get("Content-Type") || "";
  if (type.indexOf("text/html") !== 0 || !self.crypto || !self.crypto.randomUUID) return response;
  return response.text().then(function (html) {
    var body = html.replace(/name="submission_id" value="[^"]*"/, 'name="submission_id" value="' + self.crypto.randomUUID() + '"');
    return new Response(body, { status: response.status, headers: response.headers });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || !citizen(url)) return;
  event.respondWith(
    fetch(request).then(function (response) {
      if (response.ok) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
      }
      return response;
    }).catch(function () {
      return caches.match(request).then(function (kept) {
        if (!kept) return Response.error();
        return freshId(kept);
      });
    })
  );
});
