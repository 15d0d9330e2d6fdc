"""Stage 2: what saving a page adds to it: a web archive's toolbar, a browser's print margins.

A page saved from web.archive.org opens with the archive's own toolbar: "The
Wayback Machine - <address>", the count of captures, a calendar, "About this
capture" and its collection notes, down to "TIMESTAMPS". Those lines are the
archive's, not the blog's; the address also says the day the page was
captured, which places relative dates ("3 days ago") when ``archives.toml``
names no day.

A page printed to PDF and copied out of it carries the browser's margins on
every printed page: the date, time and page title at the top ("3/14/24, 9:41
AM Title – Site"), the address and page number at the foot ("https://… 2/4").
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

WAYBACK_HEAD = re.compile(r"^The Wayback Machine - (?:https?://)?web\.archive\.org/web/(?P<stamp>\d{8})\d{0,6}"
                          r"(?:[a-z]{2}_)?/\S+$", re.I)
TOOLBAR_END = re.compile(r"^timestamps$", re.I)
# The toolbar opens the copy; a line further down naming the archive is a post's text.
MAX_HEAD_LINE = 5
# The toolbar is a few dozen lines at most (calendar, capture notes).
MAX_TOOLBAR_LINES = 60


def mark_capture_toolbar(lines: list[Line]) -> date | None:
    """Mark the web archive's toolbar as chrome; the day the page was captured, or None."""
    head = next((line for line in lines[:MAX_HEAD_LINE] if WAYBACK_HEAD.match(line.stripped)), None)
    if head is None:
        return None
    window = lines[head.index:head.index + MAX_TOOLBAR_LINES]
    end = next((line.index for line in window if TOOLBAR_END.match(line.stripped)), head.index)
    for line in lines[head.index:end + 1]:
        if not line.blank:
            line.chrome, line.cue, line.date, line.fixed, line.title_like, line.prose = (
                "web archive toolbar", None, None, True, False, False)
    stamp = WAYBACK_HEAD.match(head.stripped)["stamp"]
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


PRINT_FOOTER = re.compile(r"^https?://\S+\s+(?:\d{1,3}/\d{1,3}|\d{1,3} of \d{1,3}|page \d{1,3}(?: of \d{1,3})?)$", re.I)
PRINT_HEADER = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?\s+\S.{0,200}$", re.I)


def mark_print_margins(lines: list[Line]) -> None:
    """A printed page's header and footer lines are chrome: footers always (an address and a page
    number make no sentence), headers on a page that has such footers."""
    footers = [line for line in lines if not line.blank and PRINT_FOOTER.match(line.stripped)]
    if not footers:
        return
    for line in lines:
        if line.blank or not (PRINT_FOOTER.match(line.stripped) or PRINT_HEADER.match(line.stripped)):
            continue
        line.chrome, line.cue, line.date, line.fixed, line.title_like, line.prose = (
            "print margin", None, None, True, False, False)
