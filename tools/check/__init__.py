"""Quality gates over a built site: ``python -m tools.check <output-dir>``.

One module per concern; each exposes ``check(site) -> list[Finding]``:

- ``html_validation``: the Nu Html Checker (vnu.jar) over every page.
- ``links``: internal links, fragments, images, stylesheets, scripts.
- ``feeds``: every Atom/RSS feed parses cleanly with feedparser.
- ``sitemap``: sitemap.xml validates against the sitemaps.org schema and
  lists every page a reader can reach.
- ``outside_requests``: no page or stylesheet loads anything from another
  origin, and every page carries a Content-Security-Policy that forbids it.
- ``budget``: an article page's HTML+CSS+JS stays under the size budget.
- ``determinism``: two clean builds of the project are byte-identical
  (builds the project itself, so it takes the project root, not a site).

Shared: ``site`` (``Finding``, ``BuiltOutput``: URL <-> file, parsed pages)
and ``references`` (the table of attributes that hold URLs).
"""

from tools.check.site import BuiltOutput, Finding

__all__ = ["BuiltOutput", "Finding"]
