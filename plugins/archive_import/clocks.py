"""The time of day a date line gives ("10:32 pm"), read by dateutil once per clock text.

dateutil is the slowest part of reading a date and feeds repeat their clocks,
so the clock is read apart from the day and remembered: a clock reads alike on
any valid day, so ``at_clock`` gives what parsing "<day> <clock>" as one text
gave.
"""

from __future__ import annotations

from datetime import datetime, time
from functools import lru_cache

from dateutil import parser as dateutil_parser

# The day a clock is read on: any valid day would do.
CLOCK_DAY = "2000-01-01"


def at_clock(day: datetime, clock: str) -> datetime:
    """``day`` at the time ``clock`` says; ValueError when dateutil refuses the clock ("13 pm")."""
    read = _clock(clock)
    if read is None:
        raise ValueError(f"not a time of day: {clock!r}")
    return datetime.combine(day.date(), read)


@lru_cache(maxsize=1 << 10)
def _clock(clock: str) -> time | None:
    try:
        return dateutil_parser.parse(f"{CLOCK_DAY} {clock}").timetz()
    except (ValueError, OverflowError):
        return None
