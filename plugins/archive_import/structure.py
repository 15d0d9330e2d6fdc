"""The records the template stages pass along: where each post sits, and the runs that mark it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lines import Line

@dataclass(slots=True)
class Record:
    """One post's place in the archive (0-based line indices)."""

    start: int
    end: int  # one past the last line
    title: int | None  # the title line, None when the post has none
    echoes: list[int] = field(default_factory=list)  # the title repeated (LinkedIn, Medium)
    head_end: int | None = None  # lines before this are the record's header block (e-mail headers)
    fields_after: list[int] = field(default_factory=list)  # its date printed past its end (under the tags)


@dataclass(slots=True)
class Template:
    """What the template stage found: records plus how sure it is."""

    kind: str  # "fields", "single", "stream", "email", "none"
    shapes: list[str]  # record shapes, for the report
    side: str  # where titles sit relative to the template runs: text-line offsets such as "-1,+1"
    records: list[Record]
    confidence: float
    unsure: list[int] = field(default_factory=list)  # 1-based line numbers to check


# Cues that are one template slot whatever they add: an "Updated" line stands where a date line does,
# and "By Jane Doe, Guest Writer" where "By Jane Doe" does.
SAME_SHAPE = {"updated": "date", "by_role": "by", "date_by_nobody": "date_by"}  # (an empty author field too)


def shape(line: Line) -> str:
    """The line with names, numbers and dates abstracted: what recurs once per post."""
    if line.cue is not None:
        return f"cue:{SAME_SHAPE.get(line.cue.kind, line.cue.kind)}"
    if line.date is not None:
        return f"date:{line.date.precision}"
    if line.chrome is not None:
        return f"chrome:{line.chrome}"
    return f"line:{line.stripped}"


@dataclass(slots=True)
class Run:
    start: int  # index of the first template line
    end: int  # index of the last template line
    lines: list[int]  # template lines (no blanks)
    shapes: set[str]


# Chrome that belongs to a post (its share row, counters, categories), as
# against the page's (menus, cookie notices, archive headers), which never
# marks where a post starts.
POST_CHROME = frozenset({"share counter", "share button", "comment counter", "post categories",
                         "copyright line", "widget", "comment form"})


def marks_records(key: str) -> bool:
    kind, _, rest = key.partition(":")
    return kind != "chrome" or rest in POST_CHROME


def has_body(lines: list[Line], start: int, end: int, skip: set[int], masked: set[int]) -> bool:
    return any(lines[i].is_text and i not in skip and i not in masked for i in range(start, end))
