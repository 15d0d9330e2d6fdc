"""Does a line, on its own, look like a title (or an inner heading)?

The look of one line only: where titles sit in an archive is the
``template`` stage's job. ``lines`` records the answer for every line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from typing import TYPE_CHECKING

from . import patterns as P

if TYPE_CHECKING:
    from .lines import Line

# Titles are short: longer lines are paragraphs (longest seed title: 86 chars).
MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 18
# A title ends in a word, a closing mark or ? ! … — never in . , ; : or *.
TITLE_END_CHARS = set("?!…”’\"')®™")
# A title may trail off ("Waiting…"), but a long line that does is an excerpt cut short.
MAX_TRAILING_TITLE_WORDS = 10
# "Should an Agent Escalate? A Practical Checklist": a title may ask, then name.
QUESTION_THEN_PHRASE = re.compile(r"^[^.!?]+\?\s+[A-Z][^.!?]*$")
# "We Stopped Saying Sorry. Here's What Happened.": a statement, then a short teaser (forum and
# newsletter titles; a paragraph goes on past a few words).
STATEMENT_THEN_TEASER = re.compile(r"^[^.!?]{8,}[.!?]\s+(?i:here['’]s|here is|here are|this is|what|why|how)\b[^.!?]{0,40}"
                                   r"(?:[.!?…]|\.\.\.)?$")
# A title may hold full stops ("Queues Are a Promise. Keep It.") when every longer word is capitalised.
TITLE_CASE_WORD_CHARS, MIN_TITLE_CASE_WORDS = 4, 3


def title_like(text: str) -> bool:
    """Could this (stripped) line be a title or an inner heading?"""
    # Only short lines reach the cache, so it never holds on to paragraphs.
    return 2 <= len(text) <= MAX_TITLE_CHARS and _short_title_like(text)


@lru_cache(maxsize=1 << 14)
def _short_title_like(text: str) -> bool:
    if len(text.split()) > MAX_TITLE_WORDS:
        return False
    if P.RANK_CELL.match(text):
        return _short_title_like(P.RANK_CELL.sub("", text))
    first = text.lstrip("“‘\"'(#[")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if _title_case(text) or STATEMENT_THEN_TEASER.search(text):
        return not (P.BULLET.match(text) or P.NUMBERED.match(text))
    last = text[-1]
    if not (last.isalnum() or last in TITLE_END_CHARS):
        return False
    if text.endswith(("…", "...")) and len(text.split()) > MAX_TRAILING_TITLE_WORDS:
        return False  # an excerpt cut off mid-sentence, not a title that trails away
    if P.SENTENCE_END.search(text) or P.INNER_SENTENCE.search(text) and not QUESTION_THEN_PHRASE.search(text):
        return False
    if P.BULLET.match(text) or P.NUMBERED.match(text):
        return False
    return any(ch.isalpha() for ch in text)


def title_case(text: str) -> bool:
    """Every longer word capitalised ("The Refund Email We Rewrote"), as titles are and decks are not."""
    return _title_case(text)


def _title_case(text: str) -> bool:  # prose never capitalises every longer word
    words = [word for word in text.split() if len(word) >= TITLE_CASE_WORD_CHARS and word[0].isalpha()]
    return len(words) >= MIN_TITLE_CASE_WORDS and all(word[0].isupper() for word in words)


# A title and its dek have three words each at least; a label over a title has one or two.
MIN_DEK_WORDS = 3


def over_dek(lines: list[Line], line: int, capitals_needed: int = MIN_TITLE_CASE_WORDS) -> int:
    """A title with its dek right under it, no blank between (Beautiful Jekyll, Medium, Substack): the title
    is the upper line, its longer words capitalised, over a dek in sentence case, though the dek is the line
    a slot or a score found. Both are a few words at least (a label is one or two). A line of category chips
    ("Customer Support,  SLAs") or a masthead in capitals over a line is no headline. ``capitals_needed``:
    the headline's capitalised longer words (a post page's head has two, "The Apology Budget"; a listing's
    card titles over their excerpts need the full Title Case test)."""
    upper = lines[line - 1] if line else None
    if upper is None or not (upper.is_text and upper.title_like) or upper.is_name or "," in upper.stripped \
            or upper.stripped.isupper():
        return line
    capitals = [word for word in upper.stripped.split() if len(word) >= TITLE_CASE_WORD_CHARS and word[0].isalpha()]
    if min(len(upper.stripped.split()), len(lines[line].stripped.split())) >= MIN_DEK_WORDS \
            and len(capitals) >= capitals_needed and all(word[0].isupper() for word in capitals) \
            and not title_case(lines[line].stripped):
        return line - 1
    return line
