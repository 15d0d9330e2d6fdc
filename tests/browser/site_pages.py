"""Find each page type's URL in a built site by following its links, so
browser tests need no hard-coded slugs."""

from __future__ import annotations

import re
from urllib.parse import urljoin

ORIGIN = "http://site/"


def first_link(site, url, pattern):
    """The first link on page ``url`` whose target (relative to the site root) matches ``pattern``."""
    if not site.path(url).is_file():
        return None
    base = ORIGIN + url
    for anchor in site.html(url).find_all("a", href=True):
        target = urljoin(base, anchor["href"])
        if target.startswith(ORIGIN):
            relative = target[len(ORIGIN):].split("#")[0]
            if re.fullmatch(pattern, relative) and site.path(relative).is_file():
                return relative
    return None


def discover(site) -> dict[str, str | None]:
    article = first_link(site, "", r"posts/[^/]+/")
    series_list = "series/" if site.path("series/").is_file() else None
    series = first_link(site, series_list, r"series/[^/]+/") if series_list else None
    in_series = first_link(site, series, r"posts/[^/]+/") if series else None
    return {
        "home": "",
        "article": article,
        "article in a series": in_series,
        "series list": series_list,
        "series": series,
        "category": first_link(site, article, r"category/[^/]+/") if article else None,
        "tag": first_link(site, article, r"tag/[^/]+/") if article else None,
        "author": first_link(site, article, r"author/[^/]+/") if article else None,
        "archives": "archives/" if site.path("archives/").is_file() else None,
        "sources": "sources/" if site.path("sources/").is_file() else None,
        "search": "search/" if site.path("search/").is_file() else None,
        "about": "about/" if site.path("about/").is_file() else None,
        "404": "404.html" if site.path("404.html").is_file() else None,
    }
