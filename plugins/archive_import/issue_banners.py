"""Stage 2: a newsletter's own date. "THE FIXED IT ROUND-UP · ISSUE 23 · 5 MARCH 2024" names the
issue and its day (a mail client's header names the day it was sent: see ``mail_view``).
The articles under them carry no date of their own, so the banner dates them. The banner is the
newsletter's furniture, never a post's head (the site's name over it is no author)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import FoundDate, parse_date
from .neighbours import previous_filled

if TYPE_CHECKING:
    from .lines import Line

# [newsletter name ·] Issue 23 · date (the banner is short: a name, a number and a date).
ISSUE_BANNER = re.compile(r"^(?:[^|·•]{1,80}?\s*[|·•]\s*)?(?:issue|no\.|vol(?:ume)?\.?|edition)\s*#?\d{1,5}"
                          r"\s*[|·•]\s*(?P<date>[^|·•]{3,40})$", re.I)

# ... or an edition named by its date: "April 2024 edition", "March 4, 2024 issue".
DATED_EDITION = re.compile(r"^(?P<date>[^|·•]{3,40}?)\s+(?:edition|issue)$", re.I)

BANNER_SEPARATOR = re.compile(r"\s[|·•—–-]\s")
# "No. 52 · Notes on support work, every other Tuesday": the number and the letter's tagline (a title
# may start "Issue 12:", never with a meta separator).
# A dash may join a tagline that goes on in lower case ("Issue 112 — for people who answer the phone"); after
# a dash, a capital starts the issue's own title ("Issue 12 — The Refund Problem").
ISSUE_LINE = re.compile(r"^(?i:issue|no\.|vol(?:ume)?\.?|edition)\s*#?\d{1,5}(?:\s*[|·•]\s*\S|\s+[—–]\s+[a-z]).{0,80}$")
# The newsletter's name over its banner is a short line.
MAX_MASTHEAD_WORDS = 5


def mark_issue_banners(lines: list[Line]) -> None:
    """Issue banners are chrome, and so is the newsletter's name right over one (its masthead); an issue
    line without a date ("No. 52 · Notes on support work") is the masthead's too."""
    for line in lines:
        if line.is_text and not line.prose and (ISSUE_LINE.match(line.stripped) or _banner_date(line.reading)):
            line.chrome, line.fixed, line.title_like = "issue banner", True, False
            above = previous_filled(lines, line.index)
            if above is not None and above.is_text and len(above.stripped.split()) <= MAX_MASTHEAD_WORDS:
                above.chrome, above.fixed, above.title_like = "masthead", True, False


def issue_dates(lines: list[Line]) -> list[tuple[int, FoundDate]]:
    """(index, day) of each issue banner: the date of the articles under it."""
    return [(line.index, found) for line in lines if line.chrome == "issue banner"
            for found in [_masthead_date(line)] if found is not None]


def _banner_date(text: str) -> FoundDate | None:
    match = ISSUE_BANNER.match(text) or DATED_EDITION.match(text)
    found = parse_date(match["date"]) if match else None
    return found if found is not None and found.precision != "unknown" else None


def _masthead_date(line: Line) -> FoundDate | None:
    """The date after the last separator of a banner the chrome table knows ("THE DESK DISPATCH · MARCH 2024")."""
    if line.chrome != "issue banner":
        return None
    found = _banner_date(line.reading) or parse_date(BANNER_SEPARATOR.split(line.reading)[-1])
    return found if found is not None and found.precision != "unknown" else None
