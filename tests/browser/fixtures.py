"""Browser fixtures (loaded for the whole suite from tests/conftest.py): the built site served on localhost, driven in Debian's Chromium.

Tests here skip, with the reason, when Playwright or Chromium is missing.
CI installs both (see .ci/run). Playwright's own browser download does
not work offline, so the system Chromium is used through executable_path.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from tests.sitebuild import ROOT

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
# Without the background-networking flags Chromium keeps calling home,
# and this machine's closed network refuses every attempt.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS", ROOT / "test-artifacts"))
PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1440, "height": 900}


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - signature from the stdlib
        pass


@contextlib.contextmanager
def serve(directory, handler_class=QuietHandler, port=0):
    """Serve ``directory`` on http://127.0.0.1:<port>/ for the duration of the block."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def open_tab(browser, base, **options):
    """A fresh tab (own storage) that records requests leaving the site and console errors."""
    context = browser.new_context(base_url=base, **{"viewport": DESKTOP, **options})
    tab = context.new_page()
    tab.outside_requests = []
    tab.console_errors = []
    tab.on("request", lambda request: request.url.startswith(base)
           or request.url.startswith("data:") or tab.outside_requests.append(request.url))
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    return tab


@pytest.fixture(scope="session")
def served_site(site):
    """The session's built site on http://127.0.0.1:<port>/, like `make serve`."""
    with serve(site.output) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -r requirements-dev.txt)")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture
def page(browser, served_site):
    """A fresh tab (own storage) at desktop size; records requests that leave the site."""
    tab = open_tab(browser, served_site)
    try:
        yield tab
    finally:
        tab.context.close()


@pytest.fixture(scope="session")
def artifacts_dir():
    path = ARTIFACTS / "screenshots"
    path.mkdir(parents=True, exist_ok=True)
    return path
