"""Stage 2: a newsletter's own date. "THE FIXED IT ROUND-UP · ISSUE 23 · 5 MARCH 2024" names the
issue and its day; a mail client's header ("To: you" / "4 March 2024 at 10:32") the day it was sent.
The articles under them carry no date of their own, so the letter's dates them. The banner is the
newsletter's furniture, never a post's head (the site's name over it is no author)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import FoundDate, parse_date

if TYPE_CHECKING:
    from .lines import Line

# [newsletter name ·] Issue 23 · date (the banner is short: a name, a number and a date).
ISSUE_BANNER = re.compile(r"^(?:[^|·•]{1,80}?\s*[|·•]\s*)?(?:issue|no\.|vol(?:ume)?\.?|edition)\s*#?\d{1,5}"
                          r"\s*[|·•]\s*(?P<date>[^|·•]{3,40})$", re.I)


BANNER_SEPARATOR = re.compile(r"\s[|·•—–-]\s")
# The newsletter's name over its banner is a short line.
MAX_MASTHEAD_WORDS = 5


def mark_issue_banners(lines: list[Line]) -> None:
    """Issue banners are chrome, and so is the newsletter's name right over one (its masthead)."""
    for line in lines:
        if line.is_text and not line.prose and _banner_date(line.reading) is not None:
            line.chrome, line.fixed, line.title_like = "issue banner", True, False
            above = next((other for other in reversed(lines[:line.index]) if not other.blank), None)
            if above is not None and above.is_text and len(above.stripped.split()) <= MAX_MASTHEAD_WORDS:
                above.chrome, above.fixed, above.title_like = "masthead", True, False


def issue_dates(lines: list[Line]) -> list[tuple[int, FoundDate]]:
    """(index, day) of each issue banner: the date of the articles under it."""
    return [(line.index, found) for line in lines if line.chrome == "issue banner"
            for found in [_masthead_date(line)] if found is not None]


def _banner_date(text: str) -> FoundDate | None:
    match = ISSUE_BANNER.match(text)
    found = parse_date(match["date"]) if match else None
    return found if found is not None and found.precision != "unknown" else None


def _masthead_date(line: Line) -> FoundDate | None:
    """The date after the last separator of a banner the chrome table knows ("THE DESK DISPATCH · MARCH 2024")."""
    if line.chrome != "issue banner":
        return None
    found = _banner_date(line.reading) or parse_date(BANNER_SEPARATOR.split(line.reading)[-1])
    return found if found is not None and found.precision != "unknown" else None


# A mail client's header fields, labelled on their own line or before their value.
MAIL_FIELD = re.compile(r"^(?:to|reply-to|cc|from|sent|date)\s*:?(?:\s|$)", re.I)
# The header sits at the top of the copy, its date line among the fields.
MAIL_HEADER_LINES, MAIL_FIELD_REACH = 20, 3


def letter_date_line(lines: list[Line]) -> int | None:
    """The date line of a mail client's header at the top of the page ("To: you" / "Mon, Mar 4 at 10:32 AM"),
    or None. Only a header with a "To", "From" or "Reply-To" field counts: a blog's top bar is no letter."""
    shown = [line for line in lines if not line.blank][:MAIL_HEADER_LINES]
    for k, line in enumerate(shown):
        if MAIL_FIELD.match(line.stripped) and not line.prose:
            near = shown[max(0, k - MAIL_FIELD_REACH):k + MAIL_FIELD_REACH + 1]
            dated = next((other for other in near if other.date is not None and other.cue is not None
                          and other.cue.role == "date"), None)
            if dated is not None:
                return dated.index
    return None
