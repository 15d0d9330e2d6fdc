"""Jinja filters `series_date` and `series_date_iso`, on ``common.dates``.

When the site_extras plugin has set ``article.date_display`` that text is
used, so the whole site agrees; the rules themselves live in
``common.dates``, with ``has_known_date`` (imported from there by the
series pages and feeds).
"""

from __future__ import annotations

from common.dates import date_display, date_iso, has_known_date, precision_of

__all__ = ["FILTERS", "has_known_date", "series_date", "series_date_iso"]


def series_date(article) -> str:
    """'February 23, 2015', 'October 2011', '2011' or 'Date unknown'."""
    shown = getattr(article, "date_display", None)
    if shown:
        return str(shown)
    return date_display(getattr(article, "date", None), precision_of(article))


def series_date_iso(article) -> str:
    """The value for <time datetime=...>, with the time-zone offset; empty when the date is unknown."""
    return date_iso(getattr(article, "date", None), precision_of(article)) or ""


FILTERS = {"series_date": series_date, "series_date_iso": series_date_iso}
