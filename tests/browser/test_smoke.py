"""The built site opens in a real browser without errors or outside requests."""

import pytest

pytestmark = pytest.mark.browser


def test_home_page_renders(page):
    response = page.goto("")
    assert response.status == 200
    assert page.title()
    assert page.locator("a[href*='posts/']").count() > 0
    assert page.outside_requests == []
    assert page.console_errors == []
