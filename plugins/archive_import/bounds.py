"""Where records end: an empty record joins the next, the last post ends as the others do,
trailing sidebars and widget lists are no posts.

The template stage finds where posts *start*; these rules decide where the
page's own furniture (footers, "Popular posts", "More from X") begins.
"""

from __future__ import annotations

import re

from collections import Counter

from .lines import Line, is_prose
from .structure import POST_CHROME, Record, has_body, marks_records, shape

# A comment count under a listing's entry ("57 comments share save hide report").
COUNT_CUES = frozenset({"count_row", "comment_count"})


def _bare_card(lines: list[Line], record: Record) -> bool:
    """A listing's card with a title, a date and "Read more" (or its comment count: a link aggregator's
    entry) but no excerpt: a link, not part of a post."""
    window = lines[record.start:record.end]
    link = any(line.cue is not None and (line.cue.role == "teaser" or line.cue.kind in COUNT_CUES) for line in window)
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
    for line in lines[i + 1:]:
        if not line.blank:
            return line.dates_post
    return False


# A page's footer and sidebar are short lines: menus, labels, counts. The
# text after a single post's last footer line is furniture when at least
# this share of its lines are short and not sentences.
FOOTER_SHORT_SHARE = 0.6
SHORT_LINE_WORDS = 6


def _closes_post(line: Line) -> bool:
    """A line of the post's own template (not the page's): bylines, dates, share rows, tags."""
    if line.cue is not None:
        return line.cue.role != "comment"
    return line.chrome in POST_CHROME or line.date is not None


def _furniture_like(lines: list[Line], indices: list[int]) -> bool:
    texts = [lines[i].stripped for i in indices if lines[i].is_text]
    if not texts:
        return True
    short = sum(1 for text in texts if len(text.split()) <= SHORT_LINE_WORDS and text[-1:] not in ".!?")
    return short / len(texts) >= FOOTER_SHORT_SHARE


# Shapes owned by at least this share of the records make the template's
# core; records at the end of the page with none of them are its sidebar or
# footer ("More articles by ...", "Popular posts").
CORE_SHARE = 0.6
MIN_RECORDS_FOR_CORE = 3


def drop_trailing_furniture(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """Drop the last records while they have none of the template's core shapes."""
    if len(records) < MIN_RECORDS_FOR_CORE:
        return records
    owned = [{shape(lines[i]) for i in range(r.start, r.end) if i not in masked and lines[i].is_field
              and marks_records(shape(lines[i]))} for r in records]
    counts = Counter(s for shapes in owned for s in shapes)
    core = {s for s, n in counts.items() if n >= CORE_SHARE * len(records)}
    keep = len(records)
    while core and keep > 1 and not owned[keep - 1] & core:
        keep -= 1
    return records[:keep]


def _closing_shapes(lines: list[Line], records: list[Record], masked: set[int]) -> set[str]:
    """Shapes of the template lines that end each post but the last (after its last text line)."""
    closers: set[str] = set()
    for record in records[:-1]:
        texts = [i for i in range(record.start, record.end) if lines[i].is_text and i not in masked]
        tail = range(texts[-1] + 1 if texts else record.start, record.end)
        closers |= {shape(lines[i]) for i in tail if lines[i].is_field and i not in masked}
    return closers


def _end_like_others(lines: list[Line], record: Record, closers: set[str], masked: set[int]) -> int | None:
    """Where the last post ends if it closes as the others do: after its first closing run."""
    start = record.title if record.title is not None else record.start
    i = start + 1
    while i < record.end and not (lines[i].is_field and shape(lines[i]) in closers and i not in masked):
        i += 1
    if i >= record.end or not has_body(lines, start, i, {record.title, *record.echoes}, masked):
        return None
    while i < record.end and (lines[i].blank or lines[i].is_field or i in masked):
        i += 1
    return i


def trim_tail(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """End the last post at its last footer line when what follows is the page's, not the post's.

    In a page of several posts the template says so (every earlier post ends
    with a footer); on a single post page, the text after the footer must
    look like furniture (menus, labels, counts).
    """
    if not records:
        return records
    last = records[-1]
    if len(records) > 1:
        end = _end_like_others(lines, last, _closing_shapes(lines, records, masked), masked)
        if end is not None:
            records[-1] = Record(last.start, end, last.title, last.echoes)
            return records
    start = last.title if last.title is not None else last.start
    closing = [i for i in range(start, last.end) if i not in masked and _closes_post(lines[i])]
    if not closing:
        return records
    end = closing[-1] + 1
    if not has_body(lines, start, closing[-1], {last.title, *last.echoes}, masked):
        return records
    rest = [i for i in range(end, last.end) if i not in masked]
    earlier_closed = len(records) > 1 and all(
        any(_closes_post(lines[i]) for i in range(record.start, record.end)) for record in records[:-1])
    if earlier_closed or _furniture_like(lines, rest):
        records[-1] = Record(last.start, end, last.title, last.echoes)
    return records


# A site's footer may hold a line of blurb ("Notes from a small team. Opinions are our own.").
MAX_FOOTER_PARAGRAPHS = 1
# "Powered by WordPress", "Proudly powered by Bear": where a site's footer is.
POWERED_BY = re.compile(r"^(?:proudly )?powered by\b", re.I)


def cut_site_footer(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """The last post ends before the site's footer: the block after its last paragraph that repeats the
    site's name (the page's first line) or says "Powered by", with the short lines just above it."""
    if not records:
        return records
    last = records[-1]
    site = next((line.stripped for line in lines if not line.blank), "")
    prose = [i for i in range(last.start, last.end) if lines[i].prose and i not in masked]
    if not prose:
        return records
    footer = next((k for k in range(prose[0] + 1, last.end) if k not in masked and (
        lines[k].stripped == site or POWERED_BY.match(lines[k].stripped))), None)
    if footer is None or sum(1 for i in prose if i > footer) > MAX_FOOTER_PARAGRAPHS:
        return records  # text goes on below it: the name is quoted in the post, not a footer
    while footer - 1 > prose[0] and (lines[footer - 1].blank or _short(lines[footer - 1])):
        footer -= 1
    while lines[footer].blank:
        footer += 1
    return records[:-1] + [Record(last.start, footer, last.title, last.echoes, last.head_end)]


def _short(line: Line) -> bool:
    return line.is_field or len(line.stripped.split()) <= SHORT_LINE_WORDS and line.stripped[-1:] not in ".!?"


def cut_at_widgets(lines: list[Line], records: list[Record], heads: set[str]) -> list[Record]:
    """A widget header ("Related posts", "More from X") ends its post; titles listed under it are no posts.

    Records after it that have none of the shapes that open a post are the
    widget's list and are dropped.
    """
    kept: list[Record] = []
    widget_open, gap_start = False, 0
    for record in records:
        # A widget header between two records, or above a record's title ("Popular Posts" under the
        # last card), opens one too.
        head_end = record.title if record.title is not None else record.start
        widget_open = widget_open or any(lines[i].chrome == "widget header" for i in range(gap_start, head_end))
        gap_start = record.end
        own = {shape(lines[i]) for i in range(record.start, record.end) if lines[i].is_field}
        prose = any(is_prose(lines[i]) for i in range(record.start, record.end))
        if widget_open and not (own & heads) and not prose:
            continue  # a title and date listed by the widget: no post of its own
        widget_open = False
        start = record.title if record.title is not None else record.start
        header = next((i for i in range(start + 1, record.end) if lines[i].chrome == "widget header"), None)
        if header is not None:
            record = Record(record.start, header, record.title, record.echoes)
            widget_open = True
        kept.append(record)
    return kept


# Prose before the first record is a post when it holds a paragraph at least
# this long (site descriptions and taglines are shorter).
MIN_LEAD_PROSE_WORDS = 12
MIN_LEAD_PARAGRAPHS = 2


def lead_start(lines: list[Line], first: int, masked: set[int],
               footers: list[int] = ()) -> tuple[int, int | None] | None:
    """(start, title) of a post above the first record: never drop a post's body as page header.

    Prose there is a post when there is enough of it, when a byline follows
    it (a teaser card), or when one of the template's footer runs
    (``footers``: their first lines) closes it. Its title is the title-like
    line right above its first paragraph, if any.
    """
    paragraphs = [line for line in lines[:first] if line.is_text and line.index not in masked
                  and len(line.stripped.split()) >= MIN_LEAD_PROSE_WORDS and line.stripped[-1:] in ".!?…:\"”’)"]
    if not paragraphs:
        return None
    closed = _byline_follows(lines, paragraphs[0].index, first) or any(
        paragraphs[0].index < footer < first for footer in footers)
    if len(paragraphs) < MIN_LEAD_PARAGRAPHS and not closed:
        return None  # one paragraph above the posts describes the page ("Posts about refunds ...")
    j = paragraphs[0].index - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    title = j if j >= 0 and lines[j].is_text and lines[j].title_like else None
    return (paragraphs[0].index if title is None else title), title


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
