"""What a reader and a crawler find on an article page of the sample site."""

import pytest

from tests.theme.conftest import json_ld

MASH_1 = "posts/monthly-mash-octobers-best/"
MASH_2 = "posts/monthly-mash-novembers-best/"
MINUTE = "posts/handling-an-angry-caller-in-five-steps/"
DAY = "posts/the-welcome-email-nobody-reads/"
YEAR = "posts/a-year-of-listening/"
UNDATED = "posts/ten-rules-for-the-help-desk/"
SCRIPT_TITLE = "posts/why-script-tags-quotes-break-pages/"


@pytest.mark.parametrize(("url", "shown", "iso"), [
    (MINUTE, "February 25, 2015", "2015-02-25T05:33"),
    (DAY, "March 10, 2015", "2015-03-10"),
    (MASH_1, "October 2011", "2011-10"),
    (YEAR, "2009", "2009"),
])
def test_date_is_shown_at_its_known_precision(sample_site, url, shown, iso):
    page = sample_site.html(url)
    time = page.select_one("article .byline time")
    assert time.get_text(strip=True) == shown
    assert time["datetime"].startswith(iso)
    posting = json_ld(page, "BlogPosting")[0]
    assert posting["datePublished"].startswith(iso)
    # Month and year precision never invent a day.
    if len(iso) < 10:
        assert posting["datePublished"] == iso


def test_undated_post_says_so_and_claims_no_date(sample_site):
    page = sample_site.html(UNDATED)
    assert "Date unknown" in page.select_one("article .byline").get_text()
    assert page.select_one("article .byline time") is None
    assert "1970" not in page.select_one("article").get_text()
    posting = json_ld(page, "BlogPosting")[0]
    assert "datePublished" not in posting
    assert page.find("meta", property="article:published_time") is None


def test_byline_links_authors_source_and_shows_reading_time(sample_site):
    page = sample_site.html(MASH_1)
    byline = page.select_one("article .byline")
    authors = {a.get_text(): a["href"] for a in byline.find_all("a") if "/author/" in a["href"]}
    assert authors == {"Shep Hyken": "../../author/shep-hyken/", "Ann Smith": "../../author/ann-smith/"}
    assert byline.find("a", string="Shep Hyken's Blog")["href"] == "../../sources/shep-hykens-blog/"
    assert "1 min read" in byline.get_text()
    facts = page.select_one("article .facts")
    assert facts.find("a", string="Roundups")["href"] == "../../category/roundups/"
    assert {a.get_text() for a in facts.select(".tag-list a")} == {"roundup", "complaints"}
    original = facts.find("a", string="Shep Hyken's Blog")
    assert original["href"] == "https://hyken.example/blog/"
    assert page.select_one(".post__subtitle").get_text() == "Volume 1: October 2011 Mashup"


def test_article_is_one_element_with_its_body_marked(sample_site):
    page = sample_site.html(MINUTE)
    articles = page.find_all("article")
    assert len(articles) == 1
    body = articles[0].find(attrs={"itemprop": "articleBody"})
    assert "listen first" in body.get_text()
    assert body.has_attr("data-pagefind-body")


def test_only_article_pages_are_indexed_for_search(sample_site):
    for url in ("", "archives/", "about/", "tags/", "sources/", "search/", "404.html"):
        assert sample_site.html(url).find(attrs={"data-pagefind-body": True}) is None, url
    filters = {(tag["data-pagefind-filter"], tag.get_text())
               for tag in sample_site.html(MASH_1).select("[data-pagefind-filter]")}
    assert filters == {("series", "Monthly Mash"), ("source", "Shep Hyken's Blog"),
                       ("author", "Shep Hyken"), ("author", "Ann Smith")}


def test_json_ld_blog_posting_and_breadcrumbs(published_sample_site):
    page = published_sample_site.html(MASH_1)
    posting = json_ld(page, "BlogPosting")[0]
    assert posting["headline"] == "Monthly Mash — October’s best"
    assert [author["name"] for author in posting["author"]] == ["Shep Hyken", "Ann Smith"]
    assert posting["url"] == "https://example.github.io/customer-service-blog/" + MASH_1
    assert posting["datePublished"] == "2011-10"
    assert posting["isPartOf"] == {"@type": "CreativeWorkSeries", "name": "Monthly Mash",
                                   "url": "https://example.github.io/customer-service-blog/series/monthly-mash/"}
    assert posting["position"] == 1
    assert json_ld(published_sample_site.html(MASH_2), "BlogPosting")[0]["position"] == 2
    crumbs = json_ld(page, "BreadcrumbList")[0]["itemListElement"]
    assert [crumb["name"] for crumb in crumbs] == ["Home", "Roundups", "Monthly Mash — October’s best"]
    assert crumbs[1]["item"] == "https://example.github.io/customer-service-blog/category/roundups/"


def test_json_ld_cannot_close_its_script_early(sample_site):
    text = sample_site.text(SCRIPT_TITLE)
    page = sample_site.html(SCRIPT_TITLE)
    posting = json_ld(page, "BlogPosting")[0]
    assert posting["headline"] == "Why </script> tags & “quotes” break pages"
    # The headline survived parsing whole, so no "</script>" inside cut the element short.
    assert "<\\/script>" in text
    assert page.h1.get_text() == "Why </script> tags & “quotes” break pages"
    # The same words, as text, in the tab title and the link-preview tags.
    assert page.title.get_text() == "Why </script> tags & “quotes” break pages · Customer Service Notes"
    assert page.find("meta", property="og:title")["content"].startswith("Why </script> tags & “quotes”")


def test_related_posts_put_series_mates_first(sample_site):
    related = [a["href"] for a in sample_site.html(MASH_1).select(".related a")]
    assert related[0] == "../../" + MASH_2
    # A shared tag ("complaints") is a bond too.
    assert "../../" + MINUTE in related
    assert "../../" + MASH_1 not in related


def test_previous_and_next_posts_follow_date_order(sample_site):
    nav = sample_site.html(MASH_1).select_one(".post-nav")
    assert nav.select_one(".post-nav__newer")["href"] == "../../" + MASH_2
    assert nav.select_one(".post-nav__older")["href"] == "../../" + YEAR


def test_author_bio_box_and_author_page(sample_site):
    box = sample_site.html(MASH_2).select_one(".author-box")
    assert "every week" in box.get_text()
    # Two authors share one bio line: it is not pinned on either of them in the article.
    assert sample_site.html(MASH_1).select_one(".author-box") is None
    authors = sample_site.html("authors/")
    shep = authors.find("a", string="Shep Hyken").find_parent("li")
    assert "every week" in shep.select_one(".author-bio").get_text()
    author = sample_site.html("author/shep-hyken/")
    assert "every week" in author.select_one(".author-bio").get_text()
    assert {a["href"] for a in author.select(".card__title a")} == {"../../" + MASH_1, "../../" + MASH_2}
