"""Stage 2 (after ``decoding``): the facts of every line, computed once.

Each ``Line`` records what the line is on its own: blank, a metadata cue (``cues``), generic page chrome
(``patterns.CHROME_PATTERNS``), a whole-line date, title-like or not; ``recurring`` then adds what needs the
lines around (standing alone, recurring as page furniture). Deciding what the line *means* in the archive
(title, byline, body, comment) is the ``template`` stage's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .cards import mark_dated_lists, mark_link_cards
from .dated_footers import mark_dated_footers
from .spaced_bylines import mark_spaced_bylines
from .cues import Cue, read_cue
from .dates import FoundDate, parse_date
from .glued import read_glued
from .issue_banners import mark_issue_banners
from .keyword_chrome import MAX_KEYWORD_CHROME_CHARS, keyword_chrome
from .footnotes import mark_footnotes
from .labels import mark_stacked_terms, read_label
from .locales import Glossary
from .names import LINK_WORDS, names_in
from .badges import mark_date_badges
from .buttons import mark_buttons
from .name_slots import mark_job_lines, mark_name_slots, mark_names_over_teasers, mark_senders
from .mail_view import mark_mail_senders
from .recurring import mark_neighbours
from .segments import read_segments
from .title_shape import title_like

# Cue and chrome lines are short; a paragraph never is one.
MAX_FIELD_CHARS = 200
# A paragraph has at least this many words (short lines may be labels or names).
MIN_PROSE_WORDS = 8
PROSE_ENDS = frozenset(".!?…:\"”’)")
EXCERPT_ENDS = ("[…]", "[...]")  # WordPress's automatic excerpt, cut mid-sentence

# Lines of this many words that end like a sentence are prose, not cues ...
MIN_SENTENCE_WORDS = 10
# ... unless they open as bylines and footers do.
CUE_OPENERS = ("The post ", "Posted ", "Published ", "Filed ", "Tagged ", "This entry ", "Written ", "By ",
               "Read more about '", "Read more about ‘", 'Read more about "', "Read more about “")  # SilverStripe
# A comment count glued to the end of a byline.
TRAILING_COUNT = re.compile(r"\s*[|·•—–]?\s*(?:(?:\d+|no|one)\s+(?:comments?|responses?|replies)|leave a (?:comment|reply))"
                            r"\s*:?\s*$", re.I)  # Storefront: "Posted on May 9, 2024 by Jane Doe — Leave a comment"
# Cues that belong to the post's text rather than its template.
BODY_CUES = frozenset({"about_author"})

# A label printed alone over its value, and how far below the value may be (a blank line between).
STACKED_LABEL = re.compile(r"^(?:author|about the author|written by|posted by|published by|published(?: on)?|posted(?: on)?|(?:last )?updated(?: on)?"
                           r"|by|joined)\s*:?$", re.I)
STACK_REACH = 2
# A sponsor's box or a reader poll under its header: a blurb and a button, or a question's options.
MAX_BLOCK_LINES = 12
MIN_BLANK_SHARE = 0.05
CALL_TO_ACTION_ENDS = ("→", "›", "»")

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\u200b\u2060\ue000-\uf8ff]")  # icon fonts' glyphs too


@dataclass(frozen=True, slots=True)
class LineFacts:
    """What a line says on its own, whatever surrounds it (so equal texts share them)."""

    cue: Cue | None
    chrome: str | None
    date: FoundDate | None
    heading: bool
    prose: bool


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
    probe: str | None = None  # the line in English, on a page in another language (see ``locales``)

    @property
    def reading(self) -> str:
        """What the cue, chrome and date tables read: the line, in English on another language's page."""
        return self.probe or self.stripped

    @property
    def is_name(self) -> bool:
        """Only a name or names: an author's line, not a title."""
        return bool(self.names) or bool(P.ANONYMOUS_AUTHOR.match(self.stripped))

    @property
    def names(self) -> tuple[str, ...]:
        """The authors the line names (none for "Anonymous participant", nor for "Archives" in a name's place)."""
        if P.ANONYMOUS_AUTHOR.match(self.stripped):
            return ()
        slot = self.name_slot and not LINK_WORDS.intersection(self.stripped.lower().split())
        return (self.stripped,) if slot else names_in(self.stripped)

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
    if len(stripped) <= MAX_KEYWORD_CHROME_CHARS:
        reason = keyword_chrome(stripped)
        if reason:
            return reason
    for pattern in extra:
        if pattern.search(stripped):
            return "configured chrome"
    return None


def read_line(index: int, raw: str, extra: tuple[re.Pattern, ...], glossary: Glossary | None = None,
              memo: dict[tuple[str, str], LineFacts] | None = None) -> Line:
    """One line's facts; the tables read it in English when the page is in another language.

    ``memo`` remembers a short line's facts by its text (as written and as probed) for one archive: a
    template repeats its bylines, share rows and headers on every post. Paragraphs rarely repeat, so
    only short lines are remembered."""
    text = _CONTROL.sub("", raw).rstrip() if not raw.isprintable() else raw.rstrip()
    written = text.strip()
    if not written:
        return Line(index, text, written, True, None, None, None, False)
    stripped = glossary.probe(written) if glossary is not None else written
    if memo is None or len(stripped) > MAX_FIELD_CHARS:
        facts = _facts(written, stripped, extra)
    else:
        facts = memo.get((written, stripped))
        if facts is None:
            facts = memo[written, stripped] = _facts(written, stripped, extra)
    return Line(index, text, written, False, facts.cue, facts.chrome, facts.date, facts.heading,
                fixed=facts.cue is not None or facts.chrome is not None or facts.date is not None, prose=facts.prose,
                probe=stripped if stripped != written else None)


def _facts(written: str, stripped: str, extra: tuple[re.Pattern, ...]) -> LineFacts:
    """What the line says on its own; ``stripped`` is its English probe."""
    short = len(stripped) <= MAX_FIELD_CHARS
    # A sentence is no cue (cues are labels and bylines), unless it opens like one.
    sentence = stripped[-1] in ".!?" and stripped.count(" ") >= MIN_SENTENCE_WORDS and not stripped.startswith(
        CUE_OPENERS)
    chrome = generic_chrome(stripped, extra, sentence)
    cue = read_cue(stripped) if (short and not sentence) or stripped.startswith("The post ") else None
    if cue is None and short and not sentence:
        lowered = stripped.lower()
        if ("comment" in lowered or "repl" in lowered or "respons" in lowered) and TRAILING_COUNT.search(stripped):
            uncounted = TRAILING_COUNT.sub("", stripped)  # "Posted by X at 10:32 AM 3 comments:"
            cue = read_cue(uncounted) or read_label(uncounted)  # (Blogger's "… at 3/12/2024 07:05:00 PM 3 comments:")
        cue = cue or read_segments(stripped) or read_label(stripped) or read_glued(stripped)
    if cue is not None and cue.kind in BODY_CUES:
        cue = None  # an author box heads the bio below it: body text, read by ``authors``
    if chrome == "navigation" and cue is not None and cue.role == "byline" and cue.date_text:
        chrome = None  # "Sticky|Created2023-06-02|Updated…|Meta|9 comments": a dated byline, no menu
    date = parse_date(stripped) if short and not sentence else None
    if cue is not None and cue.role == "date" and date is None:
        date = parse_date(cue.date_text or stripped)
    if date is not None and date.precision == "unknown" and cue is None:
        date = None  # not even relative: keep the line as text
    heading = title_like(written) and cue is None and date is None and not P.AUTHOR_BOX.match(stripped)
    prose = cue is None and not heading and (written[-1:] in PROSE_ENDS or written.endswith(EXCERPT_ENDS)) \
        and len(written.split()) >= MIN_PROSE_WORDS
    return LineFacts(cue, chrome, date, heading, prose)


def is_prose(line: Line) -> bool:
    """A paragraph of running text: long enough, ending like a sentence, not title-like."""
    return line.prose


def join_stacked_labels(lines: list[Line]) -> None:
    """"Written by" over "Jane Doe", "Published on" over "March 12, 2024", an author box's "Author" over
    its name (site builders stack a label over its value): the pair is one cue, and both lines carry it."""
    for line in lines:
        if line.blank or line.cue is not None or not STACKED_LABEL.match(line.reading):
            continue
        value = next((other for other in lines[line.index + 1:line.index + 1 + STACK_REACH] if not other.blank), None)
        if value is None or value.cue is not None and value.cue.role != "date" or value.prose:
            continue
        joined = f"{line.reading.rstrip(':')} {value.reading}"
        cue = read_cue(joined) or read_label(joined)
        if cue is None:
            continue
        date = parse_date(cue.date_text) if cue.date_text and cue.role != "profile" else None
        for part in (line, value):
            part.cue, part.title_like, part.fixed, part.prose = cue, False, True, False
            # A profile's "Joined" / "Nov 8, 2022" dates the account, never a post.
            part.date = None if cue.role == "profile" else part.date or (date if part is value else None)


def extend_blocks(lines: list[Line]) -> None:
    """A sponsor's or a poll's header line takes the lines under it, down to a blank line or its call to
    action ("Try it free →"); in a copy without blank lines, MAX_BLOCK_LINES at most: it must not take
    the post under the box."""
    reason, taken = None, 0
    # A copy with hardly a blank line in it marks no block's end: there the box ends at its size.
    reach = MAX_BLOCK_LINES if sum(line.blank for line in lines) < len(lines) * MIN_BLANK_SHARE else len(lines)
    for line in lines:
        if line.blank or taken >= reach:
            reason = None
        if line.blank:
            continue
        if line.chrome in P.BLOCK_CHROME:
            reason, taken = line.chrome, 0
        elif reason is not None and _heads_article(lines, line):
            reason = None  # the next article's title or byline: the box ended (a digest with no blank lines)
        elif reason is not None and line.cue is None:
            line.chrome, line.fixed, line.title_like, line.prose = reason, True, False, False
            taken += 1
            if line.stripped.endswith(CALL_TO_ACTION_ENDS):
                reason = None


def _heads_article(lines: list[Line], line: Line) -> bool:
    """A byline or date line, or the title right over one."""
    below = next((other for other in lines[line.index + 1:] if not other.blank), None)
    return any(part is not None and part.cue is not None and part.cue.role in ("byline", "date")
               for part in (line, below if line.title_like else None))


def read_lines(texts: list[str], extra_chrome: list[re.Pattern], glossary: Glossary | None = None) -> list[Line]:
    extra, memo = tuple(extra_chrome), {}
    lines = [read_line(index, raw, extra, glossary, memo) for index, raw in enumerate(texts)]
    join_stacked_labels(lines)
    mark_stacked_terms(lines)
    mark_date_badges(lines)
    extend_blocks(lines)
    mark_job_lines(lines)
    mark_name_slots(lines)
    mark_names_over_teasers(lines)
    mark_senders(lines)
    mark_mail_senders(lines)
    mark_link_cards(lines)
    mark_dated_lists(lines)
    mark_dated_footers(lines)
    mark_spaced_bylines(lines)
    mark_issue_banners(lines)
    mark_footnotes(lines)
    mark_buttons(lines)
    mark_neighbours(lines)
    return lines
