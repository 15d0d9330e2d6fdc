"""Runs that close a post: "Read More" under a card's excerpt, the card's title above it.

``choose_titles`` (template.py) asks these when a kind of run could head the post below it or close
the one above: a teaser link closes its post, and "Continue reading <title>" names which.
``fields_template`` asks the page's edges: a card over the first run and only a footer under the
last say the runs close the cards (``closed_cards``); blank lines that group each run with the card
under it say they head them (``runs_head``).
"""

from __future__ import annotations

from .labels import teaser_names
from .lines import Line
from .slots import neighbour, reachable
from .structure import Run

# A text line this long that is no title is running text (an excerpt cut before its full stop).
MIN_RUNNING_WORDS = 12
# A run that holds "Read More" closes the post above it: a title slot above it wins unless one below
# scores clearly better (a listing's next title below is as title-like as its own above).
CLOSING_TOLERANCE = 0.1
# "Most" runs: two in three (a listing's one complete excerpt among teasers has no "Read More").
MOSTLY_NUMERATOR, MOSTLY_DENOMINATOR = 2, 3


def teaser_lines(lines: list[Line], run: Run) -> list[int]:
    """The run's "Read more" / "Continue reading" lines."""
    return [i for i in run.lines if lines[i].cue is not None and lines[i].cue.role == "teaser"]


def closes_post(lines: list[Line], run: Run) -> bool:
    """Does the run close its post with "Read More", no date or byline after it to head the next post?
    (The last run may run on into the page's footer.)"""
    teasers = teaser_lines(lines, run)
    if teasers and names_title_above(lines, teasers[-1], run.start):
        return True  # "Continue reading <the title above>" closes that post, whatever its footer dates
    return bool(teasers) and not any(lines[i].dates_post for i in run.lines if i > teasers[-1])


# How far above its "Continue reading <title>" a card's title may sit (title, excerpt lines, blanks).
MAX_TEASER_REACH = 12


def names_title_above(lines: list[Line], teaser: int, start: int) -> bool:
    """Does the teaser link name a title printed just above its run ("Continue reading The Spring Bill Shock")?"""
    named = teaser_names(lines[teaser].stripped)
    if not named:
        return False
    return any(teaser_names(lines[i].stripped, bare=True) == named
               for i in range(max(0, start - MAX_TEASER_REACH), start))


def named_above(lines: list[Line], runs: list[Run]) -> bool:
    """Does every run's "Continue reading <title>" name the title printed above it? Then that is its title,
    however the slots score."""
    teasers = [next(iter(teaser_lines(lines, run)), None) for run in runs]
    return all(i is not None and names_title_above(lines, i, run.start) for i, run in zip(teasers, runs))


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


def closed_cards(lines: list[Line], runs: list[Run], titles: list[int], lead,
                  masked: set[int]) -> tuple[list[int], set[int]]:
    """(titles, those whose run above closes the card above): a card above the first run with no run over its
    title, and under the last run only the site's footer, say each run closes the card above it (title,
    chips, excerpt, then date and author), so each record starts at its title and the footer's line is no
    title."""
    headed = lead is not None and lead[1] is not None and any(neighbour(lines, run.end, 1, masked) == lead[1] and any(
        not key.startswith("line:") for key in run.shapes) for run in runs)  # (a category label over it is no run)
    if lead is None or headed or len(titles) <= MIN_CLOSED_TITLES or text_under(lines, titles[-1], masked):
        return titles, set()
    # (an untitled card above the first run, a Tumblr ask, is closed by that run as the titled ones are)
    return titles[:-1], set(titles[1:-1] if lead[1] is not None else titles[:-1])


def runs_close(lines: list[Line], runs: list[Run], titles: list[int], masked: set[int]) -> bool:
    """Is the last run's title slot the site's footer, with no text under it, while every other slot has
    text under it, and the first run is the last one's kind? Then each run closes the card above it (the
    date under a card's excerpt), and none heads a post below. (A sidebar's dated links at the end are
    slots with no text, and a lone date over the first card under "Read more" + date runs heads it.)"""
    if len(titles) <= MIN_CLOSED_TITLES or any(running_text(line) and line.index not in masked
                                               for line in lines[titles[-1] + 1:]):
        return False
    over = {neighbour(lines, run.end, 1, masked): run for run in runs}
    first, last = over.get(titles[0]), over.get(titles[-1])
    if first is None or last is None or _cue_shapes(first) != _cue_shapes(last):
        return False
    return all(any(running_text(line) and line.index not in masked for line in lines[above + 1:below])
               for above, below in zip(titles, titles[1:-1]))


def _cue_shapes(run: Run) -> set[str]:
    return {key for key in run.shapes if key.startswith("cue:")}  # (the last run takes the pager along)


# Two cards and a footer at least: with fewer, the last slot may be a post with no text of its own.
MIN_CLOSED_TITLES = 2


def runs_head(lines: list[Line], runs: list[Run], titles: list[int]) -> bool:
    """Do the runs head the posts under them, as the page's blank lines group them? Each titled run has a
    blank line over it and none between it and its title (AstroWind: blank / "Jan 29, 2024 · Jane Doe" /
    title / excerpt / tags)."""
    titled = [run for run in runs if run.end + 1 in titles]
    return len(titled) >= MIN_GROUPED_RUNS and all(run.start > 0 and lines[run.start - 1].blank for run in titled)


MIN_GROUPED_RUNS = 2


def text_under(lines: list[Line], title: int, masked: set[int]) -> bool:
    """Does running text follow the line before the page ends (a card's title), or nothing (a footer's)?"""
    return any(line.prose and line.index not in masked for line in lines[title + 1:])
