"""Reading on a phone (390×844) in Chromium, on the real site: article text on the
first screen, a short header, no layout shift, a theme button that says what it does.

Measured figures go to test-artifacts/reading.json for the issue notes.
"""

from __future__ import annotations

import json

import pytest

expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

from tests.browser.fixtures import ARTIFACTS, PHONE, open_tab
from tests.browser.site_pages import discover

pytestmark = pytest.mark.browser

PHONE_390 = {"width": 390, "height": 844}
HEADER_MAX_PX = 100
SHIFT_MAX = 0.05
# The first block of the post's own text, whatever it is.
FIRST_TEXT = """() => {
  const body = document.querySelector('.post__body');
  const block = body && [...body.querySelectorAll('p, li, h2, h3, h4, blockquote, pre, table')]
    .find(el => el.innerText.trim() && el.getBoundingClientRect().height > 0);
  if (!block) return null;
  const box = block.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(block).lineHeight) || 24;
  return {top: box.top + scrollY, firstLineBottom: box.top + scrollY + line};
}"""
# Collects layout shifts from the very start of the page (an init script runs before any other).
SHIFT_OBSERVER = """
window.__shift = 0;
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
}).observe({type: 'layout-shift', buffered: true});
"""


@pytest.fixture(scope="module")
def article_urls(site):
    return sorted(f"posts/{path.parent.name}/" for path in (site.output / "posts").glob("*/index.html"))


@pytest.fixture(scope="module")
def figures():
    found = {}
    yield found
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / "reading.json"
    old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    path.write_text(json.dumps({**old, **found}, indent=1, sort_keys=True), encoding="utf-8")


@pytest.fixture
def phone(browser, served_site):
    tab = open_tab(browser, served_site, viewport=PHONE_390)
    yield tab
    tab.context.close()


def test_every_article_starts_its_text_on_the_first_phone_screen(phone, article_urls, figures):
    assert len(article_urls) >= 20
    offsets, late = {}, []
    for url in article_urls:
        phone.goto(url)
        first = phone.evaluate(FIRST_TEXT)
        assert first is not None, f"{url} has no text"
        offsets[url] = round(first["top"])
        if first["firstLineBottom"] > PHONE_390["height"]:
            late.append(f"{url}: {first['top']:.0f}px")
    figures["first_paragraph_top_px_at_390x844"] = offsets
    assert not late, "text starts below the first screen:\n" + "\n".join(late)


@pytest.mark.parametrize("page_type", ["home", "article", "article in a series", "series", "archives",
                                       "search", "404"])
def test_phone_header_is_short_and_nothing_shifts(browser, served_site, site, page_type, figures):
    url = discover(site)[page_type]
    if url is None:
        pytest.skip(f"the built site has no {page_type} page")
    # 390x844 in both schemes, and the narrower 360px phone in dark (the longer button label).
    for scheme, viewport in (("light", PHONE_390), ("dark", PHONE_390), ("dark", PHONE)):
        tab = open_tab(browser, served_site, viewport=viewport, color_scheme=scheme)
        try:
            tab.add_init_script(SHIFT_OBSERVER)
            tab.goto(url)
            tab.wait_for_load_state("load")
            tab.wait_for_timeout(600)
            header = tab.evaluate("document.querySelector('.site-header').getBoundingClientRect().height")
            shift = tab.evaluate("window.__shift")
        finally:
            tab.context.close()
        width = viewport["width"]
        figures.setdefault(f"header_height_px_at_{width}", {})[page_type] = round(header)
        figures.setdefault(f"layout_shift_at_{width}", {})[f"{page_type} ({scheme})"] = round(shift, 4)
        assert header <= HEADER_MAX_PX, f"{page_type}: header {header:.0f}px tall on a phone"
        assert shift < SHIFT_MAX, f"{page_type} ({scheme}): layout shift {shift:.3f}"


def toggle_state(tab):
    button = tab.get_by_role("button", name="mode")
    return " ".join(button.inner_text().split()), button.get_attribute("aria-pressed")


def test_theme_button_is_there_from_the_start_and_names_what_it_does(browser, served_site):
    tab = open_tab(browser, served_site, viewport=PHONE_390, color_scheme="dark")
    try:
        tab.goto("")
        # In the HTML as served, not added by a script.
        served = tab.request.get(served_site).text()
        assert 'id="theme-toggle"' in served and "hidden>" not in served.split('id="theme-toggle"')[1][:200]
        assert toggle_state(tab) == ("Light mode", "false")
        tab.get_by_role("button", name="Light mode").click()
        assert tab.evaluate("document.documentElement.dataset.theme") == "light"
        assert toggle_state(tab) == ("Dark mode", "false")
        tab.reload()
        assert toggle_state(tab) == ("Dark mode", "false")
        tab.get_by_role("button", name="Dark mode").click()
        assert tab.evaluate("document.documentElement.dataset.theme") == "dark"
        assert toggle_state(tab) == ("Light mode", "false")
        assert tab.console_errors == []
    finally:
        tab.context.close()


def test_archive_index_and_chart_are_readable_on_a_phone(phone):
    phone.goto("archives/")
    sizes = phone.evaluate("""() => [...document.querySelectorAll('.archive-index a, .archive-bars a, .archive-bars__count')]
        .map(el => parseFloat(getComputedStyle(el).fontSize))""")
    assert sizes and min(sizes) >= 12, f"smallest archive label {min(sizes)}px"
    # Counts are visible text, not tooltips.
    counts = phone.locator(".archive-bars__count")
    if counts.count():
        assert counts.first.is_visible() and "post" in counts.first.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_search_keeps_its_query_in_the_address_and_shows_dated_results(phone):
    phone.goto("search/")
    phone.get_by_label("Search the posts").fill("tablet")
    expect(phone.locator("#search-status")).to_have_text("1 result", timeout=30000)
    assert phone.url.endswith("search/?q=tablet")
    phone.get_by_label("Search the posts").fill("monthly mash")
    expect(phone.locator(".search-result__facts").first).to_contain_text("October 2011", timeout=30000)
    assert phone.url.endswith("search/?q=monthly+mash")
    first = phone.locator(".search-result").first
    assert "in Monthly Mash" in first.locator(".search-result__facts").inner_text()
    # A result's title is a link; Back brings the search back.
    first.locator(".search-result__title a").click()
    phone.wait_for_url("**/posts/**")
    phone.go_back()
    expect(phone.get_by_label("Search the posts")).to_have_value("monthly mash")
    expect(phone.locator(".search-result").first).to_be_visible(timeout=30000)
    assert phone.console_errors == [] and phone.outside_requests == []


def test_a_shared_search_address_shows_results_without_shifting(browser, served_site, figures):
    tab = open_tab(browser, served_site, viewport=PHONE_390)
    try:
        tab.add_init_script(SHIFT_OBSERVER)
        tab.goto("search/?q=customer+service")
        expect(tab.locator(".search-result").first).to_be_visible(timeout=30000)
        tab.wait_for_timeout(800)
        shift = tab.evaluate("window.__shift")
        figures.setdefault("layout_shift_at_390", {})["search ?q="] = round(shift, 4)
        assert shift < SHIFT_MAX, f"search with a query: layout shift {shift:.3f}"
        sizes = tab.evaluate("""() => [...document.querySelectorAll('.search-filters summary, .search-result__facts, .search-form__label')]
            .map(el => parseFloat(getComputedStyle(el).fontSize))""")
        assert min(sizes) >= 14
    finally:
        tab.context.close()
