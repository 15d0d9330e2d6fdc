"""Stage 2: footnotes. A note's mark is a bare small number, which the line reader takes for a
counter (a like count); under a "Footnotes" heading, or counting up over its notes, it is the note's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

# A footnote's mark: "1" to "99", under a heading that says so.
MAX_FOOTNOTE_MARK_CHARS = 2
FOOTNOTES_HEADING = re.compile(r"^(?:foot ?notes|notes|references|sources)$", re.I)

# Bare numbers counting up, each over a sentence, are notes when there are this many.
MIN_COUNTED_NOTES = 2


def mark_footnotes(lines: list[Line]) -> None:
    """Under a "Footnotes" heading, bare small numbers are the notes' marks, not like counters; so are
    "1", "2", "3" … counting up, each over its note's sentence (Substack prints no heading)."""
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
    _mark_counted_notes(lines)


def _mark_counted_notes(lines: list[Line]) -> None:
    shown, marks, k = [line for line in lines if not line.blank], [], 0
    while k + 1 < len(shown):
        line, note = shown[k], shown[k + 1]  # the next mark follows its note at once, or the run is over
        counted = line.chrome == "counter" and line.stripped == str(len(marks) + 1) and note.prose
        if not counted and len(marks) >= MIN_COUNTED_NOTES:
            break  # a run already found ends here ("3" under it is a like count)
        marks, k = ([*marks, line], k + 2) if counted else ([], k + 1)
    if len(marks) >= MIN_COUNTED_NOTES:
        for line in marks:
            line.chrome, line.fixed = None, line.cue is not None or line.date is not None
