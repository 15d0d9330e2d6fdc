{#- Light/dark mode, inlined in <head> by base.html (its CSP allows this exact text
    by its SHA-256 hash, nothing else inline): it sets <html data-theme> before the
    first paint, so there is no flash, and without a request that would hold the
    first paint back. It follows the system unless the reader chose, and remembers
    the choice. The header's button is in the HTML from the start; its label follows
    data-theme through CSS, so nothing here changes the layout. It names the mode it
    switches to, and that mode is never on, so aria-pressed stays "false": a screen
    reader hears "Light mode, toggle button, not pressed" while the page is dark.
    Jinja comments like this one never reach the page. -#}
(function () {
  "use strict";
  var root = document.documentElement;
  var media = window.matchMedia ? matchMedia("(prefers-color-scheme: dark)") : null;
  function stored() {
    try { return localStorage.getItem("theme"); } catch (e) { return null; }
  }
  function apply() {
    var choice = stored();
    root.setAttribute("data-theme", choice === "dark" || choice === "light" ? choice
      : media && media.matches ? "dark" : "light");
  }
  apply();
  if (media && media.addEventListener) media.addEventListener("change", apply);
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.getElementById("theme-toggle");
    if (button) button.addEventListener("click", function () {
      var next = root.getAttribute("data-theme") === "dark" ? "light" : "dark";
      try { localStorage.setItem("theme", next); } catch (e) { /* private mode: this page only */ }
      root.setAttribute("data-theme", next);
    });
  });
})();
