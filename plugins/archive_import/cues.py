"""Metadata cues: the short lines blog engines print around a post.

``read_cue(line)`` returns a ``Cue`` when the *whole* stripped line is one of the shapes in
``CUE_PARSERS``, built from ``cue_table.TABLE`` (byline, date line, tags, share row, comment header,
teaser link, feed footer), else None.  The table is ordered: the first parser whose pattern matches and whose checks pass
(names look like names, dates parse) wins.  Cues keep dates as raw text: the pipeline reads them
with the archive's numeric order.  (A line's shape for template comparison is ``structure.shape``.)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cue_builders import (Cue, CueParser, badged_date, dated_hashtags, generic, glued_name_or_terms, hashtags,
                           to_the_day)
from .cue_table import TABLE
from .dates import DATE_START_WORDS, may_open_date

# Cue lines are short (a Typepad footer with category, permalink and comment count fits); paragraphs are not.
MAX_CUE_CHARS = 200
# "The post <title> appeared first on <site>." carries a whole title.
MAX_SYNDICATION_CHARS = 600

# Each optional tail of the "date" parser holds one of these; with none, the whole line is the date.
_DATE_TAIL_SIGNS = ("•", "·", "(", "read")
_WHOLE_DATE = re.compile(r"(?P<date>.+)")
# A reading-time badge a theme appends to any meta row ("… by Jane Doe 4 Minute(s) to read", "… · 5 min read",
# "Less than a minute to read"): the row is read without it.
# ... or only "6 min" by a clock icon (Ghost Headline: "Mar 4, 2025 6 min"), read off a date or byline alone.
READING_TIME_TAIL = re.compile(r"(?:\s*[|·•–—-]\s*|\s+)(?:\d+|(?i:one|a|less than a))\s*-?\s*"
                               r"(?i:min(?:ute)?(?:\(s\))?s?(?: to)? read(?:ing)?(?: time)?)$|\s+\d{1,3}\s?(?i:mins?)$")

_BUILDERS = {"hashtags": hashtags, "date_hashtags": dated_hashtags, "date_name_glued": glued_name_or_terms,
             "badge_date": badged_date,
             **dict.fromkeys(("name_dash_date", "name_dash_date_said", "name_dot_date"), to_the_day)}
CUE_PARSERS: tuple[CueParser, ...] = tuple(
    CueParser(name, role, re.compile(pattern), _BUILDERS.get(name, generic),
              tuple(starts.split()), needs) for name, role, starts, needs, pattern in TABLE)
_BY_START = {start: frozenset(index for index, parser in enumerate(CUE_PARSERS) if start in parser.starts)
             for parser in CUE_PARSERS for start in parser.starts}
_ALL_NEEDS = tuple({need for parser in CUE_PARSERS for need in parser.needs})


@lru_cache(maxsize=1 << 12)
def _candidates(first: str) -> tuple[CueParser, ...]:
    """The parsers that can match a line opening with the word ``first``: the fast reject."""
    char = first[0]
    if char.isdigit():
        found = _BY_START["<digit>"]
    elif not char.isalpha():
        found = _BY_START.get(f"<{char}>", frozenset())
    else:
        word = first.split("(", 1)[0].rstrip(":.,!")  # "Comments(2)", "By:", "Labels:"
        found = _BY_START.get(word, frozenset()) | _BY_START["<name>"] | (
            _BY_START["<date>"] if word in DATE_START_WORDS else frozenset())
    return tuple(CUE_PARSERS[index] for index in sorted(found))


def read_cue(text: str) -> Cue | None:
    """The cue the whole stripped line is, or None (fast for lines that cannot be one)."""
    text = text.strip()
    limit = MAX_SYNDICATION_CHARS if text.startswith("The post ") else MAX_CUE_CHARS
    return _read_cached(text) if text and len(text) <= limit else None


@lru_cache(maxsize=1 << 14)
def _read_cached(text: str) -> Cue | None:
    lowered = text.lower()
    present = {need for need in _ALL_NEEDS if need in lowered}
    for parser in _candidates(lowered.split(None, 1)[0]):
        if parser.needs and present.isdisjoint(parser.needs):
            continue
        if parser.name == "date" and not may_open_date(text):
            continue
        whole_date = parser.name == "date" and not any(sign in lowered for sign in _DATE_TAIL_SIGNS)
        match = (_WHOLE_DATE if whole_date else parser.pattern).fullmatch(text)
        if match:
            cue = parser.build(match, parser)
            if cue is not None:
                return cue
    tail = READING_TIME_TAIL.search(text)
    if tail and tail.start() > 0:
        cue = _read_cached(text[:tail.start()])
        return cue if cue is not None and cue.role in ("byline", "date") else None
    return None
