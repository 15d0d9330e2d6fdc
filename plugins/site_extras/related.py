"""Related posts: articles that share a series, tags, a source or a category."""

import heapq
from collections import defaultdict
from dataclasses import dataclass

# A feature shared by many posts (the one big category, a blog with
# thousands of posts) says little about any two of them, and scoring every
# holder makes related posts O(n²): at 5,000 posts it dominated the build.
# From such a feature only the posts nearest in time are candidates.
NEIGHBOURS_PER_SIDE = 25


def series_name(article):
    series = getattr(article, "series", None)
    if series is None:
        return None
    return str(getattr(series, "name", series))


def features(article):
    """What an article can share with another, as (kind, value) pairs."""
    found = {("tag", tag.slug) for tag in getattr(article, "tags", None) or []}
    category = getattr(article, "category", None)
    if category is not None:
        found.add(("category", category.slug))
    source = getattr(article, "source", None)
    if source is not None:
        found.add(("source", source.slug))
    name = series_name(article)
    if name:
        found.add(("series", name))
    return found


@dataclass
class RelatedIndex:
    """An inverted index from shared features to articles, built once per build."""

    articles: list
    weights: dict

    def __post_init__(self):
        self.features = {id(article): features(article) for article in self.articles}
        self.holders = defaultdict(list)
        for article in self.articles:
            for feature in self.features[id(article)]:
                self.holders[feature].append(article)
        # Newest first, as listings are, so a post's neighbours are its own era.
        self.order = {id(article): newest_first(article) for article in self.articles}
        self.positions = {}
        for feature, holders in self.holders.items():
            holders.sort(key=lambda holder: self.order[id(holder)])
            self.positions[feature] = {id(holder): number for number, holder in enumerate(holders)}

    def candidates_sharing(self, feature, article):
        holders = self.holders.get(feature, ())
        if len(holders) <= 2 * NEIGHBOURS_PER_SIDE + 1:
            return holders
        number = self.positions[feature].get(id(article))
        if number is None:  # an article outside the index: its nearest holders by date
            number = next((i for i, other in enumerate(holders) if newest_first(other) >= newest_first(article)),
                          len(holders))
        return holders[max(0, number - NEIGHBOURS_PER_SIDE): number + NEIGHBOURS_PER_SIDE + 1]

    def related(self, article, limit):
        """Best first; ties go to the newer article, then to the slug, so output is stable."""
        scores = defaultdict(int)
        candidates = {}
        own = self.features.get(id(article))
        if own is None:  # an article outside the index (a draft)
            own = features(article)
        for feature in own:
            weight = self.weights.get(feature[0], 0)
            if not weight:
                continue
            for other in self.candidates_sharing(feature, article):
                if other is article or other.slug == article.slug:
                    continue
                scores[id(other)] += weight
                candidates[id(other)] = other
        order = self.order
        return heapq.nsmallest(
            limit, candidates.values(),
            key=lambda other: (-scores[id(other)], *(order.get(id(other)) or newest_first(other))))


def newest_first(article):
    return (-article.date.timestamp(), article.slug)
