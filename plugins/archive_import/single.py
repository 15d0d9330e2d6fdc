"""A page that holds one post: its title is the best title above the first paragraph.

A post page repeats nothing, so the template stage finds no record there, or
only bits of the page's furniture (related posts, the author box, a footer).
One post is what remains when at most one record has a byline or a date of
its own. Its head is the stretch of short lines above the first paragraph:
title, dek, author, "Follow", publication, reading time, date. The title is
the line there that looks most like one (title-like, several words, Title
Case), and the text below it is the post, less the page's footer.
"""

from __future__ import annotations

from collections.abc import Collection

import re
from dataclasses import replace

from . import patterns as P
from .authors import GREETING_OFF
from .tail import cut_site_footer, trim_tail
from .lines import Line, is_prose
from .structure import Record, Template
from .post_head import head_title, letter_head
from .bounds import under_job_line
from .record_heads import name_over
from .undated_cards import CUT_CARDS
from .neighbours import after, next_filled, previous_filled

# Chrome only a post's own page shows (a list archive's message links, a help article's feedback question).
POST_PAGE_CHROME = frozenset({"comment form", "share counter", "follow links", "share button",
                              "list navigation", "feedback widget"})
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
# A site's header may hold one line of blurb ("Notes on running a help desk.").
MAX_BLURB_PARAGRAPHS = 1
# A card's lines above its date: tag, title, excerpt, author.
CARD_HEAD_LINES = 4
# Chrome that closes a post page's post: a sidebar's widget, the post's licence line.
END_CHROME = frozenset({"widget header", "licence line"})
# What closes a post page's post: "Written by X" and its bio box (a paragraph or two).
MAX_BIO_PARAGRAPHS = 2
END_CUES = frozenset({"written_by"})
# Topic chips under a post ("Customer Service", "Support"): short labels, several of them.
MAX_CHIP_WORDS = 3
MIN_CHIPS = 2
# A date under the post's text sits within its tags, word count and such: a few lines.
FOOT_DATE_REACH = 4
SINGLE_CONFIDENCE = 0.75
READ_TIME_IN = re.compile(r"\bmin(?:ute)?s? read\b", re.I)


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


def _post_page(lines: list[Line], masked: set[int]) -> bool:
    """What only a post's own page shows: a byline, a reading time, a comment thread, a comment form, share or
    follow links."""
    return bool(masked) or any(line.chrome in POST_PAGE_CHROME or line.cue is not None and (
        line.cue.role == "byline" or line.cue.kind == "read_time" or line.cue.role == "date"
        and READ_TIME_IN.search(line.stripped)) for line in lines)  # "February 6, 2024 5 min read"


def one_post(lines: list[Line], masked: set[int], found: Template | None, *, last_resort: bool = False) -> Template | None:
    """The page as one post, unless it lists several posts, shows nothing of a post page or has no paragraph.

    ``last_resort``: no other reading found any post, so a page with a titled
    paragraph is one post even without a post page's signs.
    """
    if not last_resort and (is_listing(lines, found, masked) or any(line.chrome == "archive header" for line in lines)):
        return None
    if not last_resort and not _post_page(lines, masked):
        return None
    first = first_paragraph(lines, masked)
    if first is None:
        return None
    head = head_title(lines, first, masked)
    if head is None and masked:  # a page with comments is one post's: the "dek" over the date was the
        first = first_paragraph(lines, masked, dek=False)  # blog's tagline, and the post starts under its date
        head = head_title(lines, first, masked) if first is not None else None
    head = letter_head(lines, first, head, last_resort) or (_untitled_head(lines, first, masked) if last_resort else None)
    if head is None:
        return None
    title, start = head
    # The head's bylines and dates belong to the post (above the title: read as its fields).
    start = min(start if title is None else title,
                next((i for i in range(start, title or start) if lines[i].cue is not None or lines[i].date), title or start))
    start = name_over(lines, start, masked)  # "Jane Doe" right over "Mar 18, 2023": the author's slot
    # The post's own date line sits in its head, or under a dek just below it.
    head = range(start, min(len(lines), first + CARD_HEAD_LINES))
    end = _with_author_box(lines, post_end(lines, first, masked, {_date_shape(lines[i]) for i in head
                                                                    if _date_shape(lines[i])}))
    records = cut_site_footer(lines, trim_tail(lines, [Record(start, end, title)], masked), masked)
    return Template("single", [], "head", [_with_foot_date(lines, record, masked) for record in records],
                    SINGLE_CONFIDENCE)


def _untitled_head(lines: list[Line], first: int, masked: set[int]) -> tuple[None, int] | None:
    """(None, start) of an untitled post, a channel's or a feed's, that nothing else reads: its date line
    (and the name over it) right above paragraphs of its own. Its text is never the page's header."""
    prose = sum(1 for line in lines[first:] if line.index not in masked and line.prose)
    above = previous_filled(lines, first)
    if prose < MIN_POST_PARAGRAPHS or above is None or not above.dates_post:
        return None
    return None, name_over(lines, above.index, masked)


def _dated_line(line: Line) -> bool:
    """A line that gives a date ("Published by" over the author's name gives none)."""
    return line.date is not None or line.cue is not None and bool(line.cue.date_text)


def _with_foot_date(lines: list[Line], record: Record, masked: set[int]) -> Record:
    """A post page that prints its date only under its text, past its tags and word count ("786 Words" /
    "2024-02-11 08:40") or its author box, before the comments: that date line is the record's field."""
    if any(_dated_line(lines[i]) for i in range(record.start, record.end)):
        return record
    seen = bio = 0
    for line in after(lines, record.end - 1):
        if line.index in masked or seen >= FOOT_DATE_REACH or bio > MAX_BIO_PARAGRAPHS:
            break
        if line.blank:
            continue
        if _dated_line(line):
            return replace(record, fields_after=[line.index])
        seen, bio = seen + 1, bio + line.prose  # past the author box's bio (Twenty Fifteen)
    return record


def _with_author_box(lines: list[Line], end: int) -> int:
    """The post's "Written by" / "Published by:" line that ends it names its author: the record keeps that line
    (a field, not text); the bio under it stays out."""
    box = end
    while box < len(lines) and (lines[box].blank or lines[box].cue is not None and lines[box].cue.kind in END_CUES
                                and lines[box].cue.author):
        box += 1
    return box if any(not lines[i].blank for i in range(end, box)) else end


def first_paragraph(lines: list[Line], masked: set[int], dek: bool = True) -> int | None:
    """The post's first paragraph: its dek right above its date line (unless not ``dek``), or the first
    paragraph below it.

    A site's header may hold a line of blurb above the post ("Notes from the
    overnight queue."); no more than that is passed over, so a page whose
    date sits at the foot of the post keeps its first paragraph.
    """
    prose = [line.index for line in lines if line.index not in masked and line.is_text and is_prose(line)]
    if not prose:
        return None
    dated = next((line.index for line in lines if line.index not in masked and _date_shape(line)), None)
    if dated is None:
        return prose[0]
    # (a title between the paragraph and the date: the paragraph is the site's blurb over the post's title)
    # (nor when a headline sits right under the date: Blogger's day header over the title)
    below = next_filled(lines, dated)
    text = next_filled(lines, below.index) if below is not None else None
    if text is not None and text.is_name and not text.is_field:  # the headline's byline under it
        text = next_filled(lines, text.index)
    dek = dek and not (below is not None and _headline(below) and text is not None and is_prose(text))
    above = [i for i in prose if dated - CARD_HEAD_LINES <= i < dated and not any(
        _headline(lines[k]) for k in range(i + 1, dated))] if dek else []
    chosen = above[-1] if above else next((i for i in prose if i > dated), prose[0])
    # (an author box's bio, under the author's job line, is passed over as well)
    skipped = sum(1 for i in prose if i < chosen and not under_job_line(lines, i))
    return chosen if skipped <= MAX_BLURB_PARAGRAPHS else prose[0]


def _headline(line: Line) -> bool:
    """A title's line, not the author's name under a dek nor a caption of two sentences."""
    return line.is_text and line.title_like and not line.is_name and len(line.stripped.split()) >= MIN_HEADLINE_WORDS \
        and not P.INNER_SENTENCE.search(line.stripped)



MIN_HEADLINE_WORDS = 3


def _date_shape(line: Line) -> str:
    """"cue:date_read_time", "date:day" ... for a line that dates a post, else ""."""
    if line.cue is not None and line.cue.role in ("byline", "date"):
        return f"cue:{line.cue.kind}"
    return f"date:{line.date.precision}" if line.date is not None else ""


def _cards_below(lines: list[Line], i: int) -> bool:
    """Is the rest of the page cards (an excerpt or two under each date), not more posts?"""
    dates = sum(1 for line in lines[i:] if _date_shape(line))
    paragraphs = sum(1 for line in lines[i:] if line.is_text and is_prose(line))
    following = next((k for k in range(i + 1, len(lines)) if _date_shape(lines[k])), len(lines))
    own = sum(1 for line in lines[i + 1:following] if line.is_text and is_prose(line))
    return paragraphs <= MAX_CARD_PARAGRAPHS * dates and own <= MAX_CARD_PARAGRAPHS  # each card, the first too


def _block_start(lines: list[Line], i: int, first: int) -> int:
    """The first line of the card that holds line ``i``: up its lines to a blank one, CARD_HEAD_LINES at most."""
    for _ in range(CARD_HEAD_LINES):
        if i <= first or lines[i - 1].blank:
            break
        i -= 1
    return i


def _box_below(lines: list[Line], i: int, masked: set[int]) -> bool:
    """Is "Written by X" at ``i`` an author box (a bio of a paragraph or two under it), not the byline of a
    section whose text goes on (a letter's second article)?"""
    prose = 0
    for line in after(lines, i):
        if line.index in masked:
            break
        prose += line.is_text and is_prose(line)
        if prose > MAX_BIO_PARAGRAPHS:
            return False
    return True


def post_end(lines: list[Line], first: int, masked: set[int], head_dates: set[str] = frozenset()) -> int:
    """Where the post stops: its author box, comments or a widget; less the tag chips just before."""
    prose = 0
    end = len(lines)
    for i in range(first, len(lines)):
        # "Written by X" closes a post only below its text: above it, it is the head's byline.
        if i in masked or lines[i].chrome in END_CHROME or prose >= MIN_POST_PARAGRAPHS and (
                lines[i].cue is not None and lines[i].cue.kind in END_CUES) and _box_below(lines, i, masked):
            end = i
            break
        card = _block_start(lines, i, first)  # a "read next" card dated as the post is: tag, title, excerpt ...
        if prose >= MIN_ARTICLE_PARAGRAPHS and _date_shape(lines[i]) in head_dates and _cards_below(lines, i) \
                and any(lines[k].title_like for k in range(card, i)):
            end = card
            break
        prose += lines[i].is_text and is_prose(lines[i])
    chips = end
    while chips > first:
        j = chips - 1
        while j > first and lines[j].blank:
            j -= 1
        text = lines[j].stripped
        if GREETING_OFF.match(text):  # "Thanks in advance," and the name under it sign the post off: no chips
            chips = next((k + 1 for k in range(j + 1, end) if not lines[k].blank), end)
            break
        if not (lines[j].is_field or len(text.split()) <= MAX_CHIP_WORDS and text[-1:] not in ".!?:…\"”"):
            break
        chips = j
    short = sum(1 for i in range(chips, end) if lines[i].is_text)
    return chips if short >= MIN_CHIPS else end
