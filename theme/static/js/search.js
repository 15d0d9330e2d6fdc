/* Start Pagefind's UI on the search page. Paths come from the page itself, so
   search works from `make serve` (relative URLs) and under a GitHub Pages sub-path. */
(function () {
  "use strict";
  function start() {
    var element = document.getElementById("search");
    if (!element || typeof PagefindUI === "undefined") return;
    var root = new URL(element.getAttribute("data-site-root") || "/", window.location.href);
    var bundle = new URL("pagefind/", root);
    // A big site is indexed in several bundles (plugins/search_index); merge them all.
    fetch(new URL("bundles.json", bundle).href)
      .then(function (response) { return response.ok ? response.json() : { more: [] }; })
      .catch(function () { return { more: [] }; })
      .then(function (bundles) { show(element, root, bundle, bundles.more || []); });
  }
  function show(element, root, bundle, more) {
    new PagefindUI({
      element: "#search",
      bundlePath: bundle.pathname,
      baseUrl: root.pathname,
      mergeIndex: more.map(function (path) { return { bundlePath: new URL(path, bundle).pathname }; }),
      showSubResults: true,
      showImages: false,
      resetStyles: false
    });
    var params = new URLSearchParams(window.location.search);
    var input = element.querySelector("input");
    // Pagefind's box has only a title; screen readers need a real accessible name.
    if (input) input.setAttribute("aria-label", "Search the posts");
    if (input && params.get("q")) {
      input.value = params.get("q");
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
