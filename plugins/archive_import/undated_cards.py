"""A listing's card with no date among dated ones: a search result that is a page, not a post.

WordPress search results and archives print every match the same way, a
title over an excerpt cut with "[…]", and the post's date line between
them; a page has no date line. The template's runs find the dated cards,
so an undated card's title and excerpt end up inside the card above it.
When every card's text is one excerpt ending with the same cut mark, a
title-like line right under one such excerpt and over another starts a
card of its own.
"""

from __future__ import annotations

import re

from .lines import Line
from .structure import Record

# How an excerpt cut at a word count ends: WordPress's "[…]", or an ellipsis, maybe with its link on the same
# line ("… Continue reading "Title"": Twenty Sixteen).
CUT_MARK = re.compile(r"(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)(?:\s+(?i:continue reading|read more)\b.{0,200})?$")
# The page's cards must show the pattern: this many excerpts cut the same way.
MIN_CUT_EXCERPTS = 3


def split_undated_cards(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """Records split where an undated card starts inside a dated one."""
    cut = [[i for i in range(record.start, record.end) if _excerpt(lines[i], masked)] for record in records]
    if sum(len(found) for found in cut) < MIN_CUT_EXCERPTS:
        return records
    split: list[Record] = []
    for record, excerpts in zip(records, cut):
        for first, second in zip(excerpts, excerpts[1:]):
            title = second - 1
            while title > first and lines[title].blank:
                title -= 1
            between = lines[first + 1:title]
            if any(not (line.blank or line.is_field) for line in between) or title in masked \
                    or not (lines[title].is_text and lines[title].title_like):
                continue  # (the title sits under the card above, past its meta, right over its own excerpt)
            split.append(Record(record.start, title, record.title, record.echoes, record.head_end,
                                record.fields_after))
            record = Record(title, record.end, title)
        split.append(record)
    return split


def _excerpt(line: Line, masked: set[int]) -> bool:
    return line.index not in masked and line.is_text and line.prose and CUT_MARK.search(line.stripped) is not None
