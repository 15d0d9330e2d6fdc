"""Series as readers see them: ordered parts, planned parts, URLs, per-article views.

`build_catalog` turns detection's assignments into `Series` objects and
gives every member article an `ArticleSeries` (``article.series``) with the
attributes pelican-series templates use: name, index, all, all_previous,
all_next, previous, next; plus slug, url, total, feed_url, description.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property

from pelican.utils import slugify

from .article_series import ArticleSeries
from .dates import has_known_date
from .detection import SeriesAssignment, SeriesRule
from .naming import fold_name, label_order
from .settings import SeriesSettings


# How a series was found, strongest first: one explicit member names it.
METHOD_PRIORITY = ("explicit", "rule", "detected")


@dataclass
class SeriesEntry:
    """A numbered line of a series: a published part, or a planned one still to come."""

    label: str | None
    article: object | None = None
    number: int = 0

    @property
    def published(self) -> bool:
        return self.article is not None


def number_entries(parts, labels, planned) -> list[SeriesEntry]:
    """Parts and planned slots in series order, numbered from 1.

    Without planned parts the number is the part's rank. With them, each
    planned label keeps its slot (in a series planned as "Accounts, Shipping,
    Billing", a part named "Billing" is number 3 whether or not the others are out yet); parts that fill no slot
    follow the planned ones, in their own order.
    """
    if not planned:
        return [SeriesEntry(label, article, number)
                for number, (article, label) in enumerate(zip(parts, labels), 1)]
    slot_of = {fold_name(label): position for position, label in enumerate(planned)}
    slots = [[] for _ in planned]
    extra = []
    for article, label in zip(parts, labels):
        position = slot_of.get(fold_name(label)) if label is not None else None
        (slots[position] if position is not None else extra).append((article, label))
    entries = []
    for label, filled in zip(planned, slots):
        entries.extend(SeriesEntry(part_label, article) for article, part_label in filled)
        if not filled:
            entries.append(SeriesEntry(label))
    entries.extend(SeriesEntry(label, article) for article, label in extra)
    for number, entry in enumerate(entries, 1):
        entry.number = number
    return entries


@dataclass
class Series:
    """One series: display name, folded key, URLs, and its published parts in order.

    ``part_labels`` runs alongside ``parts`` ("When", "3", None); ``planned``
    holds the labels configuration announces, published or not. ``entries``
    numbers parts and planned slots alike; ``parts`` is the published
    entries, in the same order.
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
    entries: list = field(default_factory=list)

    def __post_init__(self):
        if not self.entries:
            self.entries = number_entries(self.parts, self.part_labels, self.planned)
        published = [entry for entry in self.entries if entry.published]
        self.parts = [entry.article for entry in published]
        self.part_labels = [entry.label for entry in published]
        self.numbers = {id(entry.article): entry.number for entry in published}

    @property
    def total(self) -> int:
        """Parts and planned slots: the M of "Part N of M"."""
        return len(self.entries)

    @property
    def published_total(self) -> int:
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
    def still_to_come(self) -> list[str]:
        return [entry.label for entry in self.entries if not entry.published]


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


def _place_by_index(assignment: SeriesAssignment, rule: SeriesRule | None) -> SeriesAssignment:
    """In a series with planned parts, an author's Series_index names a slot
    (3 in a series planned as "Accounts, Shipping, Billing" is "Billing"); an index past the planned slots orders the post after them."""
    if assignment.index is None or rule is None or not rule.planned:
        return assignment
    if 1 <= assignment.index <= len(rule.planned):
        return replace(assignment, index=None, part=rule.planned[assignment.index - 1],
                       part_order=assignment.index)
    return replace(assignment, index=None, part=None, part_order=assignment.index)


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
    default_lang = pelican_settings.get("DEFAULT_LANG", "en")
    slugs = _allocate_slugs(sorted(names.items()), rules_by_key,
                            pelican_settings.get("SLUG_REGEX_SUBSTITUTIONS", ()))
    catalog = []
    for key, pairs in members.items():
        rule = rules_by_key.get(key)
        pairs = [(article, _place_by_index(assignment, rule)) for article, assignment in pairs]
        pairs.sort(key=lambda pair: part_sort_key(*pair))
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
            article.series = ArticleSeries(series, position, getattr(article, "lang", None) or default_lang)
        catalog.append(series)
    catalog.sort(key=lambda series: (series.key, series.slug))
    return catalog
