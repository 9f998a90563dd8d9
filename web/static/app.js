// Rastro's small enhancements; every page works without them.
"use strict";

// Upload progress: send the form with XMLHttpRequest to the JSON API and
// show how much has gone, then open the new item's page.
function enhanceUpload(form) {
  var bar = document.getElementById("progress");
  var text = document.getElementById("progress-text");
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/evidence");
    xhr.responseType = "json";
    bar.hidden = false;
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) {
        var pct = Math.round((e.loaded / e.total) * 100);
        bar.value = pct;
        // Once every byte is sent the server hashes the file and reads its
        // metadata before answering: say so.
        text.textContent = pct < 100 ? pct + " %" : (form.dataset.processing || "100 %");
      }
    });
    xhr.addEventListener("load", function () {
      var body = xhr.response || {};
      if (xhr.status === 200 && body.item) {
        bar.value = 100;
        window.location.assign("/evidence/" + body.item.id);
      } else {
        text.textContent = body.error || ("HTTP " + xhr.status);
      }
    });
    xhr.addEventListener("error", function () { text.textContent = "network error"; });
    xhr.send(new FormData(form));
  });
}

// Map pan and zoom: scale and move the SVG's viewBox.
function enhanceMap(box) {
  var svg = box.querySelector("svg");
  if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
  var vb = svg.viewBox.baseVal;
  var start = null;
  box.addEventListener("wheel", function (e) {
    e.preventDefault();
    var r = svg.getBoundingClientRect();
    var f = e.deltaY < 0 ? 0.8 : 1.25;
    var mx = vb.x + ((e.clientX - r.left) / r.width) * vb.width;
    var my = vb.y + ((e.clientY - r.top) / r.height) * vb.height;
    vb.x = mx - (mx - vb.x) * f;
    vb.y = my - (my - vb.y) * f;
    vb.width *= f;
    vb.height *= f;
  }, { passive: false });
  box.addEventListener("pointerdown", function (e) { start = { x: e.clientX, y: e.clientY, vx: vb.x, vy: vb.y }; box.setPointerCapture(e.pointerId); });
  box.addEventListener("pointermove", function (e) {
    if (!start) return;
    var r = svg.getBoundingClientRect();
    vb.x = start.vx - ((e.clientX - start.x) / r.width) * vb.width;
    vb.y = start.vy - ((e.clientY - start.y) / r.height) * vb.height;
  });
  box.addEventListener("pointerup", function () { start = null; });
}

// Live filters: as the user types, ask the JSON API and redraw the table.
function enhanceFilters(form) {
  var table = document.querySelector("#incident-table tbody");
  var timer = null;
  function esc(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }
  function refresh() {
    var q = new URLSearchParams(new FormData(form));
    fetch(form.dataset.live + "?" + q.toString(), { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (d) {
        if (!d) return;
        table.innerHTML = d.incidents.map(function (i) {
          var when = i.when && i.when.start ? i.when.start : "";
          var tags = (i.tags || []).map(function (t) { return " <span class=\"chip tag\">" + esc(t) + "</span>"; }).join("");
          return "<tr><td>" + i.id + "</td><td><a href=\"/incidents/" + i.id + "\">" + esc(i.title) + "</a>" + tags + "</td><td>" + esc(when) +
            "</td><td>" + esc(i.place) + "</td><td class=\"num\">" + i.recorded.killed + "</td><td class=\"num\">" + i.recorded.injured +
            "</td><td class=\"num\">" + (i.reported_fatalities || "—") + "</td></tr>";
        }).join("");
        history.replaceState(null, "", "/incidents?" + q.toString());
      });
  }
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(refresh, 250); });
}

document.addEventListener("DOMContentLoaded", function () {
  var up = document.querySelector("form[data-progress]");
  if (up) enhanceUpload(up);
  document.querySelectorAll("[data-zoom]").forEach(enhanceMap);
  var f = document.querySelector("form[data-live]");
  if (f) enhanceFilters(f);
});
