"""Dates at their known precision: what readers see and what machines read."""

PRECISIONS = ("minute", "day", "month", "year", "unknown")

# How each precision is shown to readers and written in ISO 8601.
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
UNKNOWN_DISPLAY = "Date unknown"


def normalised_precision(metadata_value, date):
    """The contract's precision for a post, filling in what hand-written posts omit."""
    value = str(metadata_value or "").strip().lower()
    if value in PRECISIONS:
        return value
    if date is None:
        return "unknown"
    if (date.hour, date.minute) != (0, 0):
        return "minute"
    return "day"


def date_display(date, precision):
    if date is None or precision not in DISPLAY_FORMATS:
        return UNKNOWN_DISPLAY
    return DISPLAY_FORMATS[precision].format(d=date)


def date_iso(date, precision):
    if date is None or precision not in ISO_FORMATS:
        return None
    iso = ISO_FORMATS[precision].format(d=date)
    if precision == "minute" and date.tzinfo is not None:
        # isoformat gives +00:00; keep the zone so the instant is unambiguous.
        iso += date.strftime("%z")[:3] + ":" + date.strftime("%z")[3:]
    return iso
