"""Dates shown at the precision they are known: Jinja filters `series_date`, `series_date_iso`.

Imported posts carry ``date_precision`` (minute, day, month, year, unknown);
hand-written posts may omit it. When the theme's plugin provides
``article.date_display`` that text is used, so the whole site agrees.
"""

from __future__ import annotations

UNKNOWN_TEXT = "Date unknown"

DISPLAY_FORMATS = {
    "minute": lambda d: f"{d:%B} {d.day}, {d.year}",
    "day": lambda d: f"{d:%B} {d.day}, {d.year}",
    "month": lambda d: f"{d:%B} {d.year}",
    "year": lambda d: f"{d.year}",
}

ISO_FORMATS = {
    "minute": lambda d: f"{d:%Y-%m-%dT%H:%M}",
    "day": lambda d: f"{d:%Y-%m-%d}",
    "month": lambda d: f"{d:%Y-%m}",
    "year": lambda d: f"{d:%Y}",
}


def precision_of(article) -> str:
    date = getattr(article, "date", None)
    if date is None:
        return "unknown"
    precision = str(getattr(article, "date_precision", "") or "").strip().lower()
    if precision in DISPLAY_FORMATS or precision == "unknown":
        return precision
    return "minute" if (date.hour, date.minute) != (0, 0) else "day"


def has_known_date(article) -> bool:
    return precision_of(article) != "unknown"


def series_date(article) -> str:
    """'February 23, 2015', 'October 2011', '2011' or 'Date unknown'."""
    shown = getattr(article, "date_display", None)
    if shown:
        return str(shown)
    precision = precision_of(article)
    if precision == "unknown":
        return UNKNOWN_TEXT
    return DISPLAY_FORMATS[precision](article.date)


def series_date_iso(article) -> str:
    """The value for <time datetime=...>, empty when the date is unknown."""
    precision = precision_of(article)
    if precision == "unknown":
        return ""
    return ISO_FORMATS[precision](article.date)


FILTERS = {"series_date": series_date, "series_date_iso": series_date_iso}
