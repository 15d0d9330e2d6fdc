"""Dates at the precision they are known: one answer for every plugin.

Imported posts carry ``date_precision`` (minute, day, month, year or
unknown); hand-written posts usually omit it, and get "minute" when their
date has a time of day, else "day". A post whose date is unknown still has
a date (Pelican needs one: the importer gives it a placeholder in 1970),
so every question here goes through the precision, never the date alone.
"""

from __future__ import annotations

import datetime

UNKNOWN = "unknown"
PRECISIONS = ("minute", "day", "month", "year", UNKNOWN)

# How each known precision is shown to readers and written in ISO 8601.
DISPLAY_FORMATS = {
    "minute": "{d:%B} {d.day}, {d:%Y}",
    "day": "{d:%B} {d.day}, {d:%Y}",
    "month": "{d:%B %Y}",
    "year": "{d:%Y}",
}
ISO_FORMATS = {
    "minute": "{d:%Y-%m-%dT%H:%M}",
    "day": "{d:%Y-%m-%d}",
    "month": "{d:%Y-%m}",
    "year": "{d:%Y}",
}
# Only a time of day has a time zone; a day, month or year is a span.
PRECISIONS_WITH_OFFSET = ("minute",)
UNKNOWN_DISPLAY = "Date unknown"


def normalised_precision(metadata_value, date: datetime.datetime | None) -> str:
    """The precision of a date, filling in what hand-written posts omit."""
    if date is None:
        return UNKNOWN
    value = str(metadata_value or "").strip().lower()
    if value in PRECISIONS:
        return value
    return "minute" if (date.hour, date.minute) != (0, 0) else "day"


def precision_of(item) -> str:
    """The precision of an article's or page's date (its ``date_precision``, normalised)."""
    return normalised_precision(getattr(item, "date_precision", None), getattr(item, "date", None))


def has_known_date(item) -> bool:
    """True unless the item's date is unknown (a placeholder) or missing."""
    return precision_of(item) != UNKNOWN


def feed_items(items) -> list:
    """The items a feed may list: a feed entry needs a real date, so undated posts stay out."""
    return [item for item in items if has_known_date(item)]


def date_display(date: datetime.datetime | None, precision: str) -> str:
    """'February 23, 2015', 'October 2011', '2011' or 'Date unknown'."""
    if date is None or precision not in DISPLAY_FORMATS:
        return UNKNOWN_DISPLAY
    return DISPLAY_FORMATS[precision].format(d=date)


def date_iso(date: datetime.datetime | None, precision: str) -> str | None:
    """ISO 8601 at the precision, with the offset when there is a time of day; None when unknown.

    '2015-02-23T05:21+00:00', '2015-02-23', '2011-10', '2011'.
    """
    if date is None or precision not in ISO_FORMATS:
        return None
    iso = ISO_FORMATS[precision].format(d=date)
    if precision in PRECISIONS_WITH_OFFSET and date.tzinfo is not None:
        offset = date.strftime("%z")  # +0000; ISO 8601 in HTML wants +00:00
        iso += f"{offset[:3]}:{offset[3:5]}"
    return iso


def naive(stamp: datetime.datetime) -> datetime.datetime:
    """The same wall-clock time without its zone, so aware and naive dates compare."""
    return stamp.replace(tzinfo=None) if stamp.tzinfo else stamp
