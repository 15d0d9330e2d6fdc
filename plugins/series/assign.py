"""Give published articles their series once every article has been read.

Runs at ``article_generator_finalized``; the result lives in the build's
context (``series_list``, and pelican-series' ``series``: name -> parts in
order), never in module state, so `make devserver`
rebuilds start from scratch.
"""

from __future__ import annotations

import logging

from .catalog import build_catalog
from .detection import SeriesCandidate, detect_series
from .settings import load_settings

log = logging.getLogger(__name__)

CONTEXT_KEY = "series_list"


def _explicit_index(article):
    raw = article.metadata.get("series_index")
    if raw in (None, ""):
        return None
    try:
        return int(str(raw).strip())
    except ValueError:
        log.warning("series: %s: Series_index %r is not a whole number; ignored",
                    article.source_path, raw)
        return None


def candidate_for(article) -> SeriesCandidate:
    """What detection needs to know about an article."""
    explicit = article.metadata.get("series")
    return SeriesCandidate(
        key=id(article),
        title=str(article.metadata.get("title", getattr(article, "title", ""))),
        subtitle=getattr(article, "subtitle", None),
        source=getattr(article, "source_name", None) or getattr(article, "source_archive", None),
        date=getattr(article, "date", None),
        explicit_name=str(explicit) if explicit else None,
        explicit_index=_explicit_index(article) if explicit else None,
    )


def is_imported(article) -> bool:
    """Only posts lifted from an archive are open to automatic detection."""
    return bool(getattr(article, "source_name", None) or getattr(article, "source_archive", None))


def assign_series(generator) -> None:
    """article_generator_finalized receiver."""
    options = load_settings(generator.settings)
    published = [a for a in generator.articles if getattr(a, "status", "published") == "published"]
    unlisted = [*generator.drafts, *generator.hidden_articles, *generator.translations,
                *getattr(generator, "drafts_translations", ()),
                *getattr(generator, "hidden_translations", ())]
    # Drafts, hidden posts and translations are in no series; their Series:
    # metadata stays in article.metadata for whoever needs it.
    for article in [*unlisted, *published]:
        if hasattr(article, "series"):
            article.series = None

    # Hand-written posts join a series by naming it; rules and detection
    # are for imported posts, whose archives do not say.
    explicit = [candidate_for(a) for a in published if a.metadata.get("series")]
    imported = [candidate_for(a) for a in published if is_imported(a) and not a.metadata.get("series")]
    assignments = detect_series(explicit + imported, options.rules, detect=options.detect)
    catalog = build_catalog(published, assignments, options, generator.settings)
    generator.context[CONTEXT_KEY] = catalog
    # pelican-series' context variable: each series name -> its parts in order.
    generator.context["series"] = {series.name: series.parts for series in catalog}
    generator.context["SERIES_INDEX_URL"] = options.index_url
