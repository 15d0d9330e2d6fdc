"""Stage 2: a web archive's toolbar over the page it captured (the Wayback Machine's).

A page saved from web.archive.org opens with the archive's own toolbar: "The
Wayback Machine - <address>", the count of captures, a calendar, "About this
capture" and its collection notes, down to "TIMESTAMPS". Those lines are the
archive's, not the blog's; the address also says the day the page was
captured, which places relative dates ("3 days ago") when ``archives.toml``
names no day.
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
