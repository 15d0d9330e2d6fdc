"""Which text line beside a template run is the post's title: slot scoring across records.

Every run of template lines (a byline run, a footer run) has text lines
around it at fixed offsets: -1 is the text line just above it, +1 the one
just below, +2 the one below that. Runs of one kind sit at the same place
in every record, so the title sits at the same offset in every record.
For each kind of run we score every offset across all its runs:

* present: the share of runs that have a line there;
* title-like: the share of those lines that are title-sized;
* distinct: titles differ from post to post, an author's name or a
  "Featured" label does not;
* a small bonus for Title Case and a small cost for distance.

The best offset is the title slot for that kind of run. A title repeated
on the next line (LinkedIn prints it twice) counts once, the copy being an
echo.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lines import Line, is_prose
from .title_shape import MAX_TITLE_CHARS, MAX_TITLE_WORDS

# How many text lines away from a run a title may be (title, dek, name, job).
MAX_SLOT_OFFSET = 3
# One run alone is weak evidence: its slot must hold a line that looks like a title.
MIN_LONE_SLOT_SCORE = 0.9
# Sentences allowed between a title and its run: a dek.
MAX_PROSE_BETWEEN = 1
# An offset is a title slot only when it scores at least this.
MIN_SLOT_SCORE = 0.45
# Tie-breakers: titles are often in Title Case; nearer slots are likelier.
TITLE_CASE_BONUS = 0.1
DISTANCE_COST = 0.04
# A title-sized line that does not look like a title (it ends in "." or
# opens lower-case) counts this much: template position may still make it one.
RELAXED_TITLE_WEIGHT = 0.5
# Titles differ from post to post; a page pasted twice repeats each once, so
# half the lines being different is different enough.
DISTINCT_ENOUGH = 0.5
# Scores are sums of fractions: compare them rounded, so that a tie is a tie.
SCORE_DIGITS = 6
# A title ending like a sentence is short ("We stopped apologising."); one this long is likelier a paragraph.
MIN_SENTENCE_WORDS = 12
# Titles of one word are rare; labels ("Paid", "Featured") are one word.
MIN_TITLE_WORDS = 2
# Words this long or longer count when measuring Title Case (skips "a", "of", "the").
TITLE_CASE_MIN_LETTERS = 4


@dataclass(slots=True)
class Slot:
    line: int  # index of the text line
    echoes: list[int]  # the same line repeated right after it


@dataclass(slots=True)
class SlotChoice:
    offset: int
    score: float


def neighbour(lines: list[Line], i: int, step: int, masked: set[int]) -> int | None:
    """The nearest text line from ``i`` in direction ``step`` (None past a template line)."""
    j = i + step
    while 0 <= j < len(lines):
        line = lines[j]
        if line.index in masked:
            return None
        if line.blank:
            j += step
            continue
        return j if line.is_text else None
    return None


def slots_of(lines: list[Line], start: int, end: int, masked: set[int]) -> dict[int, Slot]:
    """Text lines at offsets -MAX..-1 above ``start`` and +1..+MAX below ``end``."""
    found: dict[int, Slot] = {}
    for step, origin in ((1, end), (-1, start)):
        here, offset = origin, step
        while abs(offset) <= MAX_SLOT_OFFSET:
            other = neighbour(lines, here, step, masked)
            if other is None:
                break
            echo = neighbour(lines, other, step, masked)
            if echo is not None and lines[echo].stripped == lines[other].stripped:
                first, copy = (other, echo) if step == 1 else (echo, other)
                found[offset] = Slot(first, [copy])
                here = echo
            else:
                found[offset] = Slot(other, [])
                here = other
            offset += step
    return found


def title_sized(line: Line) -> bool:
    """Where the template puts a title, its look matters less (titles may end in '.')."""
    text = line.stripped
    return line.title_like or (len(text) <= MAX_TITLE_CHARS and len(text.split()) <= MAX_TITLE_WORDS
                               and text[-1:] not in ",;:" and not line.recurring)


def title_weight(line: Line) -> float:
    """How much a line in a slot counts as a title: names and one-word labels hardly do."""
    if line.is_name:
        return 0.0  # an author's name line
    weight = 1.0 if line.title_like else RELAXED_TITLE_WEIGHT if title_sized(line) else 0.0
    if line.prose and len(line.stripped.split()) >= MIN_SENTENCE_WORDS:
        weight *= RELAXED_TITLE_WEIGHT  # a sentence of running text, however short the paragraph
    if len(line.stripped.split()) < MIN_TITLE_WORDS:
        weight *= RELAXED_TITLE_WEIGHT  # "Paid", "Featured", a tag above the title
    return weight


def _title_case(text: str) -> float:
    return _short_title_case(text) if len(text) <= MAX_TITLE_CHARS else 0.0  # a paragraph is no title


@lru_cache(maxsize=1 << 14)
def _short_title_case(text: str) -> float:
    words = [word for word in text.split() if len(word) >= TITLE_CASE_MIN_LETTERS and word[0].isalpha()]
    return sum(word[0].isupper() for word in words) / len(words) if words else 0.0


def score_offset(lines: list[Line], picks: list[Slot | None], offset: int) -> float:
    present = [slot.line for slot in picks if slot is not None]
    if not present:
        return 0.0
    titleish = sum(title_weight(lines[i]) for i in present) / len(present)
    distinct = min(1.0, len({lines[i].stripped for i in present}) / len(present) / DISTINCT_ENOUGH)
    case = sum(_title_case(lines[i].stripped) for i in present) / len(present)
    return (len(present) / len(picks)) * titleish * distinct + TITLE_CASE_BONUS * case \
        - DISTANCE_COST * abs(offset)


def reachable(lines: list[Line], slots: dict[int, Slot], offset: int) -> Slot | None:
    """The slot at ``offset``, unless paragraphs lie between it and the run (then it is body text).

    One sentence may: a dek or teaser under the title (Medium, Substack).
    """
    step = 1 if offset > 0 else -1
    prose = 0
    for between in range(step, offset, step):
        slot = slots.get(between)
        if slot is None:
            return None
        prose += is_prose(lines[slot.line])
    return slots.get(offset) if prose <= MAX_PROSE_BETWEEN else None


def best_offset(lines: list[Line], slot_maps: list[dict[int, Slot]], side: int = 0,
                prefer: int = 0) -> SlotChoice | None:
    """The title slot of one kind of run; a kind seen once must offer a line that looks like a title.

    ``side`` (+1 or -1) keeps a kind seen once to the side where the page's
    other runs have their titles: one run alone cannot tell. ``prefer`` breaks
    a tie between offsets the same way (the page's larger kinds found it).
    """
    offsets = sorted({offset for slots in slot_maps for offset in slots
                      if not side or len(slot_maps) > 1 or offset * side > 0}, key=lambda o: (abs(o), -o))
    choices = [SlotChoice(o, score_offset(lines, [reachable(lines, slots, o) for slots in slot_maps], o))
               for o in offsets]
    # On a tie the slot above wins: a title over its date line is the commoner layout, and the line under
    # the date in a tie is a label row (Hugo Book's "Banks, Timelines").
    best = max(choices, key=lambda choice: (round(choice.score, SCORE_DIGITS), choice.offset * prefer > 0,
                                            choice.offset < 0), default=None)
    least = MIN_SLOT_SCORE if len(slot_maps) > 1 else MIN_LONE_SLOT_SCORE
    return best if best is not None and best.score >= least else None
