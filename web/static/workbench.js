// The workbench's enhancements (sources in, pickers, the review queue's
// keys); every page works without them.
"use strict";

// Bringing sources in: send the form to the JSON API, show how much of the
// upload has gone, then that the server is reading the documents, then
// open the source (one) or list what came in (several).
function enhanceIngest(form) {
  var bar = document.getElementById("ingest-progress");
  var status = document.getElementById("ingest-status");
  var results = document.getElementById("ingest-results");
  function esc(s) { var d = document.createElement("div"); d.textContent = s == null ? "" : String(s); return d.innerHTML; }
  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/sources");
    xhr.responseType = "json";
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      var pct = Math.round((e.loaded / e.total) * 100);
      bar.value = pct;
      status.textContent = pct + " %";
    });
    xhr.upload.addEventListener("load", function () {
      bar.removeAttribute("value"); // indeterminate while the server reads
      status.textContent = form.dataset.reading || "…";
    });
    xhr.addEventListener("load", function () {
      var body = xhr.response || {};
      bar.value = 100;
      if (xhr.status !== 200 || !body.results) {
        status.textContent = body.error || ("HTTP " + xhr.status);
        return;
      }
      if (body.results.length === 1 && !(body.refused || []).length) {
        window.location.assign("/sources/" + body.results[0].source.id);
        return;
      }
      status.textContent = "";
      results.innerHTML = body.results.map(function (r) {
        return "<li><a href=\"/sources/" + r.source.id + "\">" + esc(r.source.title) + "</a> (" + (r.claims || []).length + ")</li>";
      }).concat((body.refused || []).map(function (r) {
        return "<li class=\"error\">" + esc(r.name) + ": " + esc(r.error) + "</li>";
      })).join("");
    });
    xhr.addEventListener("error", function () { status.textContent = form.dataset.network || "network error"; });
    xhr.send(new FormData(form));
  });
}

// Pickers: a search box before each record list asks the search API (or,
// for lists of several types, filters what is there) by name, date, place.
function enhancePicker(sel) {
  var box = document.createElement("input");
  box.type = "search";
  box.className = "picker-search";
  box.placeholder = document.documentElement.lang === "es" ? "buscar…" : "search…";
  box.setAttribute("aria-label", box.placeholder);
  sel.parentNode.insertBefore(box, sel);
  var timer = null;
  var type = sel.dataset.picker;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = box.value.toLowerCase();
      if (type === "any") {
        Array.prototype.forEach.call(sel.options, function (o) {
          o.hidden = o.value !== "" && o.text.toLowerCase().indexOf(q) < 0;
        });
        return;
      }
      fetch("/api/search?type=" + encodeURIComponent(type) + "&q=" + encodeURIComponent(box.value), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) {
          if (!d) return;
          var keep = sel.options[0] && sel.options[0].value === "" ? sel.options[0].outerHTML : "";
          var prefix = sel.name === "target" ? type + ":" : "";
          var html = d.results.map(function (p) {
            var o = document.createElement("option");
            o.value = prefix + p.id;
            o.textContent = p.label;
            return o.outerHTML;
          }).join("");
          sel.innerHTML = keep + html;
          if (d.results.length) sel.selectedIndex = keep ? 1 : 0;
        });
    }, 200);
  });
}

// The new place form: the gazetteer's readings as the user types; picking
// one fills the form.
function enhanceGazetteer(form) {
  var q = document.getElementById("gazetteer-q");
  var list = document.getElementById("gazetteer-results");
  var timer = null;
  q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch("/api/gazetteer?q=" + encodeURIComponent(q.value), { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (d) {
          if (!d) return;
          list.innerHTML = "";
          d.places.forEach(function (p) {
            var li = document.createElement("li");
            var a = document.createElement("a");
            a.href = "/places/new?ubigeo=" + encodeURIComponent(p.ubigeo || "");
            a.textContent = [p.name, p.admin2, p.admin1, p.ubigeo].filter(Boolean).join(" · ");
            li.appendChild(a);
            list.appendChild(li);
          });
        });
    }, 200);
  });
}

// The review queue by keyboard: j/k move, x chooses, a/l/r decide.
function enhanceQueue() {
  var claims = Array.prototype.slice.call(document.querySelectorAll("[data-claim]"));
  if (!claims.length) return;
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT") || e.ctrlKey || e.metaKey || e.altKey) return;
    var at = claims.indexOf(document.activeElement.closest ? document.activeElement.closest("[data-claim]") : null);
    var cur = claims[at];
    function focus(i) { if (claims[i]) { claims[i].focus(); claims[i].scrollIntoView({ block: "nearest" }); } }
    switch (e.key) {
      case "j": focus(at + 1); break;
      case "k": focus(Math.max(0, at - 1)); break;
      case "x": if (cur) { var c = cur.querySelector(".bulk-pick"); if (c) c.checked = !c.checked; } break;
      case "a": if (cur) { var b = cur.querySelector(".accept-form select, button.accept"); if (b) b.focus(); } break;
      case "l": if (cur) { var l = cur.querySelector(".link-form select"); if (l) l.focus(); } break;
      case "r": if (cur) { var r = cur.querySelector(".reject-form input[name=reason]"); if (r) r.focus(); } break;
      default: return;
    }
    e.preventDefault();
  });
}

document.addEventListener("DOMContentLoaded", function () {
  var f = document.querySelector("form[data-ingest]");
  if (f) enhanceIngest(f);
  document.querySelectorAll("select[data-picker]").forEach(enhancePicker);
  var g = document.querySelector("form[data-gazetteer]");
  if (g) enhanceGazetteer(g);
  enhanceQueue();
});
