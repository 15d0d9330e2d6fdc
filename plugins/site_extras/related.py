"""Related posts: articles that share a series, tags, a source or a category."""

from collections import defaultdict
from dataclasses import dataclass


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

    def related(self, article, limit):
        """Best first; ties go to the newer article, then to the slug, so output is stable."""
        scores = defaultdict(int)
        candidates = {}
        for feature in self.features.get(id(article), features(article)):
            weight = self.weights.get(feature[0], 0)
            if not weight:
                continue
            for other in self.holders.get(feature, ()):
                if other is article or other.slug == article.slug:
                    continue
                scores[id(other)] += weight
                candidates[id(other)] = other
        ranked = sorted(
            candidates.values(),
            key=lambda other: (-scores[id(other)], -other.date.timestamp(), other.slug),
        )
        return ranked[:limit]
