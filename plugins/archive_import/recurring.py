"""Stage 2b: lines that recur as page furniture, and lines that only look as if they do.

``mark_neighbours`` sets two facts that need the lines around: ``standalone``
(between blank lines) and ``recurring``. A short line whose shape, numbers
abstracted, recurs about once per post is page furniture: a site name,
"Shares", "• 3 comments • flag". A repeated line is the author's when it
heads body text somewhere (a title and its copy in "Recent posts") or signs a
letter off; a wording printed at the same place by every post's byline
("Details") is template wherever it sits.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from .labels import teaser_names
from .names import full_name_of, names_in
from .preformatted import preformatted

if TYPE_CHECKING:
    from .lines import Line

# The same short line met this often is page furniture (site name, "Shares",
# "Powered by ..."), when it also sits next to other furniture ...
MIN_RECURRING = 2
# ... and recurs about once per post: at least this share of the posts a page
# seems to hold (a short line met 3 times among 30 posts is the authors').
RECURRING_PER_POST = 0.5
# ... and is short: a repeated sentence of prose is the author's, not the page's.
MAX_RECURRING_CHARS = 60
MAX_RECURRING_WORDS = 12
# A repeated line is the author's when at least one in this many of its
# copies heads body text (a title and its copies in "Recent posts").
AUTHORED_SHARE_DIVISOR = 3
# A sign-off is a name or two: "Priya", "Theo Marchetti".
MAX_SIGN_OFF_WORDS = 3
# A line of at least this many words that is no title is body text ("In no particular order:").
MIN_BODY_WORDS = 4
# Furniture spreads from line to line this many times (name → job → byline).
FURNITURE_PASSES = 2
# How far below a title its text may start: date, authors, their jobs, labels.
MAX_HEAD_SKIP = 8
# Under a title's date line: its authors' jobs, its comment count ("1", Twenty Eleven's bubble), its date badge.
HEAD_CHROME = frozenset({"job title", "counter", "date badge"})
# A wording printed once in each of this many posts is template even where it looks like a title;
# with two posts, a title and its sidebar link are printed "once per post" too.
MIN_POSTS_FOR_EVERY = 3


_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_PLURAL = re.compile(r"(?<=\w)s\b")  # "1 comment" and "3 comments" are one kind of line


@lru_cache(maxsize=1 << 14)
def furniture_key(text: str) -> str:
    """A short line with its numbers abstracted: "Comments (4) · Share" and "Comments (0) · Share" match."""
    return _PLURAL.sub("", _DIGITS.sub("#", text.casefold()))


def mark_neighbours(lines: list[Line]) -> None:
    """Set ``standalone`` and ``recurring``: facts that need the lines around."""
    count = len(lines)
    for line in lines:
        i = line.index
        line.standalone = not line.blank and (i == 0 or lines[i - 1].blank) and (
            i + 1 == count or lines[i + 1].blank)
    keys = [furniture_key(line.stripped) if not line.blank and len(line.stripped) <= MAX_RECURRING_CHARS else ""
            for line in lines]
    counts = Counter(key for key in keys if key)
    anchors = post_anchors(lines)  # (read from cues, which this does not change)
    least = max(MIN_RECURRING, math.ceil(RECURRING_PER_POST * len(anchors)))
    authored_blocks = preformatted(lines)  # (indices: read_lines passes the whole page)
    for line in lines:
        if not keys[line.index] or line.fixed or counts[keys[line.index]] < least or line.index in authored_blocks:
            continue
        if len(line.stripped.split()) > MAX_RECURRING_WORDS or (
                line.stripped[-1:] in ".:;," and not line.stripped.endswith("...")):
            continue
        line.recurring = True
    # A recurring line inside prose (a repeated inner heading), or one that
    # opens a paragraph somewhere (a title the sidebar repeats), is the author's.
    groups: dict[str, list[Line]] = {}
    for line in lines:
        if line.recurring:
            groups.setdefault(keys[line.index], []).append(line)
    posts = len(anchors)
    every_post = [group for group in groups.values() if _in_every_post(group, anchors)]
    labels = {line.index for group in every_post for line in group}
    # A title its card's "Read more: <title>" names is the card's, however often a sidebar lists it.
    named = {teaser_names(line.stripped) for line in lines if line.cue is not None and line.cue.role == "teaser"}
    authored_groups = [group for group in groups.values() if group[0].stripped in named or sum(
        1 for line in group if _signs_off(lines, line.index) or line.index not in labels and (
            _opens_prose(lines, line.index, labels) or _echoed(lines, line.index))) * AUTHORED_SHARE_DIVISOR >= len(group)]
    for group in authored_groups:  # a title copied into a sidebar, not a site name
        for line in group:
            line.recurring = False
    for _ in range(FURNITURE_PASSES):  # a name beside a job line beside a byline: furniture spreads
        for group in groups.values():
            if len({line.stripped for line in group}) > 1 or len(group) == posts:
                continue  # a counter ("Comments (3)"), or a line once in every post: template wherever it sits
            beside = sum(1 for line in group if _next_to_furniture(lines, line.index))
            if beside * 2 < len(group):
                for line in group:
                    line.recurring = False


def post_anchors(lines: list[Line]) -> list[int]:
    """Where the page's most frequent byline or date cue sits: about one per post."""
    kinds = Counter(line.cue.kind for line in lines
                    if line.cue is not None and line.cue.role in ("byline", "date", "syndication"))
    if not kinds:
        return []
    kind = max(sorted(kinds), key=kinds.__getitem__)
    return [line.index for line in lines if line.cue is not None and line.cue.kind == kind]


def _in_every_post(group: list[Line], anchors: list[int]) -> bool:
    """One wording printed once per post ("Details" over each byline): template wherever it sits.

    Once per post means at the same place by each of the page's bylines, so
    a title printed again in a sidebar or a "Newer Post" link does not count.
    """
    if len(anchors) < MIN_POSTS_FOR_EVERY or len(group) != len(anchors) or len({line.stripped for line in group}) > 1:
        return False
    return len({_offset(anchors, line.index) for line in group}) == 1


def _offset(anchors: list[int], i: int) -> int:
    """Lines from ``i`` to the nearest anchor (negative: the anchor is below)."""
    k = bisect.bisect(anchors, i)
    near = min((anchor for anchor in anchors[max(0, k - 1):k + 1]), key=lambda anchor: abs(anchor - i))
    return i - near


def _signs_off(lines: list[Line], i: int) -> bool:
    """A name under "Warm wishes," or under the last paragraph: the author's sign-off, in every letter."""
    j = i - 1
    while j >= 0 and lines[j].blank:
        j -= 1
    if j < 0 or lines[j].fixed:
        return False
    k = i + 1
    while k < len(lines) and lines[k].blank:
        k += 1
    if k < len(lines) and (lines[k].date is not None or lines[k].cue is not None and lines[k].cue.role == "byline"
                           or not lines[k].fixed and lines[k].title_like and not _full_name_of(lines[k], lines[i])):
        return False  # a name over the post's date, or a label over the next title: not a sign-off
    short = len(lines[i].stripped.split()) <= MAX_SIGN_OFF_WORDS
    return lines[j].stripped.endswith(",") or lines[j].prose and short


def _full_name_of(signature: Line, sign_off: Line) -> bool:
    """"Rosa Alvarez" under "Rosa": a letter's signature block under its sign-off."""
    return full_name_of(sign_off.stripped, signature.stripped) is not None


def _echoed(lines: list[Line], i: int) -> bool:
    """Is the line printed twice in a row (a title above its own heading)?"""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and lines[j].stripped == lines[i].stripped


def _opens_prose(lines: list[Line], i: int, labels: frozenset[int] | set[int] = frozenset()) -> bool:
    """Is the next line, past blank lines, bylines, authors' names, jobs and counts ("1" comment) and
    template ``labels`` ("Details"), body text (a title's)?"""
    j, dated, seen = i + 1, False, 0
    while j < len(lines) and seen < MAX_HEAD_SKIP:  # (counting lines, not the blank ones a copy puts between)
        line = lines[j]
        seen += not line.blank
        if line.cue is not None or line.date is not None:
            dated = True  # names after a date line are its authors (Docusaurus), not a comment's
        elif not (line.blank or j in labels or dated and (line.chrome in HEAD_CHROME or names_in(line.stripped))):
            break
        j += 1
    if j == len(lines):
        return False
    other = lines[j]
    return other.prose or not other.fixed and not other.title_like and len(other.stripped.split()) >= MIN_BODY_WORDS


def _next_to_furniture(lines: list[Line], i: int) -> bool:
    """Is the nearest non-blank line on either side furniture, or the edge of the page?"""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if not 0 <= j < len(lines):
            return True
        if lines[j].is_field or lines[j].stripped == lines[i].stripped:
            return True
    return False
