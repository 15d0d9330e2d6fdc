"""Stage 4: deal every line of a record to its part: title, head, body, comment or chrome.

Input: the lines, the ``Template``'s records and the comment threads.
Output: one ``PostParts`` per record plus the page furniture outside them.
Every line ends up in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import patterns as P
from .comments import Thread
from .lines import Line, is_prose
from .structure import Record
from .neighbours import next_filled, previous_filled

# An author's name may be printed twice over the date (an avatar's alt text, then the name).
MAX_NAME_ECHOES = 1
# The word a byline stacks between two names.
NAME_JOINS = frozenset({"and", "&"})
# A forum or magazine head between title and date: category, tags, username, badge; a few words each.
MAX_HEAD_LABELS = 6
MAX_LABEL_WORDS = 3
# A tag chip under a card's "Read more" or its closing date line is a word or two.
MAX_CHIP_WORDS = 2


@dataclass(slots=True)
class PostParts:
    """The lines of one post, sorted by part."""

    title: Line | None
    echoes: list[Line] = field(default_factory=list)  # the title repeated on the page
    subtitle: Line | None = None
    fields: list[Line] = field(default_factory=list)  # template lines: bylines, dates, tags, share rows ...
    body: list[Line] = field(default_factory=list)  # text and blank lines, in order
    comments: list[Line] = field(default_factory=list)
    comment_count: int = 0
    first_line: int = 0  # 0-based index where the record starts (for carried dates)

    @property
    def numbers(self) -> list[int]:
        """Archive line numbers of everything that belongs to this post."""
        kept = [self.title, self.subtitle] if self.title is not None else [self.subtitle]
        return sorted(line.number for line in [*kept, *self.body] if line is not None)


@dataclass(slots=True)
class Furniture:
    """A line outside every post, and why."""

    line: Line
    reason: str


def furniture_reason(line: Line) -> str:
    if line.cue is not None:
        return line.cue.kind.replace("_", " ")
    if line.chrome is not None:
        return line.chrome
    if line.date is not None:
        return "date line"
    if line.recurring:
        return "recurring page furniture"
    return "page header"


def deal(lines: list[Line], records: list[Record], threads: list[Thread]) -> tuple[list[PostParts], list[Furniture]]:
    in_thread: dict[int, Thread] = {}
    for thread in threads:
        for i in range(thread.start, thread.end):
            in_thread[i] = thread
    owned = [False] * len(lines)
    for record in records:
        owned[record.start:record.end] = [True] * (record.end - record.start)
        for i in record.fields_after:
            owned[i] = True
    first = records[0].start if records else len(lines)
    furniture: list[Furniture] = []
    for line in lines:
        if owned[line.index] or line.blank:
            continue
        reason = "comment" if line.index in in_thread else (
            _lead_reason(line, lines) if line.index < first else "page footer" if line.index >= records[-1].end
            else furniture_reason(line))
        furniture.append(Furniture(line, reason))
    posts = [_deal_record(lines, record, in_thread) for record in records]
    for post, record in zip(posts, records):
        post.first_line = record.start
        post.comment_count = sum(in_thread[line.index].comments for line in post.comments
                                 if line.index == in_thread[line.index].start)
    return posts, furniture


def _over_a_date(lines: list[Line], i: int) -> bool:
    """A name line (maybe printed twice, maybe over a job line or a "·") right over the post's date or byline:
    the author's slot."""
    j, names = i + 1, 0
    while j < len(lines) and (lines[j].blank or lines[j].is_text and _name_or_join(lines[j]) and names < MAX_NAME_ECHOES
                              or lines[j].recurring and not lines[j].fixed or lines[j].chrome in P.BYLINE_EXTRAS):
        names += not lines[j].blank and lines[j].is_text and lines[j].stripped.lower() not in NAME_JOINS
        j += 1
    # (A byline that names its own author has no name slot over it: a name there signs the text above off.)
    return j < len(lines) and lines[j].dates_post and not (lines[j].cue is not None and lines[j].cue.author)


def _name_or_join(line: Line) -> bool:
    """A name, or the "and" between two stacked names (Substack: "Ines Okafor" / "and" / "Theo Brandvold")."""
    return line.is_name or line.stripped.lower() in NAME_JOINS


def _dek(lines: list[Line], title: Line, line: Line) -> bool:
    """A title-like line right under the title (no blank) with the post's date line still to come: its dek."""
    if line.index != title.index + 1 or not line.title_like or line.is_name or line.stripped.endswith(("…", "...")):
        return False  # (an excerpt cut at a word count is the card's text, however title-like its words)
    below = next_filled(lines, line.index)
    return below is not None and below.dates_post


def _beside_fields(lines: list[Line], i: int, both: bool) -> bool:
    """Template lines on both sides (or, in a post's head, on one): a name slot, not a heading."""
    sides = []
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        sides.append(not 0 <= j < len(lines) or lines[j].is_field)
    return all(sides) if both else any(sides)


def _lead_reason(line: Line, lines: list[Line]) -> str:
    if line.is_text and line.index == next(i for i, other in enumerate(lines) if not other.blank):
        return "site name"
    return furniture_reason(line)


# Under a date line, labels come stacked: one short line alone may be the text's first subheading.
MIN_STACKED_LABELS = 2


def _head_labels(lines: list[Line], record: Record) -> set[int]:
    """Short lines between a post's title and its date line: category, tags, username, "Staff"."""
    if record.title is None:
        return set()
    found: set[int] = set()
    for i in range(record.title + 1, min(record.end, record.title + 1 + MAX_HEAD_LABELS * 2)):
        line = lines[i]
        if line.dates_post:
            return found if len(found) <= MAX_HEAD_LABELS else set()
        if line.blank or line.is_field:
            continue
        if line.prose or len(line.stripped.split()) > MAX_LABEL_WORDS:
            return set()  # a dek or the text itself: no labelled head here
        found.add(i)
    return set()


def _labels_under_date(lines: list[Line], record: Record) -> set[int]:
    """Short lines stacked between a post's date line and its text (Hugo: category, "a • b" tags, author):
    two at least, so that one subheading opening the text stays the text's."""
    dated = next((i for i in range(record.start, record.end) if lines[i].dates_post), None)
    if dated is None:
        return set()
    found: set[int] = set()
    for i in range(dated + 1, min(record.end, dated + 1 + MAX_HEAD_LABELS * 2)):
        line = lines[i]
        if line.blank or line.is_field:
            continue
        if line.prose:
            return found if MIN_STACKED_LABELS <= len(found) <= MAX_HEAD_LABELS else set()
        if len(line.stripped.split()) > MAX_LABEL_WORDS or not line.stripped[-1:].isalnum():
            return set()
        found.add(i)
    return set()


def _text_among_text(lines: list[Line], line: Line, record: Record) -> bool:
    """A template-looking line inside the post's own text: a day no calendar can place ("Friday, 4pm")
    between two paragraphs, or a "menu" of words over a paragraph, under the post's title or text
    ("Unfortunately. Simply. Just. Obviously.")."""
    above, below = previous_filled(lines, line.index), next_filled(lines, line.index)
    if not all(near is not None and record.start <= near.index < record.end for near in (above, below)) \
            or not (below.is_text and is_prose(below)):
        return False
    if line.chrome == "navigation":  # (a title a sidebar repeats recurs: it is still no chrome)
        return len(line.stripped.split()) >= MIN_MENU_ITEMS and (
            above.dates_post or not above.fixed and (above.title_like or is_prose(above)))
    # (a reply's age sits under its writer's name, not under text)
    return line.date is not None and line.date.value is None and (line.cue is None or line.cue.kind == "date") \
        and above.is_text and is_prose(above)


MIN_MENU_ITEMS = 3


def _deal_record(lines: list[Line], record: Record, in_thread: dict[int, Thread]) -> PostParts:
    title = lines[record.title] if record.title is not None else None
    post = PostParts(title, [lines[i] for i in record.echoes])
    skip = {record.title, *record.echoes}
    labels = _head_labels(lines, record) | _labels_under_date(lines, record)
    body_has_text = body_has_prose = closed = False
    # A card dated under its excerpt is closed by that date: the words after it are its chips, not text.
    last_prose = max((line.index for line in lines[record.start:record.end] if line.prose), default=-1)
    for line in lines[record.start:record.end]:
        if line.index in skip:
            continue
        if line.index in in_thread:
            if not line.blank:
                post.comments.append(line)
            continue
        if record.head_end is not None and line.index < record.head_end:
            if not line.blank:
                post.fields.append(line)  # the e-mail's header block: read by ``email_headers``
            continue
        if line.is_field and not _text_among_text(lines, line, record):
            post.fields.append(line)
            closed = closed or body_has_prose and (line.cue is not None and line.cue.role == "teaser"
                                                   or line.dates_post and line.index > last_prose)
            continue
        if closed and line.is_text and not line.prose and len(line.stripped.split()) <= MAX_CHIP_WORDS \
                and line.stripped[-1:] not in ".!?":
            post.fields.append(line)  # a card's tags under its "Read more" ("phone" / "tone"): no text
            continue
        if (title is not None and post.subtitle is None and not body_has_text and line.is_text
                and line.index > title.index and (P.SUBTITLE.match(line.stripped) or _dek(lines, title, line))):
            post.subtitle = line
            continue
        if title is not None and line.index < title.index and line.is_text or line.index in labels:
            post.fields.append(line)  # text in the head before the title, or labels over its date line
            continue
        if line.is_text and _name_or_join(line) and (
                _beside_fields(lines, line.index, both=body_has_prose) or _over_a_date(lines, line.index)):
            post.fields.append(line)  # a name slot of the byline: "RUTH ABERNETHY AND LEON MBEKI"
            continue
        post.body.append(line)
        body_has_text = body_has_text or line.is_text
        body_has_prose = body_has_prose or (line.is_text and is_prose(line))
    post.fields.extend(lines[i] for i in record.fields_after)
    return post
