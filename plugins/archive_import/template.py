"""Stage 3: find the archive's own template: where each post record starts and ends.

Design: wrapper induction over lines, in the spirit of RoadRunner/ExAlg,
rather than a trained sequence labeller (as GROBID does with CRFs). A page
copied from a blog is one record repeated: title, byline or date line,
text, footer. The lines that make up the *template* are those whose shape
(cue kind, date precision, chrome reason, or the exact text of recurring
furniture) recurs across the page; the text between them is content. We
chose induction because it needs no training data per platform (an archive
in a layout never seen still repeats its own template), it explains itself
(the report names the shapes it used) and it runs in linear time.

Steps:
1. ``runs``: maximal runs of template lines (blank lines inside allowed).
2. Record shapes: shapes met in two or more runs. A run holding one is a
   boundary candidate.
3. Title side: for every candidate run, is the text line beside it (after
   skipping a repeated title and recurring byline furniture) title-like
   before it, after it, or both? The archive-wide majority decides; then
   template position, not the look of one line, picks each title.
4. Records without body text are merged forward (a title followed by a
   subtitle is one post), and a trailing record that lacks the template's
   footer is page furniture (sidebars, "Popular posts").
When no run recurs, ``stream`` finds titles by their look alone.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .lines import MAX_TITLE_CHARS, MAX_TITLE_WORDS, Line

# A run is the page's template when its shapes recur in at least this many runs.
MIN_SHAPE_RUNS = 2
# The winning title side must have at least this share of the votes; below it
# the template is unclear and the single-post / stream readers are tried.
MIN_SIDE_SHARE = 0.6
# How far from a run a title may sit (repeated title, author name and job line between).
MAX_TITLE_REACH = 4
# Cue roles that open a record (its head) rather than close one.
HEAD_ROLES = frozenset({"byline", "date"})
FOOT_ROLES = frozenset({"footer", "taxonomy", "syndication", "teaser", "comment"})


@dataclass(slots=True)
class Record:
    """One post's place in the archive (0-based line indices)."""

    start: int
    end: int  # one past the last line
    title: int | None  # the title line, None when the post has none
    echoes: list[int] = field(default_factory=list)  # the title repeated (LinkedIn, Medium)


@dataclass(slots=True)
class Template:
    """What the template stage found: records plus how sure it is."""

    kind: str  # "fields", "single", "stream", "email", "none"
    shapes: list[str]  # record shapes, for the report
    side: str  # where titles sit relative to the template runs: before | after | look
    records: list[Record]
    confidence: float
    unsure: list[int] = field(default_factory=list)  # 1-based line numbers to check


def shape(line: Line) -> str:
    """The line with names, numbers and dates abstracted: what recurs once per post."""
    if line.cue is not None:
        return f"cue:{line.cue.kind}"
    if line.date is not None:
        return f"date:{line.date.precision}"
    if line.chrome is not None:
        return f"chrome:{line.chrome}"
    return f"line:{line.stripped}"


@dataclass(slots=True)
class Run:
    start: int  # index of the first template line
    end: int  # index of the last template line
    lines: list[int]  # template lines (no blanks)
    shapes: set[str]


def find_runs(lines: list[Line], masked: set[int]) -> list[Run]:
    runs: list[Run] = []
    current: list[int] = []
    for line in lines:
        if line.blank or line.index in masked:
            continue
        if line.is_field:
            current.append(line.index)
            continue
        if current:
            runs.append(Run(current[0], current[-1], current, {shape(lines[i]) for i in current}))
        current = []
    if current:
        runs.append(Run(current[0], current[-1], current, {shape(lines[i]) for i in current}))
    return runs


# Chrome that belongs to a post (its share row, counters, categories), as
# against the page's (menus, cookie notices, archive headers), which never
# marks where a post starts.
POST_CHROME = frozenset({"share counter", "share button", "comment counter", "post categories",
                         "copyright line", "widget", "comment form"})


def _marks_records(key: str) -> bool:
    kind, _, rest = key.partition(":")
    return kind != "chrome" or rest in POST_CHROME


def record_shapes(runs: list[Run]) -> set[str]:
    counts = Counter(s for run in runs for s in run.shapes)
    return {s for s, n in counts.items() if n >= MIN_SHAPE_RUNS and _marks_records(s)}


def neighbour(lines: list[Line], i: int, step: int, masked: set[int]) -> int | None:
    """The nearest text line from ``i`` in direction ``step`` (None past a template line)."""
    j = i + step
    while 0 <= j < len(lines):
        line = lines[j]
        if line.index in masked:
            return None
        if line.blank:
            j += step
            continue
        return j if line.is_text else None
    return None


def title_near(lines: list[Line], run: Run, side: str, masked: set[int]) -> tuple[int | None, list[int]]:
    """The title line beside ``run`` on ``side`` and its echoes, or (None, [])."""
    if side == "after":
        first = neighbour(lines, run.end, 1, masked)
        if first is None:
            return None, []
        echoes = []
        nxt = neighbour(lines, first, 1, masked)
        if nxt is not None and lines[nxt].stripped == lines[first].stripped:
            echoes.append(nxt)
        return (first, echoes) if _titleish(lines[first]) else (None, [])
    candidate = neighbour(lines, run.start, -1, masked)
    steps = 0
    while candidate is not None and steps < MAX_TITLE_REACH:
        before = neighbour(lines, candidate, -1, masked)
        if before is not None and lines[before].stripped == lines[candidate].stripped:
            return before, [candidate]
        if _titleish(lines[candidate]) and not _byline_furniture(lines, candidate, run):
            return candidate, []
        candidate, steps = before, steps + 1
    return None, []


def _titleish(line: Line) -> bool:
    """Title-sized: where the template puts a title, its look matters less (titles may end in '.')."""
    return line.title_like or (len(line.stripped) <= MAX_TITLE_CHARS and len(line.stripped.split()) <= MAX_TITLE_WORDS
                               and line.stripped[-1:] not in ",;:")


def _byline_furniture(lines: list[Line], i: int, run: Run) -> bool:
    """An author's name or job line sitting between a title and its byline run (LinkedIn, Wix)."""
    return i < run.start and run.start - i <= 3 and lines[i].recurring


def _votes(lines: list[Line], run: Run, masked: set[int]) -> Counter:
    title = title_near(lines, run, "before", masked)[0]
    before = title is not None and lines[title].title_like
    after_index = neighbour(lines, run.end, 1, masked)
    after = after_index is not None and lines[after_index].title_like
    if before and after:
        return Counter(before=0.5, after=0.5)
    return Counter(before=1) if before else Counter(after=1) if after else Counter()


def vote_sides(lines: list[Line], runs: list[Run], shapes: set[str],
               masked: set[int]) -> tuple[dict[frozenset, str], float]:
    """Where titles sit beside each kind of run (head runs: before; footer runs: after), and how sure."""
    groups: dict[frozenset, Counter] = {}
    for run in runs:
        groups.setdefault(frozenset(run.shapes & shapes), Counter()).update(_votes(lines, run, masked))
    overall = sum(groups.values(), Counter())
    default = "after" if overall["after"] >= overall["before"] else "before"
    sides, agree, total = {}, 0.0, 0.0
    for key, votes in groups.items():
        if votes["after"] == votes["before"]:
            sides[key] = default
        else:
            sides[key] = "after" if votes["after"] > votes["before"] else "before"
        agree += votes[sides[key]]
        total += votes["after"] + votes["before"]
    return sides, (agree / total if total else 0.0)


def has_body(lines: list[Line], start: int, end: int, skip: set[int], masked: set[int]) -> bool:
    return any(lines[i].is_text and i not in skip and i not in masked for i in range(start, end))


def _split_run(lines: list[Line], run: Run, foot_shapes: set[str]) -> int:
    """Where a run before a title stops closing the last post and starts opening the next."""
    last_foot = None
    for i in run.lines:
        line = lines[i]
        role = line.cue.role if line.cue is not None else None
        if shape(line) in foot_shapes or role in FOOT_ROLES:
            last_foot = i
    return run.start if last_foot is None else last_foot + 1


def _foot_shapes(lines: list[Line], runs: list[Run], titles: list[int]) -> set[str]:
    """Shapes of the runs after the last title's text: what closes a record."""
    if not titles:
        return set()
    tail = [run for run in runs if run.start > titles[-1]]
    heads = set().union(*(run.shapes for run in runs if run.end < titles[0])) if runs else set()
    closing = set().union(*(run.shapes for run in tail)) if tail else set()
    return closing - heads


def fields_template(lines: list[Line], masked: set[int]) -> Template | None:
    """Records found from recurring template runs, or None when the page has none."""
    runs = find_runs(lines, masked)
    shapes = record_shapes(runs)
    candidates = [run for run in runs if run.shapes & shapes]
    if not candidates:
        return None
    sides, share = vote_sides(lines, candidates, shapes, masked)
    if share < MIN_SIDE_SHARE:
        return None
    found: dict[int, list[int]] = {}
    for run in candidates:
        title, echoes = title_near(lines, run, sides[frozenset(run.shapes & shapes)], masked)
        if title is not None:
            found.setdefault(title, echoes)
    titles = sorted(found)
    if not titles:
        return None
    foot = _foot_shapes(lines, runs, titles)
    starts = []
    for title in titles:
        start = title
        before = [run for run in runs if run.end < title and neighbour(lines, run.end, 1, masked) == title]
        if before:
            start = min(title, max(_split_run(lines, before[-1], foot), before[-1].start))
        starts.append(start)
    records = [Record(start, starts[k + 1] if k + 1 < len(starts) else len(lines), title, found[title])
               for k, (start, title) in enumerate(zip(starts, titles))]
    records = merge_empty(lines, records, masked)
    side = "/".join(sorted(set(sides.values())))
    return Template("fields", sorted(shapes), side, records, share)


def merge_empty(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """A record with no text of its own is its successor's head (title + subtitle, or a teaser title)."""
    merged: list[Record] = []
    pending: Record | None = None
    for record in records:
        if pending is not None:
            record = Record(pending.start, record.end, pending.title, pending.echoes)
            pending = None
        skip = {record.title, *record.echoes}
        if not has_body(lines, record.start, record.end, skip, masked):
            pending = record
            continue
        merged.append(record)
    if pending is not None:
        if merged:
            last = merged[-1]
            merged[-1] = Record(last.start, pending.end, last.title, last.echoes)
        else:
            merged.append(pending)
    return merged
