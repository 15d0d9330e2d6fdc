"""In Chromium, a live-preview page reloads by itself when the build writes a new token."""

from __future__ import annotations

import time

import pytest

from tests.browser.fixtures import open_tab, serve
from tests.sitebuild import build
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content

from livereload import plugin

pytestmark = pytest.mark.browser
# The script polls once a second; a reload within a few polls is plenty.
RELOAD_LIMIT_MS = 10000


def test_page_reloads_after_a_rebuild_and_not_before(browser, tmp_path):
    site = build(tmp_path / "output", content=sample_content(tmp_path / "content"),
                 overrides={**SAMPLE_OVERRIDES, "LIVERELOAD": True})
    with serve(site.output) as base:
        tab = open_tab(browser, base)
        try:
            tab.goto("")
            tab.evaluate("window.notReloaded = true")
            tab.wait_for_timeout(2500)  # polls that find the same token leave the page alone
            assert tab.evaluate("window.notReloaded === true")
            with tab.expect_event("load", timeout=RELOAD_LIMIT_MS):
                (site.output / plugin.TOKEN_NAME).write_text(f"{time.time_ns()}\n", encoding="ascii")
            assert tab.evaluate("window.notReloaded === undefined"), "the page itself was loaded again"
            assert tab.outside_requests == [] and tab.console_errors == []
        finally:
            tab.context.close()
