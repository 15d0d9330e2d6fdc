/* Light/dark mode: follow the system unless the reader chose, and remember the choice.
   Loaded in <head> so the scheme is set before the first paint. The header's button
   is in the HTML from the start; its label follows <html data-theme> through CSS, so
   nothing here changes the layout. It names the mode it switches to, and that mode is
   never on, so aria-pressed stays "false": a screen reader hears "Light mode, toggle
   button, not pressed" while the page is dark. */
(function () {
  "use strict";
  var KEY = "theme";
  var root = document.documentElement;
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function current() {
    var choice = stored();
    if (choice === "dark" || choice === "light") return choice;
    return media && media.matches ? "dark" : "light";
  }
  function apply(theme) {
    root.setAttribute("data-theme", theme);
  }

  apply(current());
  if (media && media.addEventListener) {
    media.addEventListener("change", function () { if (!stored()) apply(current()); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme-toggle");
    if (!button) return;
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode: this page only */ }
      apply(next);
    });
  });
})();
