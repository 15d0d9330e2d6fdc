"""The series pages and box in Chromium: readable on a phone, parts reachable by clicks."""

import pytest

from tests.browser.fixtures import PHONE

pytestmark = pytest.mark.browser

NO_OVERFLOW = "document.documentElement.scrollWidth <= document.documentElement.clientWidth"


@pytest.mark.parametrize("url", ["series/", "series/5-ws/", "posts/the-5-ws-of-great-service-when/"])
def test_series_views_fit_a_phone_without_errors(page, artifacts_dir, url):
    page.set_viewport_size(PHONE)
    assert page.goto(url).status == 200
    assert page.evaluate(NO_OVERFLOW), f"{url} scrolls sideways on a phone"
    name = url.strip("/").replace("/", "_") or "home"
    page.screenshot(path=str(artifacts_dir / f"series-{name}-phone.png"), full_page=True)
    assert page.outside_requests == [] and page.console_errors == []


def test_reader_walks_a_series_with_next_and_back_to_its_page(page):
    page.goto("series/5-top-customer-service-articles/")
    page.locator(".series-part__title a").first.click()
    assert "Part 1 of 3" in page.locator(".series-box").inner_text()
    page.locator(".series-box a[rel=next]").click()
    assert "Part 2 of 3" in page.locator(".series-box").inner_text()
    assert "February 16, 2015" in page.locator("h1").inner_text()
    page.locator(".series-box__link").click()
    assert page.url.endswith("series/5-top-customer-service-articles/")
