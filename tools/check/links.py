"""Links: every internal link, fragment, image, stylesheet and script resolves.

Resolution needs no network: a relative URL is joined to the page's own
path, ``/x`` to the output root, a folder URL means its ``index.html``.
Links to other sites are left alone here (see ``outside_requests`` for
what a page may load). ``javascript:`` URLs are always a finding.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from tools.check.references import css_urls, page_references
from tools.check.site import BuiltOutput, Finding

NAME = "links"
# Schemes that are wrong in a published page, and why.
PROBLEM_SCHEMES = {
    "javascript": "javascript: URL",
    "vbscript": "vbscript: URL",
    "file": "file: URL, which points at a file on the build machine",
}
# HTML scrolls to the top for these fragments even without a matching id.
BUILT_IN_FRAGMENTS = frozenset({"", "top"})


def check(site: BuiltOutput) -> list[Finding]:
    findings = []
    ids_cache: dict[Path, frozenset[str]] = {}
    for page in site.html_files():
        for reference in page_references(site.tree(page)):
            problem = _problem(site, page, reference.url, ids_cache)
            if problem:
                line = f" (line {reference.line})" if reference.line else ""
                findings.append(Finding(site.label(page), f"{problem}: {reference.describe()}{line}"))
    for stylesheet in site.files("*.css"):
        text = stylesheet.read_text(encoding="utf-8", errors="replace")
        for url in css_urls(text):
            problem = _problem(site, stylesheet, url, ids_cache, fragments=False)
            if problem:
                findings.append(Finding(site.label(stylesheet), f"{problem}: url({url})"))
    return findings


def _problem(site, page, url, ids_cache, fragments=True) -> str | None:
    url = site.own_path(url) or url
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in PROBLEM_SCHEMES:
        return PROBLEM_SCHEMES[scheme]
    if scheme or parts.netloc:
        return None  # another site, or a scheme with its own data (mailto:, data: ...)
    target = site.resolve(page, url) if parts.path else page
    if not site.is_inside(target):
        return "link leaves the site folder"
    if not target.is_file():
        return f"broken link, no file {target.relative_to(site.root).as_posix()}"
    fragment = unquote(parts.fragment)
    if not fragments or fragment in BUILT_IN_FRAGMENTS or target.suffix != ".html":
        return None
    if target not in ids_cache:
        tree = site.tree(target)
        ids_cache[target] = frozenset(tree.xpath("//@id | //a/@name"))
    if fragment not in ids_cache[target]:
        return f"broken fragment, no id=\"{fragment}\" on {site.label(target)}"
    return None
