"""Dates a post takes from above it, when it prints none of its own: a day divider over a group of
posts ("Monday, March 4th" in a chat, "Tuesday, 5 March" on a Blogger page), a newsletter's issue
banner and the date in a mail client's header over a letter's articles."""

from __future__ import annotations

from datetime import date

from .dates import FoundDate, parse_date
from .issue_banners import issue_dates
from .lines import Line
from .mail_view import letter_sent
from .neighbours import next_filled, previous_filled

# Date lines that name their own post's day, never a group's: "Posted on June 18, 2024" (a clock alone dates nothing).
OWN_DATE_CUES = frozenset({"time_of_day", "posted_on", "published", "updated"})
# A letter is dated to the day or to the minute it was sent ("Mon, Mar 4 at 10:32 AM").
LETTER_PRECISIONS = ("minute", "day")


def day_headers(lines: list[Line], records: int, captured: date | None) -> list[tuple[int, FoundDate]]:
    """(index, day) of every line that dates the posts under it, in page order."""
    headers = [(line.index, day) for line in lines if line.date is not None and (line.cue is None or (
        line.cue.role == "date" and line.cue.kind not in OWN_DATE_CUES)) and not _cards_own(lines, line)
        for day in [_header_day(line, captured)] if day is not None]  # "March 2005" in a sidebar heads nothing
    found = headers if 0 < len(headers) < records else []  # fewer day lines than posts: they head groups
    sent = letter_sent(lines, captured)
    letter = [(sent.index, sent.day)] if sent is not None and sent.day.precision in LETTER_PRECISIONS else []
    # An issue banner the sent date falls in ("Issue #22 · August 2024") dates nothing the sent date doesn't.
    banners = [(index, day) for index, day in issue_dates(lines) if not (letter and _within(letter[0][1], day))]
    return sorted([*found, *banners, *letter], key=lambda header: header[0])


def _within(sent: FoundDate, banner: FoundDate) -> bool:
    """Does the day ``sent`` fall in the month or year ``banner`` names?"""
    if sent.value is None or banner.value is None or banner.precision not in ("month", "year"):
        return False
    return sent.value.year == banner.value.year and (banner.precision == "year" or sent.value.month == banner.value.month)


def _cards_own(lines: list[Line], line: Line) -> bool:
    """A date line between a title and its excerpt is that card's, heading no group (a search result that is a
    page prints none)."""
    above, below = previous_filled(lines, line.index), next_filled(lines, line.index)
    return above is not None and below is not None and above.is_text and above.title_like and below.prose


def _header_day(line: Line, captured: date | None) -> FoundDate | None:
    """The day a date line names, a year-less or relative one ("Monday, March 4th", "Yesterday") placed
    by the day the page was copied."""
    if line.date.precision == "day":
        return line.date
    found = _placed(line, captured) if line.date.precision == "unknown" else None
    return found if found is not None and found.precision == "day" else None


def _placed(line: Line, captured: date | None) -> FoundDate | None:
    """The line's date read again with the capture day, which places a year-less or relative one."""
    if captured is None:
        return None
    return parse_date(line.cue.date_text if line.cue is not None and line.cue.date_text else line.stripped,
                      captured=captured)
