"""Stage 2: date footers. Some themes print a post's date after its text, with its tag links on the
same line and no separator (Blot: "March 4, 2024 Staffing Tone"). Alone, such a line reads like a
dated title; under a paragraph, on every post of the page, it is the post's date line."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .cues import Cue
from .dates import _DAY, _MONTH, _YEAR, parse_date
from .neighbours import previous_filled

if TYPE_CHECKING:
    from .lines import Line

# A tag is a capitalised word; a footer names a few.
MAX_FOOTER_TAGS = 4
# Two posts with such a line make it the page's template; one could be a heading that opens with a date.
MIN_DATED_FOOTERS = 2
_DATE_THEN_TAGS = tuple(re.compile(rf"^(?P<date>(?i:{shape}))\s+(?P<tags>[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){{0,{MAX_FOOTER_TAGS - 1}}})$")
                        for shape in (_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR,
                                      _YEAR + r"-[01]\d-[0-3]\d"))


def mark_dated_footers(lines: list[Line]) -> None:
    """"date Tag Tag" lines right under a paragraph, on two posts or more, are date lines with tags."""
    found = [(line, match) for line in lines if line.is_text and not line.prose
             for match in [_date_then_tags(line.reading)] if match is not None and _under_prose(lines, line.index)]
    # Footers that list their tags with commas are read alone ("Feb 26, 2024 Waste, Phones"); the page's
    # others, with one tag, are the same footer ("Jan 29, 2024 Team": Chirpy's cards).
    listed = Counter((line.cue.kind, line.cue.role) for line in lines if line.cue is not None
                     and line.cue.role in ("byline", "date") and line.cue.date_text
                     and line.stripped.startswith(line.cue.date_text) and _under_prose(lines, line.index))
    if not found or len(found) + sum(listed.values()) < MIN_DATED_FOOTERS:
        return
    kind, role = listed.most_common(1)[0][0] if listed else ("date_tags", "date")  # one template, one kind of line
    for line, match in found:
        date = parse_date(match["date"])
        if date is None:
            continue
        tags = tuple(match["tags"].split())
        line.cue = Cue(kind, role, date_text=match["date"], category=tags[0] if listed else None,
                       tags=tags[1:] if listed else tags)
        line.date, line.fixed, line.title_like = date, True, False


def _date_then_tags(text: str) -> re.Match | None:
    return next((match for pattern in _DATE_THEN_TAGS for match in [pattern.match(text)] if match), None)


def _under_prose(lines: list[Line], i: int) -> bool:
    above = previous_filled(lines, i)
    return above is not None and above.is_text and above.prose
