"""Stage 2: recognise the archive's shape and split it into post spans.

Shapes, tried in this order:

``date-above-title`` / ``date-below-title``
    Standalone date lines sit next to every title (author blogs, category
    archives); each date anchors one post.
``single-post``
    No dates, but post-page chrome (comment form, share counters, author
    box): the whole page is one post; its title is the first title run.
``undated-stream``
    Titles are found by shape alone: a run of short standalone title-like
    lines followed by prose; the best-scoring line of the run is the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P
from .lines import BLANK, CHROME, DATE, HEADER, TEXT, Line, title_like

# Chrome that only a single post page carries.
SINGLE_POST_REASONS = {"comment form", "share counter", "follow links"}
# Title scoring inside a run of title-like lines (see ``title_score``).
TITLE_MIN_SCORE = 0.4  # below this a lone short line is a heading, not a post
SHORT_TITLE_WORDS = 3  # "Step one taken…": short lines are more often asides
SHORT_PENALTY = 0.5
QUESTION_PENALTY = 0.4  # body text asks questions; titles seldom do in streams
OPENER_PENALTY = 0.4  # "But how ...", "Well, ..." open sentences, not titles
GAP_BONUS = 0.3  # two or more blank lines before a line: a new post's gap
SITE_NAME_PENALTY = 0.5  # a first line followed by chrome (menu, share counter) names the site


@dataclass
class Span:
    start: int  # first line index of the post
    end: int  # one past its last line index
    title: int | None  # index of the title line; None: untitled
    anchor: int | None = None  # index of the date line that anchored it


@dataclass
class Layout:
    shape: str
    spans: list[Span]


class Neighbours:
    """Previous/next content line (text or date) for every index."""

    def __init__(self, lines: list[Line]):
        self.lines = lines
        n = len(lines)
        self.prev: list[int | None] = [None] * n
        self.next: list[int | None] = [None] * n
        last = None
        for i in range(n):
            self.prev[i] = last
            if lines[i].kind in (TEXT, DATE):
                last = i
        last = None
        for i in range(n - 1, -1, -1):
            self.next[i] = last
            if lines[i].kind in (TEXT, DATE):
                last = i

    def standalone(self, i: int) -> bool:
        """Blank (or chrome, or nothing) on both sides: a line of its own."""
        lines = self.lines
        before = i == 0 or lines[i - 1].kind != TEXT
        after = i + 1 >= len(lines) or lines[i + 1].kind != TEXT
        return before and after

    def titleish(self, i: int | None) -> bool:
        return i is not None and self.lines[i].kind == TEXT and title_like(self.lines[i].stripped) \
            and self.standalone(i)

    def body_start(self, i: int | None) -> bool:
        if i is None or self.lines[i].kind != TEXT:
            return False
        return not self.titleish(i) and not P.SUBTITLE.match(self.lines[i].stripped)


def blank_gap(lines: list[Line], i: int) -> int:
    count = 0
    while i - 1 - count >= 0 and lines[i - 1 - count].kind == BLANK:
        count += 1
    return count


def title_score(lines: list[Line], i: int) -> float:
    text = lines[i].stripped
    words = text.split()
    score = 1.0
    if len(words) <= SHORT_TITLE_WORDS:
        score -= SHORT_PENALTY
    if text.endswith("?"):
        score -= QUESTION_PENALTY
    if words[0].strip(",").lower() in P.SENTENCE_OPENERS:
        score -= OPENER_PENALTY
    if P.SALUTATION.match(text):
        score -= 1.0
    if blank_gap(lines, i) >= 2:
        score += GAP_BONUS
    if i == 0 and len(lines) > 1 and lines[1].kind == CHROME:
        score -= SITE_NAME_PENALTY
    return score


def title_runs(lines: list[Line], near: Neighbours) -> list[list[int]]:
    """Runs of standalone title-like lines that are followed by prose."""
    runs: list[list[int]] = []
    current: list[int] = []
    for line in lines:
        if line.kind != TEXT:
            continue
        i = line.index
        if near.titleish(i) or (current and P.SUBTITLE.match(line.stripped) and near.standalone(i)):
            current.append(i)
            continue
        if current and near.body_start(i):
            runs.append(current)
        current = []
    return runs


def best_title(lines: list[Line], run: list[int]) -> int | None:
    candidates = [i for i in run if not P.SUBTITLE.match(lines[i].stripped)]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: (title_score(lines, i), -i))
    return best if title_score(lines, best) >= TITLE_MIN_SCORE else None


def _dated(lines: list[Line], near: Neighbours) -> Layout | None:
    anchors = [line.index for line in lines if line.kind == DATE and near.standalone(line.index)]
    if not anchors:
        return None
    above = below = 0
    for a in anchors:
        before, after = near.titleish(near.prev[a]), near.titleish(near.next[a])
        if after and not before:
            above += 1
        elif before and not after:
            below += 1
    if above == 0 and below == 0:
        return None
    spans: list[Span] = []
    if above >= below:
        valid = [a for a in anchors if near.next[a] is not None]
        for k, a in enumerate(valid):
            end = valid[k + 1] if k + 1 < len(valid) else len(lines)
            title = near.next[a] if near.titleish(near.next[a]) else None
            spans.append(Span(a, end, title, a))
        return Layout("date-above-title", spans)
    valid = [a for a in anchors if near.titleish(near.prev[a])]
    starts = [near.prev[a] for a in valid]
    for k, a in enumerate(valid):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        spans.append(Span(starts[k], end, starts[k], a))
    return Layout("date-below-title", spans)


def _single(lines: list[Line], near: Neighbours) -> Layout | None:
    if not any(line.kind == CHROME and line.reason in SINGLE_POST_REASONS for line in lines):
        return None
    if any(line.kind == HEADER and line.value for line in lines):
        return None  # a category listing, not a post page
    for run in title_runs(lines, near):
        title = best_title(lines, run)
        if title is not None:
            return Layout("single-post", [Span(title, len(lines), title)])
    return None


def _stream(lines: list[Line], near: Neighbours) -> Layout:
    starts: list[int] = []
    for run in title_runs(lines, near):
        title = best_title(lines, run)
        if title is not None:
            starts.append(title)
    first_text = next((line.index for line in lines if line.kind == TEXT), None)
    spans: list[Span] = []
    if first_text is not None and (not starts or first_text < starts[0]) and near.body_start(first_text):
        # Prose before the first title: a post that lost its title.
        spans.append(Span(0, starts[0] if starts else len(lines), None))
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        spans.append(Span(start, end, start))
    return Layout("undated-stream", spans)


def split(lines: list[Line]) -> Layout:
    near = Neighbours(lines)
    return _dated(lines, near) or _single(lines, near) or _stream(lines, near)
