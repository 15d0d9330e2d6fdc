"""The time of day a date line gives ("10:32 pm"), read by dateutil once per clock text.

dateutil is the slowest part of reading a date and feeds repeat their clocks,
so the clock is read apart from the day and remembered: a clock reads alike on
any valid day, so ``at_clock`` gives what parsing "<day> <clock>" as one text
gave.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from functools import lru_cache

from dateutil import parser as dateutil_parser

# The day a clock is read on: any valid day would do.
CLOCK_DAY = "2000-01-01"
# A 24-hour "16:16" (ASCII digits only) is read here, without dateutil: a feed prints every minute of the day.
PLAIN_CLOCK = re.compile(r"([0-9]{1,2}):([0-9]{2})")
HOURS, MINUTES = 24, 60


def at_clock(day: datetime, clock: str) -> datetime:
    """``day`` at the time ``clock`` says; ValueError when dateutil refuses the clock ("13 pm")."""
    read = _clock(clock)
    if read is None:
        raise ValueError(f"not a time of day: {clock!r}")
    return datetime.combine(day.date(), read)


@lru_cache(maxsize=1 << 10)
def _clock(clock: str) -> time | None:
    plain = PLAIN_CLOCK.fullmatch(clock)
    if plain and int(plain[1]) < HOURS and int(plain[2]) < MINUTES:
        return time(int(plain[1]), int(plain[2]))  # as dateutil reads it (checked for every such text)
    try:
        return dateutil_parser.parse(f"{CLOCK_DAY} {clock}").timetz()
    except (ValueError, OverflowError):
        return None
