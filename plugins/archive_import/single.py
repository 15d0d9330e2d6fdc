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
from .listing import MAX_CARD_PARAGRAPHS, MIN_ARTICLE_PARAGRAPHS, MIN_POST_PARAGRAPHS, is_listing
from .neighbours import after, next_filled, previous_filled

# Chrome only a post's own page shows (a list archive's message links, a help article's feedback question).
POST_PAGE_CHROME = frozenset({"comment form", "share counter", "follow links", "share button",
                              "list navigation", "feedback widget"})
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
            # (the author's name right over it is the footer's too: "Saoirse Delany" / "February 20, 2025")
            name = previous_filled(lines, line.index)
            signed = name is not None and name.index >= record.end and (name.is_text or name.recurring) and name.is_name
            return replace(record, fields_after=[name.index, line.index] if signed else [line.index])
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
        _headline(lines[k]) for k in range(i + 1, dated)) and not _profile_bio(lines, i) and _under_text(lines, i)] \
        if dek else []
    chosen = above[-1] if above else next((i for i in prose if i > dated), prose[0])
    # (an author box's bio, under the author's job line, is passed over as well)
    skipped = sum(1 for i in prose if i < chosen and not under_job_line(lines, i) and not _profile_bio(lines, i))
    return chosen if skipped <= MAX_BLURB_PARAGRAPHS else prose[0]


def _headline(line: Line) -> bool:
    """A title's line, not the author's name under a dek nor a caption of two sentences."""
    return line.is_text and line.title_like and not line.is_name and len(line.stripped.split()) >= MIN_HEADLINE_WORDS \
        and not P.INNER_SENTENCE.search(line.stripped)



MIN_HEADLINE_WORDS = 3


def _date_shape(line: Line) -> str:
    """"cue:date_read_time", "date:day" ... for a line that dates a post, else ""."""
    if line.cue is not None and line.cue.role in ("byline", "date") and (line.cue.date_text or line.date is not None):
        return f"cue:{line.cue.kind}"  # ("By Jane Doe" over an author box's bio dates nothing)
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


def _under_text(lines: list[Line], i: int) -> bool:
    """A dek sits under its headline; a sentence under the site's menu or pager is the headline itself (a
    letter's archive page: "« Previous Message" / "Next Message »" / "The boiler is fixed. Did anyone tell you?")."""
    above = previous_filled(lines, i)
    return above is not None and above.is_text


def _profile_bio(lines: list[Line], i: int) -> bool:
    """A paragraph right under its writer's Follow button is the writer's bio (Medium's profile card over the
    story), and one right over "Follow publication" the publication's blurb: no dek of the post."""
    return any(near is not None and near.chrome == "follow links"
               for near in (previous_filled(lines, i), next_filled(lines, i)))


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
