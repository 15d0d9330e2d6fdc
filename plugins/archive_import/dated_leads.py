"""Cards whose date opens their text ("June 4th, 2024 — Sorting by newest feels…": Statamic's Cool Writings,
a search engine's results): the line is the card's text, and it dates the card; the title-like line right
over it is the card's title.

Used only when no recurring template line marks the records (``template`` finds none): a dated lead is
text, never a template line, so the runs never see it.
"""

from __future__ import annotations

import re

from .dates import FoundDate, parse_date
from .lines import Line
from .neighbours import previous_filled
from .structure import Record, Template
from .tail import cut_site_footer

# "DATE — text": a date of a few words, a dash with spaces, then the card's text.
LEAD = re.compile(r"^(?P<date>\S.{4,38}?)\s+[—–-]\s+(?P<text>\S.*)$")
# The text after the date is running text (an excerpt), not a label.
MIN_LEAD_WORDS = 6
# A page of such cards has several; one dated paragraph is a post's dateline.
MIN_LEADS = 3
LEAD_CONFIDENCE = 0.7


def lead_date(text: str) -> FoundDate | None:
    """The date that opens ``text`` before a dash, when running text follows it."""
    match = LEAD.match(text)
    if match is None or len(match["text"].split()) < MIN_LEAD_WORDS:
        return None
    found = parse_date(match["date"])
    return found if found is not None and found.value is not None else None


def dated_lead_template(lines: list[Line], masked: set[int]) -> Template | None:
    """One record per card: its title over its dated text line; None unless every such line has a title."""
    leads = [line for line in lines if line.is_text and line.index not in masked and lead_date(line.stripped)]
    if len(leads) < MIN_LEADS:
        return None
    titles = []
    for lead in leads:
        above = previous_filled(lines, lead.index)
        if above is None or not above.is_text or above.prose or not above.title_like:
            return None
        titles.append(above.index)
    records = [Record(title, titles[k + 1] if k + 1 < len(titles) else len(lines), title)
               for k, title in enumerate(titles)]
    records = cut_site_footer(lines, records, masked)
    return Template("fields", ["dated leads"], "-1", records, LEAD_CONFIDENCE)
