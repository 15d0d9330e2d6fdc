"""Stage 2: date badges. Themes print a post's date as a badge of stacked parts, one a line
("18" / "Mar" / "2024", "MAR" / "18"); a copy keeps each part on its own line. Joined, they
are one date line: the first part carries the date, the others are the badge's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import parse_date

if TYPE_CHECKING:
    from .lines import Line

# A badge part is a day, a month's name or a year: one short word or number.
BADGE_PART = re.compile(r"^(?:\d{1,4}|[A-Za-zÀ-ÿ]{3,9}\.?)$")
# A badge has a day and a month, and a year or not.
MIN_PARTS, MAX_PARTS = 2, 3


def mark_date_badges(lines: list[Line]) -> None:
    """Stacked lines that together, and only together, read as a day's date are one date line."""
    i = 0
    while i < len(lines):
        found = _badge_at(lines, i)
        if found is None:
            i += 1
            continue
        date, size = found
        head = lines[i]
        head.date, head.chrome, head.fixed, head.title_like, head.prose = date, None, True, False, False
        head.probe = " ".join(line.reading for line in lines[i:i + size])  # what the fields stage reads
        for part in lines[i + 1:i + size]:
            part.chrome, part.fixed, part.title_like, part.prose = "date badge", True, False, False
        i += size


def _badge_at(lines: list[Line], i: int):
    parts = []
    for line in lines[i:i + MAX_PARTS]:
        if line.blank or line.cue is not None or line.date is not None or not BADGE_PART.match(line.reading):
            break
        parts.append(line.reading)
    for size in range(len(parts), MIN_PARTS - 1, -1):
        date = parse_date(" ".join(parts[:size]))
        if date is not None and (date.precision == "day" or size == MIN_PARTS and _day_and_month(parts)):
            return date, size  # a year-less badge ("12" / "MAR") is a year-less date, as "Mar 12" is
    return None


def _day_and_month(parts: list[str]) -> bool:
    numbers = [part for part in parts[:MIN_PARTS] if part.isdigit()]
    return len(numbers) == 1 and len(numbers[0]) <= 2
