"""A listing's card with no date among dated ones: a search result that is a page, not a post.

WordPress search results and archives print every match the same way, a
title over an excerpt cut with "[…]", and the post's date line between
them; a page has no date line. The template's runs find the dated cards,
so an undated card's title and excerpt end up inside the card above it.
When every card's text is one excerpt ending with the same cut mark, a
title-like line right under one such excerpt and over another starts a
card of its own. A listing whose cards print no date at all is read from
its cut excerpts alone (``cut_cards_template``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .closing_runs import MIN_RUNNING_WORDS
from .lines import Line
from .neighbours import next_filled, previous_filled
from .structure import Record, Template

# How an excerpt cut at a word count ends: WordPress's "[…]", or an ellipsis, maybe with its link on the same
# line ("… Continue reading "Title"": Twenty Sixteen).
CUT_MARK = re.compile(r"(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)(?:\s+(?i:continue reading|read more)\b.{0,200})?$")
# The page's cards must show the pattern: this many excerpts cut the same way.
MIN_CUT_EXCERPTS = 3
# Over a listing's cards, the page's blurb: a paragraph or two; an article over cards has more.
MAX_BLURB_PARAGRAPHS = 2
CUT_CARDS = "cut cards"  # the template's shape: a listing, whatever else the page shows
# Cards that are only a title and a cut excerpt are read as posts when found this often; a guess worth checking.
CARDS_CONFIDENCE = 0.6


def split_undated_cards(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """Records split where an undated card starts inside a dated one."""
    cut = [[i for i in range(record.start, record.end) if _excerpt(lines[i], masked)] for record in records]
    if sum(len(found) for found in cut) < MIN_CUT_EXCERPTS:
        return records
    split: list[Record] = []
    for record, excerpts in zip(records, cut):
        title = _card_in_head(lines, split[-1], record, masked) if split else None
        if title is not None:  # the card's title closes the record above; its excerpt opens this one's head
            excerpt = next_filled(lines, title).index
            split += [replace(split.pop(), end=title), Record(title, excerpt + 1, title)]
            record = replace(record, start=excerpt + 1)
        for first, second in zip(excerpts, excerpts[1:]):
            title = second - 1
            while title > first and lines[title].blank:
                title -= 1
            between = lines[first + 1:title]
            if any(not (line.blank or line.is_field) for line in between) or title in masked \
                    or not _card_title(lines[title]):
                continue  # (the title sits under the card above, past its meta, right over its own excerpt)
            split.append(Record(record.start, title, record.title, record.echoes, record.head_end,
                                record.fields_after))
            record = Record(title, record.end, title)
        split.append(record)
    return split


def _card_in_head(lines: list[Line], above: Record, record: Record, masked: set[int]) -> int | None:
    """The title of an undated card whose cut excerpt stands in the record's head, over only its meta (the
    template's runs start the record there). The title may be a menu's word too: a page ("Contact Us")."""
    if record.title is None:
        return None
    excerpt = next((i for i in range(record.start, record.title) if _excerpt(lines[i], masked)), None)
    if excerpt is None or any(not (line.blank or line.is_field) for line in lines[excerpt + 1:record.title]):
        return None
    title = previous_filled(lines, excerpt)
    if title is None or title.index <= above.start or title.index in masked or not _card_title(title):
        return None
    return title.index


def _teaser_titled(line: Line) -> bool:
    """A title that reads like a "Read more" link ("Read More About Our Refund Policy Below"): over a cut
    excerpt it is a card's title, since a card's link sits under its excerpt."""
    return line.cue is not None and line.cue.role == "teaser" and line.stripped.istitle()


def _card_title(line: Line) -> bool:
    """A title-like line; over a cut excerpt, a menu's word too: a page's title ("Contact Us")."""
    return line.title_like and (line.is_text or line.chrome == "navigation")


def _excerpt(line: Line, masked: set[int]) -> bool:
    """Running text cut at a word count (its last sentence unfinished, so maybe not "prose")."""
    return line.index not in masked and line.is_text and (line.prose or len(line.stripped.split()) >= MIN_RUNNING_WORDS) \
        and CUT_MARK.search(line.stripped) is not None



def cut_cards_template(lines: list[Line], masked: set[int]) -> Template | None:
    """A listing of cards with no meta at all (HubSpot's listing: a title over an excerpt cut with "..."): each
    title-like line right over a cut excerpt starts a card, found when the page holds several."""
    titles = [line.index for line in lines if (line.is_text and line.title_like or _teaser_titled(line))
              and line.index not in masked
              and (below := next_filled(lines, line.index)) is not None and _excerpt(below, masked)]
    if len(titles) < MIN_CUT_EXCERPTS or sum(1 for line in lines[:titles[0]] if line.prose) > MAX_BLURB_PARAGRAPHS:
        return None  # (cards under an article are its "related posts")
    ends = [next_filled(lines, title).index + 1 for title in titles]
    records = [Record(title, end, title) for title, end in zip(titles, ends)]
    return Template("fields", [CUT_CARDS], "-1", records, CARDS_CONFIDENCE)
