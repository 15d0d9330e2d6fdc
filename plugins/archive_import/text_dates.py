"""Dates inside longer text, and the day/month order an archive's numeric dates prove.

* ``find_date_in(text)`` and ``find_month(text)`` find a date inside a title or subtitle ("Friday links,
  March 8, 2019", "June 2020 Round-up").
* ``numeric_order(texts)``: "dmy" or "mdy" when the archive's numeric dates decide it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from .dates import _DAY, _DIGIT, _MONTH, _YEAR, DECISIVE_SHARE, MAX_MONTH, MONTHS, FoundDate, parse_date

# Dates inside longer text, most precise first.
DATES_IN_TEXT = (
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.I),
    re.compile(r"\b" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR, re.I),
    re.compile(r"(?<![\d.-])" + _YEAR + r"-(?P<month_number>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
)
MONTH_IN_TEXT = re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR, re.I)
NUMERIC_IN_TEXT = re.compile(r"(?<![\d./-])(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
                             r"(?P<year>\d{4}|\d{2})(?![\d./-])")


def numeric_order(texts: Iterable[str]) -> str | None:
    """'dmy' or 'mdy' when the numeric dates among ``texts`` decide it (a
    first field > 12 proves dmy, a second field > 12 proves mdy), else None.

    Numeric dates are looked for anywhere in each text; when both orders are
    proved, the one with at least ``DECISIVE_SHARE`` of the proofs wins.
    """
    votes = {"dmy": 0, "mdy": 0}
    texts = [text for text in texts if _DIGIT.search(text)]
    named = _named_days(texts)
    for text in texts:
        for match in NUMERIC_IN_TEXT.finditer(text):
            first, second = int(match["first"]), int(match["second"])
            year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
            if first > MAX_MONTH >= second or first != second and (year, second, first) in named:
                votes["dmy"] += 1
            elif second > MAX_MONTH >= first or first != second and (year, first, second) in named:
                votes["mdy"] += 1  # (or the same day named elsewhere on the page: "March 10, 2025" over "3/10/25")
    total = votes["dmy"] + votes["mdy"]
    for order, count in votes.items():
        if total and count / total >= DECISIVE_SHARE:
            return order
    return None


def _named_days(texts: list[str]) -> set[tuple[int, int, int]]:
    """(year, month, day) of the dates with a named month among ``texts``."""
    days = set()
    for text in texts:
        found = next((parse_date(match.group(0)) for match in DATES_IN_TEXT[0].finditer(text)), None) \
            or next((parse_date(match.group(0)) for match in DATES_IN_TEXT[1].finditer(text)), None)
        if found is not None and found.value is not None and found.precision in ("day", "minute"):
            days.add((found.value.year, found.value.month, found.value.day))
    return days


def find_date_in(text: str) -> FoundDate | None:
    """The first date with a named month or in ISO form inside ``text``, most
    precise shapes first ("for the week of 4 March 2019" -> day)."""
    if not _DIGIT.search(text):
        return None
    for pattern in DATES_IN_TEXT:
        for match in pattern.finditer(text):
            found = parse_date(match.group(0))
            if found:
                return found
    return find_month(text)


def find_month(text: str) -> FoundDate | None:
    """A "Month YYYY" mentioned inside ``text`` (subtitles), at month precision."""
    match = MONTH_IN_TEXT.search(text)
    if not match:
        return None
    return FoundDate(datetime(int(match["year"]), MONTHS[match["month"].lower().rstrip(".")], 1), "month")


def agreed_reading(raw: str, texts: Iterable[str]) -> FoundDate | None:
    """The one reading of a numeric date that reads both ways ("08/05/2024") that a date printed with its month
    named among ``texts`` agrees with: the same day, or the same month when only the month is named ("May
    2024"). None when no reading or both readings agree."""
    named = [found for text in texts if text.strip() for found in [find_date_in(text)]
             if found is not None and found.value is not None and found.precision in ("day", "month")]
    readings = [found for order in ("dmy", "mdy") for found in [parse_date(raw, order=order)]
                if found is not None and found.value is not None and any(
                    found.value.date() == other.value.date() if other.precision == "day"
                    else (found.value.year, found.value.month) == (other.value.year, other.value.month)
                    for other in named)]
    return readings[0] if len(readings) == 1 else None
