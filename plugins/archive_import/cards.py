"""Link cards: another post shown inside a post, with no text of its own.

A Substack note quoting a post, a LinkedIn share, an X quote print the
other post as a card: its publication, title, subtitle, author, date and
a "Read more" link right under the date. A post's own teaser has its
excerpt between its date and its "Read more"; a card has none. Every line
of a card is chrome, never a post or its title. So is a list of other posts,
one "date title" line each.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import _DAY, _MONTH, _YEAR

if TYPE_CHECKING:
    from .lines import Line

# Over the card's byline: its publication, title and subtitle, short lines all.
MAX_CARD_TEXT_LINES = 3
MAX_CARD_LINE_WORDS = 16
# A card is a handful of lines: publication, title, subtitle, author, separators.
MAX_CARD_LINES = 10


def mark_link_cards(lines: list[Line]) -> None:
    for line in lines:
        if line.cue is None or line.cue.role != "teaser" or line.cue.title:
            continue
        card = _card_above(lines, line.index)
        for i in card:
            lines[i].chrome, lines[i].fixed, lines[i].title_like, lines[i].prose = "link card", True, False, False


def _card_above(lines: list[Line], teaser: int) -> list[int]:
    """The card's lines over its "Read more": a date right above (past separators), then a name and
    short text; [] when text comes between the date and the link (a post's own excerpt)."""
    i = teaser - 1
    while i >= 0 and (lines[i].blank or lines[i].chrome == "separator"):
        i -= 1
    if i < 0 or not lines[i].dates_post:
        return []
    found, texts = [teaser, i], 0
    for k in range(i - 1, max(-1, i - 1 - MAX_CARD_LINES), -1):  # bounded: linear in the page
        line = lines[k]
        if line.blank or line.prose or texts >= MAX_CARD_TEXT_LINES + 1:
            break
        if line.is_text and len(line.stripped.split()) > MAX_CARD_LINE_WORDS:
            break
        texts += line.is_text
        found.append(line.index)
    return found if texts >= 2 else []


# A list of posts, each line a date and a title ("April 2, 2024 Queue Hygiene, Part 3"): an archive
# page's or a sidebar's list of other posts. This many lines in a row make one; a line or two is a
# post's own line that happens to open with a date.
MIN_LISTED = 3
MAX_LISTED_WORDS = 16
_LEADING_DATES = tuple(re.compile(r"^" + shape + r"\s+\S", re.I) for shape in (
    _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, _YEAR + r"-[01]\d-[0-3]\d", _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR))


def mark_dated_lists(lines: list[Line]) -> None:
    """Runs of "date title" lines are a list of other posts: chrome, never a post or its text."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.is_text and not line.prose and _listed(line):
            run.append(line)
            continue
        if len(run) >= MIN_LISTED:
            for listed in run:
                listed.chrome, listed.fixed, listed.title_like, listed.prose = "post list", True, False, False
        run = [] if line is None or not line.blank else run


def _listed(line: Line) -> bool:
    text = line.reading
    return len(text.split()) <= MAX_LISTED_WORDS and text[-1:] not in ".!?" and any(shape.match(text) for shape in _LEADING_DATES)
