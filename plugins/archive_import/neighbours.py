"""Walking out from one line without copying the rest of the page.

``lines[i + 1:]`` copies every line below ``i``; done once per line or per
record, that makes a long archive's import quadratic. These walk the list
in place, so looking at a line's neighbours costs only the lines looked at.
``double_spaced`` says whether the copy's blank lines part every line from the next (then they group
nothing).
"""

from __future__ import annotations

from typing import Iterator, Sequence, TypeVar

LineT = TypeVar("LineT")


def after(lines: Sequence[LineT], i: int) -> Iterator[LineT]:
    """The lines below ``i``, nearest first (``lines[i + 1:]``)."""
    return (lines[j] for j in range(i + 1, len(lines)))


def before(lines: Sequence[LineT], i: int) -> Iterator[LineT]:
    """The lines above ``i``, nearest first (``reversed(lines[:i])``)."""
    return (lines[j] for j in range(min(i, len(lines)) - 1, -1, -1))


def next_filled(lines: Sequence[LineT], i: int) -> LineT | None:
    """The first non-blank line below ``i``."""
    return next((line for line in after(lines, i) if not line.blank), None)


def previous_filled(lines: Sequence[LineT], i: int) -> LineT | None:
    """The last non-blank line above ``i``."""
    return next((line for line in before(lines, i) if not line.blank), None)


# A copy is double-spaced when most neighbouring lines have a blank line between them.
DOUBLE_SPACED_SHARE = 1.25


def double_spaced(lines: Sequence[LineT]) -> bool:
    """Is every other line blank (a copy that puts a blank line between blocks)?"""
    filled = [line.index for line in lines if not line.blank]
    gaps = sum(1 for a, b in zip(filled, filled[1:]) if b > a + 1)
    return len(filled) > 1 and gaps * DOUBLE_SPACED_SHARE >= len(filled) - 1
