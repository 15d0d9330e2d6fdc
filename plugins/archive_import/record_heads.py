"""Where a record starts: the short labels over its title and the author's name over its byline.

A card's head may open above its title ("Refunds" / "Member-only story" / the
title) or above its byline (Wix and Medium print the author's name over the
date). The template stage finds the title and the run; these readers move the
record's first line up to the head's first line, stopping at the previous
post's template lines.
"""

from __future__ import annotations

from dataclasses import replace

from . import patterns as P
from .card_terms import CARD_TERMS
from .lines import Line

# Labels a theme prints above a title (its tag, "Featured", an image's alt text) are short.
MAX_LABEL_WORDS = 8
MAX_LABELS_ABOVE = 3
# Chrome a card prints in its head among its labels, not at the previous card's foot.
PASSABLE_LABELS = frozenset({"post label", "byline joiner", "job title", CARD_TERMS})


def labels_above(lines: list[Line], title: int, masked: set[int]) -> int:
    """Where a post starts whose title has short labels above it, right under the last post's template lines."""
    start, seen, i = title, 0, title - 1
    while i >= 0 and seen <= MAX_LABELS_ABOVE:
        line = lines[i]
        if line.blank:
            i -= 1
            continue
        if line.chrome in PASSABLE_LABELS and i not in masked:
            start, i = i, i - 1  # "Member-only story", Medium's lone "in": the head goes on above them
            continue
        if line.fixed and i not in masked:
            return start  # the previous post's footer: the labels are this post's head
        if line.prose or len(line.stripped.split()) > MAX_LABEL_WORDS:
            return title  # (a category chip may recur: "Booking" over two posts is still a label)
        start, seen, i = i, seen + 1, i - 1
    return title


# Where the author posted sits between the name and the date: "Jane Doe" / "asked in #Billing" / "May 2".
PLACE_CUES = frozenset({"posted_in", "in_category"})


def name_over(lines: list[Line], start: int, masked: set[int]) -> int:
    """A record opening with its date or byline starts at the author's name right over it (Wix, Medium cards).

    The name is no template line when each post has another author, so the
    run starts below it; without this the name would end the post above.
    """
    k = start  # a run may open with the author's badge over the date ("Admin" / "2w")
    while k + 1 < len(lines) and (lines[k].blank or lines[k].chrome in P.BYLINE_EXTRAS):
        k += 1
    opening = lines[k]
    if opening.date is None and (opening.cue is None or opening.cue.role not in ("byline", "date")
                                 and opening.cue.kind not in PLACE_CUES):
        return start
    i = start - 1
    while i >= 0 and (lines[i].blank or lines[i].chrome in P.BYLINE_EXTRAS):  # past a "Host" badge
        i -= 1
    if i >= 0 and i not in masked and lines[i].is_text and not lines[i].is_field and lines[i].is_name:
        return i
    return start


# The last card's name line sits this close under its text when the names close the cards.
CLOSING_NAME_REACH = 3


def names_close_cards(lines: list[Line], records: list, masked: set[int]) -> list:
    """Cards that print their author under their excerpt ("date / title / excerpt / Jane Doe / Team Lead",
    Webflow): ``name_over`` took each name for the head of the card below it. The page says which: the
    first card has no name over its date, and the last one ends with its name. Then each card starts at
    its date, and the name under a card's text is that card's."""
    if len(records) < 2 or lines[records[0].start].is_name or not any(
            lines[record.start].is_name for record in records[1:]):
        return records  # (no card was opened at a name: nothing to give back)
    last = records[-1]
    prose = [i for i in range(last.start, last.end) if lines[i].prose and i not in masked]
    tail = [i for i in range(prose[-1] + 1, min(len(lines), prose[-1] + 1 + CLOSING_NAME_REACH))
            if not lines[i].blank and i not in masked] if prose else []
    if not tail or not lines[tail[0]].is_name or lines[tail[0]].is_field:
        return records
    moved = []
    for record in records:
        start = record.start
        while start < record.end and start != record.title and (
                lines[start].blank or lines[start].is_name and not lines[start].is_field
                or lines[start].chrome in P.BYLINE_EXTRAS):  # (never past the card's own title)
            start += 1
        moved.append(replace(record, start=start) if start < record.end and lines[start].dates_post else record)
    return [replace(record, end=following.start) for record, following in zip(moved, moved[1:])] + [moved[-1]]
