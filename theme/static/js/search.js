/* The search page: the site's own form and result list over Pagefind's JS API.
   Pagefind loads on the first search. Typing updates the address (?q=), so a
   search can be shared and comes back with Back. Paths come from the page, so
   search works from `make serve` and under a GitHub Pages sub-path. */
(function () {
  "use strict";
  var PAGE_SIZE = 10;
  var FILTERS = ["series", "source", "author"];
  var state = { pagefind: null, loading: null, results: [], shown: 0, run: 0 };
  var $ = function (id) { return document.getElementById(id); };

  function load(root) {
    if (state.loading) return state.loading;
    var bundle = new URL("pagefind/", root);
    // Nothing waits on anything it does not need: the list of bundles comes while
    // Pagefind's script loads, and Pagefind fetches its index (worker, entry,
    // WebAssembly) while the list is read, so the first results come sooner.
    var more = fetch(new URL("bundles.json", bundle).href)
      .then(function (r) { return r.ok ? r.json() : { more: [] }; })
      .catch(function () { return { more: [] }; });
    state.loading = import(new URL("pagefind.js", bundle).href).then(function (pagefind) {
      return pagefind.options({ bundlePath: bundle.pathname, baseUrl: root.pathname })
        .then(function () { return Promise.all([more, pagefind.init()]); })
        .then(function (ready) {
          var bundles = ready[0];
          // A big site is indexed in several bundles (plugins/search_index); merge them all.
          return Promise.all((bundles.more || []).map(function (path) {
            return pagefind.mergeIndex(new URL(path, bundle).pathname);
          }));
        })
        .then(function () { state.pagefind = pagefind; showFilters(pagefind); return pagefind; });
    });
    return state.loading;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function showFilters(pagefind) {
    pagefind.filters().then(function (filters) {
      var box = $("search-filters");
      box.textContent = "";
      FILTERS.forEach(function (name) {
        var values = Object.keys(filters[name] || {}).sort();
        if (!values.length) return;
        var set = el("fieldset", "search-filters__group");
        set.appendChild(el("legend", "", name.charAt(0).toUpperCase() + name.slice(1)));
        values.forEach(function (value) {
          var label = el("label", "search-filters__option");
          var check = el("input");
          check.type = "checkbox"; check.name = name; check.value = value;
          check.addEventListener("change", search);
          label.appendChild(check);
          label.appendChild(document.createTextNode(" " + value + " (" + filters[name][value] + ")"));
          set.appendChild(label);
        });
        box.appendChild(set);
      });
    });
  }

  function chosenFilters() {
    var chosen = {};
    FILTERS.forEach(function (name) {
      var boxes = document.querySelectorAll("#search-filters input[name='" + name + "']:checked");
      var values = Array.prototype.map.call(boxes, function (box) { return box.value; });
      if (values.length) chosen[name] = { any: values };
    });
    return chosen;
  }

  /* Pagefind's excerpt is HTML with <mark>: keep the words and the marks, nothing else. */
  function excerpt(html) {
    var template = document.createElement("template");
    var out = el("p", "search-result__excerpt");
    template.innerHTML = html;
    template.content.childNodes.forEach(function (node) {
      out.appendChild(node.nodeName === "MARK" ? el("mark", "", node.textContent) : document.createTextNode(node.textContent));
    });
    return out;
  }

  function resultItem(data) {
    var meta = data.meta || {};
    var item = el("li", "search-result");
    var title = el("h2", "search-result__title");
    var link = el("a", "search-result__link", meta.title || data.url);
    link.href = data.url;
    title.appendChild(link);
    item.appendChild(title);
    var facts = [meta.date, meta.author && "by " + meta.author, meta.series && "in " + meta.series].filter(Boolean);
    if (facts.length) item.appendChild(el("p", "byline search-result__facts", facts.join(" · ")));
    item.appendChild(excerpt(data.excerpt || ""));
    return item;
  }

  function showMore() {
    var run = state.run;
    var next = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    state.shown += next.length;
    $("search-more").hidden = state.shown >= state.results.length;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (run !== state.run) return;
      pages.forEach(function (data) { $("search-results").appendChild(resultItem(data)); });
    });
  }

  function remember(query) {
    var url = new URL(window.location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    if (url.href !== window.location.href) history.replaceState(null, "", url.href);
  }

  function search() {
    var query = $("search-q").value.trim();
    var filters = chosenFilters();
    var run = ++state.run;
    remember(query);
    if (!query && !Object.keys(filters).length) {
      $("search-results").textContent = ""; $("search-status").textContent = ""; $("search-more").hidden = true;
      return;
    }
    $("search-status").textContent = "Searching…";
    load(root()).then(function (pagefind) {
      return pagefind.search(query || null, { filters: filters });
    }).then(function (found) {
      if (run !== state.run || !found) return;
      state.results = found.results; state.shown = 0;
      $("search-results").textContent = "";
      var count = found.results.length;
      $("search-status").textContent = count === 1 ? "1 result" : count + " results";
      return showMore();
    }).catch(function () { $("search-status").textContent = "Search could not load. Browse the archives instead."; });
  }

  function root() {
    return new URL($("search").getAttribute("data-site-root") || "/", window.location.href);
  }

  function start() {
    var input = $("search-q");
    if (!input) return;
    var timer = null;
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 200); });
    input.form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); search(); });
    $("search-more").addEventListener("click", showMore);
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; search(); }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
