"""Stage 3a: runs of template lines, the raw material of the template.

A run is a stretch of template lines (cues, chrome, dates, recurring
furniture) with no text line between. A run opening with a date takes the
author's name printed right above it; a run ending with a date takes the
labels printed right under it ("New", "Improved"), so that the title beside
every run sits at the same place. Shapes that recur in several runs make
the records' template (``record_shapes``).
"""

from __future__ import annotations

from collections import Counter

from . import patterns as P
from .lines import Line
from .names import names_in
from .slots import neighbour
from .structure import Run, marks_records, shape
from .neighbours import double_spaced, next_filled

# A run is the page's template when its shapes recur in at least this many runs.
MIN_SHAPE_RUNS = 2
# A label a theme prints between a date and the title ("New", "Fixed") is a word or two, three at most.
MAX_LABEL_ONLY_WORDS = 2
MAX_LABELS_BELOW = 3


def find_runs(lines: list[Line], masked: set[int]) -> list[Run]:
    runs: list[Run] = []
    current: list[int] = []
    spaced = double_spaced(lines)
    for line in lines:
        if line.index in masked:
            continue
        if line.blank:
            if current and _label_after(lines, current[-1], line.index, spaced):  # a card's date, a blank, "Premium"
                runs.append(Run(current[0], current[-1], current, {shape(lines[i]) for i in current}))
                current = []
            continue
        if line.is_field:
            current.append(line.index)
            continue
        if current:
            runs.append(Run(current[0], current[-1], current, {shape(lines[i]) for i in current}))
        current = []
    if current:
        runs.append(Run(current[0], current[-1], current, {shape(lines[i]) for i in current}))
    runs = _bridge_names(lines, runs)
    return [_with_labels_below(lines, _with_author_below(lines, _with_author_above(lines, run))) for run in runs]


def _bridge_names(lines: list[Line], runs: list[Run]) -> list[Run]:
    """A name between a date and another template line is the byline's ("3/12/24" / "Hana Okafor" / "4 min"):
    one run, whether or not the name recurs on the page. (A name over a run with its own date or byline is
    the next post's author: one byline holds one date.)"""
    joined: list[Run] = []
    for run in runs:
        previous = joined[-1] if joined else None
        if previous is not None and run.start == previous.end + 2 and lines[previous.end].dates_post \
                and lines[previous.end + 1].is_text and lines[previous.end + 1].is_name \
                and not any(lines[i].dates_post or lines[i].cue and lines[i].cue.author for i in run.lines):
            joined[-1] = Run(previous.start, run.end, [*previous.lines, previous.end + 1, *run.lines],
                             previous.shapes | run.shapes)
        else:
            joined.append(run)
    return joined


def _label_after(lines: list[Line], last: int, blank: int, spaced: bool) -> bool:
    """A date closes its card: a label after the blank under it ("Premium") heads the next card (a date
    there, though, may be the next post's day header over the same run). And "Continue reading" closes
    its card: a date after the blank under it heads the next (Twenty Seventeen: "Posted on June 18, 2024").
    In a ``spaced`` copy, whose blank lines part every line, a blank after a date parts nothing (MkDocs:
    "March 4, 2024" / blank / "in Macros" / blank / "4 min read" is one card's head)."""
    below = next_filled(lines, blank)
    if below is None or not below.is_field:
        return False
    if lines[last].cue is not None and lines[last].cue.role == "teaser":
        return below.dates_post
    return lines[last].dates_post and not below.dates_post and not spaced


def text_below(lines: list[Line], run: Run, masked: set[int]) -> bool:
    """Is the run followed by a text line (a title, or an untitled post's text)?"""
    below = neighbour(lines, run.end, 1, masked)
    return below is not None and lines[below].is_text


def _with_labels_below(lines: list[Line], run: Run) -> Run:
    """Labels right under a date ("New", "Improved": one post has two, another none) belong to the run,
    so that the title under them sits at the same place in every record."""
    if not lines[run.end].dates_post:
        return run
    end, added = run.end, []
    while end + 1 < len(lines) and len(added) < MAX_LABELS_BELOW and _label(lines[end + 1]):
        end += 1
        added.append(end)
    following = end + 1 < len(lines) and lines[end + 1].is_text and lines[end + 1].title_like \
        and len(lines[end + 1].stripped.split()) > MAX_LABEL_ONLY_WORDS
    return Run(run.start, end, [*run.lines, *added], run.shapes) if added and following else run


def _label(line: Line) -> bool:
    words = line.stripped.split()
    return line.is_text and 0 < len(words) <= MAX_LABEL_ONLY_WORDS and line.stripped[:1].isupper() \
        and line.stripped[-1:].isalnum()


def _with_author_above(lines: list[Line], run: Run) -> Run:
    """A run opening with a date takes the author's name right above it ("Jonah Pryce" over "Jan 9"):
    a name is no template line when each post has another author, yet it is the byline's, not a title."""
    # The author's job, badge ("Top contributor") or LinkedIn's "• 2nd" may sit between the name and the date.
    dated = next((i for i in run.lines if lines[i].chrome not in P.BYLINE_EXTRAS), run.start)
    opening = lines[dated]
    if not opening.dates_post:
        return run
    if opening.cue is not None and opening.cue.author:
        return run  # the byline names its author: the line above is the title
    above = run.start - 1
    if above < 0 or not lines[above].is_text or not lines[above].is_name:
        return run
    if above > 0 and lines[above - 1].stripped == lines[above].stripped:
        above -= 1  # LinkedIn prints the name twice
    # Co-authors' avatars, one alt text a line, over the line that names them all ("Ann Lee" / "Bo Park" /
    # "Ann Lee, Bo Park": Ghost's Casper): the avatars are the byline's too.
    listed = set(names_in(lines[above].stripped))
    while len(listed) > 1 and above > 0 and lines[above - 1].is_text and lines[above - 1].stripped in listed:
        above -= 1
    return Run(above, run.end, [*range(above, run.start), *run.lines], run.shapes)


def _with_author_below(lines: list[Line], run: Run) -> Run:
    """A run ending with a date takes the author's name right under it and the handle under that
    (Mastodon: "2h" / "Jane Doe" / "@jane@example.social"), when a handle proves it a byline."""
    if not lines[run.end].dates_post:
        return run
    name, handle = run.end + 1, run.end + 2
    if handle >= len(lines) or not (lines[name].is_text and lines[name].is_name) \
            or lines[handle].chrome != "handle":
        return run
    return Run(run.start, handle, [*run.lines, name, handle], run.shapes)


def record_shapes(runs: list[Run]) -> set[str]:
    counts = Counter(s for run in runs for s in run.shapes)
    return {s for s, n in counts.items() if n >= MIN_SHAPE_RUNS and marks_records(s)}
