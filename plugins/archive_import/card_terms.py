"""A card's categories printed over its title: "Outages, Phones" over "Why the Status Page Said Green".

Block themes and page builders (Blocksy, Kadence, Astra's grids) print a post's
categories as a bare list above its title, with no label. The list reads like a
title in capitals, so the card would be titled by it. It is told apart by its
terms: short ones, separated by commas, and at least one of them a line of its
own elsewhere on the page (the archive's heading, a menu or sidebar entry, a
lone category over another card). A title over a title-like line and made of
such terms is the card's categories, read as its taxonomy.
"""

from __future__ import annotations

from collections import Counter

from .lines import Line
from .neighbours import next_filled
from .patterns import JOB_LINE

# The chrome reason of such a line: a label of the card's head, as "Member-only story" is (record_heads).
CARD_TERMS = "card categories"
# A category is a few words ("Contact lenses", "Orders & Refunds"), never a clause.
MAX_TERM_WORDS = 3
# Punctuation that ends a clause or a label, never a category name.
NOT_IN_TERM = ".!?:;"


def mark_card_terms(lines: list[Line]) -> None:
    alone = Counter(line.stripped.lower() for line in lines if not line.blank)
    for line in lines:
        if not line.title_like or line.cue is not None or "," not in line.stripped or JOB_LINE.match(line.stripped):
            continue
        terms = [term.strip() for term in line.stripped.split(",")]
        if not _term_list(terms) or not any(alone[term.lower()] for term in terms):
            continue
        below = next_filled(lines, line.index)
        if below is None or not below.title_like:
            continue  # over a paragraph, the line is the card's title
        line.chrome, line.fixed, line.title_like, line.prose = CARD_TERMS, True, False, False


def _term_list(terms: list[str]) -> bool:
    return len(terms) > 1 and all(term and len(term.split()) <= MAX_TERM_WORDS and not any(
        mark in term for mark in NOT_IN_TERM) and not any(char.isdigit() for char in term) for term in terms)
