"""Each check passes the sample site, and names the page and the problem
when the site is broken in the way that check exists to catch."""

import shutil

import pytest

from tests.check.conftest import edit, problems, site_of
from tools.check import budget, determinism, feeds, html_validation, links, outside_requests, sitemap
from tools.check.site import BuiltOutput

CLEAN_CHECKS = [links.check, feeds.check, sitemap.check, outside_requests.check, budget.check]


@pytest.mark.parametrize("run", CLEAN_CHECKS, ids=lambda run: run.__module__.rsplit(".", 1)[-1])
def test_sample_site_passes(sample, run):
    assert run(site_of(sample)) == []


# --- HTML -------------------------------------------------------------------

@pytest.mark.slow
def test_html_validation_passes_valid_pages_and_names_invalid_ones(sample):
    assert html_validation.check(site_of(sample)) == []
    edit(sample / "posts/first/index.html", "<h2 id=\"part-two\">Part two</h2>", "<h2 id=\"part-two\"><div>Part two</div></h2>")
    edit(sample / "index.html", '<img src="images/dot.svg" alt="A dot"', '<img src="images/dot.svg"')
    findings = html_validation.check(site_of(sample))
    post = problems(findings, "posts/first/")
    assert len(post) == 1 and "line 14" in post[0] and "“div” not allowed as child of element “h2”" in post[0]
    home = problems(findings, "/")
    assert len(home) == 1 and "“alt” attribute" in home[0]


# --- links ------------------------------------------------------------------

def test_links_names_a_missing_page(sample):
    edit(sample / "index.html", 'href="posts/first/"', 'href="posts/gone/"')
    assert problems(links.check(site_of(sample)), "/") == [
        'broken link, no file posts/gone/index.html: <a href="posts/gone/"> (line 14)']


def test_links_names_a_missing_fragment_on_another_page_and_on_the_same_page(sample):
    edit(sample / "index.html", "posts/first/#part-two", "posts/first/#part-three")
    edit(sample / "index.html", 'href="#content"', 'href="#contents"')
    found = problems(links.check(site_of(sample)), "/")
    assert 'broken fragment, no id="part-three" on posts/first/: <a href="posts/first/#part-three"> (line 14)' in found
    assert 'broken fragment, no id="contents" on /: <a href="#contents"> (line 15)' in found


@pytest.mark.parametrize("asset", ["theme/style.css", "theme/site.js", "images/dot.svg"])
def test_links_names_missing_stylesheets_scripts_and_images(sample, asset):
    (sample / asset).unlink()
    found = problems(links.check(site_of(sample)), "/")
    assert len(found) == 1 and found[0].startswith(f"broken link, no file {asset}:")


def test_links_checks_urls_inside_stylesheets(sample):
    (sample / "images/dot.svg").rename(sample / "images/moved.svg")
    found = links.check(site_of(sample))
    assert "broken link, no file images/dot.svg: url(../images/dot.svg)" in problems(found, "theme/style.css")


def test_links_flags_javascript_urls_and_links_out_of_the_site_folder(sample):
    edit(sample / "posts/first/index.html", 'href="../../"', 'href="javascript:alert(1)"')
    edit(sample / "index.html", 'href="posts/first/"', 'href="../../etc/passwd"')
    found = links.check(site_of(sample))
    assert problems(found, "posts/first/") == ['javascript: URL: <a href="javascript:alert(1)"> (line 13)']
    assert problems(found, "/") == ['link leaves the site folder: <a href="../../etc/passwd"> (line 14)']


def test_links_resolve_root_relative_and_percent_encoded_urls(sample):
    (sample / "posts/first").rename(sample / "posts/first post")
    for page in ("index.html",):
        edit(sample / page, 'href="posts/first/"', 'href="/posts/first%20post/"')
        edit(sample / page, 'href="posts/first/#part-two"', 'href="posts/first%20post/#part-two"')
    assert problems(links.check(site_of(sample)), "/") == []


# --- feeds ------------------------------------------------------------------

def test_feeds_names_a_feed_that_does_not_parse(sample):
    edit(sample / "feeds/all.atom.xml", "</entry></feed>", "</entry>")
    found = problems(feeds.check(site_of(sample)), "feeds/all.atom.xml")
    assert len(found) == 1 and found[0].startswith("feed does not parse cleanly:")


def test_feeds_names_an_entry_without_a_title_or_with_a_dead_relative_link(sample):
    feed = sample / "feeds/all.atom.xml"
    edit(feed, 'href="https://example.org/posts/first/"', 'href="posts/first/"')
    assert problems(feeds.check(site_of(sample)), "feeds/all.atom.xml") == [
        "entry 1 (First post) links to posts/first/, which resolves to no page relative to the feed"]
    edit(feed, "<title>First post</title>", "<title></title>")
    assert problems(feeds.check(site_of(sample)), "feeds/all.atom.xml") == ["entry 1 (tag:example.org,2024-01-02:/posts/first/) has no title"]


# --- sitemap ----------------------------------------------------------------

def test_sitemap_names_pages_it_does_not_list(sample):
    edit(sample / "sitemap.xml", "<url><loc>https://example.org/posts/first/</loc>", "<url><loc>https://example.org/</loc>")
    assert problems(sitemap.check(site_of(sample)), "posts/first/") == ["not listed in sitemap.xml"]


def test_sitemap_names_stale_urls_and_schema_errors(sample):
    edit(sample / "sitemap.xml", "https://example.org/posts/first/", "https://example.org/posts/deleted/")
    edit(sample / "sitemap.xml", "<changefreq>daily</changefreq>", "<changefreq>sometimes</changefreq>")
    found = problems(sitemap.check(site_of(sample)), "sitemap.xml")
    assert "<loc>https://example.org/posts/deleted/</loc> leads to no built page" in found
    assert any(problem.startswith("line 3: does not match the sitemaps.org schema") and "sometimes" in problem
               for problem in found)


def test_sitemap_requires_full_urls(sample):
    edit(sample / "sitemap.xml", "https://example.org/posts/first/", "/posts/first/")
    edit(sample / "sitemap.xml", "https://example.org/", "/")
    found = problems(sitemap.check(site_of(sample)), "sitemap.xml")
    assert any("not full URLs" in problem for problem in found)
    assert any("[facet 'minLength']" in problem for problem in found)


def test_sitemap_leaves_out_pagination_and_not_found_pages(sample):
    (sample / "page/2").mkdir(parents=True)
    shutil.copy(sample / "index.html", sample / "page/2/index.html")
    shutil.copy(sample / "index.html", sample / "404.html")
    assert sitemap.check(site_of(sample)) == []
    shutil.copytree(sample / "posts/first", sample / "posts/second")
    assert problems(sitemap.check(site_of(sample)), "posts/second/") == ["not listed in sitemap.xml"]


def test_sitemap_missing_or_malformed(sample):
    (sample / "sitemap.xml").write_text("<urlset>", encoding="utf-8")
    assert problems(sitemap.check(site_of(sample)), "sitemap.xml")[0].startswith("not well-formed XML")
    (sample / "sitemap.xml").unlink()
    assert sitemap.check(site_of(sample))[0].problem == "missing"


# --- outside requests and CSP -----------------------------------------------

@pytest.mark.parametrize("tag, expected", [
    ('<script src="https://cdn.example.com/lib.js"></script>', '<script src="https://cdn.example.com/lib.js">'),
    ('<link rel="stylesheet" href="//fonts.example.com/css">', '<link href="//fonts.example.com/css">'),
    ('<link rel="preconnect" href="https://fonts.gstatic.com">', '<link href="https://fonts.gstatic.com">'),
    ('<img src="https://tracker.example.com/p.gif" alt="">', '<img src="https://tracker.example.com/p.gif">'),
    ('<iframe src="https://www.youtube.com/embed/x" title="v"></iframe>', '<iframe src="https://www.youtube.com/embed/x">'),
    ('<img srcset="a.png 1x, https://img.example.com/b.png 2x" alt="">', '<img srcset="https://img.example.com/b.png">'),
])
def test_outside_requests_names_each_outside_resource(sample, tag, expected):
    edit(sample / "posts/first/index.html", "<p>More text.</p>", f"<p>More text.</p>{tag}")
    found = problems(outside_requests.check(site_of(sample)), "posts/first/")
    assert len(found) == 1 and f"from outside the site: {expected} (line 15)" in found[0]


def test_outside_requests_ignores_plain_links_and_feed_alternates(sample):
    # index.html links to getpelican.com and announces a feed on example.org: neither loads anything.
    assert outside_requests.check(site_of(sample)) == []


def test_outside_requests_names_remote_urls_in_stylesheets(sample):
    (sample / "theme/style.css").write_text("@import 'https://fonts.example.com/x.css';\n", encoding="utf-8")
    assert problems(outside_requests.check(site_of(sample)), "theme/style.css") == [
        "loads https://fonts.example.com/x.css from outside the site"]


@pytest.mark.parametrize("policy, expected", [
    (None, 'no Content-Security-Policy <meta http-equiv="Content-Security-Policy"> tag'),
    ("img-src 'self'", "Content-Security-Policy has no default-src, so anything it does not name may load from anywhere"),
    ("default-src 'self'; script-src 'self' https://cdn.example.com", "Content-Security-Policy script-src allows outside sources: https://cdn.example.com"),
    ("default-src *", "Content-Security-Policy default-src allows outside sources: *"),
    ("default-src 'self'; font-src https:", "Content-Security-Policy font-src allows outside sources: https:"),
    ("default-src 'self'; script-src 'self' 'unsafe-inline'", "Content-Security-Policy lets inline or generated "
     "scripts run ('unsafe-inline'), so markup that slipped into a page could run"),
])
def test_csp_must_forbid_outside_requests(sample, policy, expected):
    page = sample / "posts/first/index.html"
    old = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'\">"
    edit(page, old, "" if policy is None else f'<meta http-equiv="Content-Security-Policy" content="{policy}">')
    assert problems(outside_requests.check(site_of(sample)), "posts/first/") == [expected]


# --- budget -----------------------------------------------------------------

def test_budget_counts_html_css_and_js_of_article_pages(sample):
    weight = budget.weigh(site_of(sample), sample / "posts/first/index.html")
    sizes = {name: (sample / name).stat().st_size for name in ("theme/style.css", "theme/site.js")}
    assert weight.assets == sizes
    assert weight.total == (sample / "posts/first/index.html").stat().st_size + sum(sizes.values())


def test_budget_names_an_article_over_the_limit(sample):
    (sample / "theme/site.js").write_text("//" + "x" * budget.ARTICLE_BUDGET_BYTES + "\n", encoding="utf-8")
    found = problems(budget.check(site_of(sample)), "posts/first/")
    assert len(found) == 1 and found[0].startswith("HTML+CSS+JS is ") and "over the budget of 50,000" in found[0]
    assert "theme/site.js 50,003" in found[0]


def test_budget_counts_imported_stylesheets(sample):
    (sample / "theme/more.css").write_text("p{}" * 20_000, encoding="utf-8")
    (sample / "theme/style.css").write_text("@import 'more.css';\n", encoding="utf-8")
    assert "theme/more.css 60,000" in problems(budget.check(site_of(sample)), "posts/first/")[0]


def test_budget_names_search_assets_loaded_before_searching(sample):
    (sample / "pagefind").mkdir()
    (sample / "pagefind/pagefind-ui.js").write_text("/* ui */", encoding="utf-8")
    edit(sample / "posts/first/index.html", "</body>", '<script src="../../pagefind/pagefind-ui.js"></script></body>')
    assert problems(budget.check(site_of(sample)), "posts/first/") == [
        "loads search assets before the reader searches: pagefind/pagefind-ui.js"]


# --- determinism ------------------------------------------------------------

def test_determinism_names_every_differing_file(tmp_path, sample):
    other = tmp_path / "other"
    shutil.copytree(sample, other)
    edit(other / "sitemap.xml", "2024-01-02T00:00:00+00:00", "2024-01-03T00:00:00+00:00")
    (other / "theme/site.js").unlink()
    (other / "pagefind").mkdir()
    (other / "pagefind/en_1a2b.pf_fragment").write_bytes(b"\x00")
    assert [str(finding) for finding in determinism.compare(sample, other)] == [
        "theme/site.js: written by the first build only",
        "pagefind/en_1a2b.pf_fragment: written by the second build only",
        "sitemap.xml: differs between two builds of the same commit",
    ]


# --- builds with absolute URLs (publishconf.py) -----------------------------

def test_absolute_links_under_the_site_url_are_checked_as_the_sites_own(sample):
    edit(sample / "index.html", 'href="posts/first/"', 'href="https://example.org/posts/gone/"')
    edit(sample / "index.html", 'src="theme/site.js"', 'src="https://example.org/theme/site.js"')
    published = BuiltOutput(sample, site_url="https://example.org")
    assert problems(links.check(published), "/") == [
        'broken link, no file posts/gone/index.html: <a href="https://example.org/posts/gone/"> (line 14)']
    assert outside_requests.check(published) == []
    # Without the site's address, the same script is a request to another site.
    assert "from outside the site" in problems(outside_requests.check(site_of(sample)), "/")[0]


def test_links_flags_file_urls_and_leaves_other_schemes_alone(sample):
    edit(sample / "index.html", 'href="posts/first/"', 'href="file:///home/me/output/posts/first/index.html"')
    edit(sample / "posts/first/index.html", 'href="../../"', 'href="mailto:someone@example.org"')
    found = links.check(site_of(sample))
    assert problems(found, "/") == [
        'file: URL, which points at a file on the build machine: <a href="file:///home/me/output/posts/first/index.html"> (line 14)']
    assert problems(found, "posts/first/") == []


def test_csp_outside_head_is_ignored_by_browsers(sample):
    page = sample / "posts/first/index.html"
    text = page.read_text(encoding="utf-8")
    meta = text[text.index('<meta http-equiv="Content-Security-Policy"'):]
    meta = meta[:meta.index(">") + 1]
    page.write_text(text.replace(meta, "").replace("<main>", "<main>" + meta), encoding="utf-8")
    assert problems(outside_requests.check(site_of(sample)), "posts/first/") == [
        "the Content-Security-Policy <meta> is not in <head>, so browsers ignore it"]
