"""Recognise dates written the ways blogs write them, with their precision.

* ``parse_date(text)`` returns a ``FoundDate`` only when the *whole* text is a date (weekday names,
  "at", ordinals and commas aside; a clock may come first), else None.  Strict regular expressions
  decide its shape and fields; python-dateutil reads the clock (``clocks``) and datetime checks the
  calendar (no February 30th), never in fuzzy mode: a sentence, price or version is no date.
* Numeric dates (04/03/2019) are read in the archive's ``order`` ("dmy" or
  "mdy", see ``numeric_order``).  Without an order, a date whose two readings
  name different months is only known to its year (precision "year").
* Relative dates ("3 years ago", "2d", "yesterday") and dates without a year ("Mar 4") are dates,
  but only a ``captured`` day (when the page was saved) places them; without it they come back as
  ``FoundDate(None, "unknown")`` so that callers still know the line is a date line.
* Dates inside longer text, and the day/month order an archive's numeric dates prove: ``text_dates``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from .clocks import at_clock

_MONTH_NAMES = ("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                "august aug", "september sep sept", "october oct", "november nov", "december dec")
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
WEEKDAYS = ("monday mon tuesday tues tue wednesday weds wed thursday thurs thur thu "
            "friday fri saturday sat sunday sun").split()
# Zone abbreviations English-language blogs print, as hours east of UTC.
# Ambiguous ones (IST: India, Israel or Ireland) are left out on purpose.
ZONES = {
    "z": 0, "ut": 0, "utc": 0, "gmt": 0, "wet": 0, "bst": 1, "cet": 1, "west": 1, "cest": 2, "eet": 2,
    "eest": 3, "jst": 9, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "hst": -10, "akst": -9,
    "akdt": -8, "pst": -8, "pdt": -7, "mst": -7, "mdt": -6, "cst": -6, "cdt": -5, "est": -5, "edt": -4,
}
# Longer texts are sentences: the longest date shape with weekday, time and
# zone ("Wednesday, September 25th, 2019 at 10:32:11 a.m. GMT+02:00") is ~60.
MAX_DATE_CHARS = 80
TWO_DIGIT_PIVOT = 70  # two-digit years ("3/4/19") below this are 20xx, the rest 19xx: blogs began in the 1990s
# The first numeric field is a month only up to here; above, it is a day.
MAX_MONTH = 12
# The numeric order wins when this share of the deciding dates agree; a few
# stray dates (a quoted e-mail, a guest's habit) do not outvote an archive.
DECISIVE_SHARE = 0.9


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = r"(?P<month>" + _alternation(MONTHS) + r")\b\.?"
_WEEKDAY = r"(?:(?P<weekday>" + _alternation(WEEKDAYS) + r")\b\.?,?\s+)?"
# The age a mail client prints after a message's date: "(2 days ago)", "(3 hours ago)".
MAIL_AGE = re.compile(r"\s*\((?:\d+|an?|one) (?:minute|hour|day|week|month)s? ago\)$", re.I)
# A year written with an apostrophe after a day: "Mar 5 '23".
SHORT_YEAR = re.compile(r"(?<=\d)\s+['’](\d{2})\b")
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:18|19|20)\d{2})(?!\d)"  # 1800-2099: posts look back at history, never at 2100
_CLOCK = (r"(?P<time>(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
          r"|\s*[ap]\.?m\.?))")
_ZONE = (r"(?:\s*(?P<zone>(?:utc|gmt|ut)?\s*[+-](?:[01]?\d|2[0-3])(?::?[0-5]\d)?"
         r"|(?:" + _alternation(ZONES) + r")\b)(?:\s*\([a-z ]{1,30}\))?)?")
_TIME = r"(?:(?:,?\s+(?:(?:at|@|[-–—|/])\s+)?|,\s*)" + _CLOCK + _ZONE + r")?"
_ISO_TIME = r"(?:(?:T|\s+(?:at\s+)?)" + _CLOCK + _ZONE + r")?"


def _whole(body: str, flags: int = re.I) -> re.Pattern:
    return re.compile(r"^" + body + r"\s*$", flags)


# Whole-text shapes, each with named fields; the first that matches decides.
NAMED_SHAPES = (
    _whole(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?" + _TIME),
    _whole(_WEEKDAY + _DAY + r"(?:(?:\s+of)?\s+|-)" + _MONTH + r"(?:(?:,?\s+|-)" + _YEAR + r")?" + _TIME),
    # "18. September 2024" (German, Nordic): with its year only, "1. March" is a numbered list's item.
    _whole(_WEEKDAY + _DAY + r"\.\s+" + _MONTH + r",?\s+" + _YEAR + _TIME),
    _whole(_MONTH + r",?\s+" + _YEAR),
    _whole(_WEEKDAY + _MONTH + r"\s+" + _DAY + r"\s+" + _CLOCK + _ZONE + r"\s+" + _YEAR),  # asctime: mail archives
)
ISO_SHAPE = _whole(_WEEKDAY + _YEAR + r"(?P<sep>[-/.])(?P<month_number>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)"
                   + _ISO_TIME)
# Day and month in either order; dots need a four-digit year ("1.2.19" is a version).
NUMERIC_SHAPE = _whole(_WEEKDAY + r"(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
                       r"(?P<year>\d{4}|(?<![.])\d{2})(?!\d)" + _TIME)
TIME_FIRST = re.compile(r"^(?P<time>(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[ap]\.?m\.?)?)\s*[·•|,]\s*(?P<rest>\S.*)$", re.I)
RELATIVE_SHAPE = _whole(
    r"(?:(?:(?:about|over|almost|nearly)\s+)?(?P<count>\d{1,3}|an?(?=\s)|one(?=\s))\s*"  # "1000 days ago" is prose
    r"(?P<unit>sec(?:ond)?|min(?:ute)?|h(?:ou)?r|h|day|d|w(?:ee)?k|w|mo(?:nth)?|y(?:ea)?r|y)s?\.?\s+ago"  # "3 yr. ago", "2y ago"
    # A weekday with its clock ("Tuesday at 9:14 AM": XenForo, Discord) counts back from the captured day.
    r"|(?P<word>yesterday|today|just now|(?:" + _alternation(WEEKDAYS) + r")(?=,?\s+(?:at\s+)?\d))" + _TIME +
    # Intercom's "Updated this week": an age too vague to count back from any capture day.
    r"|(?P<vague>(?:this|last)\s+(?:week|month|year)))")
# Compact forms ("5h", "2d", "3mo") only in lower case: "2D" or "5M" are not dates.
# ("5 min" with its space is a reading time, Quarto's: an age is "5min" or "5m".)
COMPACT_SHAPE = re.compile(r"^(?!\d+\s+min$)(?P<count>\d{1,3})\s?(?P<unit>s|m|min|h|hr|d|w|mo|y|yr)$")  # counts < 1000
# Unit as written -> relativedelta's argument.
UNITS = {"s": "seconds", "sec": "seconds", "second": "seconds", "m": "minutes", "min": "minutes", "minute": "minutes",
         "h": "hours", "hr": "hours", "hour": "hours", "d": "days", "day": "days", "w": "weeks", "wk": "weeks",
         "week": "weeks", "mo": "months", "month": "months", "y": "years", "yr": "years", "year": "years"}
# A relative date is known to the unit it counts in; hours and minutes to the day.
UNIT_PRECISION = {"seconds": "day", "minutes": "day", "hours": "day", "days": "day", "weeks": "day",
                  "months": "month", "years": "year"}
_RELATIVE_WORDS = ("yesterday", "today", "just now", "this ", "last ", *DAY_NAMES)
_DIGIT = re.compile(r"\d")
# The first word of every date that does not begin with a digit.
DATE_START_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "about over almost nearly a an one yesterday today just this last".split())

@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date as written: naive wall-clock ``value`` and how much of it is known."""

    value: datetime | None  # None when precision == "unknown"
    precision: str  # minute | day | month | year | unknown
    utc_offset: str | None = None  # "+05:00" when the text named a zone or offset
    numeric: bool = False  # written with numbers only (ISO dates included)

    def iso(self) -> str:
        """"YYYY-MM-DD HH:MM" at minute precision, "YYYY-MM-DD" otherwise, "" when unknown."""
        if self.value is None or self.precision == "unknown":
            return ""
        if self.precision == "minute":
            return self.value.strftime("%Y-%m-%d %H:%M")
        return self.value.strftime("%Y-%m-%d")


UNKNOWN = FoundDate(None, "unknown")


def may_open_date(text: str) -> bool:
    """Could a prefix of ``text`` pass ``parse_date``'s fast reject (stripped of " •·|", a digit or a date's
    first word first)? A cue whose date is such a prefix finds none where no prefix can."""
    lead = text.lstrip(" •·|")
    if lead[:1].isdigit():
        return True
    word = lead.split(None, 1)[0] if lead.strip() else ""
    return any(word[:end].rstrip(".,").lower() in DATE_START_WORDS for end in range(1, len(word) + 1))


def parse_date(text: str, *, order: str | None = None, captured: date | None = None) -> FoundDate | None:
    """The date ``text`` consists of (whole text, after stripping weekday
    names, "at", ordinals, commas), or None.

    ``order`` ("dmy"/"mdy") reads ambiguous numeric dates; ``captured`` (the
    day the page was saved) places relative and year-less dates.
    """
    text = text.strip(" •·|")  # "2d •": LinkedIn's age and the bullet after it
    if text.endswith(" ago)"):
        text = MAIL_AGE.sub("", text)  # Gmail: "Tue, Mar 12, 8:03 AM (2 days ago)"
    text = text[:-1] if text.endswith(".") and not text.endswith("..") else text  # "March 4, 2019." ends a sentence
    if not text or len(text) > MAX_DATE_CHARS:
        return None
    # The fast reject: a date starts with a digit, a month, a weekday or a
    # relative word, and has a digit unless it is a spelled relative date.
    if not text[0].isdigit() and text.split(None, 1)[0].rstrip(".,").lower() not in DATE_START_WORDS:
        return None
    lowered = text.lower()
    if not _DIGIT.search(text) and not (lowered.startswith(_RELATIVE_WORDS) or lowered.endswith(" ago")):
        return None
    return _parse_cached(text, order, captured)


@lru_cache(maxsize=1 << 14)
def _parse_cached(text: str, order: str | None, captured: date | None) -> FoundDate | None:
    if "'" in text or "’" in text:
        text = SHORT_YEAR.sub(r", 20\1", text)  # "Mar 5 '23" (Forem, dev.to): the year 2023
    if clock_first := TIME_FIRST.match(text):  # "10:32 AM · Mar 4, 2024" (X): "Mar 4, 2024 10:32 AM"
        text = f"{clock_first['rest']} {clock_first['time']}"
    for shape in NAMED_SHAPES:
        match = shape.match(text)
        if match:
            return _named(match, captured)
    match = ISO_SHAPE.match(text)
    if match:
        return _absolute(int(match["year"]), int(match["month_number"]), int(match["day"]), match, numeric=True)
    match = NUMERIC_SHAPE.match(text)
    if match:
        return _numeric(match, order)
    match = RELATIVE_SHAPE.match(text) or COMPACT_SHAPE.match(text)
    if match:
        return _relative(match, captured)
    return None


def _named(match: re.Match, captured: date | None) -> FoundDate | None:
    month = MONTHS[match["month"].lower().rstrip(".")]
    day = match.groupdict().get("day")
    if match["year"]:
        return _absolute(int(match["year"]), month, int(day or 1), match, month_only=day is None)
    if captured is None:
        return UNKNOWN if _absolute(2000, month, int(day), match) else None  # 2000: a leap year
    found = _absolute(captured.year, month, int(day), match)
    captured_day = captured.date() if isinstance(captured, datetime) else captured
    if found and found.value.date() > captured_day:  # "Dec 30" read in January: last year
        found = _absolute(captured.year - 1, month, int(day), match)
    return found


def _absolute(year: int, month: int, day: int, match: re.Match, *, month_only: bool = False,
              numeric: bool = False) -> FoundDate | None:
    """dateutil reads the clock (``clocks``), datetime checks the calendar; None for impossible dates."""
    fields = match.groupdict()
    clock = fields.get("time")
    try:
        value = datetime(year, month, day)
        value = at_clock(value, clock.strip()) if clock else value
    except (ValueError, OverflowError):
        return None
    precision = "minute" if clock else "month" if month_only else "day"
    return FoundDate(value, precision, _offset(fields.get("zone")), numeric)


def _offset(zone: str | None) -> str | None:
    """"+05:00" for a zone name or offset ("EST", "-0500", "GMT+2"), None for none."""
    if not zone:
        return None
    zone = zone.strip().lower()
    if zone in ZONES:
        minutes = ZONES[zone] * 60
    else:
        sign = -1 if "-" in zone else 1
        digits = zone.lstrip("utcgm ").lstrip("+-").replace(":", "")
        hours, rest = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        minutes = sign * (int(hours) * 60 + int(rest))
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _numeric(match: re.Match, order: str | None) -> FoundDate | None:
    first, second = int(match["first"]), int(match["second"])
    year = int(match["year"])
    if len(match["year"]) == 2:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    dmy = _absolute(year, second, first, match, numeric=True)
    mdy = _absolute(year, first, second, match, numeric=True)
    if dmy is None or mdy is None:
        return dmy or mdy  # only one reading is a date: the order does not matter
    if order == "dmy":
        return dmy
    if order == "mdy" or dmy.value == mdy.value:
        return mdy
    named = _weekday_of(match["weekday"])  # "Wed 3/6/2024": only one reading falls on a Wednesday
    if named is not None and (dmy.value.weekday() == named) != (mdy.value.weekday() == named):
        return dmy if dmy.value.weekday() == named else mdy
    return FoundDate(datetime(year, 1, 1), "year", dmy.utc_offset, numeric=True)


def _weekday_of(word: str | None) -> int | None:
    """Monday is 0; "Wed", "weds" and "Wednesday" alike."""
    if not word:
        return None
    lowered = word.lower()
    return next((k for k, name in enumerate(DAY_NAMES) if name.startswith(lowered[:3])), None)


def _relative(match: re.Match, captured: date | None) -> FoundDate:
    fields = match.groupdict()
    if fields.get("vague"):
        return UNKNOWN
    word = (fields.get("word") or "").lower()
    if word:
        count, unit = (1 if word == "yesterday" else 0), "days"
    else:
        count = int(fields["count"]) if fields["count"].isdigit() else 1  # "a", "an", "one"
        unit = UNITS[fields["unit"].lower()]
    if captured is None:
        return UNKNOWN
    named = _weekday_of(word)
    if named is not None:  # a chat's day divider ("Friday"), a mail client's "Tue 7:05 AM": the last one before
        count = (captured.weekday() - named) % 7 or 7
    # Without a clock time, "5h ago" is read from the end of the captured day: that day.
    moment = captured if isinstance(captured, datetime) else datetime.combine(captured, time.max)
    day = (moment - relativedelta(**{unit: count})).date()
    if word and fields.get("time"):  # "Yesterday at 4:12 PM": a day and its clock
        return _absolute(day.year, day.month, day.day, match) or UNKNOWN
    precision = UNIT_PRECISION[unit]
    value = datetime(day.year, 1 if precision == "year" else day.month, 1 if precision != "day" else day.day)
    return FoundDate(value, precision)
