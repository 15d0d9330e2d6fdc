"""Stage 1: classify every archive line (blank, chrome, date, header, text).

Classification looks at one line at a time; deciding where posts start is
``splitting``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import patterns as P
from .dates import FoundDate, parse_date

# Titles are short: longer lines are paragraphs (longest seed title: 86 chars).
MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 18
# Dates, published lines and archive headers are short.
MAX_HEADER_CHARS = 150
# A title ends in a word, a closing mark or ? ! … — never in . , ; : or *.
TITLE_END_CHARS = set("?!…”’\"')®™")
BLANK, CHROME, DATE, PUBLISHED, APPEARED, HEADER, TEXT = (
    "blank", "chrome", "date", "published", "appeared", "header", "text")
# Kinds that never belong to a post's body.
DROP_KINDS = {CHROME, PUBLISHED, APPEARED, HEADER}


@dataclass(slots=True)
class Line:
    index: int  # 0-based position; the archive line number is index + 1
    text: str  # the line with control characters removed, trailing space stripped
    stripped: str  # ... and leading space too
    kind: str
    reason: str = ""  # why chrome is chrome
    date: FoundDate | None = None
    value: str | None = None  # category, site name, source name ...
    extra: dict = field(default_factory=dict)

    @property
    def number(self) -> int:
        return self.index + 1


def is_blank(text: str) -> bool:
    return not text.strip()  # str.strip() removes no-break spaces too


def title_like(text: str) -> bool:
    """Could this (stripped) line be a title or an inner heading?"""
    # Only short lines reach the cache, so it never holds on to paragraphs.
    return 2 <= len(text) <= MAX_TITLE_CHARS and _short_title_like(text)


@lru_cache(maxsize=1 << 14)
def _short_title_like(text: str) -> bool:
    if len(text.split()) > MAX_TITLE_WORDS:
        return False
    first = text.lstrip("“‘\"'(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    last = text[-1]
    if not (last.isalnum() or last in TITLE_END_CHARS):
        return False
    if P.SENTENCE_END.search(text) or P.INNER_SENTENCE.search(text):
        return False
    if P.BULLET.match(text) or P.NUMBERED.match(text) or parse_date(text):
        return False
    return any(ch.isalpha() for ch in text)


def classify(index: int, raw: str, extra_chrome: list[re.Pattern]) -> Line:
    text = P_CONTROL.sub("", raw).rstrip() if not raw.isprintable() else raw.rstrip()
    stripped = text.strip()
    if not stripped:
        return Line(index, text, stripped, BLANK)
    size = len(stripped)
    if size <= P.MAX_CHROME_CHARS:
        match = P.CHROME.match(stripped)
        if match:
            return Line(index, text, stripped, CHROME, reason=P.CHROME_REASONS[match.lastgroup])
    for pattern in extra_chrome:
        if pattern.search(stripped):
            return Line(index, text, stripped, CHROME, reason="configured chrome")
    if stripped.startswith("The post "):
        match = P.APPEARED_FIRST.match(stripped)
        if match:
            return Line(index, text, stripped, APPEARED, reason="feed footer", value=match["source"].strip(),
                        extra={"title": match["title"].strip()})
    if size > MAX_HEADER_CHARS:
        return Line(index, text, stripped, TEXT)  # a paragraph: nothing below matches long lines
    if stripped[:1] in "PpWwUu":
        match = P.PUBLISHED_PREFIX.match(stripped)
        if match:
            found = parse_date(match["date"])
            if found:
                return Line(index, text, stripped, PUBLISHED, reason="published line", date=found,
                            value=(match["by"] or "").strip() or None)
    found = parse_date(stripped)
    if found:
        return Line(index, text, stripped, DATE, date=found)
    for pattern in P.CATEGORY_HEADERS:
        match = pattern.match(stripped)
        if match:
            return Line(index, text, stripped, HEADER, reason="archive header", value=match["category"].strip())
    match = P.SITE_HEADER.match(stripped)
    if match:
        return Line(index, text, stripped, HEADER, reason="site header", extra={"site": match["name"].strip()})
    return Line(index, text, stripped, TEXT)


P_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")


def classify_all(texts: list[str], extra_chrome: list[re.Pattern]) -> list[Line]:
    return [classify(index, raw, extra_chrome) for index, raw in enumerate(texts)]
