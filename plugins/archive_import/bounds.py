"""Where records end: an empty record joins the next, the last post ends as the others do,
trailing sidebars and widget lists are no posts.

The template stage finds where posts *start*; these rules decide where the
page's own furniture (footers, "Popular posts", "More from X") begins.
"""

from __future__ import annotations

from . import patterns as P
from .lines import Line, is_prose
from .structure import Record, has_body, shape
from .tail import SHORT_LINE_WORDS
from .neighbours import after, next_filled, previous_filled

# A comment count under a listing's entry ("57 comments share save hide report").
COUNT_CUES = frozenset({"count_row", "comment_count", "points_by"})  # a link aggregator's subtext too


def _bare_card(lines: list[Line], record: Record) -> bool:
    """A listing's card with a title, a date and "Read more" (or its comment count: a link aggregator's
    entry; or a lock notice: a members-only post) but no excerpt: a link, not part of a post."""
    window = lines[record.start:record.end]
    link = any(line.cue is not None and (line.cue.role == "teaser" or line.cue.kind in COUNT_CUES)
               or line.chrome == "locked post" for line in window)
    return record.title is not None and link and any(line.dates_post for line in window)



def merge_empty(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """A record with no text of its own joins its successor, unless it is a bare card (dropped).

    At the top of the page the empty record's "title" is the site's name or
    tagline, and the successor's title is the post's; so it is when the
    successor's title stands right over the post's byline (the first one
    was an image's caption or a label). Otherwise the first is the post's
    title and the successor's a subtitle or dek.
    """
    merged: list[Record] = []
    pending: Record | None = None
    for record in records:
        if pending is not None:
            top = not merged and not has_body(lines, 0, pending.start, set(), masked)
            second = record.title is not None and (top or _over_byline(lines, record.title))
            keep = record if second else pending
            record = Record(pending.start, record.end, keep.title, keep.echoes)
            pending = None
        skip = {record.title, *record.echoes}
        if not has_body(lines, record.start, record.end, skip, masked):
            if not _bare_card(lines, record):
                pending = record
            continue
        merged.append(record)
    if pending is not None:
        if merged:
            last = merged[-1]
            merged[-1] = Record(last.start, pending.end, last.title, last.echoes)
        else:
            merged.append(pending)
    return merged


def _over_byline(lines: list[Line], i: int) -> bool:
    """Is the next non-blank line after ``i`` a byline or a date line (the head of a post)?"""
    for line in after(lines, i):
        if not line.blank:
            return line.dates_post
    return False


def cut_at_widgets(lines: list[Line], records: list[Record]) -> list[Record]:
    """A widget header ("Related posts", "More from X") ends its post; titles listed under it are no posts.

    Records after it with no paragraph of text are the widget's list (a title
    and a date each, maybe the site's footer under the last) and are dropped.
    """
    kept: list[Record] = []
    widget_open, gap_start = False, 0
    for record in records:
        # A widget header between two records, or above a record's title ("Popular Posts" under the
        # last card), opens one too.
        head_end = record.title if record.title is not None else record.start
        widget_open = widget_open or any(lines[i].chrome == "widget header" for i in range(gap_start, head_end))
        gap_start = record.end
        if widget_open and not _opens_with_prose(lines, record):
            continue  # a title and date listed by the widget: no post of its own
        widget_open = False
        start = record.title if record.title is not None else record.start
        header = next((i for i in range(start + 1, record.end) if lines[i].chrome == "widget header"), None)
        if header is not None:
            record = Record(record.start, header, record.title, record.echoes)
            widget_open = True
        kept.append(record)
    return kept


# A post's text opens with a paragraph within its first few lines of text (under a quote's
# "Quote from: X", a dek or a label); a widget's last card runs on into the page's sidebar
# (more widgets' titles) before any sentence does.
MAX_LINES_BEFORE_PROSE = 3


def _opens_with_prose(lines: list[Line], record: Record) -> bool:
    """Does the record's text open with a paragraph (its authors' names aside)?"""
    start = record.title if record.title is not None else record.start
    # A copyright line under the last card is prose, but chrome: only text counts.
    texts = [line for line in lines[start + 1:record.end] if line.is_text and not line.is_name]
    return any(is_prose(line) for line in texts[:MAX_LINES_BEFORE_PROSE + 1])


# Prose before the first record is a post when it holds a paragraph at least
# this long (site descriptions and taglines are shorter).
MIN_LEAD_PROSE_WORDS = 12
# The site's menu between a paragraph and the first card: the paragraph is the site's blurb.
MENU_CHROME = frozenset({"navigation", "follow links", "account links"})
MIN_LEAD_PARAGRAPHS = 2


def lead_start(lines: list[Line], first: int, masked: set[int], footers: list[int] = (), labels: int = 0,
               runs_head: bool = False, runs_close: bool = False,
               teasers_close: bool = False) -> tuple[int, int | None] | None:
    """(start, title) of a post above the first record: never drop a post's body as page header.

    Prose there is a post when there is enough of it, when a byline follows
    it (a teaser card), or when one of the template's footer runs
    (``footers``: their first lines) closes it. Its title is the title-like
    line right above its first paragraph, if any, or above the ``labels``
    short lines (category chips) every other card prints between the two.
    When the template's runs head the posts under them (``runs_head``), the
    byline under the prose is the first post's, and closes nothing. But when
    the last run has no text under it (``runs_close``), the runs close the
    posts above them, whatever the blank lines say: the first closes the prose.
    Where "Continue reading" closes every card (``teasers_close``; ``footers``
    are then those runs), a date under the prose is the next card's head.
    """
    paragraphs = [line for line in lines[:first] if line.is_text and line.index not in masked
                  and len(line.stripped.split()) >= MIN_LEAD_PROSE_WORDS
                  and (not under_job_line(lines, line.index) or _card_title_over(lines, line.index) is not None)
                  and (line.stripped[-1:] in ".!?…:\"”’)" or _cut_excerpt(lines, line.index, footers))]
    menu = max((line.index for line in lines[:paragraphs[-1].index] if line.chrome in MENU_CHROME), default=-1) \
        if paragraphs else -1
    paragraphs = [line for line in paragraphs if line.index > menu]  # a blurb over the site's menu is the site's
    if not paragraphs:
        return None
    closed = runs_close and first in footers or not runs_head and (not teasers_close and _byline_follows(
        lines, paragraphs[0].index, first) or any(paragraphs[0].index < footer < first for footer in footers))
    if len(paragraphs) < MIN_LEAD_PARAGRAPHS and not closed:
        return None  # one paragraph above the posts describes the page ("Posts about refunds ...")
    above = previous_filled(lines, paragraphs[0].index)
    for _ in range(labels):
        if above is None or above.title_like or not _label(above):
            break
        above = previous_filled(lines, above.index)
    title = above.index if above is not None and above.is_text and above.title_like else None
    title = _card_title_over(lines, paragraphs[0].index) if title is None else title
    return (paragraphs[0].index if title is None else title), title


# A card's head over its text: title, date line, then its authors with their jobs, a line each.
MAX_CARD_HEAD_OVER_TEXT = 7


def _card_title_over(lines: list[Line], i: int) -> int | None:
    """The title of the card whose text starts at ``i``, over a head of names, jobs and a date line between
    the two ("Title" / "February 20, 2024 · 6 min read" / "Jane Doe" / "Support Lead"): the text under an
    author's job is that card's, no author box's bio."""
    dated = False
    above = previous_filled(lines, i)
    for _ in range(MAX_CARD_HEAD_OVER_TEXT):
        if above is None:
            return None
        if above.dates_post:
            dated = True
        elif not (above.is_name or above.chrome == "job title"):
            return above.index if dated and above.is_text and above.title_like else None
        above = previous_filled(lines, above.index)
    return None


def _label(line: Line) -> bool:
    """A category chip: a word or two, no sentence."""
    return len(line.stripped.split()) <= MAX_NAME_WORDS and line.stripped[-1:] not in ".!?:"


def title_labels(lines: list[Line], titles: list[int]) -> int:
    """How many short lines (category chips) a card may print between its title and its first paragraph:
    0 unless every card prints some."""
    counts = []
    for title in titles:
        j, count = title + 1, 0
        while j < len(lines) and not lines[j].prose:
            if not lines[j].blank:
                if lines[j].is_field or not _label(lines[j]):
                    return 0
                count += 1
            j += 1
        if j < len(lines):  # (a last "title" with no text under it is the page's footer, no card)
            counts.append(count)
    return MAX_CARD_LABELS if len(counts) >= MIN_LABELLED_CARDS and min(counts) > 0 else 0


MIN_LABELLED_CARDS = 2  # one card's chips could be a heading's words; every card's are the template's
MAX_CARD_LABELS = 4  # a card's categories: one to a few, one a line


def _cut_excerpt(lines: list[Line], i: int, footers: list[int]) -> bool:
    """A card's excerpt cut mid-sentence ("… a part-month charge from the day you"): a footer run right under it."""
    below = next_filled(lines, i)
    return below is not None and below.index in footers


def under_job_line(lines: list[Line], i: int) -> bool:
    """Is line ``i`` an author card's bio, right under the author's name and job ("Disputes Team Lead"), or
    an archive page's description, right under its "Category: Billing" or "Author: Jane Doe" heading?"""
    above = previous_filled(lines, i)
    return above is not None and (above.chrome == "job title" or above.cue is not None and above.cue.role == "taxonomy"
                                  or P.AUTHOR_ARCHIVE.match(above.stripped) is not None)  # "Author: Jane Doe"


def _byline_follows(lines: list[Line], i: int, first: int) -> bool:
    """Is the paragraph followed (past names and blank lines) by a byline or date: a teaser card, not a description?"""
    for line in lines[i + 1:first]:
        if line.dates_post:
            return True
        if line.blank or line.is_field or len(line.stripped.split()) <= MAX_NAME_WORDS:
            continue
        return False
    return False


MAX_NAME_WORDS = 3


# A "record" of at most this many short lines (a related post's title and
# category, a sidebar entry) is the page's, not a post.
MAX_LISTING_LINES = 2


def drop_listings(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """Drop records that hold only a short line or two: listings of other posts.

    Kept when every record is like that (then the page is a listing, and the
    posts stage decides).
    """
    def texts(record: Record) -> list[int]:
        """The record's text lines, up to one more than a listing holds (enough to decide)."""
        skip, found = {record.title, *record.echoes}, []
        for i in range(record.start, record.end):
            if lines[i].is_text and i not in skip and i not in masked:
                found.append(i)
                if len(found) > MAX_LISTING_LINES:
                    break
        return found

    def listing(record: Record) -> bool:
        found = texts(record)[:MAX_LISTING_LINES + 1]
        return len(found) <= MAX_LISTING_LINES and all(
            len(lines[i].stripped.split()) <= SHORT_LINE_WORDS and lines[i].stripped[-1:] not in ".!?…"
            for i in found)  # a sentence, however short, is a post's

    flags = [listing(record) for record in records]
    if all(flags):
        return records
    return [record for record, flag in zip(records, flags) if not flag]


# A card's head (title, breadcrumbs, names, date) is a few lines; its text follows it.
MAX_MIRRORED_HEAD = 8


def mirrored_lead(lines: list[Line], first: int, masked: set[int]) -> tuple[int, int] | None:
    """(start, title) of a card above the first record whose head mirrors that record's, line for line:
    the same template lines (dates, the breadcrumbs every card repeats) and text lines in the same places,
    and a paragraph under it. One paragraph above the posts is a card when its head says so. ``first``: the
    first record's title, where it starts."""
    title = first
    text = next((i for i in range(title + 1, min(len(lines), title + MAX_MIRRORED_HEAD + 1))
                 if lines[i].prose), None)
    if text is None or first <= text - title or not any(lines[i].dates_post for i in range(title + 1, text)):
        return None  # a title over its text alone is what a page's heading over its blurb looks like too
    start = first - (text - title) - 1 if lines[first - 1].prose else None
    if start is None or start < 0 or any(i in masked for i in range(start, first)):
        return None
    for mine, theirs in zip(range(start, first - 1), range(title, text)):
        a, b = lines[mine], lines[theirs]
        same = a.blank and b.blank or not (a.blank or b.blank) and a.dates_post == b.dates_post and (
            shape(a) == shape(b) if b.is_field else a.is_text and not a.prose)
        if not same:
            return None
    return (start, start) if lines[start].is_text and lines[start].title_like else None
