"""The SERIES settings: defaults merged with pelicanconf.py, checked, logged.

Merging and checking go through ``common.settings``: each bad setting is
logged once as a ``series:`` WARNING and replaced or skipped; none stops
the build by itself. This module adds what only series have: the
``known`` rules, whose patterns are compiled here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from common.settings import (
    Option, either, is_bool, is_list, is_positive_whole, is_text_or_none, merged, one_of, warn,
)

from .detection import SeriesRule
from .naming import PART_READERS

PREFIX = "series"
# "site": as many parts as FEED_MAX_ITEMS allows.
FEED_MAX_FOLLOWS_SITE = "site"

OPTIONS = {
    "url": Option("series/{slug}/", is_text_or_none, "a URL pattern with {slug}"),
    "save_as": Option("series/{slug}/index.html", is_text_or_none, "a path pattern with {slug}"),
    "index_url": Option("series/", is_text_or_none, "a URL"),
    "index_save_as": Option("series/index.html", is_text_or_none, "a path, or None for no index"),
    "feed_atom": Option("feeds/series/{slug}.atom.xml", is_text_or_none, "a path pattern, or None"),
    "feed_atom_url": Option(None, is_text_or_none, "a URL pattern, or None for feed_atom"),
    # Parts per series feed: "site" follows FEED_MAX_ITEMS, None means all.
    # A capped feed keeps the last parts (the ones subscribers wait for).
    "feed_max_items": Option(FEED_MAX_FOLLOWS_SITE, either(one_of(FEED_MAX_FOLLOWS_SITE, None), is_positive_whole),
                             "'site', None or a positive whole number"),
    # An article's box lists every part of a series up to this many; longer
    # series show the first, last and nearest parts, so a 500-part weekly
    # series does not put 500 links on each of its 500 pages.
    "box_max_parts": Option(15, is_positive_whole, "a positive whole number"),
    "detect": Option(True, is_bool, "True or False"),
    "known": Option([], is_list, "a list of rules"),
}
DEFAULTS = {key: option.default for key, option in OPTIONS.items()}

RULE_KEYS = {"name", "title", "subtitle", "source", "part", "planned", "description", "slug"}


@dataclass(frozen=True)
class SeriesSettings:
    url: str
    save_as: str
    index_url: str
    index_save_as: str
    feed_atom: str
    feed_atom_url: str
    feed_max_items: int | None
    box_max_parts: int
    detect: bool
    rules: tuple[SeriesRule, ...]


def load_settings(settings: dict) -> SeriesSettings:
    options = merged(settings, "SERIES", PREFIX, OPTIONS)
    rules = tuple(rule for rule in (_rule(entry, n) for n, entry in enumerate(options["known"], 1)) if rule)
    feed_max_items = options["feed_max_items"]
    if feed_max_items == FEED_MAX_FOLLOWS_SITE:
        feed_max_items = settings.get("FEED_MAX_ITEMS")
    return SeriesSettings(
        url=options["url"],
        save_as=options["save_as"],
        index_url=options["index_url"],
        index_save_as=options["index_save_as"],
        feed_atom=options["feed_atom"],
        feed_atom_url=options["feed_atom_url"] or options["feed_atom"],
        feed_max_items=feed_max_items,
        box_max_parts=options["box_max_parts"],
        detect=options["detect"],
        rules=rules,
    )


def _pattern(entry, key, where):
    value = entry.get(key)
    if value is None:
        return None
    try:
        return re.compile(value, re.IGNORECASE)
    except (re.error, TypeError) as error:
        warn(PREFIX, "%s: bad %r pattern %r: %s; rule skipped", where, key, value, error)
        raise


def _rule(entry, number) -> SeriesRule | None:
    where = f"SERIES['known'][{number - 1}]"
    if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
        warn(PREFIX, "%s needs a dict with a 'name'; rule skipped", where)
        return None
    where = f"{where} ({entry['name']!r})"
    for key in sorted(set(entry) - RULE_KEYS):
        warn(PREFIX, "%s: unknown key %r ignored", where, key)
    try:
        title, subtitle, source = (_pattern(entry, key, where) for key in ("title", "subtitle", "source"))
    except (re.error, TypeError):
        return None
    part = entry.get("part", "auto")
    if part is not None and part not in PART_READERS:
        warn(PREFIX, "%s: part must be one of %s or None, not %r; using 'auto'",
             where, ", ".join(sorted(PART_READERS)), part)
        part = "auto"
    return SeriesRule(
        name=str(entry["name"]).strip(),
        title=title,
        subtitle=subtitle,
        source=source,
        part=part,
        planned=tuple(str(item) for item in entry.get("planned", ())),
        description=str(entry.get("description", "")),
        slug=entry.get("slug"),
    )
