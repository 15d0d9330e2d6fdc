"""Hostile archives cannot run code on the site.

An archive is plain text copied from web pages, so anything in it that
looks like HTML or Markdown must show as written. This builds a tiny site
(the real pelicanconf.py and importer) from an archive full of script
injection tricks, opens every article in Chromium, clicks every link in
the article, and checks that none of the tricks ran or survived as markup.
"""

from __future__ import annotations

import shutil

import pytest

PlaywrightError = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed").Error

from tests.browser.fixtures import serve
from tests.sitebuild import ROOT, build

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Each line sets window.__pwned if it ever runs.
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<svg onload="window.__pwned=1"><circle r="1"/></svg>',
    '<iframe src="javascript:parent.__pwned=1"></iframe>',
    '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    '<a href="javascript:window.__pwned=1">raw html link</a>',
    '<details open ontoggle="window.__pwned=1">details</details>',
    '<body onload="window.__pwned=1">',
    '<object data="javascript:window.__pwned=1"></object>',
    "[click me](javascript:window.__pwned=1)",
    "[entity trick](jav&#x61;script:window.__pwned=1)",
    "[spaced trick]( javascript:window.__pwned=1 )",
    "[reference trick][evil]",
    "[evil]: javascript:window.__pwned=1",
    "<javascript:window.__pwned=1>",
    "![image trick](x\" onerror=\"window.__pwned=1)",
    "[data trick](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+)",
    '<a href="#" onclick="window.__pwned=1">onclick link</a>',
    '<form action="javascript:window.__pwned=1"><button>Send</button></form>',
    '<style>body{background:url("javascript:window.__pwned=1")}</style>',
    '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
]
REDIRECT = 'Y"><meta http-equiv="refresh" content="0;url=https://evil.example/">'
# Every payload must appear in the rendered articles exactly as the archive wrote it.
MUST_SHOW = PAYLOADS

ARCHIVE = "\n".join([
    "Hostile Test Blog",
    "",
    "How To Keep Customers Safe Online",
    "",
    "Published: March 3, 2014 at 5:33 am",
    "",
    "Good service starts with trust, and trust starts with a page that does what it says.",
    "",
    *[line for payload in PAYLOADS[:10] for line in (f"Example: {payload} and more text after it.", "")],
    "Posted in Customer Service",
    "",
    # The redirect: the feed footer's source became the byline and <meta content>.
    f"The post How To Keep Customers Safe Online appeared first on {REDIRECT}.",
    "",
    "Second Post With Markdown Tricks",
    "",
    "Published: March 4, 2014 at 6:10 am",
    "",
    "Links in text are often tricks; this post collects a few of them for the test.",
    "",
    *[line for payload in PAYLOADS[10:] for line in (payload, "")],
    "Posted in Customer Service",
    "",
])


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    content = tmp_path_factory.mktemp("hostile") / "content"
    # Everything the real content has except its posts, so the real settings apply unchanged.
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("*.md", "*.txt"))
    for folder in ("archives", "imported", "posts", "pages"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    (content / "archives" / "hostile.txt").write_text(ARCHIVE, encoding="utf-8")
    site = build(content.parent / "output", content=content)
    articles = sorted((site.output / "posts").glob("*/index.html")) if (site.output / "posts").is_dir() else []
    assert len(articles) == 2, f"the importer made {len(articles)} articles of the hostile archive, not 2:\n{site.log}"
    return site, ["posts/" + path.parent.name + "/" for path in articles]


@pytest.fixture(scope="module")
def hostile_server(hostile_site):
    site, _ = hostile_site
    with serve(site.output) as url:
        yield url


@pytest.fixture
def tab(browser, hostile_server):
    context = browser.new_context(base_url=hostile_server)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield page
    finally:
        context.close()


def article_body(page):
    """The article's own content: the theme's <article>, else <main>."""
    for selector in ("main article", "article", "main"):
        if page.locator(selector).count():
            return page.locator(selector).first
    return page.locator("body")


def pwned(page) -> bool:
    return page.evaluate("() => window.__pwned !== undefined || [...document.querySelectorAll('iframe')]"
                         ".some(f => { try { return f.contentWindow.__pwned !== undefined } catch (e) { return false } })")


def test_the_archive_became_articles(hostile_site):
    _, urls = hostile_site
    assert len(urls) >= 1


def test_nothing_runs_on_load_and_no_markup_survives(tab, hostile_site):
    _, urls = hostile_site
    for url in urls:
        tab.goto(url)
        tab.wait_for_load_state("load")
        assert not pwned(tab), f"{url}: a payload ran on load"
        body = article_body(tab)
        found = body.evaluate("""root => ({
            scripts: root.querySelectorAll('script').length,
            frames: root.querySelectorAll('iframe, frame, object, embed').length,
            handlers: [...root.querySelectorAll('*')].flatMap(e => [...e.attributes]
                .filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
            jsUrls: [...root.querySelectorAll('[href], [src], [action], [data]')].flatMap(e =>
                ['href', 'src', 'action', 'data'].map(n => e.getAttribute(n) || '')
                .filter(v => /^\\s*(javascript|data|vbscript):/i.test(v))),
        })""")
        assert found == {"scripts": 0, "frames": 0, "handlers": [], "jsUrls": []}, f"{url}: markup survived: {found}"
        assert tab.dialogs == []


def test_an_archive_cannot_redirect_readers(tab, hostile_site, hostile_server):
    """Every page of the hostile site stays where it is: no meta refresh, no navigation."""
    site, _ = hostile_site
    pages = sorted(str(path.relative_to(site.output).parent) + "/" for path in site.output.rglob("index.html"))
    for url in [url.removeprefix("./") for url in pages]:
        tab.goto(url)
        tab.wait_for_timeout(300)
        assert tab.url.startswith(hostile_server), f"{url}: left the site for {tab.url}"
        assert tab.locator('meta[http-equiv="refresh" i]').count() == 0, f"{url}: a live meta refresh"
    tab.goto("posts/how-to-keep-customers-safe-online/")
    assert REDIRECT in tab.locator(".byline").inner_text()


def test_hostile_text_shows_as_written(tab, hostile_site):
    _, urls = hostile_site
    shown = ""
    for url in urls:
        tab.goto(url)
        shown += article_body(tab).inner_text() + "\n"
    missing = [text for text in MUST_SHOW if text not in shown]
    assert not missing, f"not shown literally: {missing}"


def test_clicking_every_link_runs_nothing(tab, hostile_site):
    _, urls = hostile_site
    for url in urls:
        tab.goto(url)
        count = article_body(tab).locator("a, button, details summary").count()
        for index in range(count):
            tab.goto(url)
            target = article_body(tab).locator("a, button, details summary").nth(index)
            if not target.is_visible():
                continue
            target.click(no_wait_after=True, timeout=5000, modifiers=[])
            tab.wait_for_timeout(100)
            tab.wait_for_load_state("load")
            if tab.url.rstrip("/").endswith(url.rstrip("/")):
                try:
                    assert not pwned(tab), f"{url}: clicking element {index} ran a payload"
                except PlaywrightError as error:  # the click was a link: the page is going away
                    assert "navigation" in str(error), error
        assert tab.dialogs == []


# --- the real site: no request leaves it -------------------------------------

@pytest.mark.parametrize("page_type", ["home", "article", "article in a series", "series", "search", "404"])
def test_no_request_leaves_the_site(page, site, page_type):
    """Every request a page makes, including the search box's once a reader
    types, goes to the site itself, and the CSP blocks nothing the theme needs."""
    from tests.browser.site_pages import discover

    url = discover(site)[page_type]
    assert url is not None, f"the built site has no {page_type} page"
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if page_type == "search":
        page.locator("input[type=text], input[type=search]").first.fill("customer")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1000)
        assert any("/pagefind/" in request and request.endswith(".pf_fragment") for request in requested), \
            "searching loaded no Pagefind results, so the test saw no search requests"
    assert page.outside_requests == [], f"{page_type} ({url or '/'}) asked other sites for {page.outside_requests}"
    csp_errors = [message for message in page.console_errors if "Content Security Policy" in message]
    assert csp_errors == [], f"{page_type} ({url or '/'}): the CSP blocked {csp_errors}"
