"""Budget: an article page's HTML+CSS+JS is at most ``ARTICLE_BUDGET_BYTES``
before the reader searches, and search assets load only when used.

Counted, uncompressed: the page's HTML, every same-site stylesheet and
script it loads at once (``<link rel=stylesheet|preload|modulepreload>``,
``<script src>``), and the stylesheets those ``@import``. Images and fonts
are not counted (the budget is about code). Pagefind's files must not be
among what loads at once: the search box loads them on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tools.check.references import css_urls, page_references
from tools.check.site import BuiltOutput, Finding

# The theme issue's limit: 50 KB, read as 50,000 bytes (the stricter reading).
ARTICLE_BUDGET_BYTES = 50_000
ARTICLE_PREFIX = "posts/"
SEARCH_ASSET_DIR = "pagefind/"
CODE_SUFFIXES = (".css", ".js", ".mjs")


@dataclass
class PageWeight:
    """What one page costs before any interaction."""

    page: str
    html_bytes: int
    assets: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.html_bytes + sum(self.assets.values())


def article_pages(site: BuiltOutput) -> list[Path]:
    return [page for page in site.html_files()
            if site.url_of(page).startswith(ARTICLE_PREFIX) and "/page/" not in site.url_of(page)]


def weigh(site: BuiltOutput, page: Path) -> PageWeight:
    weight = PageWeight(site.label(page), page.stat().st_size)
    pending = [
        site.resolve(page, reference.url) for reference in page_references(site.tree(page))
        if _is_code(reference)
    ]
    while pending:
        asset = pending.pop()
        if asset is None or not asset.is_file() or not site.is_inside(asset):
            continue  # a broken reference is the link check's finding
        key = asset.relative_to(site.root).as_posix()
        if key in weight.assets:
            continue
        weight.assets[key] = asset.stat().st_size
        if asset.suffix == ".css":
            text = asset.read_text(encoding="utf-8", errors="replace")
            pending += [site.resolve(asset, url) for url in css_urls(text) if url.endswith(".css")]
    return weight


def _is_code(reference) -> bool:
    if reference.tag == "script" and reference.attribute == "src":
        return True
    # <link rel=stylesheet|preload|modulepreload ...>: fetched at load, counted when it is code.
    return reference.tag == "link" and reference.fetched and reference.url.split("?")[0].endswith(CODE_SUFFIXES)


def check(site: BuiltOutput) -> list[Finding]:
    findings = []
    for page in article_pages(site):
        weight = weigh(site, page)
        if weight.total > ARTICLE_BUDGET_BYTES:
            parts = ", ".join(f"{name} {size:,}" for name, size in sorted(weight.assets.items()))
            findings.append(Finding(weight.page, f"HTML+CSS+JS is {weight.total:,} bytes, over the budget of "
                                                 f"{ARTICLE_BUDGET_BYTES:,} (HTML {weight.html_bytes:,}; {parts or 'no assets'})"))
        eager_search = sorted(name for name in weight.assets if name.startswith(SEARCH_ASSET_DIR))
        if eager_search:
            findings.append(Finding(weight.page, f"loads search assets before the reader searches: {', '.join(eager_search)}"))
    return findings


def heaviest(site: BuiltOutput) -> PageWeight | None:
    weights = [weigh(site, page) for page in article_pages(site)]
    return max(weights, key=lambda weight: weight.total, default=None)
