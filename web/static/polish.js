// Blurred graphic media: a click on the picture or on "show" reveals it
// (the link still works without this script, through ?show=1).
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("figure.viewer.graphic").forEach(function (fig) {
    function reveal(ev) {
      if (!fig.classList.contains("graphic")) return;
      ev.preventDefault();
      fig.classList.remove("graphic");
      var w = fig.querySelector(".warning");
      if (w) w.remove();
    }
    fig.addEventListener("click", reveal);
    fig.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") reveal(ev); });
  });
});

// Keyboard path for the maps: focus one (Tab), then + and - zoom and the
// arrow keys pan, as the wheel and dragging do.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-zoom]").forEach(function (box) {
    var svg = box.querySelector("svg");
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
    var vb = svg.viewBox.baseVal;
    box.tabIndex = 0;
    box.setAttribute("role", "group");
    box.addEventListener("keydown", function (e) {
      var f = 0, dx = 0, dy = 0;
      if (e.key === "+" || e.key === "=") f = 0.8;
      else if (e.key === "-") f = 1.25;
      else if (e.key === "ArrowLeft") dx = -0.1;
      else if (e.key === "ArrowRight") dx = 0.1;
      else if (e.key === "ArrowUp") dy = -0.1;
      else if (e.key === "ArrowDown") dy = 0.1;
      else return;
      e.preventDefault();
      if (f) {
        var cx = vb.x + vb.width / 2, cy = vb.y + vb.height / 2;
        vb.width *= f; vb.height *= f;
        vb.x = cx - vb.width / 2; vb.y = cy - vb.height / 2;
      } else {
        vb.x += dx * vb.width; vb.y += dy * vb.height;
      }
    });
  });
});
