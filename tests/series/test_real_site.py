"""The real site (content/, pelicanconf.py): the series the archives hold.

These checks need the importer's output in content/imported/; before it
lands they skip, saying so.
"""

import feedparser
import pytest

from tests.sitebuild import ROOT

EXPECTED_SERIES = {
    # slug: (name, published parts)
    "5-ws": ("5 W's", 2),
    "monthly-mash": ("Monthly Mash", 1),
    "5-top-customer-service-articles": ("5 Top Customer Service Articles", 3),
    "guest-blog": ("Guest Blog", 3),
}


@pytest.fixture(scope="module")
def real_site(site):
    assert list((ROOT / "content" / "imported").rglob("*.md")), "content/imported/ is empty: is the importer broken?"
    return site


def test_the_archives_series_are_listed(real_site):
    names = [a.get_text(strip=True) for a in real_site.html("series/").select(".series-list__name a")]
    for name, _parts in EXPECTED_SERIES.values():
        assert name in names


@pytest.mark.parametrize("slug", sorted(EXPECTED_SERIES))
def test_each_series_page_lists_its_parts_and_feed(real_site, slug):
    name, parts = EXPECTED_SERIES[slug]
    page = real_site.html(f"series/{slug}/")
    assert page.select_one(".series-page h1").get_text(strip=True) == name
    assert len(page.select(".series-parts .series-part__title a")) == parts
    # The feed holds the parts whose date is known; 5 W's parts are all
    # undated, so that series has no feed (an empty one would carry the build time).
    if slug == "5-ws":
        assert not page.select(".series-parts .series-part__date time")
        assert page.select_one("a.series-feed") is None
        assert not (real_site.output / "feeds" / "series" / f"{slug}.atom.xml").exists()
        return
    feed = feedparser.parse(real_site.text(f"feeds/series/{slug}.atom.xml"))
    assert not feed.bozo and len(feed.entries) == parts


def test_five_ws_announce_the_parts_still_to_come(real_site):
    page = real_site.html("series/5-ws/")
    titles = [li.select_one(".series-part__title a, .series-part__label").get_text(strip=True)
              for li in page.select(".series-parts > li")]
    assert titles[0:2] == ["Who", "What"] and titles[4:] == ["Why", "How"]
    assert "When" in titles[2] and "Where" in titles[3]


def test_an_article_shows_its_place_in_links_box_and_structured_data(real_site):
    import json

    page = real_site.html("posts/the-5-ws-of-great-service-where/")
    assert "Part 4 of 6" in page.select_one(".series-box").get_text(" ", strip=True)
    assert page.head.find("link", rel="prev")["href"].endswith("posts/the-5-ws-of-great-service-when/")
    assert page.head.find("meta", property="og:see_also")["content"].endswith("posts/the-5-ws-of-great-service-when/")
    postings = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    posting = next(p for p in postings if p.get("@type") == "BlogPosting")
    assert posting["isPartOf"]["@type"] == "CreativeWorkSeries"
    assert posting["isPartOf"]["name"] == "5 W's" and posting["isPartOf"]["url"].endswith("series/5-ws/")
    assert posting["position"] == 4  # Where: the fourth of the planned W's


def test_series_feeds_leave_out_parts_whose_date_is_unknown(real_site):
    """Their 1970 placeholder would show in feed readers as a real date."""
    feeds = sorted((real_site.output / "feeds" / "series").glob("*.atom.xml"))
    assert feeds
    for path in feeds:
        feed = feedparser.parse(path.read_text(encoding="utf-8"))
        assert not feed.bozo, path
        assert all(entry.updated_parsed.tm_year > 1970 for entry in feed.entries), path


def test_box_structured_data_and_series_page_agree_on_every_part_number(real_site):
    import json

    checked = 0
    for series_page in sorted((real_site.output / "series").glob("*/index.html")):
        slug = series_page.parent.name
        page = real_site.html(f"series/{slug}/")
        total = len(page.select(".series-parts > li"))
        for item in page.select(".series-parts > li:not(.series-part--planned)"):
            number = int(item["value"])
            url = item.select_one(".series-part__title a")["href"].split("posts/", 1)[1]
            article = real_site.html(f"posts/{url}")
            postings = [json.loads(s.string) for s in article.find_all("script", type="application/ld+json")]
            posting = next(p for p in postings if p.get("@type") == "BlogPosting")
            assert posting["position"] == number, url
            box = article.select_one(".series-box")
            if total == 1:  # a series of one part: a link, no "Part 1 of 1"
                assert box is None and article.select_one(".series-link a") is not None, url
            else:
                position = box.select_one(".series-box__position").get_text(" ", strip=True)
                assert position.startswith(f"Part {number} of {total} in "), (url, position)
                current = box.select_one(".series-part--current")
                assert int(current["value"]) == number, url
            checked += 1
    assert checked >= 9
