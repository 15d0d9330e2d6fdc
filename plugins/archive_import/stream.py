"""Records by the look of lines, for pages whose template does not recur.

``template`` finds records from recurring template runs, ``single`` a
page holding one post. What is left is an undated stream of titles and
text:

``stream``
    Titles are found by shape alone: a run of short standalone title-like
    lines followed by prose; the best-scoring line of the run is the title.
"""

from __future__ import annotations

from . import patterns as P
from .neighbours import previous_filled
from .lines import Line
from .structure import Record, Template
from .tail import cut_site_footer

# Title scoring inside a run of title-like lines (see ``title_score``).
TITLE_MIN_SCORE = 0.4  # below this a lone short line is a heading, not a post
SHORT_TITLE_WORDS = 3  # "Step one taken…": short lines are more often asides
SHORT_PENALTY = 0.5
QUESTION_PENALTY = 0.4  # body text asks questions; titles seldom do in streams
OPENER_PENALTY = 0.4  # "But how ...", "Well, ..." open sentences, not titles
GAP_BONUS = 0.3  # two or more blank lines before a line: a new post's gap
SITE_NAME_PENALTY = 0.5  # a first line followed by chrome (menu, share counter) names the site
# Blank lines that part posts when sections are parted by fewer (see ``gap_titles``).
WIDE_GAP = 2
MIN_GAP_TITLES = 3
# Titles found by look alone are guesses: the report says how sure they are.
STREAM_CONFIDENCE = 0.5  # when there is nothing to score
STREAM_CONFIDENCE_CAP = 0.9  # look alone is never certain
# A title score this close to the bar could have gone either way: the report names the line.
UNSURE_MARGIN = 0.2


class Neighbours:
    """Previous/next text line for every index, and which lines stand alone."""

    def __init__(self, lines: list[Line], masked: set[int]):
        self.lines = lines
        self.text = [line.is_text and line.index not in masked for line in lines]
        n = len(lines)
        self.prev: list[int | None] = [None] * n
        self.next: list[int | None] = [None] * n
        last = None
        for i in range(n):
            self.prev[i] = last
            if self.text[i]:
                last = i
        last = None
        for i in range(n - 1, -1, -1):
            self.next[i] = last
            if self.text[i]:
                last = i

    def standalone(self, i: int) -> bool:
        """No text line right above or below: a line of its own."""
        before = i == 0 or not self.text[i - 1]
        after = i + 1 >= len(self.lines) or not self.text[i + 1]
        return before and after

    def titleish(self, i: int | None) -> bool:
        return i is not None and self.text[i] and self.lines[i].title_like and self.standalone(i)

    def body_start(self, i: int | None) -> bool:
        if i is None or not self.text[i]:
            return False
        return not self.titleish(i) and not P.SUBTITLE.match(self.lines[i].stripped)


def blank_gap(lines: list[Line], i: int) -> int:
    count = 0
    while i - 1 - count >= 0 and lines[i - 1 - count].blank:
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
    if i == 0 and len(lines) > 1 and lines[1].chrome is not None:
        score -= SITE_NAME_PENALTY
    return score


def title_runs(lines: list[Line], near: Neighbours) -> list[list[int]]:
    """Runs of standalone title-like lines that are followed by prose."""
    runs: list[list[int]] = []
    current: list[int] = []
    for line in lines:
        i = line.index
        if not near.text[i]:
            continue
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


def gap_titles(lines: list[Line], starts: list[int]) -> list[int]:
    """When wider gaps consistently come before titles, the gap is the template: others are headings.

    Some pages part posts with two blank lines and sections with one. When
    at least ``MIN_GAP_TITLES`` titles follow a wide gap and they outnumber
    the title-like lines after a narrow one, only the wide-gap ones start posts.
    """
    wide = [i for i in starts if blank_gap(lines, i) >= WIDE_GAP]
    if len(wide) >= MIN_GAP_TITLES and len(wide) >= len(starts) - len(wide):
        first_text = next((line.index for line in lines if line.is_text), None)
        return [i for i in starts if i in wide or i == first_text]
    return starts


def _sure(lines: list[Line], runs: list[list[int]]) -> tuple[float, list[int]]:
    """How clearly the title scores clear the bar, and the lines (1-based) that nearly did or did not."""
    scores = [(i, title_score(lines, i)) for run in runs for i in run if not P.SUBTITLE.match(lines[i].stripped)]
    unsure = [i + 1 for i, value in scores if abs(value - TITLE_MIN_SCORE) < UNSURE_MARGIN]
    return (1 - len(unsure) / len(scores) if scores else STREAM_CONFIDENCE), unsure


def stream_template(lines: list[Line], masked: set[int]) -> Template:
    """Titles found by their look alone: the best line of each title run starts a post."""
    near = Neighbours(lines, masked)
    starts: list[int] = []
    runs = title_runs(lines, near)
    for run in runs:
        title = best_title(lines, run)
        if title is not None:
            starts.append(title)
    starts = gap_titles(lines, starts)
    first_text = next((i for i, is_text in enumerate(near.text) if is_text), None)
    records: list[Record] = []
    if first_text is not None and (not starts or first_text < starts[0]) and near.body_start(first_text):
        records.append(Record(first_text, starts[0] if starts else len(lines), None))  # a post that lost its title
    for k, start in enumerate(starts):
        # (the first post's date line right over its title is its own: nothing of a post sits above it)
        head = _dated_over(lines, start) if k == 0 and not records else start
        records.append(Record(head, starts[k + 1] if k + 1 < len(starts) else len(lines), start))
    records = cut_site_footer(lines, records, masked)  # the last post ends over the site's footer
    confidence, unsure = _sure(lines, runs)
    return Template("stream", [], "look", records, round(confidence * STREAM_CONFIDENCE_CAP, 2), unsure)


def _dated_over(lines: list[Line], title: int) -> int:
    above = previous_filled(lines, title)
    return above.index if above is not None and above.dates_post else title
