"""Stage 2 (after ``decoding``): the facts of every line, computed once.

Each ``Line`` records what the line is on its own: blank, a metadata cue
(``cues``), generic page chrome (``patterns.CHROME``), a whole-line date,
title-like or not, standing alone between blank lines or not, and whether
its exact text recurs as page furniture. Deciding what the line *means* in
the archive (title, byline, body, comment) is the ``template`` stage's job.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from . import patterns as P
from .cues import Cue, read_cue
from .dates import FoundDate, parse_date
from .labels import read_label
from .names import names_in
from .segments import read_segments
from .title_shape import title_like

# Cue and chrome lines are short; a paragraph never is one.
MAX_FIELD_CHARS = 200
# The same short line met this often is page furniture (site name, "Shares",
# "Powered by ..."), when it also sits next to other furniture ...
MIN_RECURRING = 2
# ... and recurs about once per post: at least this share of the posts a page
# seems to hold (a short line met 3 times among 30 posts is the authors').
RECURRING_PER_POST = 0.5
# ... and is short: a repeated sentence of prose is the author's, not the page's.
MAX_RECURRING_CHARS = 60
MAX_RECURRING_WORDS = 12
# A paragraph has at least this many words (short lines may be labels or names).
MIN_PROSE_WORDS = 8
PROSE_ENDS = frozenset(".!?…:\"”’)")
# A footnote's mark: "1" to "99", under a heading that says so.
MAX_FOOTNOTE_MARK_CHARS = 2
FOOTNOTES_HEADING = re.compile(r"^(?:foot ?notes|notes|references|sources)$", re.I)
# A repeated line is the author's when at least one in this many of its
# copies heads body text (a title and its copies in "Recent posts").
AUTHORED_SHARE_DIVISOR = 3
# A sign-off is a name or two: "Priya", "Theo Marchetti".
MAX_SIGN_OFF_WORDS = 3
# A line of at least this many words that is no title is body text ("In no particular order:").
MIN_BODY_WORDS = 4
# Furniture spreads from line to line this many times (name → job → byline).
FURNITURE_PASSES = 2

# Lines of this many words that end like a sentence are prose, not cues ...
MIN_SENTENCE_WORDS = 10
# ... unless they open as bylines and footers do.
CUE_OPENERS = ("The post ", "Posted ", "Published ", "Filed ", "Tagged ", "This entry ", "Written ", "By ")
# A comment count glued to the end of a byline.
TRAILING_COUNT = re.compile(r"\s*[|·•]?\s*(?:\d+|no)\s+(?:comments?|responses?|replies)\s*:?\s*$", re.I)
# Cues that belong to the post's text rather than its template.
BODY_CUES = frozenset({"about_author"})

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff]")


@dataclass(slots=True)
class Line:
    """One archive line and what can be said of it alone (or from its neighbours' blankness)."""

    index: int  # 0-based; the archive's line number is index + 1
    text: str  # control characters removed, trailing space stripped
    stripped: str  # ... and leading space too
    blank: bool
    cue: Cue | None  # a metadata cue: byline, date line, tags, share row, comment header ...
    chrome: str | None  # why the line is generic page chrome (navigation, form, widget ...)
    date: FoundDate | None  # the whole line is a date
    title_like: bool  # could be a title or an inner heading
    fixed: bool = False  # a cue, chrome or a date: template by itself, whatever its neighbours
    prose: bool = False  # a paragraph of running text (see ``is_prose``)
    standalone: bool = False  # blank (or nothing) on both sides
    recurring: bool = False  # the same short furniture line recurs in the archive

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_field(self) -> bool:
        """Page template rather than prose: a cue, chrome, a date line or recurring furniture."""
        return self.fixed or self.recurring

    @property
    def is_text(self) -> bool:
        return not self.blank and not self.is_field


def generic_chrome(stripped: str, extra: list[re.Pattern], sentence: bool = False) -> str | None:
    """Why ``stripped`` is site chrome on any blog (or by the archive's own patterns), else None."""
    if len(stripped) <= P.MAX_CHROME_CHARS:
        match = (P.SENTENCE_CHROME if sentence else P.CHROME).match(stripped)
        if match:
            return P.CHROME_REASONS[match.lastgroup]
        reason = P.keyword_chrome(stripped)
        if reason:
            return reason
    for pattern in extra:
        if pattern.search(stripped):
            return "configured chrome"
    return None


def read_line(index: int, raw: str, extra: list[re.Pattern]) -> Line:
    text = _CONTROL.sub("", raw).rstrip() if not raw.isprintable() else raw.rstrip()
    stripped = text.strip()
    if not stripped:
        return Line(index, text, stripped, True, None, None, None, False)
    short = len(stripped) <= MAX_FIELD_CHARS
    # A sentence is no cue (cues are labels and bylines), unless it opens like one.
    sentence = stripped[-1] in ".!?" and stripped.count(" ") >= MIN_SENTENCE_WORDS and not stripped.startswith(
        CUE_OPENERS)
    chrome = generic_chrome(stripped, extra, sentence)
    cue = read_cue(stripped) if (short and not sentence) or stripped.startswith("The post ") else None
    if cue is None and short and not sentence:
        lowered = stripped.lower()
        if ("comment" in lowered or "repl" in lowered or "respons" in lowered) and TRAILING_COUNT.search(stripped):
            cue = read_cue(TRAILING_COUNT.sub("", stripped))  # "Posted by X at 10:32 AM 3 comments:"
        cue = cue or read_segments(stripped) or read_label(stripped)
    if cue is not None and cue.kind in BODY_CUES:
        cue = None  # an author box heads the bio below it: body text, read by ``authors``
    date = parse_date(stripped) if short and not sentence else None
    if cue is not None and cue.role == "date" and date is None:
        date = parse_date(cue.date_text or stripped)
    if date is not None and date.precision == "unknown" and cue is None:
        date = None  # not even relative: keep the line as text
    heading = title_like(stripped) and cue is None and date is None and not P.AUTHOR_BOX.match(stripped)
    prose = cue is None and not heading and stripped[-1:] in PROSE_ENDS and len(stripped.split()) >= MIN_PROSE_WORDS
    return Line(index, text, stripped, False, cue, chrome, date, heading,
                fixed=cue is not None or chrome is not None or date is not None, prose=prose)


_DIGITS = re.compile(r"\d+(?:[.,:]\d+)*")
_PLURAL = re.compile(r"(?<=\w)s\b")  # "1 comment" and "3 comments" are one kind of line


@lru_cache(maxsize=1 << 14)
def furniture_key(text: str) -> str:
    """A short line with its numbers abstracted: "Comments (4) · Share" and "Comments (0) · Share" match."""
    return _PLURAL.sub("", _DIGITS.sub("#", text.casefold()))


def estimated_posts(lines: list[Line]) -> int:
    """About how many posts the page holds: the count of its most frequent byline or date cue."""
    kinds = Counter(line.cue.kind for line in lines
                    if line.cue is not None and line.cue.role in ("byline", "date", "syndication"))
    return max(kinds.values(), default=0)


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
    least = max(MIN_RECURRING, math.ceil(RECURRING_PER_POST * estimated_posts(lines)))
    for line in lines:
        if not keys[line.index] or line.fixed or counts[keys[line.index]] < least:
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
    for group in groups.values():
        authored = sum(1 for line in group if _opens_prose(lines, line.index) or _echoed(lines, line.index)
                       or _signs_off(lines, line.index))
        if authored * AUTHORED_SHARE_DIVISOR >= len(group):  # a title copied into a sidebar, not a site name
            for line in group:
                line.recurring = False
    posts = estimated_posts(lines)
    for _ in range(FURNITURE_PASSES):  # a name beside a job line beside a byline: furniture spreads
        for group in groups.values():
            if len({line.stripped for line in group}) > 1 or len(group) == posts:
                continue  # a counter ("Comments (3)"), or a line once in every post: template wherever it sits
            beside = sum(1 for line in group if _next_to_furniture(lines, line.index))
            if beside * 2 < len(group):
                for line in group:
                    line.recurring = False


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
    return any(name.startswith(sign_off.stripped + " ") for name in names_in(signature.stripped))


def _echoed(lines: list[Line], i: int) -> bool:
    """Is the line printed twice in a row (a title above its own heading)?"""
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    return j < len(lines) and lines[j].stripped == lines[i].stripped


def _opens_prose(lines: list[Line], i: int) -> bool:
    """Is the next line, past blank lines and bylines, body text (so this line is its title or heading)?"""
    j = i + 1
    while j < len(lines) and (lines[j].blank or lines[j].cue is not None or lines[j].date is not None):
        j += 1
    if j == len(lines):
        return False
    other = lines[j]
    return other.prose or not other.fixed and not other.title_like and len(other.stripped.split()) >= MIN_BODY_WORDS


def is_prose(line: Line) -> bool:
    """A paragraph of running text: long enough, ending like a sentence, not title-like."""
    return line.prose


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


def mark_footnotes(lines: list[Line]) -> None:
    """Under a "Footnotes" heading, bare small numbers are the notes' marks, not like counters."""
    notes = False
    for line in lines:
        if line.blank:
            continue
        if FOOTNOTES_HEADING.match(line.stripped):
            notes = True
        elif notes and line.chrome == "counter" and len(line.stripped) <= MAX_FOOTNOTE_MARK_CHARS:
            line.chrome, line.fixed = None, line.cue is not None or line.date is not None
        elif notes and not line.prose:
            notes = line.chrome is None and line.cue is None  # the notes end with the page's template


def read_lines(texts: list[str], extra_chrome: list[re.Pattern]) -> list[Line]:
    lines = [read_line(index, raw, extra_chrome) for index, raw in enumerate(texts)]
    mark_footnotes(lines)
    mark_neighbours(lines)
    return lines
