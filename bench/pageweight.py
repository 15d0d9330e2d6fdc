"""Page weight: the bytes a reader's browser fetches to show one page.

Counts the HTML, the stylesheets and scripts it references (and the
fonts and ``@import``s those stylesheets pull in), before any search:
Pagefind's index fragments load only once someone types a query.
Images are left out: the synthetic posts carry none.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

CSS_REFERENCE = re.compile(r"""@import\s+(?:url\()?["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)["']?\s*\)""")
FONT_SUFFIXES = (".woff2", ".woff", ".ttf", ".otf")
# Level 6 is gzip's default, what a static host typically serves.
GZIP_LEVEL = 6


@dataclass
class PageWeight:
    html: int = 0
    css: int = 0
    js: int = 0
    fonts: int = 0
    gzipped: int = 0
    files: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)   # references off the site

    @property
    def total(self) -> int:
        return self.html + self.css + self.js + self.fonts


def local_file(site: Path, url: str) -> Path | None:
    """The file under ``site`` a site-relative URL points at, if any."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = site / parts.path.lstrip("/")
    if parts.path.endswith("/") or path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def add(weight: PageWeight, kind: str, path: Path, seen: set[Path]) -> bytes:
    if path in seen:
        return b""
    seen.add(path)
    data = path.read_bytes()
    setattr(weight, kind, getattr(weight, kind) + len(data))
    if kind != "fonts":  # fonts are compressed already
        weight.gzipped += len(gzip.compress(data, GZIP_LEVEL, mtime=0))
    else:
        weight.gzipped += len(data)
    weight.files.append(str(path))
    return data


def add_stylesheet(weight: PageWeight, site: Path, url: str, seen: set[Path]) -> None:
    path = local_file(site, url)
    if path is None:
        weight.outside.append(url)
        return
    css = add(weight, "css", path, seen).decode("utf-8", "replace")
    for imported, referenced in CSS_REFERENCE.findall(css):
        target = urljoin(url, imported or referenced)
        if imported:
            add_stylesheet(weight, site, target, seen)
        elif referenced.lower().split("?")[0].endswith(FONT_SUFFIXES):
            font = local_file(site, target)
            if font is None:
                weight.outside.append(target)
            else:
                add(weight, "fonts", font, seen)


def page_weight(site: Path, page_url: str) -> PageWeight:
    """Weight of the page served at ``page_url`` (relative to the site root, e.g. ``posts/x/``)."""
    weight = PageWeight()
    seen: set[Path] = set()
    page = local_file(site, page_url or "index.html")
    if page is None:
        raise FileNotFoundError(f"{site}: no page at {page_url!r}")
    soup = BeautifulSoup(add(weight, "html", page, seen), "html.parser")
    base = "/" + page_url.lstrip("/")
    for link in soup.find_all("link", href=True):
        if "stylesheet" in (link.get("rel") or []):
            add_stylesheet(weight, site, urljoin(base, link["href"]), seen)
    for script in soup.find_all("script", src=True):
        path = local_file(site, urljoin(base, script["src"]))
        if path is None:
            weight.outside.append(script["src"])
        else:
            add(weight, "js", path, seen)
    return weight
