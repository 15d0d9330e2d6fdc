"""Where pages and stylesheets refer to other files: one table, shared by
the link check and the outside-requests check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (element, attribute) pairs that hold a URL. ``fetched`` marks those the
# browser loads by itself when the page opens (versus links a reader follows).
URL_ATTRIBUTES = (
    # element, attribute, fetched when the page loads
    ("a", "href", False),
    ("area", "href", False),
    ("form", "action", False),
    ("link", "href", None),  # depends on rel, see FETCHED_LINK_RELS
    ("script", "src", True),
    ("img", "src", True),
    ("img", "srcset", True),
    ("source", "src", True),
    ("source", "srcset", True),
    ("iframe", "src", True),
    ("frame", "src", True),
    ("video", "src", True),
    ("video", "poster", True),
    ("audio", "src", True),
    ("track", "src", True),
    ("embed", "src", True),
    ("object", "data", True),
    ("input", "src", True),
    ("image", "href", True),  # SVG
    ("use", "href", True),  # SVG
)
# <link rel=...> values that make the browser fetch or contact the URL at load.
FETCHED_LINK_RELS = frozenset({
    "stylesheet", "icon", "shortcut", "apple-touch-icon", "manifest", "preload",
    "modulepreload", "prefetch", "prerender", "preconnect", "dns-prefetch", "mask-icon",
})
CSS_URL = re.compile(r"""url\(\s*(['"]?)(?P<url>[^'")]+?)\1\s*\)|@import\s+(['"])(?P<import>[^'"]+)\3""")


@dataclass(frozen=True)
class Reference:
    """A URL found in a page: the tag and attribute it came from, and whether it loads by itself."""

    tag: str
    attribute: str
    url: str
    fetched: bool
    line: int | None = None

    def describe(self) -> str:
        return f'<{self.tag} {self.attribute}="{self.url}">'


def page_references(tree) -> list[Reference]:
    """Every URL in a parsed page, in document order, with inline CSS url()s."""
    found = []
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.rsplit("}", 1)[-1].lower()
        for name, attribute, fetched in URL_ATTRIBUTES:
            if tag != name:
                continue
            value = element.get(attribute) or element.get("{http://www.w3.org/1999/xlink}" + attribute)
            if value is None:
                continue
            if fetched is None:
                rels = set((element.get("rel") or "").lower().split())
                fetched = bool(rels & FETCHED_LINK_RELS)
            urls = _srcset_urls(value) if attribute == "srcset" else [value.strip()]
            found += [Reference(tag, attribute, url, fetched, element.sourceline) for url in urls if url]
        if tag == "style" and element.text:
            found += [Reference("style", "url", url, True, element.sourceline) for url in css_urls(element.text)]
        style = element.get("style") if tag else None
        if style:
            found += [Reference(tag, "style", url, True, element.sourceline) for url in css_urls(style)]
    return found


def css_urls(css: str) -> list[str]:
    return [(match.group("url") or match.group("import")).strip() for match in CSS_URL.finditer(css)]


def _srcset_urls(value: str) -> list[str]:
    return [candidate.strip().split()[0] for candidate in value.split(",") if candidate.strip()]
