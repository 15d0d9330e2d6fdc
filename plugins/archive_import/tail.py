"""Where the last post ends: as the others do, before the page's footer and sidebar.

The template stage finds where posts *start*; the last one has no next post to
end it, so these rules find where the page's own furniture begins under it: the
lines that close every other post, a block of short lines, the site's name again,
"Powered by", a pager.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections import Counter

from .authors import GREETING_OFF
from .boilerplate import SIGN_OFF
from .lines import Line
from .structure import POST_CHROME, Record, has_body, marks_records, shape

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


def _tail(lines: list[Line], record: Record, masked: set[int]) -> range:
    """The record's lines after its last line of text."""
    texts = [i for i in range(record.start, record.end) if lines[i].is_text and i not in masked]
    return range(texts[-1] + 1 if texts else record.start, record.end)


def _closed(lines: list[Line], record: Record, masked: set[int]) -> bool:
    """Does the post end with a line of its template (a footer, a date, tags) after its text?"""
    return any(i not in masked and _closes_post(lines[i]) for i in _tail(lines, record, masked))


def _closing_shapes(lines: list[Line], records: list[Record], masked: set[int]) -> set[str]:
    """Shapes of the template lines that end each post but the last (after its last text line)."""
    return {shape(lines[i]) for record in records[:-1] for i in _tail(lines, record, masked)
            if lines[i].is_field and i not in masked}


def _end_like_others(lines: list[Line], record: Record, closers: set[str], masked: set[int]) -> int | None:
    """Where the last post ends if it closes as the others do: after its first closing run."""
    start = record.title if record.title is not None else record.start
    i = start + 1
    while i < record.end and not (lines[i].is_field and shape(lines[i]) in closers and i not in masked):
        i += 1
    if i >= record.end or not has_body(lines, start, i, {record.title, *record.echoes}, masked):
        return None
    # (past the byline's further names: "Orla Fenwick" / "Priya Castellane" / "Multiple authors" / date)
    while i < record.end and (lines[i].blank or lines[i].is_field or i in masked or _names_in_byline(lines, i)):
        i += 1
    return i


def _names_in_byline(lines: list[Line], i: int) -> bool:
    """A name line among the byline's own lines: more names and then a template line follow it."""
    k = i
    while k < len(lines) and (lines[k].blank or lines[k].is_name and not lines[k].is_field):
        k += 1
    return lines[i].is_name and k < len(lines) and lines[k].is_field


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
        end = _end_like_others(lines, last, _closing_shapes(lines, records, masked), masked) \
            or _end_like_cards(lines, records, masked)
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
    earlier_closed = len(records) > 1 and all(_closed(lines, record, masked) for record in records[:-1])
    # Paragraphs going on below the footer line are the post's (a comment box over its text), never the page's.
    text_below = sum(1 for i in rest if lines[i].is_text and lines[i].prose) > MAX_FOOTER_PARAGRAPHS
    prose_above = any(lines[i].prose and i not in masked for i in range(start, end))
    if not prose_above and any(lines[i].prose for i in rest):
        return records  # the card's text is under its date: all it has, never the page's furniture
    if earlier_closed and not text_below or _furniture_like(lines, rest):
        records[-1] = Record(last.start, end, last.title, last.echoes)
    return records


# Cards of a listing hold the same few lines of text each (an excerpt, a summary).
MAX_CARD_TEXT_LINES = 2
MIN_CARD_WORDS = 8  # an excerpt cut mid-sentence is still running text; a name or a label is not


def _card_texts(lines: list[Line], record: Record, masked: set[int]) -> list[int]:
    """The lines of running text under a card's title (its byline's names and labels are not)."""
    start = record.title if record.title is not None else record.start
    skip = {record.title, *record.echoes}
    return [i for i in range(start + 1, record.end) if i not in masked and i not in skip and lines[i].is_text
            and (lines[i].prose or not lines[i].title_like and len(lines[i].stripped.split()) >= MIN_CARD_WORDS)]


def _end_like_cards(lines: list[Line], records: list[Record], masked: set[int]) -> int | None:
    """A listing of cards, every earlier one the same few text lines under its title: the last card ends
    after as many, when what follows looks like the page's furniture (a sidebar's widgets)."""
    if len(records) < MIN_RECORDS_FOR_CORE:
        return None
    sizes = {len(_card_texts(lines, record, masked)) for record in records[:-1]}
    size = sizes.pop() if len(sizes) == 1 else 0
    texts = _card_texts(lines, records[-1], masked)
    if not 1 <= size <= MAX_CARD_TEXT_LINES or len(texts) <= size:
        return None
    end = texts[size - 1] + 1
    return end if _furniture_like(lines, [i for i in range(end, records[-1].end) if i not in masked]) else None


# A site's footer may hold a line of blurb ("Notes from a small team. Opinions are our own.").
MAX_FOOTER_PARAGRAPHS = 1
# "Powered by WordPress", "Proudly powered by Bear": where a site's footer is.
# What saving the page printed over it (a browser's print margins, a web archive's toolbar): not the site's name.
SAVED_PAGE_CHROME = frozenset({"print margin", "web archive toolbar"})
POWERED_BY = re.compile(r"^(?:proudly )?powered by\b", re.I)
# A listing's pager under its last post: "Older posts", "Newer entries »".
PAGER = re.compile(r"^(?:[«‹←]\s*)?(?:(?:older|newer)\s+(?:posts|entries)|(?:previous|next)\s+page)(?:\s*[»›→])?$",
                   re.I)  # (a post page's "Previous post" leads to one post: the post's own navigation)


# A copyright line, "All rights reserved", "Unsubscribe": the site's or the letter's footer.
FOOTER_CHROME = frozenset({"copyright line", "newsletter footer"})


def cut_site_footer(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """The last post ends before the site's footer: the block after its last paragraph that repeats the
    site's name (the page's first line), says "Powered by" or holds the copyright line, with the short
    lines just above it, or at the pager under it."""
    if not records:
        return records
    last = records[-1]
    site = next((line.stripped for line in lines if not line.blank and line.chrome not in SAVED_PAGE_CHROME), "")
    prose = [i for i in range(last.start, last.end) if lines[i].prose and i not in masked]
    if not prose:
        return records
    pager = next((k for k in range(prose[0] + 1, last.end) if k not in masked and (
        lines[k].chrome in ("pager", "post navigation") or PAGER.match(lines[k].stripped))), None)
    if pager is not None and sum(1 for i in prose if i > pager) <= MAX_FOOTER_PARAGRAPHS \
            and not any(lines[i].dates_post for i in range(pager, last.end)):
        # "Older posts »" under the last post: what follows is the site's, whatever its look (unless
        # the post's own date line is printed under the pager: "Last updated 3 days ago").
        return records[:-1] + [Record(last.start, pager, last.title, last.echoes, last.head_end)]
    footer = next((k for k in range(prose[0] + 1, last.end) if k not in masked and (
        lines[k].stripped == site or POWERED_BY.match(lines[k].stripped) or lines[k].chrome in FOOTER_CHROME)), None)
    if footer is None or sum(1 for i in prose if i > footer) > MAX_FOOTER_PARAGRAPHS:
        return records  # text goes on below it: the name is quoted in the post, not a footer
    if lines[footer].chrome in FOOTER_CHROME and any(lines[i].dates_post for i in range(footer, last.end)):
        return records  # the post's own date line under it: a copyright line inside the post's template
    # (The post's own date line over the footer, as every card ends with one, stays the post's, and so do
    # the lines of the template the other cards print: "Jane Doe" / "5 min" under the date.)
    kept = _template_shapes(lines, records[:-1], masked)
    while footer - 1 > prose[0] and (lines[footer - 1].blank or _short(lines[footer - 1])) \
            and not lines[footer - 1].dates_post and not (lines[footer - 1].is_field
                                                          and shape(lines[footer - 1]) in kept):
        footer -= 1
        if GREETING_OFF.match(lines[footer].stripped):  # "Until next time," and the name under it sign the post
            footer = _under_signature(lines, footer)
            break
    while lines[footer].blank:
        footer += 1
    return records[:-1] + [Record(last.start, footer, last.title, last.echoes, last.head_end)]


def _template_shapes(lines: list[Line], records: list[Record], masked: set[int]) -> set[str]:
    """The shapes of the template lines (cues, dates) the other records hold; a recurring word ("Changelog",
    a category) may as well head the site's footer."""
    found = {shape(lines[i]) for record in records for i in range(record.start, record.end)
             if lines[i].is_field and i not in masked}
    return {key for key in found if not key.startswith("line:")}


def _short(line: Line) -> bool:
    return line.is_field or len(line.stripped.split()) <= SHORT_LINE_WORDS and line.stripped[-1:] not in ".!?"


def _under_signature(lines: list[Line], sign_off: int) -> int:
    """The line after the name that signs under ``sign_off`` ("Until next time," / "Marisol")."""
    below = next((k for k in range(sign_off + 1, len(lines)) if not lines[k].blank), None)
    return below + 1 if below is not None and SIGN_OFF.match(lines[below].stripped) else sign_off + 1


def end_at_signature(lines: list[Line], records: list[Record], masked: set[int], email: bool) -> list[Record]:
    """A letter (an ``email``, or a page a mail client or a newsletter's footer frames) that signs off under
    its last paragraph ("Warmly," / "Ines") ends with its signature when only short lines follow it to the
    record's end: the sender's footer (links, address, the name in full). A blog post's is left alone."""
    if not records or not (email or any(line.chrome in LETTER_CHROME for line in lines)):
        return records
    last = records[-1]
    prose = [i for i in range(last.start, last.end) if lines[i].prose and i not in masked]
    sign_off = next((k for k in range(prose[-1] + 1, min(last.end, prose[-1] + SIGN_OFF_GAP))
                     if lines[k].is_text and GREETING_OFF.match(lines[k].stripped)), None) if prose else None
    if sign_off is None:
        return records
    end = _under_signature(lines, sign_off)
    if end == sign_off + 1:
        return records  # no name signs under it ("The Lowmoor team", "Ines & Tom"): leave the letter whole
    rest = [k for k in range(end, last.end) if not lines[k].blank and k not in masked]
    if not rest or any(lines[k].prose or lines[k].dates_post or not _footer_line(lines[k]) for k in rest):
        return records  # a P.S. or the next part of the letter: text goes on
    if len(rest) < MIN_SENDER_FOOTER_LINES:
        return records  # the name in full and a tagline: the writer's own signature block
    return records[:-1] + [replace(last, end=end)]


# What frames a letter: a mail client's sender and fields, a newsletter's footer.
LETTER_CHROME = frozenset({"mail sender", "mail header", "newsletter footer"})
# The sign-off follows the last paragraph closely: a blank line or two between them.
SIGN_OFF_GAP = 4
# A sender's footer is a block (job, company, address, links); two lines are the writer's signature.
MIN_SENDER_FOOTER_LINES = 3
# A sender's footer line: links, a name, an address ("Unit 4, Willow Yard, Frome BA11 1EP, United Kingdom").
MAX_SENDER_FOOTER_WORDS = 12


def _footer_line(line: Line) -> bool:
    return line.is_field or len(line.stripped.split()) <= MAX_SENDER_FOOTER_WORDS and line.stripped[-1:] not in ".!?"
