"""Stage 2: a newsletter's issue banner. "THE FIXED IT ROUND-UP · ISSUE 23 · 5 MARCH 2024" names the
issue and its day; the articles under it carry no date of their own, so the issue's dates them.
The banner is the newsletter's furniture, never a post's head (the site's name over it is no author)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .dates import FoundDate, parse_date

if TYPE_CHECKING:
    from .lines import Line

# [newsletter name ·] Issue 23 · date (the banner is short: a name, a number and a date).
ISSUE_BANNER = re.compile(r"^(?:[^|·•]{1,80}?\s*[|·•]\s*)?(?:issue|no\.|vol(?:ume)?\.?|edition)\s*#?\d{1,5}"
                          r"\s*[|·•]\s*(?P<date>[^|·•]{3,40})$", re.I)


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
            for found in [_banner_date(line.reading)] if found is not None]


def _banner_date(text: str) -> FoundDate | None:
    match = ISSUE_BANNER.match(text)
    found = parse_date(match["date"]) if match else None
    return found if found is not None and found.precision != "unknown" else None
