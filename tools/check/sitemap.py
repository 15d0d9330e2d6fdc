"""Sitemap: sitemap.xml is valid and lists every page a reader can reach.

Validity: the sitemaps.org 0.9 schema (``schemas/sitemap.xsd``, vendored
so the check needs no network), via lxml.

Coverage: the expected set is every HTML page in the output except those
in ``NOT_LISTED`` (each with the reason); that covers articles, pages,
categories, tags, authors, series and the index pages. Every ``<loc>`` must
also lead to a built page, so stale entries are caught too.

``<loc>`` values are full URLs; the site's base URL is ``site_url`` when
given, else the shortest ``<loc>`` (pelican-sitemap always lists the home
page, ``SITEURL + "/"``).
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from lxml import etree

from tools.check.site import BuiltOutput, Finding

SCHEMA = Path(__file__).with_name("schemas") / "sitemap.xsd"
NAMESPACE = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Pages that belong out of a sitemap, and why.
NOT_LISTED = (
    (re.compile(r"^404\.html$"), "the not-found page is not content"),
    (re.compile(r"^drafts/"), "drafts are unpublished"),
    (re.compile(r"(^|/)page/\d+/$"), "pagination pages repeat the first page's listing"),
    (re.compile(r"^search/$"), "the search page has no content of its own"),
)


def expected_urls(site: BuiltOutput) -> set[str]:
    urls = set()
    for page in site.html_files():
        url = site.url_of(page)
        if not any(pattern.search(url) for pattern, _ in NOT_LISTED):
            urls.add(url)
    return urls


def site_url_from(root: Path) -> str | None:
    """The site's address as its sitemap gives it (the home page's full URL), if it has one."""
    try:
        locs = etree.parse(str(root / "sitemap.xml")).xpath("//sm:url/sm:loc/text()", namespaces=NAMESPACE)
    except (OSError, etree.XMLSyntaxError):
        return None
    full = [loc.strip() for loc in locs if "://" in loc]
    return min(full, key=len) if full else None


def check(site: BuiltOutput, site_url: str | None = None) -> list[Finding]:
    path = site.root / "sitemap.xml"
    if not path.is_file():
        return [Finding("sitemap.xml", "missing")]
    try:
        document = etree.parse(str(path))
    except etree.XMLSyntaxError as error:
        return [Finding("sitemap.xml", f"not well-formed XML: {error}")]
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    findings = [
        Finding("sitemap.xml", f"line {error.line}: does not match the sitemaps.org schema: {error.message}")
        for error in ([] if schema.validate(document) else schema.error_log)
    ]
    locs = [loc.strip() for loc in document.xpath("//sm:url/sm:loc/text()", namespaces=NAMESPACE)]
    if not locs:
        return findings + [Finding("sitemap.xml", "lists no URLs")]
    base = site_url if site_url is not None else min(locs, key=len)
    base = base.rstrip("/") + "/"
    listed = set()
    relative = [loc for loc in locs if "://" not in loc]
    if relative:
        findings.append(Finding("sitemap.xml", f"{len(relative)} <loc> values are not full URLs (first: "
                                f"{relative[0]!r}); the sitemap protocol needs absolute URLs, so SITEURL must be set"))
    for loc in locs:
        if loc == base.rstrip("/"):
            url = ""
        elif loc.startswith(base):
            url = unquote(loc[len(base):])
        else:
            findings.append(Finding("sitemap.xml", f"<loc>{loc}</loc> is not under the site's address {base}"))
            continue
        target = site.resolve(site.root / "index.html", url) if url else site.root / "index.html"
        if target is None or not target.is_file():
            findings.append(Finding("sitemap.xml", f"<loc>{loc}</loc> leads to no built page"))
            continue
        listed.add(site.url_of(target))
    for url in sorted(expected_urls(site) - listed):
        findings.append(Finding(url or "/", "not listed in sitemap.xml"))
    return findings
