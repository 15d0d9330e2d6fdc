"""The SERIES settings: defaults merged with pelicanconf.py, checked, logged.

Bad settings are logged with the ``series:`` prefix and skipped; they never
stop the build by themselves.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .detection import SeriesRule
from .naming import PART_READERS

log = logging.getLogger(__name__)

DEFAULTS = {
    "url": "series/{slug}/",
    "save_as": "series/{slug}/index.html",
    "index_url": "series/",
    "index_save_as": "series/index.html",
    "feed_atom": "feeds/series/{slug}.atom.xml",
    "feed_atom_url": None,  # defaults to feed_atom
    # Parts per series feed: "site" follows FEED_MAX_ITEMS, None means all.
    # A capped feed keeps the last parts (the ones subscribers wait for).
    "feed_max_items": "site",
    # An article's box lists every part of a series up to this many; longer
    # series show the first, last and nearest parts, so a 500-part weekly
    # series does not put 500 links on each of its 500 pages.
    "box_max_parts": 15,
    "detect": True,
    "known": [],
}

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
    user = settings.get("SERIES") or {}
    if not isinstance(user, dict):
        log.error("series: SERIES must be a dict, not %s; using defaults", type(user).__name__)
        user = {}
    for key in sorted(set(user) - set(DEFAULTS)):
        log.warning("series: unknown SERIES setting %r ignored", key)
    merged = {**DEFAULTS, **{key: value for key, value in user.items() if key in DEFAULTS}}
    rules = tuple(rule for rule in (_rule(entry, n) for n, entry in enumerate(merged["known"], 1)) if rule)
    return SeriesSettings(
        url=merged["url"],
        save_as=merged["save_as"],
        index_url=merged["index_url"],
        index_save_as=merged["index_save_as"],
        feed_atom=merged["feed_atom"],
        feed_atom_url=merged["feed_atom_url"] or merged["feed_atom"],
        feed_max_items=_feed_max_items(merged["feed_max_items"], settings),
        box_max_parts=_positive_int(merged["box_max_parts"], "box_max_parts", DEFAULTS["box_max_parts"]),
        detect=bool(merged["detect"]),
        rules=rules,
    )


def _positive_int(value, name, default):
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    log.error("series: %s must be a positive whole number, not %r; using %d", name, value, default)
    return default


def _feed_max_items(value, settings):
    if value == "site":
        return settings.get("FEED_MAX_ITEMS")
    if value is None:
        return None
    return _positive_int(value, "feed_max_items", settings.get("FEED_MAX_ITEMS"))


def _pattern(entry, key, where):
    value = entry.get(key)
    if value is None:
        return None
    try:
        return re.compile(value, re.IGNORECASE)
    except (re.error, TypeError) as error:
        log.error("series: %s: bad %r pattern %r: %s; rule skipped", where, key, value, error)
        raise


def _rule(entry, number) -> SeriesRule | None:
    where = f"SERIES['known'][{number - 1}]"
    if not isinstance(entry, dict) or not str(entry.get("name", "")).strip():
        log.error("series: %s needs a dict with a 'name'; rule skipped", where)
        return None
    where = f"{where} ({entry['name']!r})"
    for key in sorted(set(entry) - RULE_KEYS):
        log.warning("series: %s: unknown key %r ignored", where, key)
    try:
        title, subtitle, source = (_pattern(entry, key, where) for key in ("title", "subtitle", "source"))
    except (re.error, TypeError):
        return None
    part = entry.get("part", "auto")
    if part is not None and part not in PART_READERS:
        log.error("series: %s: part must be one of %s or None, not %r; using 'auto'",
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
