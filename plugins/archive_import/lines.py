"""Stage 2 (after ``decoding``): the facts of every line, computed once.

Each ``Line`` records what the line is on its own: blank, a metadata cue
(``cues``), generic page chrome (``patterns.CHROME_PATTERNS``), a whole-line date,
title-like or not; ``recurring`` then adds what needs the lines around
(standing alone, recurring as page furniture). Deciding what the line *means* in
the archive (title, byline, body, comment) is the ``template`` stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import patterns as P
from .cards import mark_link_cards
from .cues import Cue, read_cue
from .dates import FoundDate, parse_date
from .labels import read_label
from .names import names_in
from .recurring import mark_neighbours
from .segments import read_segments
from .title_shape import title_like

# Cue and chrome lines are short; a paragraph never is one.
MAX_FIELD_CHARS = 200
# A paragraph has at least this many words (short lines may be labels or names).
MIN_PROSE_WORDS = 8
PROSE_ENDS = frozenset(".!?…:\"”’)")
# A footnote's mark: "1" to "99", under a heading that says so.
MAX_FOOTNOTE_MARK_CHARS = 2
FOOTNOTES_HEADING = re.compile(r"^(?:foot ?notes|notes|references|sources)$", re.I)

# Lines of this many words that end like a sentence are prose, not cues ...
MIN_SENTENCE_WORDS = 10
# ... unless they open as bylines and footers do.
CUE_OPENERS = ("The post ", "Posted ", "Published ", "Filed ", "Tagged ", "This entry ", "Written ", "By ")
# A comment count glued to the end of a byline.
TRAILING_COUNT = re.compile(r"\s*[|·•]?\s*(?:\d+|no)\s+(?:comments?|responses?|replies)\s*:?\s*$", re.I)
# Cues that belong to the post's text rather than its template.
BODY_CUES = frozenset({"about_author"})

# A label printed alone over its value, and how far below the value may be (a blank line between).
STACKED_LABEL = re.compile(r"^(?:written by|posted by|published(?: on)?|posted(?: on)?|(?:last )?updated(?: on)?|by|joined)\s*:?$",
                           re.I)
STACK_REACH = 2
# A job line sits right under its name, past an echo of the name and a "• 2nd" badge; it is a short line.
JOB_REACH = 3
MAX_JOB_WORDS = 14
# A feed's name slot: names in at least two of its date heads, and in half of them at least ...
MIN_NAME_SLOTS = 2
# ... and a name the name test misses is still a name or two ("Anonymous participant").
MAX_NAME_SLOT_WORDS = 3

# A short line's facts are read once per text: a template repeats its bylines, share rows and
# headers on every post. Paragraphs rarely repeat, so only short lines are remembered.
LINE_FACTS_CACHE = 1 << 15

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
    name_slot: bool = False  # printed where the feed prints its authors' names (see ``mark_name_slots``)
    inner_heading: bool = False  # a section heading the page's table of contents lists (see ``contents``)

    @property
    def is_name(self) -> bool:
        """Only a name or names: an author's line, not a title."""
        return self.name_slot or bool(names_in(self.stripped) or P.ANONYMOUS_AUTHOR.match(self.stripped))

    @property
    def names(self) -> tuple[str, ...]:
        """The authors the line names (none for "Anonymous participant")."""
        if P.ANONYMOUS_AUTHOR.match(self.stripped):
            return ()
        return (self.stripped,) if self.name_slot else names_in(self.stripped)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_field(self) -> bool:
        """Page template rather than prose: a cue, chrome, a date line or recurring furniture."""
        return self.fixed or self.recurring

    @property
    def is_text(self) -> bool:
        return not (self.blank or self.fixed or self.recurring)  # not blank, not ``is_field``

    @property
    def dates_post(self) -> bool:
        """A date line or a byline: what dates a post (or opens one, in a feed)."""
        return self.date is not None or self.cue is not None and self.cue.role in ("byline", "date")


def generic_chrome(stripped: str, extra: tuple[re.Pattern, ...], sentence: bool = False) -> str | None:
    """Why ``stripped`` is site chrome on any blog (or by the archive's own patterns), else None."""
    if len(stripped) <= P.MAX_CHROME_CHARS:
        reason = P.chrome_reason(stripped, sentence)
        if reason:
            return reason
    if len(stripped) <= P.MAX_KEYWORD_CHROME_CHARS:
        reason = P.keyword_chrome(stripped)
        if reason:
            return reason
    for pattern in extra:
        if pattern.search(stripped):
            return "configured chrome"
    return None


def read_line(index: int, raw: str, extra: tuple[re.Pattern, ...]) -> Line:
    text = _CONTROL.sub("", raw).rstrip() if not raw.isprintable() else raw.rstrip()
    stripped = text.strip()
    if not stripped:
        return Line(index, text, stripped, True, None, None, None, False)
    cue, chrome, date, heading, prose = (_short_facts if len(stripped) <= MAX_FIELD_CHARS else _facts)(stripped, extra)
    return Line(index, text, stripped, False, cue, chrome, date, heading,
                fixed=cue is not None or chrome is not None or date is not None, prose=prose)


@lru_cache(maxsize=LINE_FACTS_CACHE)
def _short_facts(stripped: str, extra: tuple[re.Pattern, ...]) -> tuple:
    return _facts(stripped, extra)


def _facts(stripped: str, extra: tuple[re.Pattern, ...]) -> tuple:
    """What the stripped line says on its own: (cue, chrome, date, title-like, prose)."""
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
    return cue, chrome, date, heading, prose


def is_prose(line: Line) -> bool:
    """A paragraph of running text: long enough, ending like a sentence, not title-like."""
    return line.prose


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


def join_stacked_labels(lines: list[Line]) -> None:
    """"Written by" over "Jane Doe", "Published on" over "March 12, 2024" (site builders stack a
    label over its value): the pair is one cue, and both lines carry it."""
    for line in lines:
        if line.blank or line.cue is not None or not STACKED_LABEL.match(line.stripped):
            continue
        value = next((other for other in lines[line.index + 1:line.index + 1 + STACK_REACH] if not other.blank), None)
        if value is None or value.cue is not None and value.cue.role != "date" or value.prose:
            continue
        cue = read_cue(f"{line.stripped.rstrip(':')} {value.stripped}")
        if cue is None:
            continue
        date = parse_date(cue.date_text) if cue.date_text and cue.role != "profile" else None
        for part in (line, value):
            part.cue, part.title_like, part.fixed, part.prose = cue, False, True, False
            # A profile's "Joined" / "Nov 8, 2022" dates the account, never a post.
            part.date = None if cue.role == "profile" else part.date or (date if part is value else None)


def extend_blocks(lines: list[Line]) -> None:
    """A sponsor's or a poll's header line takes the lines under it, down to a blank line."""
    reason = None
    for line in lines:
        if line.blank:
            reason = None
        elif line.chrome in P.BLOCK_CHROME:
            reason = line.chrome
        elif reason is not None and line.cue is None:
            line.chrome, line.fixed, line.title_like, line.prose = reason, True, False, False


def mark_job_lines(lines: list[Line]) -> None:
    """"Head of Support at Fieldwise" right under "Jane Doe" (the name maybe twice, "• 2nd" between, no blank
    line): the author's job, part of the byline, never a title."""
    for line in lines:
        if not line.is_text or line.prose or not names_in(line.stripped):
            continue
        for other in lines[line.index + 1:line.index + 1 + JOB_REACH]:
            if other.blank:
                break
            if other.stripped == line.stripped or other.chrome is not None:
                continue
            if other.is_text and len(other.stripped.split()) <= MAX_JOB_WORDS and _job_or_badge(other.stripped) \
                    and (_dated_below(lines, other.index) or _dated_above(lines, line.index)):
                other.chrome, other.fixed, other.title_like = "job title", True, False
            break


def mark_name_slots(lines: list[Line]) -> None:
    """Where most lines over one kind of date line (past a job or badge line) are names, the rest are
    names too: a feed's authors whom the name test misses ("Anonymous participant", a first name that
    is a month's). Only a kind of date line: a comment's differs from its post's."""
    slots: dict[tuple, list[int]] = {}
    for line in lines:
        above = _over_date(lines, line.index) if line.dates_post else None
        if above is not None:
            kind = (line.cue.kind if line.cue else None, line.date.precision if line.date else None)
            slots.setdefault(kind, []).append(above)
    for found in slots.values():
        named = sum(bool(names_in(lines[i].stripped)) for i in found)
        if named < MIN_NAME_SLOTS or named * 2 < len(found):
            continue
        for i in found:
            text = lines[i].stripped
            if 0 < len(text.split()) <= MAX_NAME_SLOT_WORDS and text[:1].isupper() and text[-1:].isalpha() \
                    and not any(ch.isdigit() for ch in text):
                lines[i].name_slot = True


def _over_date(lines: list[Line], i: int) -> int | None:
    """The text line right over date line ``i``, past the author's job or badge line."""
    for line in reversed(lines[max(0, i - JOB_REACH):i]):
        if line.blank or line.chrome in P.BYLINE_EXTRAS:
            continue
        return line.index if line.is_text and not line.prose else None
    return None


def _job_or_badge(text: str) -> bool:
    return bool(P.JOB_LINE.match(text))


def _dated_below(lines: list[Line], i: int) -> bool:
    """A byline's job line has the post's date right below (or its name has it right above, see
    ``_dated_above``); a letter's signature has neither."""
    below = [line for line in lines[i + 1:i + 1 + JOB_REACH * 2] if not line.blank][:JOB_REACH]
    return any(_dated(line) for line in below)


def _dated_above(lines: list[Line], i: int) -> bool:
    above = [line for line in reversed(lines[max(0, i - JOB_REACH * 2):i]) if not line.blank][:JOB_REACH]
    return any(_dated(line) for line in above)


def _dated(line: Line) -> bool:
    return line.dates_post or parse_date(line.stripped) is not None  # "2d •": an age is a date too


def read_lines(texts: list[str], extra_chrome: list[re.Pattern]) -> list[Line]:
    extra = tuple(extra_chrome)
    lines = [read_line(index, raw, extra) for index, raw in enumerate(texts)]
    join_stacked_labels(lines)
    extend_blocks(lines)
    mark_job_lines(lines)
    mark_name_slots(lines)
    mark_link_cards(lines)
    mark_footnotes(lines)
    mark_neighbours(lines)
    return lines
