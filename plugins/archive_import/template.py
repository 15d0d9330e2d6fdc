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
1. ``runs.find_runs``: maximal runs of template lines (blank lines inside allowed).
2. Record shapes: shapes met in two or more runs (site chrome such as menus
   never counts). A run holding one is a boundary candidate.
3. Title slots (``slots``): for each kind of run, the text-line offset where a
   title-like, distinct line sits in every record. Template position, not
   the look of one line, picks each title.
4. Head and foot: a run between two posts splits where the kinds of line
   that open the first post begin.
5. Bounds (``bounds``): records without text join the next, the last post
   ends as the others do, trailing sidebars and widget lists are dropped.
When no run recurs, ``stream`` finds titles by their look alone.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, replace

from . import patterns as P
from .undated_cards import split_undated_cards
from .closing_runs import (CLOSING_TOLERANCE, card_over, closed_cards, mostly_closing, named_above, running_text,
                           runs_close, runs_head, teaser_lines)
from .bounds import cut_at_widgets, drop_listings, lead_start, merge_empty, mirrored_lead, title_labels
from .tail import cut_site_footer, drop_trailing_furniture, trim_tail
from .lines import Line
from .neighbours import previous_filled
from .runs import find_runs, record_shapes, text_below
from .record_heads import labels_above, name_over, names_close_cards
from .structure import Record, Run, Template, shape
from .title_shape import over_dek
from .untitled import counted_template, handle_headed_template, date_line, end_at_action_bar, headed_template, social_feed, untitled, untitled_template
from .slots import best_offset, neighbour, reachable, slots_of, title_sized

# Below this the template is unclear and the single-post / stream readers are tried.
MIN_TEMPLATE_CONFIDENCE = 0.5


ANCHOR = "byline"  # the group of runs that are candidates for their byline alone


def _anchors(lines: list[Line], run: Run) -> bool:
    """A byline naming its post's author or date marks a record even when it occurs once (a post page)."""
    return any(lines[i].cue is not None and lines[i].cue.role == "byline"
               and (lines[i].cue.author or lines[i].cue.date_text) for i in run.lines)


def _dated_headings(lines: list[Line], template: Template) -> bool:
    """Does every record after the first open with a bare day's date line, a sentence under it?"""
    opening = [lines[record.start] for record in template.records[1:]]
    return bool(opening) and all(line.date is not None and line.date.precision == "day"
                                 and (line.cue is None or line.cue.kind == "date")
                                 and (below := neighbour(lines, line.index, 1, set())) is not None
                                 and _sentence(lines[below]) for line in opening)


def _under_teaser(lines: list[Line], run: Run) -> bool:
    """A run right under another post's "Read more": nothing can title it from above."""
    above = previous_filled(lines, run.start)
    return above is not None and above.cue is not None and above.cue.role == "teaser"


def _sentence(line: Line) -> bool:
    return line.prose or line.is_text and line.stripped[-1:] in ".!?"


@dataclass(slots=True)
class TitleSlots:
    found: dict[int, list[int]]  # title line -> its echoes ([] for an untitled post's date line)
    confidence: float
    offsets: str  # the slots used, "+1,-2"
    shared: bool  # a kind of run seen in several records found its titles (not lone runs alone)


def choose_titles(lines: list[Line], candidates: list[Run], shapes: set[str], masked: set[int]) -> TitleSlots:
    """Title lines (with their echoes) from the best slot of each kind of run, and how sure."""
    groups: dict[frozenset, list[Run]] = {}
    for run in candidates:
        key = frozenset(run.shapes & shapes) or frozenset({ANCHOR})
        if all(shape_key.startswith("line:") for shape_key in key):
            continue  # a repeated line alone (the site's name in header and footer) marks no post
        groups.setdefault(key, []).append(run)
    groups = _fold_optional(groups)
    found: dict[int, list[int]] = {}
    weighted, total, offsets = 0.0, 0, set()
    sides, shared = Counter(), False
    # Kinds seen in several records first: where their titles sit tells the lone runs where to look.
    main_key: frozenset = frozenset()  # the shapes of the largest kind that found titles
    for key, runs in sorted(groups.items(), key=lambda item: len(item[1]), reverse=True):
        maps = [slots_of(lines, run.start, run.end, masked) for run in runs]
        side = 0 if len(runs) > 1 or len(sides) != 1 else next(iter(sides))
        prefer = max(sides, key=sides.__getitem__, default=0)  # the side the larger kinds chose
        choice = best_offset(lines, maps, side, prefer)
        # (the same footer without its "Read more", under a whole excerpt, closes its card as the others do)
        if choice is not None and choice.offset > 0 and (mostly_closing(lines, runs, prefer)
                                                         or prefer < 0 and main_key and key <= main_key):
            above = [{offset: slot for offset, slot in slots.items() if offset < 0} for slots in maps]
            closing = best_offset(lines, above, side, -1)
            if closing is not None and (closing.score >= choice.score - CLOSING_TOLERANCE or named_above(lines, runs)) \
                    and all(card_over(lines, slots, closing.offset) for slots in above):
                choice, maps = closing, above  # "Read More" in each run: its post's title sits above it
        if choice is None:  # a footer run with no title beside it closes posts; one with a date line
            if prefer < 0:  # right over text, where the page's titles sit above their dates, opens an untitled one
                found.update({run.end: [] for run in runs if run.end not in found and run.end == date_line(lines, run)
                              and text_below(lines, run, masked) and shape(lines[run.end]) in main_key})
            continue
        main_key = main_key or key
        total += len(runs)
        weighted += min(choice.score, 1.0) * len(runs)
        offsets.add(f"{choice.offset:+d}")
        if len(runs) > 1:
            sides[1 if choice.offset > 0 else -1] += len(runs)
            shared = True
        for run, slots in zip(runs, maps):
            slot = reachable(lines, slots, choice.offset)
            dated = date_line(lines, run) if choice.offset < 0 and (slot is not None or _under_teaser(lines, run)) \
                else None
            # A short line in the title slot is the title even when it does not look like one ("The courier says
            # "delivered". The doormat disagrees."); a paragraph or the site's menu there is not.
            titled = slot is not None and (lines[slot.line].title_like
                                           or title_sized(lines[slot.line]) and not lines[slot.line].prose)
            if dated is not None and (not titled or lines[run.start].chrome in P.SITE_HEADER_CHROME):
                found.setdefault(dated, [])  # no title above this date line (text, or the site's menu): it starts there
            elif slot is not None:
                found.setdefault(over_dek(lines, slot.line) if choice.offset < 0 else slot.line, slot.echoes)
    # A date line that opens an untitled post right over a title another kind found is that post's head.
    found = {title: echoes for title, echoes in found.items()
             if not (lines[title].is_field and neighbour(lines, title, 1, masked) in found)}
    return TitleSlots(_drop_link_copies(lines, found), weighted / total if total else 0.0, ",".join(sorted(offsets)),
                      shared)


def _drop_link_copies(lines: list[Line], found: dict[int, list[int]]) -> dict[int, list[int]]:
    """A title found twice is a post and a link to it ("Previous post", "Read next"): the copy
    that heads no text goes."""
    counts = Counter(lines[title].stripped for title in found)
    titles = sorted(found)
    ends = dict(zip(titles, titles[1:] + [len(lines)]))
    return {title: echoes for title, echoes in found.items()
            if counts[lines[title].stripped] == 1 or any(running_text(lines[i]) for i in range(title + 1, ends[title]))}


def _fold_optional(groups: dict[frozenset, list[Run]]) -> dict[frozenset, list[Run]]:
    """A lone run that lacks one of a larger kind's shapes is of that kind: the second post of a
    day has no day header above it, a post without tags no "Tags:" line."""
    folded = dict(groups)
    for key, runs in sorted(groups.items(), key=lambda item: len(item[1])):
        if len(runs) > 1 or len(key) < MIN_FOLDED_SHAPES:
            continue
        wider = [other for other in folded if other > key and len(folded[other]) > 1]
        if wider:
            target = max(wider, key=lambda other: (len(folded[other]), sorted(other)))
            folded[target] = sorted(folded[target] + runs, key=lambda run: run.start)
            del folded[key]
    return folded


def _split_run(lines: list[Line], run: Run, heads: set[str]) -> int:
    """Where a run before a title stops closing the last post and starts opening the next.

    The first line of a kind that opens the first post (``heads``) opens this
    one, with the labels under it; a run with none of them closes the post before.
    """
    first_head = next((i for i in run.lines if shape(lines[i]) in heads), None)
    return first_head if first_head is not None else run.end + 1


# A lone run joins a larger kind only when it shares several of its shapes, not one stray cue.
MIN_FOLDED_SHAPES = 2
def _run_above(runs: list[Run], line: int) -> Run | None:
    """The nearest run above a line (an untitled post starts right under it, its salutation included)."""
    k = bisect.bisect_left([run.end for run in runs], line)  # runs are in page order
    return runs[k - 1] if k else None


def _date_head(lines: list[Line], runs: list[Run], first_title: int, masked: set[int]) -> int:
    """Where the first post starts when only its date (or date badge) heads it: a post above it ends there."""
    above = [run for run in runs if run.end < first_title and neighbour(lines, run.end, 1, masked) == first_title]
    if above and all(lines[i].date is not None or lines[i].chrome == "date badge" for i in above[-1].lines):
        return above[-1].start
    return first_title


def _head_shapes(lines: list[Line], runs: list[Run], first_title: int, masked: set[int]) -> set[str]:
    """Shapes of the run right above the first title: what opens a record."""
    above = [run for run in runs if run.end < first_title and neighbour(lines, run.end, 1, masked) == first_title]
    return set(above[-1].shapes) if above else set()


def fields_template(lines: list[Line], masked: set[int]) -> Template | None:
    """Records found from recurring template runs, or None when the page has none."""
    runs = find_runs(lines, masked)
    shapes = record_shapes(runs)
    candidates = [run for run in runs if run.shapes & shapes or _anchors(lines, run)]
    if not candidates or all(key.startswith("chrome:") for key in shapes):
        return None  # a recurring widget alone does not make a template
    if social_feed(lines, runs):
        headed = handle_headed_template(lines, candidates, shapes, masked) or headed_template(lines, candidates,
                                                                                             shapes, masked)
        if headed is not None:  # the last post ends at its action bar, not at the site's footer
            return replace(headed, records=end_at_action_bar(lines, headed.records, masked))
    slots = choose_titles(lines, candidates, shapes, masked)
    found, confidence, offsets = slots.found, slots.confidence, slots.offsets
    headed = None if slots.shared else headed_template(lines, candidates, shapes, masked)
    if not found or headed is not None and len(headed.records) > len(found):
        # The kinds of run every post has found no title: a lone run's (the page header's) is none.
        return headed or untitled_template(lines, candidates, shapes, masked)
    if confidence < MIN_TEMPLATE_CONFIDENCE:
        # The slots found no titles worth the name: posts that open with their dates, if any, when each
        # date is a heading of its own (a changelog's "March 11, 2024").
        headed = headed or headed_template(lines, candidates, shapes, masked)
        if headed is None or not _dated_headings(lines, headed):
            return counted_template(lines, candidates, shapes, masked)  # (or each post closes with its counts)
        # Each date heading is its entry's title as well as its date: the page titles nothing else.
        return replace(headed, records=[headed.records[0], *(replace(record, title=record.start)
                                                             for record in headed.records[1:])])
    titles = sorted(found)
    # Only a run with a cue or a post's chrome closes a post above the first: a menu of categories does not.
    footers = [run.start for run in candidates if any(not key.startswith("line:") for key in run.shapes & shapes)]
    # Where "Continue reading" closes every card, only that closes a post above the first: a card's head is none.
    teasers = [run.start for run in candidates if teaser_lines(lines, run)]
    teasers_close = len(teasers) >= len(titles) > 1
    lead = lead_start(lines, _date_head(lines, runs, titles[0], masked), masked, teasers if teasers_close else footers,
                      title_labels(lines, titles), runs_head(lines, runs, titles), runs_close(lines, runs, titles, masked),
                      teasers_close) \
        or mirrored_lead(lines, titles[0], masked)
    if lead is not None and lead[1] is not None:
        titles.insert(0, lead[1])
        found[lead[1]] = []
    titles, closing = closed_cards(lines, runs, titles, lead, masked)
    heads = _head_shapes(lines, runs, titles[0], masked)
    above = {neighbour(lines, run.end, 1, masked): run for run in runs if neighbour(lines, run.end, 1, masked)
             not in closing}
    starts = []
    for title in titles:
        if lines[title].is_field:  # an untitled post starts at its own date line
            starts.append(title)
            continue
        run = above.get(title) or (_run_above(runs, title) if untitled(lines[title]) and title not in closing else None)
        start = labels_above(lines, title, masked) if run is None \
            else name_over(lines, min(title, max(_split_run(lines, run, heads), run.start)), masked)
        starts.append(labels_above(lines, title, masked) if start == title else start)
    records = [Record(start, starts[k + 1] if k + 1 < len(starts) else len(lines),
                      None if untitled(lines[title]) else title, found[title])
               for k, (start, title) in enumerate(zip(starts, titles))]
    if lead is not None and lead[1] is None:
        records.insert(0, Record(lead[0], records[0].start, None))  # a post that lost its title
    # A widget's cards (a title and a date each) are cut before empty records join their successors.
    records = merge_empty(lines, cut_at_widgets(lines, records), masked)
    records = cut_site_footer(lines, trim_tail(lines, drop_trailing_furniture(lines, records, masked), masked), masked)
    records = split_undated_cards(lines, drop_listings(lines, records, masked), masked)
    return Template("fields", sorted(shapes), offsets, names_close_cards(lines, records, masked), confidence)


