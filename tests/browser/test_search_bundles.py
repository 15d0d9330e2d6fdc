"""Search over a site indexed in several Pagefind bundles finds the same posts.

Big sites are indexed in batches (plugins/search_index) to bound Pagefind's
memory; the search page merges the bundles. Here every post gets a bundle
of its own, the hardest case, and a reader's searches and filters must
behave exactly as over one bundle (tests/browser/test_theme_reader.py).
"""

import json

import pytest

pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")

from tests.browser.fixtures import open_tab, serve
from tests.browser.test_theme_reader import search_finds_a_word_and_the_series_filter_narrows_it
from tests.sitebuild import build
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def one_bundle_per_post(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("search-bundles")
    site = build(tmp / "output", content=sample_content(tmp / "content"),
                 overrides={**SAMPLE_OVERRIDES, "SEARCH_INDEX": {"batch_pages": 1}})
    return site


@pytest.fixture
def reader(browser, one_bundle_per_post):
    with serve(one_bundle_per_post.output) as url:
        tab = open_tab(browser, url)
        yield tab
        tab.context.close()


def test_every_post_has_its_own_bundle_listed_for_the_search_page(one_bundle_per_post):
    posts = sorted((one_bundle_per_post.output / "posts").glob("*/index.html"))
    listed = json.loads(one_bundle_per_post.text("pagefind/bundles.json"))["more"]
    assert len(posts) > 3 and len(listed) == len(posts) - 1
    for path in listed:
        assert (one_bundle_per_post.output / "pagefind" / path / "pagefind-entry.json").is_file()


def test_search_and_filters_span_every_bundle(reader):
    search_finds_a_word_and_the_series_filter_narrows_it(reader)
