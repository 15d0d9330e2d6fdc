"""The publish build under a GitHub Pages sub-path: search and the 404 page work
with absolute SITEURL links, served the way GitHub Pages serves them."""

import functools
import http.server
import socket
import threading

import pytest

from tests.browser.fixtures import QuietHandler
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content
from tests.sitebuild import build

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").expect

SUB_PATH = "customer-service-blog"


class PagesHandler(QuietHandler):
    """Like GitHub Pages: a missing path gets the site's 404.html with status 404."""

    def send_error(self, code, message=None, explain=None):
        page = self.server.not_found_page
        if code != 404 or not page.exists():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def pages_site(tmp_path_factory):
    """The sample site built for https-like hosting at /customer-service-blog/, then served there."""
    tmp = tmp_path_factory.mktemp("theme-pages")
    port = free_port()
    siteurl = f"http://127.0.0.1:{port}/{SUB_PATH}"
    output = tmp / "root" / SUB_PATH
    build(output, content=sample_content(tmp / "content"),
          overrides={**SAMPLE_OVERRIDES, "SITEURL": siteurl, "RELATIVE_URLS": False, "FEED_DOMAIN": siteurl})
    handler = functools.partial(PagesHandler, directory=str(tmp / "root"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.not_found_page = output / "404.html"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield siteurl + "/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def visitor(browser, pages_site):
    context = browser.new_context()
    tab = context.new_page()
    tab.console_errors = []
    tab.outside_requests = []
    origin = pages_site.split(f"/{SUB_PATH}/")[0]
    tab.on("request", lambda request: request.url.startswith(origin) or tab.outside_requests.append(request.url))
    tab.on("console", lambda message: message.type == "error" and tab.console_errors.append(message.text))
    yield tab
    context.close()


def test_search_under_a_sub_path_links_to_the_right_pages(visitor, pages_site):
    visitor.goto(pages_site + "search/")
    visitor.locator("#search input").first.fill("zephyrine")
    expect(visitor.locator(".search-result__link")).to_have_count(1, timeout=30000)
    assert visitor.url == pages_site + "search/?q=zephyrine"
    visitor.locator(".search-result__link").click()
    visitor.wait_for_url(pages_site + "posts/handling-an-angry-caller-in-five-steps/")
    assert visitor.locator("h1").inner_text() == "Handling an angry caller in five steps"
    assert visitor.outside_requests == []


def test_404_page_works_at_any_depth(visitor, pages_site):
    response = visitor.goto(pages_site + "no/such/deep/page/")
    assert response.status == 404
    assert visitor.locator("h1").inner_text() == "Page not found"
    # The stylesheet loaded, though the page is served from a path it was not built for.
    assert visitor.evaluate("getComputedStyle(document.querySelector('.site-header')).borderBottomStyle") == "solid"
    visitor.get_by_role("link", name="Search the blog").click()
    visitor.wait_for_url(pages_site + "search/")
    # The one console error is the missing page's own 404; CSS, scripts and favicon were all found.
    assert len(visitor.console_errors) <= 1 and all("404" in error for error in visitor.console_errors)
