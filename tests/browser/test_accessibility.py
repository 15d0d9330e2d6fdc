"""axe-core finds no accessibility violations on any page type, in light
mode, in dark mode from the system setting, and in dark mode from the
theme's own toggle.

Page URLs are discovered from the built site (the first article on the
home page, the first series on the series list ...), so the test follows
the content instead of hard-coding slugs. A page type the site does not
have yet is skipped with the reason, never passed.
"""

from __future__ import annotations

import pytest

from tests.browser.fixtures import DESKTOP
from tests.browser.site_pages import discover

pytestmark = pytest.mark.browser

PAGE_TYPES = ["home", "article", "article in a series", "series list", "series", "category", "tag", "author",
              "archives", "sources", "search", "search with a query", "about", "404"]
# Page types that are another page in a given state.
STATES = {"search with a query": ("search", "?q=customer+service", ".search-result")}
MODES = ["light", "dark (system)", "dark (toggle)"]
# The theme's light/dark switch, whatever the theme calls it.
TOGGLE_SELECTOR = "#theme-toggle, .theme-toggle, [data-theme-toggle]"


@pytest.fixture(scope="module")
def page_urls(site):
    return discover(site)


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def open_in_mode(browser, served_site, url, mode, ready=None, viewport=DESKTOP):
    context = browser.new_context(viewport=viewport, base_url=served_site,
                                  color_scheme="dark" if mode == "dark (system)" else "light")
    tab = context.new_page()
    tab.goto(url)
    tab.wait_for_load_state("load")
    if ready:
        tab.locator(ready).first.wait_for(timeout=30000)
    if mode == "dark (toggle)":
        toggle = tab.locator(TOGGLE_SELECTOR).first
        if not toggle.count() or not toggle.is_visible():
            context.close()
            pytest.skip("the theme has no visible light/dark toggle on this page")
        toggle.click()
        tab.wait_for_function("() => document.documentElement.dataset.theme === 'dark'"
                              " || document.documentElement.classList.contains('dark')", timeout=3000)
    tab.wait_for_timeout(250)  # let colour transitions settle before contrast is measured
    return context, tab


def describe(violations) -> str:
    lines = []
    for violation in violations:
        targets = [" ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
                   for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}")
    return "\n".join(lines)


def _violations(browser, served_site, page_urls, axe, page_type: str, mode: str, **viewport) -> tuple[str, list]:
    """Open one page type in one colour mode and return its URL and axe's violations."""
    base, query, ready = STATES.get(page_type, (page_type, "", None))
    url = page_urls[base]
    if url is None:
        pytest.skip(f"the built site has no {page_type} page")
    context, tab = open_in_mode(browser, served_site, url + query, mode, ready, **viewport)
    try:
        results = axe.run(tab)
    finally:
        context.close()
    return url + query, results.response["violations"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_no_axe_violations(browser, served_site, page_urls, axe, page_type, mode):
    url, violations = _violations(browser, served_site, page_urls, axe, page_type, mode)
    assert not violations, f"{page_type} ({url or '/'}), {mode}:\n{describe(violations)}"


@pytest.mark.parametrize("mode", ["light", "dark (system)"])
@pytest.mark.parametrize("page_type", ["article in a series", "search with a query", "archives"])
def test_no_axe_violations_on_a_phone(browser, served_site, page_urls, axe, page_type, mode):
    """The phone layout differs (folded series parts, scrolling menu, stacked facts): checked too."""
    url, violations = _violations(browser, served_site, page_urls, axe, page_type, mode,
                                  viewport={"width": 390, "height": 844})
    assert not violations, f"{page_type} ({url or '/'}), phone, {mode}:\n{describe(violations)}"
