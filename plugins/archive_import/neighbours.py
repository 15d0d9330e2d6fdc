"""Walking out from one line without copying the rest of the page.

``lines[i + 1:]`` copies every line below ``i``; done once per line or per
record, that makes a long archive's import quadratic. These walk the list
in place, so looking at a line's neighbours costs only the lines looked at.
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
