"""``article.series``: one article's place in its series, readable like pelican-series' dict."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property


@dataclass(frozen=True)
class BoxPart:
    """A line of an article's series box: its number, and the part (None while still to come)."""

    number: int
    article: object
    label: str | None = None


# The keys of pelican-series' ``article.series`` dict.
MAPPING_KEYS = ("name", "index", "all", "all_previous", "all_next", "previous", "next", "lang")


@dataclass(eq=False)
class ArticleSeries:
    """``article.series``: one article's place in its series.

    Read it like pelican-series' dict (``article.series["index"]``) or by
    attribute (``article.series.index``). ``index`` is the part number
    readers see, the same in the box, the JSON-LD ``position`` and the
    series page; ``rank`` is the place among published parts, which
    previous and next follow.
    """

    series: object  # catalog.Series
    rank: int
    lang: str = "en"

    def __post_init__(self):
        parts = self.series.parts
        self.name = self.series.name
        self.slug = self.series.slug
        self.url = self.series.url
        self.feed_url = self.series.feed_url
        self.description = self.series.description
        self.total = self.series.total
        self.all = parts
        self.all_previous = parts[: self.rank - 1]
        self.all_next = parts[self.rank:]
        self.previous = self.all_previous[-1] if self.all_previous else None
        self.next = self.all_next[0] if self.all_next else None
        self.part = self.series.part_labels[self.rank - 1]
        self.index = self.series.numbers[id(parts[self.rank - 1])]

    @property
    def has_box(self) -> bool:
        """A series of one part gets a link to its page, not a box."""
        return self.total > 1

    @cached_property
    def nearby(self) -> list:
        """Lines for the article's box: every part and planned slot, or for a long
        series the first, the last and those around this one, None where lines are left out."""
        entries, limit = self.series.entries, self.series.box_max_parts
        if len(entries) <= limit:
            keep = range(len(entries))
        else:
            # First and last, two gaps, and an even window around this part.
            half = max((limit - 4) // 2, 1)
            here = self.index - 1
            keep = sorted({0, len(entries) - 1,
                           *range(max(here - half, 0), min(here + half, len(entries) - 1) + 1)})
        shown, previous = [], None
        for position in keep:
            if previous is not None and position != previous + 1:
                shown.append(None)
            entry = entries[position]
            shown.append(BoxPart(entry.number, entry.article, entry.label))
            previous = position
        return shown

    # pelican-series compatibility: article.series["name"] and friends.
    def __getitem__(self, key):
        if key not in MAPPING_KEYS:
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key, default=None):
        return self[key] if key in MAPPING_KEYS else default

    def __contains__(self, key) -> bool:
        return key in MAPPING_KEYS

    def __iter__(self):
        return iter(MAPPING_KEYS)

    def keys(self):
        return MAPPING_KEYS

    def __str__(self) -> str:
        return self.name

    def __bool__(self) -> bool:
        return True
