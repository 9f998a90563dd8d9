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
