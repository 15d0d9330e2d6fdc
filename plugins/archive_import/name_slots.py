"""Stage 2: a feed's author lines. Under a poster's name a social feed prints the poster's job
("Head of Support at Fieldwise") and over each date line the poster's name; the name test misses
some names ("Anonymous participant"), which the slot they sit in tells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import patterns as P
from .dates import parse_date
from .names import names_in
from .neighbours import double_spaced, previous_filled

if TYPE_CHECKING:
    from .lines import Line

# A job line sits right under its name, past an echo of the name and a "• 2nd" badge; it is a short line.
JOB_REACH = 3
MAX_JOB_WORDS = 14
# A feed's name slot: names in at least two of its date heads, and in half of them at least ...
MIN_NAME_SLOTS = 2
# ... and a name the name test misses is still a name or two ("Anonymous participant").
MAX_NAME_SLOT_WORDS = 3
# A sender's name over its address may be a team's: "Harrowby Water Customer Care".
MAX_SENDER_WORDS = 5


def mark_job_lines(lines: list[Line]) -> None:
    """"Head of Support at Fieldwise" right under "Jane Doe" (the name maybe twice, "• 2nd" between, no blank
    line): the author's job, part of the byline, never a title."""
    spaced = double_spaced(lines)
    for line in lines:
        signed = line.cue is not None and line.cue.role == "byline"  # "Written by" stacked over "Jane Doe"
        if not (line.is_text or signed) or line.prose or not names_in(line.stripped):
            continue
        # A double-spaced copy puts a blank line between the name and the job; look as far past it.
        reach = JOB_REACH * 2 if spaced else JOB_REACH
        for other in lines[line.index + 1:line.index + 1 + reach]:
            if other.blank:
                if spaced:
                    continue
                break
            if other.stripped == line.stripped or other.chrome is not None:
                continue
            job = other.stripped.split(" | ", 1)[0]  # LinkedIn's headline: "Director of Support at X | Queues, …"
            if other.is_text and len(job.split()) <= MAX_JOB_WORDS and _job_or_badge(job) \
                    and (_dated_below(lines, other.index) or _dated_above(lines, line.index)
                         or _under_job(lines, line.index)):
                other.chrome, other.fixed, other.title_like = "job title", True, False
            break


def _under_job(lines: list[Line], i: int) -> bool:
    """A second author's name right under the first author's job (Docusaurus stacks one block each)."""
    above = previous_filled(lines, i)
    return above is not None and above.index >= i - 2 and above.chrome == "job title"


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


def mark_names_over_teasers(lines: list[Line]) -> None:
    """A card that signs its excerpt under it ("… the excerpt" / "Ruth Abernathy" / "Read More", Squarespace):
    where two cards or more do, each name over its "Read More" is the byline's, not the excerpt's."""
    found = []
    for line, below in zip(lines, lines[1:]):
        if below.cue is not None and below.cue.role == "teaser" and line.is_text and not line.prose \
                and names_in(line.stripped):
            found.append(line)
    if len(found) >= MIN_NAME_SLOTS:
        for line in found:
            line.name_slot, line.fixed, line.title_like = True, True, False


def mark_senders(lines: list[Line]) -> None:
    """A list archive prints each message's sender over its address ("Harrowby Water Customer Care" /
    "notices at harrowbywater.example", Pipermail): the line is the sender's name, a team's as well."""
    for line, below in zip(lines, lines[1:]):
        text = line.stripped
        if below.chrome == "email address" and line.is_text and not line.prose \
                and 0 < len(text.split()) <= MAX_SENDER_WORDS and text[:1].isupper() and text[-1:].isalpha():
            line.name_slot = True


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
    return line.dates_post or parse_date(line.reading) is not None  # "2d •": an age is a date too
