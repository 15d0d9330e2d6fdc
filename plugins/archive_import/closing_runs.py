"""Runs that close a post: "Read More" under a card's excerpt, the card's title above it.

``choose_titles`` (template.py) asks these when a kind of run could head the post below it or close
the one above: a teaser link closes its post, and "Continue reading <title>" names which.
"""

from __future__ import annotations

import re

from .lines import Line
from .slots import reachable
from .structure import Run

# A text line this long that is no title is running text (an excerpt cut before its full stop).
MIN_RUNNING_WORDS = 12
# A run that holds "Read More" closes the post above it: a title slot above it wins unless one below
# scores clearly better (a listing's next title below is as title-like as its own above).
CLOSING_TOLERANCE = 0.1
# "Most" runs: two in three (a listing's one complete excerpt among teasers has no "Read More").
MOSTLY_NUMERATOR, MOSTLY_DENOMINATOR = 2, 3


def closes_post(lines: list[Line], run: Run) -> bool:
    """Does the run close its post with "Read More", no date or byline after it to head the next post?
    (The last run may run on into the page's footer.)"""
    teasers = [k for k, i in enumerate(run.lines) if lines[i].cue is not None and lines[i].cue.role == "teaser"]
    if teasers and names_title_above(lines, run.lines[teasers[-1]], run.start):
        return True  # "Continue reading <the title above>" closes that post, whatever its footer dates
    return bool(teasers) and not any(lines[i].dates_post for i in run.lines[teasers[-1] + 1:])


# How far above its "Continue reading <title>" a card's title may sit (title, excerpt lines, blanks).
MAX_TEASER_REACH = 12
_TEASER_WORDS = re.compile(r"^(?:continue reading|read more|keep reading|read the rest of)\s*:?\s*", re.I)
_QUOTES = " \"'“”‘’«»→›…"


def names_title_above(lines: list[Line], teaser: int, start: int) -> bool:
    """Does the teaser link name a title printed just above its run ("Continue reading The Spring Bill Shock")?"""
    named = _TEASER_WORDS.sub("", lines[teaser].stripped).strip(_QUOTES)
    if not named:
        return False
    return any(lines[i].stripped.strip(_QUOTES) == named for i in range(max(0, start - MAX_TEASER_REACH), start))


def mostly_closing(lines: list[Line], runs: list[Run], prefer: int) -> bool:
    """Do the runs of a kind close their posts with "Read More"? Most of them must; any will do when the
    larger kinds found their titles above their runs (``prefer`` < 0). A card whose excerpt is the whole
    post prints no "Read More": Twenty Twenty-One's footer is the same run without it."""
    closing = sum(closes_post(lines, run) for run in runs)
    return closing > 0 and (prefer < 0 or closing * MOSTLY_DENOMINATOR >= len(runs) * MOSTLY_NUMERATOR)


def card_over(lines: list[Line], slots: dict, offset: int) -> bool:
    """A card's title right over its excerpt, the excerpt right over the run (title, excerpt, meta, "Read More");
    an excerpt cut at a word count ends mid-sentence."""
    excerpt, title = slots.get(-1), reachable(lines, slots, offset)
    return offset == -2 and excerpt is not None and running_text(lines[excerpt.line]) \
        and title is not None and not lines[title.line].prose


def running_text(line: Line) -> bool:
    """A paragraph, or an excerpt that ends in "... Read more" rather than a full stop."""
    return line.prose or line.is_text and not line.title_like and len(line.stripped.split()) >= MIN_RUNNING_WORDS
