"""Every page type of the sample site: lists, sources, archives, search, 404, head tags."""

import base64
import hashlib
import re

import pytest

from tests.theme.sample import PUBLISHED_SITEURL

PAGE_TYPES = [
    "", "page/2/", "posts/monthly-mash-octobers-best/", "about/", "404.html", "archives/",
    "categories/", "category/tips/", "tags/", "tag/roundup/", "authors/", "author/ann-smith/",
    "sources/", "sources/shep-hykens-blog/", "search/",
]
BUDGET_BYTES = 50 * 1024


def inline_scripts(soup):
    """The text of each inline script that would run (JSON-LD is data, not a script)."""
    return [tag.string or "" for tag in soup.find_all("script", src=False)
            if tag.get("type") != "application/ld+json"]


def csp_hash(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def local_assets(soup):
    return [tag.get("href") or tag.get("src")
            for tag in soup.find_all(["link", "script", "img"])
            if (tag.get("href") or tag.get("src"))]


@pytest.mark.parametrize("url", PAGE_TYPES)
def test_every_page_has_the_basics(sample_site, url):
    page = sample_site.html(url)
    assert page.html["lang"] == "en"
    assert page.find("meta", attrs={"name": "description"})["content"].strip()
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "default-src 'self'" in csp and "object-src 'none'" in csp
    # One inline script, the light/dark one, set before the first paint without a
    # request; the CSP allows exactly its text by hash, and nothing else inline.
    script_src = re.search(r"script-src ([^;]*)", csp).group(1).split()
    assert "'unsafe-inline'" not in script_src
    scripts = inline_scripts(page)
    assert len(scripts) == 1 and "data-theme" in scripts[0]
    assert [source for source in script_src if source.startswith("'sha")] == [csp_hash(scripts[0])]
    assert page.head.find("script", src=False, type=False) is page.find("script", src=False, type=False)
    assert page.find("link", rel="icon")
    assert page.find("main") and page.find("header") and page.find("footer")
    assert len(page.find_all("h1")) == 1
    # Nothing a browser loads by itself comes from elsewhere.
    assert not [asset for asset in local_assets(page) if re.match(r"^(https?:)?//", asset)]


def test_home_lists_latest_posts_with_summaries_and_pages(sample_site):
    home = sample_site.html("")
    cards = home.select("article.card")
    assert len(cards) == 3
    assert cards[0].select_one(".card__title a").get_text().startswith("Why")
    assert all(card.select_one(".card__summary") for card in cards)
    next_page = home.select_one(".pagination a[rel=next]")["href"]
    assert next_page == "./page/2/"
    assert sample_site.path("page/3/").exists()
    assert not sample_site.path("page/4/").exists()


def test_sources_pages_link_the_original_blogs(sample_site):
    sources = sample_site.html("sources/")
    names = [a.get_text() for a in sources.select(".term-list > li > a:first-child")]
    assert names == ["Service Untitled", "Shep Hyken's Blog"]
    assert sources.find("a", href="https://hyken.example/blog/")
    shep = sample_site.html("sources/shep-hykens-blog/")
    assert shep.find("a", href="https://hyken.example/blog/")
    assert len(shep.select("article.card")) == 2
    untitled = sample_site.html("sources/service-untitled/")
    titles = {a.get_text() for a in untitled.select(".card__title a")}
    assert titles == {"A year of listening", "Ten rules for the help desk"}


def test_archives_list_years_and_months_with_counts_and_chart_years(sample_site):
    page = sample_site.html("archives/")
    # Every year and month, with its count, as links a reader can see without hovering.
    index = page.select_one("nav.archive-index")
    years = [a.get_text(" ", strip=True) for a in index.select(".archive-index__year")]
    assert years == ["2016 (1)", "2015 (2)", "2011 (2)", "2009 (1)", "Date unknown (1)"]
    months = [(a["href"], a.get_text(" ", strip=True)) for a in index.select(".archive-index__months a")]
    assert months[:2] == [("#m2016-06", "Jun (1)"), ("#m2015-03", "Mar (1)")]
    assert all(page.find(id=href[1:]) for href, _ in months)
    # Posts per year: counts written out, bars drawn to scale, no hover needed.
    bars = [(li.select_one(".archive-bars__year").get_text(), li.select_one(".archive-bars__count").get_text(),
             li.select_one("rect")["width"]) for li in page.select(".archive-bars li")]
    assert bars == [("2016", "1 post", "50"), ("2015", "2 posts", "100"), ("2011", "2 posts", "100"),
                    ("2009", "1 post", "50")]
    # No script of its own: the only inline script is the light/dark one every page has.
    assert len(inline_scripts(page)) == 1 and not page.select("main script")
    headings = [h.get_text(" ", strip=True) for h in page.select("section h2, section h3")]
    assert headings[:3] == ["2016 (1)", "June 2016 (1)", "2015 (2)"]
    assert "Sometime in 2009" in headings
    assert headings[-1] == "Date unknown (1)"


def test_search_page_loads_pagefind_only_there(sample_site):
    search = sample_site.html("search/")
    # The search page's script loads Pagefind's JS API on the first search.
    assert search.find("script", src="../theme/js/search.js")
    assert "pagefind.js" in (sample_site.output / "theme" / "js" / "search.js").read_text(encoding="utf-8")
    assert sample_site.path("pagefind/pagefind.js").exists()
    assert "'wasm-unsafe-eval'" in search.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    article = sample_site.html("posts/monthly-mash-octobers-best/")
    assert not [asset for asset in local_assets(article) if "pagefind" in asset]
    assert "wasm" not in article.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert sample_site.path("pagefind/pagefind-ui.js").exists()


def test_article_page_weighs_under_budget(sample_site):
    url = "posts/monthly-mash-octobers-best/"
    total = sample_site.path(url).stat().st_size
    for asset in local_assets(sample_site.html(url)):
        if asset.endswith((".css", ".js")):
            total += (sample_site.path(url).parent / asset).resolve().stat().st_size
    assert total < BUDGET_BYTES, f"{total} bytes"


def test_404_page_works_from_any_depth_when_published(published_sample_site):
    page = published_sample_site.html("404.html")
    hrefs = [a["href"] for a in page.select("main a")]
    assert f"{PUBLISHED_SITEURL}/" in hrefs and f"{PUBLISHED_SITEURL}/search/" in hrefs
    stylesheet = page.find("link", rel="stylesheet")["href"]
    assert stylesheet == f"{PUBLISHED_SITEURL}/theme/css/style.css"


def test_published_pages_have_canonical_and_social_tags(published_sample_site):
    url = "posts/monthly-mash-octobers-best/"
    page = published_sample_site.html(url)
    assert page.find("link", rel="canonical")["href"] == f"{PUBLISHED_SITEURL}/{url}"
    assert page.find("meta", property="og:url")["content"] == f"{PUBLISHED_SITEURL}/{url}"
    assert page.find("meta", property="og:type")["content"] == "article"
    assert page.find("meta", property="og:title")["content"].startswith("Monthly Mash — October’s best")
    assert page.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    home = published_sample_site.html("")
    assert home.find("link", rel="canonical")["href"] == f"{PUBLISHED_SITEURL}/"


def test_robots_txt_names_the_sitemap_only_with_an_address(sample_site, published_sample_site):
    assert "Sitemap:" not in sample_site.text("robots.txt")
    assert f"Sitemap: {PUBLISHED_SITEURL}/sitemap.xml" in published_sample_site.text("robots.txt")
    assert sample_site.html("").find("link", rel="canonical") is None


def test_favicon_and_feeds_exist(sample_site):
    assert sample_site.path("favicon.svg").read_text().startswith("<svg")
    assert sample_site.path("feeds/all.atom.xml").exists()
    category = sample_site.html("category/tips/")
    assert category.find("link", type="application/atom+xml", href="../../feeds/category/tips.atom.xml")
