"""Search over a site indexed in several Pagefind bundles finds the same posts.

Big sites are indexed in batches (plugins/search_index) to bound Pagefind's
memory; the search page merges the bundles. Here every post gets a bundle
of its own, the hardest case, and a reader's searches and filters must
behave exactly as over one bundle (tests/browser/test_theme_reader.py).
"""

import json

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

from tests.browser.fixtures import open_tab, serve
from tests.browser.test_theme_reader import MASH_1, result_titles, search
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
    search(reader, "zephyrine")
    assert result_titles(reader, 1) == ["Handling an angry caller in five steps"]
    search(reader, "escalation")
    assert result_titles(reader, 3) == ["A year of listening", "Handling an angry caller in five steps",
                                     "Monthly Mash — October’s best"]
    reader.locator(".pagefind-ui__filter-name", has_text="series").click()
    reader.get_by_label("Monthly Mash").check()
    assert result_titles(reader, 1) == ["Monthly Mash — October’s best"]
    reader.locator(".pagefind-ui__result-link").first.click()
    reader.wait_for_url(f"**/{MASH_1}")
    assert reader.outside_requests == []
    assert reader.console_errors == []
