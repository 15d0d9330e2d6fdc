"""Dates at their known precision, for ``plugin.annotate_dates``.

The rules (precision, display, ISO 8601 with offset) live once, in
``common.dates``; this module only names what this plugin uses.
"""

from common.dates import date_display, date_iso, normalised_precision

__all__ = ["date_display", "date_iso", "normalised_precision"]
