"""Series of articles: "Refund Basics", "Friday Links" ... (pelican-series compatible).

Modules: `naming` (folding names, reading part labels), `detection` (pure:
which post is in which series), `settings` (the SERIES dict), `catalog`
(ordered series and ``article.series``), `assign` (the Pelican hook),
`generator` (series pages and feeds), `dates` (Jinja date filters).
"""

from pelican import signals

from .assign import assign_series
from .dates import FILTERS
from .detection import SeriesAssignment, SeriesCandidate, SeriesRule, detect_series  # noqa: F401
from .generator import SeriesGenerator


def get_generators(pelican):
    return SeriesGenerator


def add_filters(generator):
    for name, function in FILTERS.items():
        generator.env.filters.setdefault(name, function)


def register():
    signals.article_generator_finalized.connect(assign_series)
    signals.get_generators.connect(get_generators)
    signals.generator_init.connect(add_filters)
