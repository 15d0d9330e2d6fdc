"""Recognise dates written the ways blogs write them, with their precision.

``parse_date(text)`` returns a ``FoundDate`` only when the *whole* text is a
date; ``find_month(text)`` finds "October 2011" inside a subtitle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_TIME = r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::\d{2})?\s*(?P<ampm>[ap]\.?m\.?)?)?"

# Whole-text date formats, most common first.
DATE_FORMATS = [
    re.compile(r"^" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + _TIME + r"$", re.I),
    re.compile(r"^" + _WEEKDAY + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + _TIME + r"$", re.I),
    re.compile(r"^" + _YEAR + r"-(?P<month_number>\d{1,2})-(?P<day>\d{1,2})(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::\d{2})?)?$"),
    re.compile(r"^" + _MONTH + r",?\s+" + _YEAR + r"$", re.I),
]
_DIGIT = re.compile(r"\d")
MONTH_IN_TEXT = re.compile(r"\b" + _MONTH + r"\s+" + _YEAR + r"\b", re.I)


@dataclass
class FoundDate:
    value: datetime
    precision: str  # minute | day | month

    def iso(self) -> str:
        if self.precision == "minute":
            return self.value.strftime("%Y-%m-%d %H:%M")
        return self.value.strftime("%Y-%m-%d")


def _build(groups: dict) -> FoundDate | None:
    month = MONTHS.get((groups.get("month") or "").lower()) or int(groups.get("month_number") or 0)
    year = int(groups["year"])
    day = groups.get("day")
    try:
        if day is None:
            return FoundDate(datetime(year, month, 1), "month")
        hour, minute = groups.get("hour"), groups.get("minute")
        if hour is None:
            return FoundDate(datetime(year, month, int(day)), "day")
        hour = int(hour)
        ampm = (groups.get("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return FoundDate(datetime(year, month, int(day), hour, int(minute)), "minute")
    except ValueError:  # February 30th and friends: not a date
        return None


def parse_date(text: str) -> FoundDate | None:
    """The date ``text`` consists of, or None."""
    text = text.strip()
    if len(text) > 60 or not _DIGIT.search(text):
        return None
    for pattern in DATE_FORMATS:
        match = pattern.match(text)
        if match:
            return _build(match.groupdict())
    return None


def find_month(text: str) -> FoundDate | None:
    """A "Month YYYY" mentioned inside ``text`` (subtitles), at month precision."""
    match = MONTH_IN_TEXT.search(text)
    if not match:
        return None
    return _build({"month": match["month"], "year": match["year"]})
