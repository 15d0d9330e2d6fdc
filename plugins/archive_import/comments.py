"""Find reader comment threads, which are never posts and never body text.

A thread starts at a thread header ("3 thoughts on “X”", "Responses (3)",
"Discussion about this post", "7 Comments" followed by a comment) or at the
first comment header line (a ``comment`` cue: "X says:", "Posted by: X |
D", "X • 2 years ago"). It ends where the page starts again: a head cue
(byline, date line) or recurring page furniture of a kind seen before the
thread began, less the next post's title lines just before it.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from . import patterns as P
from .comment_signs import (comment_sign, date_line, name_then_date, past_badges, relative_age, reply_link,
                            signed_byline)
from .lines import Line
from .neighbours import previous_filled
from .thread_words import COUNT_HEADER, SORT_LABEL, THREAD_FOOTER, THREAD_HEADER

# How close the first comment must follow a count header; a thread header ("Top comments (3)")
# may have a subscribe link and the comment form between it and the first comment.
COUNT_HEADER_REACH = 4
THREAD_HEADER_REACH = 8
# A header that counts its comments in brackets ("Top comments (4)", DEV) is the thread's own, never a link
# in the post's meta: a logged-in reader's comment form and template picker may stand between it and the
# first comment, whose head is a profile card (name, follow button, bio, joined date).
COUNTED_HEADER = re.compile(r"\(\d+\)$")
COUNTED_HEADER_REACH = 30
# A post's title under its counts has this many words; a commenter's name or handle fewer.
MIN_TITLE_WORDS = 5
# What a glued name-and-date line under it heads a comment after: a like count, the thread's sort tabs.
THREAD_CHROME = frozenset({"counter", "sort label", "comment counter"})
# A comment's Reply link sits this close under its date (past its text, a short one).
REPLY_REACH = 4
# A comment's date sits this close under its author's line.
COMMENT_HEADER_REACH = 2
# The next post's title, echo, author and job lines may sit before its byline.
TITLE_LINES_BEFORE_HEAD = 5


@dataclass(slots=True)
class Thread:
    start: int  # first line index of the thread (its header)
    end: int  # one past its last line
    comments: int  # comment headers inside


def _comment_header(lines: list[Line], j: int) -> bool:
    """The line that opens one comment: "X says:", "X • 2 years ago", a name over a date, or a bare age ("1y")."""
    line = lines[j]
    if line.cue is not None and line.cue.role == "comment" or signed_byline(line):
        return True
    if relative_age(line):
        return True
    # Inside a thread a name over a date opens a comment, whatever the comment's first line looks like.
    k = _next_line(lines, j)
    while k is not None and lines[k].chrome in P.BYLINE_EXTRAS:  # past the commenter's badge ("Author")
        k = _next_line(lines, k)
    return (line.is_text or line.recurring) and line.is_name and k is not None and date_line(lines[k])


def _opens(lines: list[Line], i: int) -> bool:
    line = lines[i]
    if line.cue is not None and line.cue.role == "comment":
        return True
    explicit = THREAD_HEADER.match(line.stripped) or SORT_LABEL.match(line.stripped) and _under_footer(lines, i) \
        or COUNT_HEADER.match(line.stripped) and _sort_tabs_under(lines, i)
    if COUNT_HEADER.match(line.stripped) and _in_button_row(lines, i):
        return _commenter_under_row(lines, i)
    if explicit or COUNT_HEADER.match(line.stripped):
        # A header opens a thread only when a comment follows: "3 Comments on X" is also a link.
        reach = (COUNTED_HEADER_REACH if COUNTED_HEADER.search(line.stripped) else THREAD_HEADER_REACH) if explicit \
            else COUNT_HEADER_REACH
        seen = 0
        for j in range(i + 1, len(lines)):
            if lines[j].blank:
                continue
            if comment_sign(lines[j]) or name_then_date(lines, j, strict=not explicit) \
                    or signed_byline(lines[j]) and (explicit or _replied(lines, j)):
                return True
            if not explicit and (_titled(lines, j, signed=_under_count(lines, i))
                                 or lines[j].cue is not None and lines[j].cue.role == "teaser"):
                return False  # "6 Comments" / "23 Likes" over a post's title and date, or over its excerpt and
                # "Read More": the card's counts, not a thread
            seen += 1
            if seen >= reach:
                break
    return False


FOOTER_CUES = ("share_row", "comment_count", "counter")
# Date lines that say they date a post, never a comment.
PUBLISHED_CUES = frozenset({"published", "posted_on"})
# LinkedIn prints "Comments", "Reactions", a comment box and an emoji button between them.
SORT_LABEL_REACH = 5


def _titled(lines: list[Line], j: int, signed: bool = False) -> bool:
    """A title of several words (no commenter's name, handle or badge) with its date right under it (or, when
    ``signed``, under its author's name: a card's "Title" / "Jane Doe" / "Apr 10, 2024")."""
    line, below = lines[j], _next_line(lines, j)
    if signed and below is not None and lines[below].is_name:
        below = _next_line(lines, below)
    return line.is_text and line.title_like and not line.is_name and len(line.stripped.split()) >= MIN_TITLE_WORDS \
        and below is not None and date_line(lines[below])


def _under_count(lines: list[Line], i: int) -> bool:
    """"12 comments" under a bare like count ("58"): a card's counts row, closing the card above."""
    above = previous_filled(lines, i)
    return above is not None and above.chrome == "counter"


def _sort_tabs_under(lines: list[Line], i: int) -> bool:
    """"2 Comments" over "Latest" / "Oldest" / "Hottest": a comment system's header, its sort tabs under it."""
    below = [line for line in lines[i + 1:i + 1 + SORT_LABEL_REACH * 2] if not line.blank][:SORT_LABEL_REACH]
    return any(line.chrome == "sort label" for line in below)


def _in_button_row(lines: list[Line], i: int) -> bool:
    """"Comment" between "Like" and "Share", or "3 comments" under "58 views": a post's action button or
    its card's counts, not a thread's header."""
    return any(_cue_kind(lines, i, step) == "share_row" for step in (-1, 1)) \
        or lines[i].stripped[:1].isdigit() and _cue_kind(lines, i, -1) == "counter"


def _commenter_under_row(lines: list[Line], i: int) -> bool:
    """A card's comment count among its buttons ("Share", "9Comments", "18Likes") heads the comments shown
    under them (WordPress.com Reader) when a commenter's name over its date comes right after the row, and
    a Reply link under the comment's text (the next post's head, a name over a date too, has none)."""
    j = i + 1
    while j < len(lines) and (lines[j].blank or lines[j].cue is not None and lines[j].cue.role == "footer"):
        j += 1
    name = next((k for k in range(j, min(len(lines), j + COUNT_HEADER_REACH)) if name_then_date(lines, k)), None)
    return name is not None and _replied(lines, name + 1)


def _replied(lines: list[Line], j: int) -> bool:
    """Is there a Reply link under the comment whose head (its name, its date) ends at line ``j``?"""
    return any(reply_link(line) for line in lines[j + 1:j + 1 + REPLY_REACH])


def _cue_kind(lines: list[Line], i: int, step: int) -> str | None:
    """The cue of the next non-blank line up (-1) or down (+1); a comment form's label ("Comment:") is none."""
    k = i + step
    while 0 <= k < len(lines) and lines[k].blank:
        k += step
    if not 0 <= k < len(lines) or lines[k].cue is None or lines[k].chrome == "comment form":
        return None
    return lines[k].cue.kind


def _under_footer(lines: list[Line], i: int) -> bool:
    """Right under a post's action row or comment count (its tabs and comment box between)."""
    above = [line for line in reversed(lines[max(0, i - SORT_LABEL_REACH * 2):i]) if not line.blank]
    return any(line.stripped.lower() in P.ACTION_BUTTONS or line.cue is not None and line.cue.kind in FOOTER_CUES
               for line in above[:SORT_LABEL_REACH])


def _restarts(lines: list[Line], j: int, head_shapes: set[str], furniture: set[str]) -> bool:
    """Does the page start again at line ``j`` (the next post's byline, date line or page header)?"""
    line = lines[j]
    if line.recurring and line.stripped in furniture:
        return not name_then_date(lines, j)  # the post's author answering in the thread: a comment's header
    dated = line.cue is not None and line.cue.role in ("byline", "date") and line.cue.kind in head_shapes or (
        line.date is not None and line.cue is None and f"date:{line.date.precision}" in head_shapes)
    if not dated or line.date is not None and line.date.precision == "unknown" and "date:unknown" not in head_shapes:
        return False  # (an age, "2 weeks ago", under posts dated by the day: a comment's)
    if line.cue is not None and line.cue.role == "byline" and line.cue.author:
        # ... unless it is a name and date glued under a comment's text or its like count (Waline:
        # "… there it is." / "Tomas Verhoeven2024-02-23"): the next comment's header
        above = next((lines[k] for k in range(j - 1, -1, -1) if not lines[k].blank), None)
        return not (signed_byline(line) and above is not None and (above.prose or above.chrome in THREAD_CHROME))
    # A bare date restarts the page only with a title under it (a comment's date has the comment under
    # it), or over it when the date is labelled as a post's ("Published on D": a post page's head).
    after = _next_text(lines, j)
    if after is not None and lines[after].title_like and not _after_comment_header(lines, j):
        return True
    above = next((lines[k] for k in range(j - 1, -1, -1) if not lines[k].blank), None)
    return line.cue is not None and line.cue.kind in PUBLISHED_CUES and above is not None and above.is_text \
        and above.title_like and not above.is_name


def _next_line(lines: list[Line], j: int) -> int | None:
    return next((k for k in range(j + 1, len(lines)) if not lines[k].blank), None)


def _next_text(lines: list[Line], j: int) -> int | None:
    for k in range(j + 1, len(lines)):
        if not lines[k].blank:
            return k if lines[k].is_text else None
    return None


def _after_comment_header(lines: list[Line], j: int) -> bool:
    for k in range(j - 1, max(-1, j - COMMENT_HEADER_REACH - 1), -1):
        if not lines[k].blank:
            return lines[k].cue is not None and lines[k].cue.role == "comment" or lines[k].is_name
    return False


def find_threads(lines: list[Line]) -> list[Thread]:
    """Comment threads in reading order (linear in the number of lines)."""
    threads: list[Thread] = []
    head_shapes: set[str] = set()
    furniture: set[str] = set()
    site = next((line.stripped for line in lines if not line.blank), "")
    i, count = 0, len(lines)
    while i < count:
        line = lines[i]
        if line.blank:
            i += 1
            continue
        if not _opens(lines, i):
            if line.cue is not None and line.cue.role in ("byline", "date"):
                head_shapes.add(line.cue.kind)
                if line.date is not None and line.date.precision == "unknown":
                    head_shapes.add("date:unknown")  # the posts are dated by their age too
            elif line.date is not None:
                head_shapes.add(f"date:{line.date.precision}")
            if line.recurring:
                furniture.add(line.stripped)
            i += 1
            continue
        end = _thread_end(lines, i, head_shapes, furniture, site)
        found = _count_comments(lines, i, end)
        threads.append(Thread(i, end, max(found, 1)))
        i = end
    return threads


def _count_comments(lines: list[Line], start: int, end: int) -> int:
    """Comment headers in a thread, a name and the age under it ("Ezra Quill" / "• 3rd+" / "2w") counted once."""
    found, previous = 0, None
    for j in range(start, end):
        if lines[j].blank or lines[j].chrome in P.BYLINE_EXTRAS:
            continue
        header = _comment_header(lines, j)
        found += header and not (previous and not lines[j].is_name)  # an age right under its header's name
        previous = header
    return found


def _site_header_under(lines: list[Line], j: int) -> bool:
    below = _next_line(lines, j)
    return below is not None and lines[below].chrome in (*P.SITE_HEADER_CHROME, "follow links")


def _thread_end(lines: list[Line], start: int, head_shapes: set[str], furniture: set[str], site: str) -> int:
    """Where the thread opening at ``start`` ends: a footer link, the page starting again (``site``, the
    page's first line, over its menu: the next pasted page), or the next post's head."""
    for j in range(start + 1, len(lines)):
        if lines[j].blank:
            continue
        if THREAD_FOOTER.match(lines[j].stripped):
            return j + 1
        if lines[j].stripped == site and _site_header_under(lines, j):
            return j  # the site's name over its menu again: the next page pasted under this one
        if not _restarts(lines, j, head_shapes, furniture):
            continue
        end = j
        for _ in range(TITLE_LINES_BEFORE_HEAD):  # give back the next post's title lines
            k = end - 1
            while k > start and lines[k].blank:
                k -= 1
            if k <= start or not (lines[k].is_text or lines[k].recurring):
                break
            end = k
        return end
    return len(lines)
