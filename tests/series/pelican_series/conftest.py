"""pelican-series 3.1.1's own fixtures, pointed at our plugin (plugins/series).

Adapted from pelican/plugins/series/conftest.py of pelican-series 3.1.1
(https://github.com/pelican-plugins/series, AGPL-3.0; see NOTICE.md). The
changes: ``series`` is our plugin instead of pelican-series' module, its
signal receivers are disconnected after each test, and the draft fixture
is left out (drafts never join our series; see NOTICE.md).
"""

from operator import attrgetter
import os

import pytest

from pelican import signals
from pelican.generators import ArticlesGenerator
from pelican.tests.support import get_context, get_settings

import series
from series.assign import assign_series


def create_generator(data_path, sort_key=None):
    @pytest.fixture
    def _create_generator(tmp_path):
        series.register()

        settings = get_settings()
        settings["CACHE_CONTENT"] = False
        settings["PLUGINS"] = [series]

        context = get_context(settings)

        base_path = os.path.dirname(os.path.abspath(__file__))
        test_data_path = os.path.join(base_path, data_path)

        generator = ArticlesGenerator(
            context=context,
            settings=settings,
            path=test_data_path,
            theme=settings["THEME"],
            output_path=tmp_path,
        )

        try:
            generator.generate_context()

            items = generator.articles

            if sort_key:
                items = sorted(items, key=sort_key)

            yield generator, items
        finally:
            signals.article_generator_finalized.disconnect(assign_series)
            signals.get_generators.disconnect(series.get_generators)
            signals.generator_init.disconnect(series.add_filters)

    return _create_generator


articles_no_index = create_generator("test_data/articles_no_index", attrgetter("date"))
articles_with_index = create_generator(
    "test_data/articles_with_index", attrgetter("date")
)
articles_with_index_over_10 = create_generator(
    "test_data/articles_with_index_over_10", lambda x: x.series["index"]
)
