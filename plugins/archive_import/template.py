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

from .lines import Line, is_prose
from .slots import best_offset, neighbour, reachable, slots_of

# A run is the page's template when its shapes recur in at least this many runs.
MIN_SHAPE_RUNS = 2
# Below this the template is unclear and the single-post / stream readers are tried.
MIN_TEMPLATE_CONFIDENCE = 0.5
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
    head_end: int | None = None  # lines before this are the record's header block (e-mail headers)


@dataclass(slots=True)
class Template:
    """What the template stage found: records plus how sure it is."""

    kind: str  # "fields", "single", "stream", "email", "none"
    shapes: list[str]  # record shapes, for the report
    side: str  # where titles sit relative to the template runs: text-line offsets such as "-1,+1"
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


def choose_titles(lines: list[Line], candidates: list[Run], shapes: set[str],
                  masked: set[int]) -> tuple[dict[int, list[int]], float, str]:
    """Title lines (with their echoes) from the best slot of each kind of run, and how sure."""
    groups: dict[frozenset, list[Run]] = {}
    for run in candidates:
        key = frozenset(run.shapes & shapes)
        if all(shape_key.startswith("line:") for shape_key in key):
            continue  # a repeated line alone (the site's name in header and footer) marks no post
        groups.setdefault(key, []).append(run)
    found: dict[int, list[int]] = {}
    weighted, total, offsets = 0.0, 0, set()
    for runs in groups.values():
        maps = [slots_of(lines, run.start, run.end, masked) for run in runs]
        choice = best_offset(lines, maps)
        if choice is None:
            continue  # a footer run with no title beside it: fine, it closes posts
        total += len(runs)
        weighted += min(choice.score, 1.0) * len(runs)
        offsets.add(f"{choice.offset:+d}")
        for slots in maps:
            slot = reachable(lines, slots, choice.offset)
            if slot is not None:
                found.setdefault(slot.line, slot.echoes)
    return found, (weighted / total if total else 0.0), ",".join(sorted(offsets))


def has_body(lines: list[Line], start: int, end: int, skip: set[int], masked: set[int]) -> bool:
    return any(lines[i].is_text and i not in skip and i not in masked for i in range(start, end))


def _split_run(lines: list[Line], run: Run, heads: set[str]) -> int:
    """Where a run before a title stops closing the last post and starts opening the next.

    Lines of the kinds that open the first post (``heads``) open this one;
    everything up to the last line of another kind closes the post before.
    """
    last_foot = None
    for i in run.lines:
        if shape(lines[i]) not in heads:
            last_foot = i
    return run.start if last_foot is None else last_foot + 1


def _head_shapes(lines: list[Line], runs: list[Run], first_title: int, masked: set[int]) -> set[str]:
    """Shapes of the run right above the first title: what opens a record."""
    above = [run for run in runs if run.end < first_title and neighbour(lines, run.end, 1, masked) == first_title]
    return set(above[-1].shapes) if above else set()


def fields_template(lines: list[Line], masked: set[int]) -> Template | None:
    """Records found from recurring template runs, or None when the page has none."""
    runs = find_runs(lines, masked)
    shapes = record_shapes(runs)
    candidates = [run for run in runs if run.shapes & shapes]
    if not candidates or all(key.startswith("chrome:") for key in shapes):
        return None  # a recurring widget alone does not make a template
    found, confidence, offsets = choose_titles(lines, candidates, shapes, masked)
    if confidence < MIN_TEMPLATE_CONFIDENCE:
        return None
    titles = sorted(found)
    if not titles:
        return None
    heads = _head_shapes(lines, runs, titles[0], masked)
    above = {neighbour(lines, run.end, 1, masked): run for run in runs}
    starts = []
    for title in titles:
        run = above.get(title)
        starts.append(title if run is None else min(title, max(_split_run(lines, run, heads), run.start)))
    records = [Record(start, starts[k + 1] if k + 1 < len(starts) else len(lines), title, found[title])
               for k, (start, title) in enumerate(zip(starts, titles))]
    records = merge_empty(lines, records, masked)
    records = trim_tail(lines, drop_trailing_furniture(lines, records, masked), masked)
    records = cut_at_widgets(lines, records, heads)
    return Template("fields", sorted(shapes), offsets, records, confidence)


def merge_empty(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """A record with no text of its own joins its successor.

    At the top of the page the empty record's "title" is the site's name or
    tagline, and the successor's title is the post's; further down it is
    the post's title and the successor's is a subtitle or dek.
    """
    merged: list[Record] = []
    pending: Record | None = None
    for record in records:
        if pending is not None:
            top = not merged and not has_body(lines, 0, pending.start, set(), masked)
            keep = record if top and record.title is not None else pending
            record = Record(pending.start, record.end, keep.title, keep.echoes)
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


# A page's footer and sidebar are short lines: menus, labels, counts. The
# text after a single post's last footer line is furniture when at least
# this share of its lines are short and not sentences.
FOOTER_SHORT_SHARE = 0.6
SHORT_LINE_WORDS = 6


def _closes_post(line: Line) -> bool:
    """A line of the post's own template (not the page's): bylines, dates, share rows, tags."""
    if line.cue is not None:
        return line.cue.role != "comment"
    return line.chrome in POST_CHROME or line.date is not None


def _furniture_like(lines: list[Line], indices: list[int]) -> bool:
    texts = [lines[i].stripped for i in indices if lines[i].is_text]
    if not texts:
        return True
    short = sum(1 for text in texts if len(text.split()) <= SHORT_LINE_WORDS and text[-1:] not in ".!?")
    return short / len(texts) >= FOOTER_SHORT_SHARE


# Shapes owned by at least this share of the records make the template's
# core; records at the end of the page with none of them are its sidebar or
# footer ("More articles by ...", "Popular posts").
CORE_SHARE = 0.6
MIN_RECORDS_FOR_CORE = 3


def drop_trailing_furniture(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """Drop the last records while they have none of the template's core shapes."""
    if len(records) < MIN_RECORDS_FOR_CORE:
        return records
    owned = [{shape(lines[i]) for i in range(r.start, r.end) if i not in masked and lines[i].is_field
              and _marks_records(shape(lines[i]))} for r in records]
    counts = Counter(s for shapes in owned for s in shapes)
    core = {s for s, n in counts.items() if n >= CORE_SHARE * len(records)}
    keep = len(records)
    while core and keep > 1 and not owned[keep - 1] & core:
        keep -= 1
    return records[:keep]


def _closing_shapes(lines: list[Line], records: list[Record], masked: set[int]) -> set[str]:
    """Shapes of the template lines that end each post but the last (after its last text line)."""
    closers: set[str] = set()
    for record in records[:-1]:
        texts = [i for i in range(record.start, record.end) if lines[i].is_text and i not in masked]
        tail = range(texts[-1] + 1 if texts else record.start, record.end)
        closers |= {shape(lines[i]) for i in tail if lines[i].is_field and i not in masked}
    return closers


def _end_like_others(lines: list[Line], record: Record, closers: set[str], masked: set[int]) -> int | None:
    """Where the last post ends if it closes as the others do: after its first closing run."""
    start = record.title if record.title is not None else record.start
    i = start + 1
    while i < record.end and not (lines[i].is_field and shape(lines[i]) in closers and i not in masked):
        i += 1
    if i >= record.end or not has_body(lines, start, i, {record.title, *record.echoes}, masked):
        return None
    while i < record.end and (lines[i].blank or lines[i].is_field or i in masked):
        i += 1
    return i


def trim_tail(lines: list[Line], records: list[Record], masked: set[int]) -> list[Record]:
    """End the last post at its last footer line when what follows is the page's, not the post's.

    In a page of several posts the template says so (every earlier post ends
    with a footer); on a single post page, the text after the footer must
    look like furniture (menus, labels, counts).
    """
    if not records:
        return records
    last = records[-1]
    if len(records) > 1:
        end = _end_like_others(lines, last, _closing_shapes(lines, records, masked), masked)
        if end is not None:
            records[-1] = Record(last.start, end, last.title, last.echoes)
            return records
    start = last.title if last.title is not None else last.start
    closing = [i for i in range(start, last.end) if i not in masked and _closes_post(lines[i])]
    if not closing:
        return records
    end = closing[-1] + 1
    if not has_body(lines, start, closing[-1], {last.title, *last.echoes}, masked):
        return records
    rest = [i for i in range(end, last.end) if i not in masked]
    earlier_closed = len(records) > 1 and all(
        any(_closes_post(lines[i]) for i in range(record.start, record.end)) for record in records[:-1])
    if earlier_closed or _furniture_like(lines, rest):
        records[-1] = Record(last.start, end, last.title, last.echoes)
    return records


def cut_at_widgets(lines: list[Line], records: list[Record], heads: set[str]) -> list[Record]:
    """A widget header ("Related posts", "More from X") ends its post; titles listed under it are no posts.

    Records after it that have none of the shapes that open a post are the
    widget's list and are dropped.
    """
    kept: list[Record] = []
    widget_open = False
    for record in records:
        own = {shape(lines[i]) for i in range(record.start, record.end) if lines[i].is_field}
        prose = any(is_prose(lines[i]) for i in range(record.start, record.end))
        if widget_open and heads and not own & heads and not prose:
            continue  # a title and date listed by the widget: no post of its own
        widget_open = False
        start = record.title if record.title is not None else record.start
        header = next((i for i in range(start + 1, record.end) if lines[i].chrome == "widget header"), None)
        if header is not None:
            record = Record(record.start, header, record.title, record.echoes)
            widget_open = True
        kept.append(record)
    return kept
