"""Is a page a listing of posts, or one post's page with cards and a thread around it?

``one_post`` asks before reading a page as one post: two or more records that are posts, dated or
with paragraphs of their own, make a listing, unless one record holds all the text or is a whole
article with only "read next" cards after it. A comment thread's dates and paragraphs are no post's.
"""

from __future__ import annotations

from collections.abc import Collection

from .lines import Line, is_prose
from .structure import Record, Template
from .undated_cards import CUT_CARDS

# A record with this many paragraphs is a post, dated or not.
MIN_POST_PARAGRAPHS = 2
# A card's excerpt cut at a word count, with no full stop, is a paragraph all the same.
MIN_CUT_EXCERPT_WORDS = 12
# A post page's article has this many paragraphs or more; the related-post cards under it
# carry an excerpt of a paragraph or two each. A listing's posts are all alike.
MIN_ARTICLE_PARAGRAPHS = 6
MAX_CARD_PARAGRAPHS = 2
# A feed's collapsed items open where they stand (a mail client's "Expand"): cards of the listing, never
# the links to other pages a post's "read next" cards are.
COLLAPSED = frozenset({"expand"})


def _dated(lines: list[Line], record: Record, masked: Collection[int] = ()) -> bool:
    return any(lines[i].dates_post for i in range(record.start, record.end) if i not in masked)


def _prose_lines(lines: list[Line], record: Record, masked: Collection[int] = ()) -> int:
    """Paragraphs, a card's excerpt cut mid-sentence among them ("… a part-month charge from the day you")."""
    return sum(1 for i in range(record.start, record.end) if i not in masked and lines[i].is_text and (
        is_prose(lines[i]) or len(lines[i].stripped.split()) >= MIN_CUT_EXCERPT_WORDS and not lines[i].title_like))


def _a_post(lines: list[Line], record: Record, masked: Collection[int] = ()) -> bool:
    """Dated, or paragraphs, or a card: an excerpt with its "Read more" (an undated card holds no more)."""
    prose = _prose_lines(lines, record, masked)
    return _dated(lines, record, masked) or prose >= MIN_POST_PARAGRAPHS or prose >= 1 and any(
        lines[i].cue is not None and lines[i].cue.role == "teaser" for i in range(record.start, record.end))


def is_listing(lines: list[Line], template: Template | None, masked: Collection[int] = ()) -> bool:
    """A page of posts: two or more records that are posts, and bylines or dates recurring among them.
    (The dates and paragraphs of comments, ``masked``, are no post's.)"""
    if template is not None and CUT_CARDS in template.shapes:
        return True  # titles over cut excerpts, several: a listing whatever form or button it shows
    if template is None or not any(shape.startswith(("cue:", "date:")) for shape in template.shapes):
        return False
    # A record after the first with neither title nor date is no post of a list: its post's text after a
    # break (a subscribe box inside the post).
    posts = [record for k, record in enumerate(template.records) if _a_post(lines, record, masked)
             and (k == 0 or record.title is not None or _dated(lines, record, masked))]
    counts = [_prose_lines(lines, record, masked) for record in posts]
    prose = sorted(counts, reverse=True)
    # Two posts make a listing, unless one record holds all the prose: a post page's reaction bar,
    # its "Posted on" line and its tag row recur as often as a listing's bylines do ...
    if len(posts) < 2 or sum(1 for count in prose if count) == 1:
        return False
    # ... or one record is a whole article and the rest are its "read next" cards, unless a teaser card
    # comes before it: a listing's one full post among its excerpts.
    article = counts.index(prose[0])
    return not (prose[0] >= MIN_ARTICLE_PARAGRAPHS and prose[1] <= MAX_CARD_PARAGRAPHS
                and not any(_teaser_card(lines, record) for record in posts[:article])
                and not any(_teaser_card(lines, record, COLLAPSED) for record in posts[article + 1:]))


def _teaser_card(lines: list[Line], record: Record, links: frozenset[str] | None = None) -> bool:
    """An excerpt with its teaser link (one of ``links``, lower case, when given)."""
    return _prose_lines(lines, record) > 0 and any(
        lines[i].cue is not None and lines[i].cue.role == "teaser"
        and (links is None or lines[i].stripped.lower() in links) for i in range(record.start, record.end))
