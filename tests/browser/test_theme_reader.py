"""A reader's walk through the theme in Debian's Chromium, on the theme's sample site.

The sample site (tests/theme/content) has every page type and metadata field;
it is built once for this module and served like `make serve` does.
"""


import pytest
expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

from tests.browser.fixtures import DESKTOP, PHONE, open_tab, serve
from tests.theme.sample import build_sample

pytestmark = pytest.mark.browser

MASH_1 = "posts/monthly-mash-octobers-best/"
MASH_2 = "posts/monthly-mash-novembers-best/"
# One URL per page type, named for the screenshot files.
PAGE_TYPES = {
    "home": "",
    "article": MASH_1,
    "page": "about/",
    "not-found": "404.html",
    "archives": "archives/",
    "categories": "categories/",
    "category": "category/roundups/",
    "tags": "tags/",
    "tag": "tag/roundup/",
    "authors": "authors/",
    "author": "author/shep-hyken/",
    "sources": "sources/",
    "source": "sources/shep-hykens-blog/",
    "search": "search/",
    "series-list": "series/",
    "series": "series/monthly-mash/",
}


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory):
    site = build_sample(tmp_path_factory.mktemp("theme-browser"))
    with serve(site.output) as url:
        yield url


@pytest.fixture
def reader(browser, sample_url):
    tab = open_tab(browser, sample_url)
    yield tab
    tab.context.close()


def test_home_page_renders(reader):
    response = reader.goto("")
    assert response.status == 200
    assert reader.title() == "Customer Service Notes"
    assert reader.locator("main article.card").count() == 3
    assert reader.get_by_role("link", name="Older posts").is_visible()
    assert reader.outside_requests == []
    assert reader.console_errors == []


def test_reader_goes_from_home_to_an_article_and_along_its_series(reader):
    reader.goto("")
    reader.get_by_role("link", name="Older posts").click()
    reader.get_by_role("link", name="Monthly Mash — October’s best").first.click()
    reader.wait_for_url(f"**/{MASH_1}")
    assert reader.locator("h1").inner_text() == "Monthly Mash — October’s best"
    assert reader.locator(".series-box").count() == 1, "no series box: is the series plugin in PLUGINS?"
    reader.locator(".series-box a[rel=next]").click()
    reader.wait_for_url(f"**/{MASH_2}")
    assert reader.locator("h1").inner_text() == "Monthly Mash — November’s best"
    # The parts are folded away until the reader opens them.
    assert reader.locator(".series-part--current").is_hidden()
    reader.locator(".series-box__parts summary").click()
    assert reader.locator(".series-part--current").inner_text() == "Monthly Mash — November’s best"
    assert reader.outside_requests == []
    assert reader.console_errors == []


def background(tab):
    return tab.evaluate("getComputedStyle(document.body).backgroundColor")


def test_dark_mode_toggle_persists_across_pages(reader):
    reader.goto("")
    toggle = reader.locator("#theme-toggle")
    assert toggle.is_visible()
    assert reader.evaluate("document.documentElement.dataset.theme") == "light"
    light = background(reader)
    toggle.click()
    assert reader.evaluate("document.documentElement.dataset.theme") == "dark"
    # It names the mode it switches to, never on, so it is never "pressed".
    assert toggle.inner_text() == "Light mode" and toggle.get_attribute("aria-pressed") == "false"
    dark = background(reader)
    assert dark != light
    reader.goto(MASH_1)
    assert reader.evaluate("document.documentElement.dataset.theme") == "dark"
    assert background(reader) == dark
    reader.locator("#theme-toggle").click()
    reader.goto("archives/")
    assert reader.evaluate("document.documentElement.dataset.theme") == "light"
    assert background(reader) == light
    assert reader.console_errors == []


def test_print_stylesheet_keeps_only_the_post(reader):
    reader.goto(MASH_1)
    reader.emulate_media(media="print")
    for chrome in (".site-header", ".site-footer", ".post-nav", ".related", ".breadcrumbs"):
        assert reader.locator(chrome).first.is_hidden(), f"{chrome} would be printed"
    assert reader.locator("[itemprop=articleBody]").is_visible()


def test_system_dark_setting_is_followed_without_a_choice(browser, sample_url, artifacts_dir):
    tab = open_tab(browser, sample_url, color_scheme="dark")
    try:
        tab.goto(MASH_1)
        assert tab.evaluate("document.documentElement.dataset.theme") == "dark"
        assert tab.locator("#theme-toggle").inner_text() == "Light mode"
        save_screenshot(tab, artifacts_dir / "theme-article-desktop-dark.png")
    finally:
        tab.context.close()


def search(tab, words):
    tab.goto("search/")
    tab.get_by_label("Search the posts").fill(words)
    # Locator waits run outside the page, so the strict CSP (no eval) does not stop them.
    expect(tab.locator("#search-status")).to_contain_text("result", timeout=30000)


def result_titles(tab, expected_count):
    """Titles of the results, once all have loaded (they are filled in as their data arrives)."""
    expect(tab.locator(".search-result__title")).to_have_count(expected_count, timeout=30000)
    return sorted(tab.locator(".search-result__title").all_inner_texts())


def test_search_finds_a_word_and_the_series_filter_narrows_it(reader):
    search_finds_a_word_and_the_series_filter_narrows_it(reader)


def search_finds_a_word_and_the_series_filter_narrows_it(reader):
    """A reader's searches over the sample site; also run over a site indexed in many bundles."""
    search(reader, "zephyrine")
    assert result_titles(reader, 1) == ["Handling an angry caller in five steps"]
    search(reader, "escalation")
    assert result_titles(reader, 3) == ["A year of listening", "Handling an angry caller in five steps",
                                     "Monthly Mash — October’s best"]
    # Excerpts quote the post's own words, not the hidden filter labels.
    excerpts = " ".join(reader.locator(".search-result__excerpt").all_inner_texts())
    assert "Shep Hyken's Blog" not in excerpts and "Monthly Mash" not in excerpts
    reader.locator(".search-filters summary").click()
    reader.get_by_label("Monthly Mash").check()
    assert result_titles(reader, 1) == ["Monthly Mash — October’s best"]
    link = reader.locator(".search-result__link").first
    link.click()
    reader.wait_for_url(f"**/{MASH_1}")
    assert reader.outside_requests == []
    assert reader.console_errors == []


def save_screenshot(tab, path):
    """Full-page capture; Chromium under load sometimes refuses once, so try twice."""
    try:
        tab.screenshot(path=str(path), full_page=True)
    except Exception:  # noqa: BLE001 - Playwright raises its own Error type
        tab.wait_for_timeout(500)
        tab.screenshot(path=str(path), full_page=True)


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_page_type_fits_phone_and_desktop(browser, sample_url, artifacts_dir, name):
    """Every page type at phone and desktop width, light and dark: screenshots for review."""
    for label, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        for scheme in ("light", "dark"):
            tab = open_tab(browser, sample_url, viewport=viewport, color_scheme=scheme)
            try:
                assert tab.goto(PAGE_TYPES[name]).status in (200, 304)
                suffix = "" if scheme == "light" else "-dark"
                save_screenshot(tab, artifacts_dir / f"theme-{name}-{label}{suffix}.png")
                overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {label} width"
                assert tab.outside_requests == []
                assert tab.console_errors == []
            finally:
                tab.context.close()
