"""Series as readers see them: ordered parts, planned parts, URLs, per-article views.

`build_catalog` turns detection's assignments into `Series` objects and
gives every member article an `ArticleSeries` (``article.series``) with the
attributes pelican-series templates use: name, index, all, all_previous,
all_next, previous, next; plus slug, url, total, feed_url, description.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from pelican.utils import slugify

from .dates import has_known_date
from .detection import SeriesAssignment, SeriesRule
from .naming import fold_name, label_order
from .settings import SeriesSettings


# How a series was found, strongest first: one explicit member names it.
METHOD_PRIORITY = ("explicit", "rule", "detected")


@dataclass
class SeriesEntry:
    """A line of a series page: a published part, or a planned one still to come."""

    label: str | None
    article: object | None = None

    @property
    def published(self) -> bool:
        return self.article is not None


@dataclass
class Series:
    """One series: display name, folded key, URLs, and its published parts in order.

    ``part_labels`` runs alongside ``parts`` ("When", "3", None); ``planned``
    holds the labels configuration announces, published or not.
    """

    name: str
    key: str
    slug: str
    url: str
    save_as: str
    feed_url: str
    feed_save_as: str
    description: str = ""
    method: str = "explicit"
    parts: list = field(default_factory=list)
    part_labels: list = field(default_factory=list)
    planned: tuple[str, ...] = ()
    box_max_parts: int = 15

    @property
    def total(self) -> int:
        return len(self.parts)

    @property
    def articles(self) -> list:
        return self.parts

    # Parts are complete when a Series is made (build_catalog), and every
    # article of a series asks for these while it is written: compute once.
    @cached_property
    def dated_parts(self) -> list:
        return sorted((p for p in self.parts if has_known_date(p)), key=lambda p: _naive(p.date))

    @property
    def first_dated(self):
        dated = self.dated_parts
        return dated[0] if dated else None

    @property
    def last_dated(self):
        dated = self.dated_parts
        return dated[-1] if dated else None

    @cached_property
    def entries(self) -> list[SeriesEntry]:
        """The parts in series order, with planned parts not yet published in their slots.

        A planned part still to come is listed just before the first
        published part planned after it, or at the end.
        """
        planned_keys = [fold_name(label) for label in self.planned]
        published = {fold_name(label) for label in self.part_labels if label is not None}
        waiting = [label for label, key in zip(self.planned, planned_keys) if key not in published]
        entries = []
        for article, label in zip(self.parts, self.part_labels):
            key = fold_name(label) if label is not None else None
            if key in planned_keys:
                position = planned_keys.index(key)
                while waiting and planned_keys.index(fold_name(waiting[0])) < position:
                    entries.append(SeriesEntry(waiting.pop(0)))
            entries.append(SeriesEntry(label, article))
        return entries + [SeriesEntry(label) for label in waiting]

    @cached_property
    def still_to_come(self) -> list[str]:
        return [entry.label for entry in self.entries if not entry.published]


@dataclass(frozen=True)
class BoxPart:
    """A part listed in an article's series box, with its 1-based number."""

    number: int
    article: object


@dataclass
class ArticleSeries:
    """``article.series``: one article's place in its series (pelican-series names)."""

    series: Series
    index: int

    def __post_init__(self):
        parts = self.series.parts
        self.name = self.series.name
        self.slug = self.series.slug
        self.url = self.series.url
        self.feed_url = self.series.feed_url
        self.description = self.series.description
        self.total = len(parts)
        self.all = parts
        self.all_previous = parts[: self.index - 1]
        self.all_next = parts[self.index:]
        self.previous = self.all_previous[-1] if self.all_previous else None
        self.next = self.all_next[0] if self.all_next else None
        self.part = self.series.part_labels[self.index - 1]

    @cached_property
    def nearby(self) -> list:
        """Parts for the article's box: all of them, or for a long series the
        first, the last and those around this one, with None where parts are left out."""
        parts, limit = self.all, self.series.box_max_parts
        if len(parts) <= limit:
            return [BoxPart(number, part) for number, part in enumerate(parts, 1)]
        # First and last, two gaps, and an even window around this part.
        half = max((limit - 4) // 2, 1)
        here = self.index - 1
        keep = sorted({0, len(parts) - 1, *range(max(here - half, 0), min(here + half, len(parts) - 1) + 1)})
        shown, previous = [], None
        for position in keep:
            if previous is not None and position != previous + 1:
                shown.append(None)
            shown.append(BoxPart(position + 1, parts[position]))
            previous = position
        return shown

    def __str__(self) -> str:
        return self.name

    def __bool__(self) -> bool:
        return True


def _naive(date: datetime.datetime) -> datetime.datetime:
    if date.tzinfo is not None:
        return date.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return date


def _int_or_none(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def part_sort_key(article, assignment: SeriesAssignment):
    """Explicit index first, then the part's natural order, then date, then archive order."""
    if assignment.index is not None:
        rank = (0, assignment.index)
    elif assignment.part_order is not None:
        rank = (1, assignment.part_order)
    else:
        rank = (2, 0)
    dated = has_known_date(article)
    date = _naive(article.date) if dated else datetime.datetime.max
    order = _int_or_none(getattr(article, "source_order", None))
    return (*rank, date, order if order is not None else 0, getattr(article, "source_path", "") or "")


def _planned_label(label, rule: SeriesRule | None):
    """Match a part label against the planned labels so spelling variants line up."""
    if label is None or rule is None or not rule.planned:
        return label
    position = label_order(label, rule.planned)
    if position is not None and position <= len(rule.planned):
        return rule.planned[position - 1]
    return label


def _allocate_slugs(keys_and_names, rules_by_key, regex_subs) -> dict[str, str]:
    """Slug per series key; alike slugs get -2, -3 ... in order of series key."""
    taken, slugs = set(), {}
    wanted = []
    for key, name in keys_and_names:
        rule = rules_by_key.get(key)
        base = (rule.slug if rule and rule.slug else slugify(name, regex_subs=regex_subs)) or "series"
        wanted.append((base, key))
    for base, key in sorted(wanted):
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        slugs[key] = slug
    return slugs


def build_catalog(articles, assignments: dict, options: SeriesSettings, pelican_settings: dict) -> list[Series]:
    """Series sorted by name; sets ``article.series`` on every member article."""
    members = defaultdict(list)
    names = {}
    for article in articles:
        assignment = assignments.get(id(article))
        if assignment:
            members[assignment.series_key].append((article, assignment))
            names[assignment.series_key] = assignment.name
    rules_by_key = {rule.key: rule for rule in options.rules}
    slugs = _allocate_slugs(sorted(names.items()), rules_by_key,
                            pelican_settings.get("SLUG_REGEX_SUBSTITUTIONS", ()))
    catalog = []
    for key, pairs in members.items():
        pairs.sort(key=lambda pair: part_sort_key(*pair))
        rule = rules_by_key.get(key)
        slug = slugs[key]
        methods = {assignment.method for _article, assignment in pairs}
        method = next(m for m in METHOD_PRIORITY if m in methods)
        # Feeds list dated parts only (see SeriesGenerator._write_feeds); a
        # series with none has no feed until a dated part joins it.
        has_feed = bool(options.feed_atom) and any(has_known_date(article) for article, _ in pairs)
        series = Series(
            name=names[key], key=key, slug=slug,
            url=options.url.format(slug=slug), save_as=options.save_as.format(slug=slug),
            feed_url=options.feed_atom_url.format(slug=slug) if has_feed else "",
            feed_save_as=options.feed_atom.format(slug=slug) if has_feed else "",
            description=rule.description if rule else "",
            method=method,
            parts=[article for article, _assignment in pairs],
            part_labels=[_planned_label(assignment.part, rule) for _article, assignment in pairs],
            planned=rule.planned if rule else (),
            box_max_parts=options.box_max_parts,
        )
        for position, article in enumerate(series.parts, 1):
            article.series = ArticleSeries(series, position)
        catalog.append(series)
    catalog.sort(key=lambda series: (series.key, series.slug))
    return catalog
