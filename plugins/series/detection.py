"""Which series each post belongs to: a pure function over plain records.

`detect_series(candidates, rules)` knows nothing of Pelican, so the importer
can call it for its summary table and tests can feed it titles directly.

A candidate's series comes from, in this order:

1. explicit: the author wrote ``Series:`` (``explicit_name``);
2. rule: a configured `SeriesRule` whose title/subtitle patterns match;
3. detected: among the remaining posts of one source, a part marker
   ("Part 2", "Volume 3", "#4", "for the Week of <date>", "– When") after
   a shared stem, or a recurring "Prefix: ..." shared by enough posts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Hashable

from .markers import dated_stem, marker, prefix, subtitle_part
from .naming import PART_READERS, clean_name, fold_name, fold_typography

# Two posts already make a series: archives are short (a few posts per
# blog), and a single post with "Part 2" in its title is not enough.
MIN_DETECTED_PARTS = 2


@dataclass(frozen=True)
class SeriesRule:
    """A known series from the SERIES settings.

    A post matches when ``title`` matches (patterns see text with straight
    quotes and hyphens, case ignored) and ``source`` if given; a rule with
    no ``title`` matches on ``subtitle``. Otherwise ``subtitle`` only reads
    the part. The named group ``part`` gives the part label, read with
    ``part`` ("number", "date", "label", "auto", or None: date order).
    ``planned`` lists part labels announced before they are published.
    """

    name: str
    title: re.Pattern | None = None
    subtitle: re.Pattern | None = None
    source: re.Pattern | None = None
    part: str | None = "auto"
    planned: tuple[str, ...] = ()
    description: str = ""
    slug: str | None = None

    @property
    def key(self) -> str:
        return fold_name(self.name)

    def match(self, candidate: "SeriesCandidate") -> tuple[bool, str | None]:
        """(matches, part label) for a candidate."""
        if self.title is None and self.subtitle is None:
            return False, None
        if self.source is not None and not self.source.search(candidate.source or ""):
            return False, None
        label = None
        deciding = self.title if self.title is not None else self.subtitle
        for pattern, text in ((self.title, candidate.title), (self.subtitle, candidate.subtitle)):
            if pattern is None:
                continue
            found = pattern.search(fold_typography(text or ""))
            if not found and pattern is deciding:
                return False, None
            if found and "part" in pattern.groupindex and found.group("part") and label is None:
                label = clean_name(found.group("part"))
        return True, label

    def order(self, label: str | None) -> int | None:
        if label is None or self.part is None:
            return None
        return PART_READERS.get(self.part, PART_READERS["auto"])(label, self.planned)


@dataclass(frozen=True)
class SeriesCandidate:
    """One post as detection sees it. ``key`` is any id the caller chooses."""

    key: Hashable
    title: str
    subtitle: str | None = None
    source: str | None = None
    date: object | None = None
    explicit_name: str | None = None
    explicit_index: int | None = None


@dataclass(frozen=True)
class SeriesAssignment:
    """A post's series: display name, folded key, how it was found, its part."""

    key: Hashable
    name: str
    series_key: str
    method: str  # "explicit" | "rule" | "detected"
    index: int | None = None  # the author's Series_index
    part: str | None = None  # part label: "2", "When", "February 23, 2015"
    part_order: int | None = None  # the label's natural position
    rule: SeriesRule | None = field(default=None, compare=False)


def detect_series(
    candidates: list[SeriesCandidate],
    rules: list[SeriesRule] | tuple[SeriesRule, ...] = (),
    detect: bool = True,
) -> dict[Hashable, SeriesAssignment]:
    """Assign series to candidates; candidates in no series are left out.

    Explicit names win, then rules (first matching rule), then, when
    ``detect`` is true, automatic detection within each source. Every
    member of one series gets the same display name: the rule's name,
    else the spelling most members use (ties: the first candidate's).
    """
    rules_by_key = {rule.key: rule for rule in rules}
    found: dict[Hashable, SeriesAssignment] = {}
    remaining = []
    for candidate in candidates:
        assignment = _explicit(candidate, rules_by_key) or _by_rule(candidate, rules)
        if assignment:
            found[candidate.key] = assignment
        else:
            remaining.append(candidate)
    if detect:
        found.update(_detect(remaining, rules_by_key))
    return _unify_names(candidates, found, rules_by_key)


def _explicit(candidate, rules_by_key):
    if not (candidate.explicit_name and candidate.explicit_name.strip()):
        return None
    name = clean_name(candidate.explicit_name)
    rule = rules_by_key.get(fold_name(name))
    label = order = None
    if rule is not None:
        matched, label = rule.match(candidate)
        label = label if matched else None
        order = rule.order(label)
    if label is None:
        # No rule reads this title: a part marker ("Part 2") still orders it.
        found_marker = marker(candidate.title or "")
        if found_marker:
            label = found_marker[1]
            order = PART_READERS[found_marker[2]](label, rule.planned if rule else ())
    return SeriesAssignment(
        candidate.key, name, fold_name(name), "explicit", candidate.explicit_index,
        label, order, rule)


def _by_rule(candidate, rules):
    for rule in rules:
        matched, label = rule.match(candidate)
        if matched:
            return SeriesAssignment(candidate.key, rule.name, rule.key, "rule", None,
                                    label, rule.order(label), rule)
    return None


def _detect(candidates, rules_by_key):
    """Group the posts of each source by marker stem, then by dated stem, then by title prefix."""
    found = {}
    by_stem = _groups(candidates, found, lambda c: marker(c.title or ""))
    for members in by_stem.values():
        for candidate, (stem, label, reader) in members:
            found[candidate.key] = _detected(candidate, stem, label, reader, rules_by_key)
    _first_parts(candidates, found, by_stem, rules_by_key)
    for members in _groups(candidates, found, lambda c: dated_stem(c.title or "")).values():
        for candidate, (stem, label) in members:
            found[candidate.key] = _detected(candidate, stem, label, "date", rules_by_key)
    for members in _groups(candidates, found, lambda c: (prefix(c.title or ""),) if prefix(c.title or "") else None).values():
        for candidate, (name,) in members:
            found[candidate.key] = _detected(candidate, name, subtitle_part(candidate.subtitle),
                                             "number", rules_by_key)
    return found


def _groups(candidates, found, read):
    """Candidates not yet placed, grouped by (source, folded name) of what ``read`` finds; big enough groups."""
    groups = defaultdict(list)
    for candidate in candidates:
        hit = None if candidate.key in found else read(candidate)
        if hit:
            groups[(candidate.source or "", fold_name(hit[0]))].append((candidate, hit))
    return {key: members for key, members in groups.items() if len(members) >= MIN_DETECTED_PARTS}


def _first_parts(candidates, found, by_stem, rules_by_key):
    """"Title" followed by "Title, Part 2": the unnumbered post is part one."""
    for candidate in candidates:
        key = (candidate.source or "", fold_name(clean_name(fold_typography(candidate.title or ""))))
        if candidate.key not in found and key in by_stem:
            stem = by_stem[key][0][1][0]
            found[candidate.key] = _detected(candidate, stem, "1", "number", rules_by_key)


def _detected(candidate, name, label, reader, rules_by_key):
    rule = rules_by_key.get(fold_name(name))
    planned = rule.planned if rule else ()
    order = PART_READERS[reader](label, planned) if label else None
    return SeriesAssignment(candidate.key, name, fold_name(name), "detected", None,
                            label, order, rule)


def _unify_names(candidates, found, rules_by_key):
    spellings = defaultdict(Counter)
    first_seen = {}
    for position, candidate in enumerate(candidates):
        assignment = found.get(candidate.key)
        if assignment:
            spellings[assignment.series_key][assignment.name] += 1
            first_seen.setdefault((assignment.series_key, assignment.name), position)
    names = {}
    for series_key, counts in spellings.items():
        rule = rules_by_key.get(series_key)
        names[series_key] = rule.name if rule else min(
            counts, key=lambda name: (-counts[name], first_seen[(series_key, name)]))
    return {
        key: SeriesAssignment(a.key, names[a.series_key], a.series_key, a.method, a.index,
                              a.part, a.part_order, a.rule or rules_by_key.get(a.series_key))
        for key, a in found.items()
    }
