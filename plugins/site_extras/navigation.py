"""Older/newer links that tell the truth.

Dated posts lead to the next dated post in date order, whatever blog it
came from: that is a real timeline. A post whose date is unknown has no
place in it; it leads to its neighbours in its own archive, in the order
the archive lists them (``Source_order``), and says so.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field


def is_dated(article) -> bool:
    return getattr(article, "date_precision", "unknown") != "unknown"


def _order(article):
    try:
        return int(str(getattr(article, "source_order", "")).strip())
    except ValueError:
        return 0


@dataclass
class Navigation:
    """Positions computed once per build from the generator's articles (newest first)."""

    articles: list
    timeline: list = field(init=False)
    position: dict = field(init=False)
    archives: dict = field(init=False)

    def __post_init__(self):
        self.timeline = [article for article in self.articles if is_dated(article)]
        self.position = {id(article): number for number, article in enumerate(self.timeline)}
        self.archives = defaultdict(list)
        for article in self.articles:
            if not is_dated(article):
                self.archives[str(getattr(article, "source_archive", "") or "")].append(article)
        for members in self.archives.values():
            members.sort(key=lambda article: (_order(article), article.slug))
        self.archive_position = {id(article): (key, number) for key, members in self.archives.items()
                                 for number, article in enumerate(members)}

    def dated(self, article):
        """(newer, older) dated posts; (None, None) for an undated post."""
        number = self.position.get(id(article))
        if number is None:
            return None, None
        newer = self.timeline[number - 1] if number > 0 else None
        older = self.timeline[number + 1] if number + 1 < len(self.timeline) else None
        return newer, older

    def in_archive(self, article):
        """(previous, next) undated posts of the same archive, in archive order."""
        found = self.archive_position.get(id(article))
        if found is None:
            return None, None
        key, number = found
        members = self.archives[key]
        previous = members[number - 1] if number > 0 else None
        following = members[number + 1] if number + 1 < len(members) else None
        return previous, following


def for_generator(generator) -> Navigation:
    navigation = getattr(generator, "site_extras_navigation", None)
    if navigation is None:
        navigation = Navigation(list(generator.articles))
        generator.site_extras_navigation = navigation
    return navigation
