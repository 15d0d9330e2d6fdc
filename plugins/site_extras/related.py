"""Related posts: articles that share a series, tags, a source or a category."""

import bisect
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
    """An inverted index from shared features to articles, built once per build.

    Articles are numbered by rank, newest first (ties by slug), and every
    list holds ranks: a smaller rank is the newer article, which is also
    the tie-break between equal scores, so output is stable.
    """

    articles: list
    weights: dict

    def __post_init__(self):
        self.ranked = sorted(self.articles, key=newest_first)
        self.keys = [newest_first(article) for article in self.ranked]
        self.slugs = [article.slug for article in self.ranked]
        self.rank = {id(article): number for number, article in enumerate(self.ranked)}
        self.features = [features(article) for article in self.ranked]
        self.holders = defaultdict(list)  # feature -> ranks, ascending
        for number, found in enumerate(self.features):
            for feature in found:
                self.holders[feature].append(number)

    def candidates_sharing(self, feature, rank):
        """The ranks holding a feature; for a common one, those nearest to ``rank`` in time."""
        holders = self.holders.get(feature, ())
        if len(holders) <= 2 * NEIGHBOURS_PER_SIDE + 1:
            return holders
        position = bisect.bisect_left(holders, rank)
        return holders[max(0, position - NEIGHBOURS_PER_SIDE): position + NEIGHBOURS_PER_SIDE + 1]

    def related(self, article, limit):
        """Best first; ties go to the newer article, then to the slug, so output is stable."""
        rank = self.rank.get(id(article))
        if rank is None:  # an article outside the index (a draft): placed by its date
            own, rank = features(article), bisect.bisect_left(self.keys, newest_first(article))
            slug, me = article.slug, None
        else:
            own, slug, me = self.features[rank], self.slugs[rank], rank
        scores = {}
        for feature in own:
            weight = self.weights.get(feature[0], 0)
            if not weight:
                continue
            for other in self.candidates_sharing(feature, rank):
                if other != me and self.slugs[other] != slug:
                    scores[other] = scores.get(other, 0) + weight
        best = heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))
        return [self.ranked[other] for other, _ in best]


def newest_first(article):
    return (-article.date.timestamp(), article.slug)
