"""Series pages, article boxes and feeds, checked on real builds of small content folders."""

import feedparser
import pytest

from tests.series.conftest import build_scenario, write_posts


def part_titles(page):
    return [a.get_text(strip=True) for a in page.select(".series-parts .series-part__title a")]


def dated_part_titles(page):
    """Parts whose date is known: the ones a series feed lists."""
    return [item.select_one(".series-part__title a").get_text(strip=True)
            for item in page.select(".series-parts .series-part")
            if item.select_one(".series-part__date time") is not None]


def box(page):
    found = page.select_one(".series-box")
    assert found is not None, "the article shows no series box"
    return found


def test_series_without_index_follow_date_order(scenario):
    site = scenario("no_index")
    page = site.html("series/onboarding/")
    assert part_titles(page) == ["Onboarding day one", "Onboarding day two", "Onboarding day three"]
    assert "3 parts" in page.select_one(".series-meta").get_text()
    summaries = [s.get_text(strip=True) for s in page.select(".series-part__summary")]
    assert summaries == ["The first day.", "The second day.", "The third day."]
    dates = [t.get_text(strip=True) for t in page.select(".series-part__date time")]
    assert dates == ["February 1, 2024", "February 2, 2024", "February 3, 2024"]


def test_article_box_shows_position_neighbours_and_all_parts(scenario):
    site = scenario("no_index")
    page = site.html("posts/onboarding-day-two/")
    series_box = box(page)
    # One line: position, series, previous and next; the titles only in the folded list.
    line = series_box.select_one(".series-box__line")
    assert line.get_text(" ", strip=True).startswith("Part 2 of 3 in Onboarding · ← previous")
    assert [a.get_text(" ", strip=True) for a in line.select("a")][1:] == [
        "← previous part: Onboarding day one", "next part: Onboarding day three →"]
    assert [t.get_text(strip=True) for t in line.select(".visually-hidden")] == [
        "part: Onboarding day one", "part: Onboarding day three"]
    assert series_box.select_one(".series-box__link")["href"].endswith("series/onboarding/")
    assert "day-one" in series_box.select_one("a[rel=prev]")["href"]
    assert "day-three" in series_box.select_one("a[rel=next]")["href"]
    parts = series_box.select_one("details.series-box__parts")
    assert parts is not None and not parts.has_attr("open")
    assert parts.summary.get_text(strip=True) == "All 3 parts"
    current = series_box.select(".series-part--current")
    assert [c.get_text(strip=True) for c in current] == ["Onboarding day two"]
    assert [li["value"] for li in series_box.select(".series-parts li")] == ["1", "2", "3"]
    head = page.head
    assert head.find("link", rel="prev")["href"].endswith("posts/onboarding-day-one/")
    assert head.find("link", rel="next")["href"].endswith("posts/onboarding-day-three/")
    see_also = sorted(m["content"] for m in head.find_all("meta", property="og:see_also"))
    assert [url.rsplit("posts/", 1)[1] for url in see_also] == ["onboarding-day-one/", "onboarding-day-three/"]


def test_first_part_has_no_previous_and_posts_outside_series_have_no_box(scenario):
    site = scenario("no_index")
    first = site.html("posts/onboarding-day-one/")
    assert first.head.find("link", rel="prev") is None
    assert box(first).select_one("a[rel=prev]") is None
    assert site.html("posts/not-in-a-series/").select_one(".series-box") is None


def test_explicit_index_beats_date(scenario):
    site = scenario("with_index")
    assert part_titles(site.html("series/habits/")) == ["Listening first", "Saying sorry well", "Following up"]
    assert "Part 3 of 3" in box(site.html("posts/following-up/")).get_text(" ", strip=True)


def test_series_index_lists_every_series_with_counts_and_dates(scenario):
    site = scenario("no_index")
    index = site.html("series/")
    items = index.select(".series-list__item")
    assert [i.select_one(".series-list__name").get_text(strip=True) for i in items] == ["Onboarding"]
    text = items[0].get_text(" ", strip=True)
    assert "3 parts" in text and "February 1, 2024" in text and "February 3, 2024" in text


def test_drafts_and_hidden_posts_never_join_a_series(scenario):
    site = scenario("drafts")
    page = site.html("series/escalations/")
    assert part_titles(page) == ["Escalations explained"]
    assert "1 part" in page.select_one(".series-meta").get_text()
    # A series of one part: a link to its page, no box.
    article = site.html("posts/escalations-explained/")
    assert article.select_one(".series-box") is None
    assert article.select_one(".series-link a")["href"].endswith("series/escalations/")
    # A hidden post keeps its own page (that is what hidden means); no other
    # published page or feed may mention it or the drafts.
    published = "".join(p.read_text(encoding="utf-8") for p in site.output.rglob("*.*")
                        if p.suffix in {".html", ".xml"} and not {"drafts", "escalations-hidden-part"} & set(p.parts))
    for secret in ("Escalations draft part", "Escalations hidden part", "Ghost series"):
        assert secret not in published
    assert not site.path("series/ghost-series/").exists()
    feed = feedparser.parse(site.text("feeds/series/escalations.atom.xml"))
    assert [e.title for e in feed.entries] == ["Escalations explained"]


def test_mixed_quote_styles_make_one_series_with_planned_parts(scenario):
    site = scenario("mixed_quotes")
    assert [p.name for p in (site.output / "series").iterdir() if p.is_dir()] == ["5-ws"]
    page = site.html("series/5-ws/")
    assert page.select_one(".series-page h1").get_text(strip=True) == "5 W's"  # the configured spelling
    # The planned order (Who before What), not the dates; Series_index 9 is past
    # the six planned slots, so that post follows them.
    assert part_titles(page) == ["The 5 W’s of Great!! Service – Who",
                                 "The 5 W's of Great!! Service – What", "Why we wrote the 5 W’s"]
    planned = [(li["value"], li.select_one(".series-part__label").get_text(strip=True))
               for li in page.select(".series-part--planned")]
    assert planned == [("3", "When"), ("4", "Where"), ("5", "Why"), ("6", "How")]
    assert all("still to come" in li.get_text() for li in page.select(".series-part--planned"))
    assert "4 still to come" in page.select_one(".series-meta").get_text()
    assert "Part 7 of 7" in box(site.html("posts/why-we-wrote-the-5-ws/")).get_text(" ", strip=True)


def test_names_that_slugify_alike_get_distinct_urls(scenario):
    site = scenario("slug_collision")
    names = {site.html(f"series/{slug}/").select_one(".series-page h1").get_text(strip=True) for slug in ("c-tips", "c-tips-2")}
    assert names == {"C++ Tips", "C Tips"}
    hrefs = [a["href"] for a in site.html("series/").select(".series-list__name a")]
    assert len(set(hrefs)) == 2


def test_more_than_ten_parts_keep_their_numeric_order(tmp_path):
    # Dates run backwards and file names sort "10" before "2": only the part
    # numbers give the right order.
    posts = {f"part-{n}.md": f"Title: Service recovery, Part {n}\nDate: 2024-01-{30 - n:02d}\n"
                             f"Series: Service recovery\n\nPart {n} words.\n" for n in range(1, 13)}
    site = build_scenario(write_posts(tmp_path / "content", posts), tmp_path / "out")
    expected = [f"Service recovery, Part {n}" for n in range(1, 13)]
    assert part_titles(site.html("series/service-recovery/")) == expected
    eleventh = box(site.html("posts/service-recovery-part-11/"))
    assert "Part 11 of 12" in eleventh.get_text(" ", strip=True)
    assert "part-10" in eleventh.select_one("a[rel=prev]")["href"]
    feed = feedparser.parse(site.text("feeds/series/service-recovery.atom.xml"))
    assert [e.title for e in feed.entries] == expected  # all of them, in series order


@pytest.mark.parametrize("name", ["no_index", "mixed_quotes", "imported"])
def test_series_feeds_parse_and_are_linked_from_the_series_page(scenario, name):
    site = scenario(name)
    for page_file in (site.output / "series").glob("*/index.html"):
        page = site.html(f"series/{page_file.parent.name}/")
        link = page.head.find("link", rel="alternate", type="application/atom+xml",
                              href=lambda h: h and "feeds/series/" in h)
        if not dated_part_titles(page):  # no dated part: no feed, and no link to one
            assert link is None and page.select_one("a.series-feed") is None, page_file
            continue
        assert link is not None, f"{page_file} does not link its feed"
        feed_path = "feeds/series/" + link["href"].rsplit("feeds/series/", 1)[1]
        feed = feedparser.parse(site.text(feed_path))
        assert not feed.bozo, feed.get("bozo_exception")
        assert feed.version == "atom10"
        assert [e.title for e in feed.entries] == dated_part_titles(page)


def test_series_pages_are_in_the_sitemap(scenario):
    sitemap = scenario("no_index").text("sitemap.xml")
    assert "series/onboarding/" in sitemap and "series/</loc>" in sitemap


def test_a_long_series_box_shows_a_window_and_its_feed_the_latest_parts(tmp_path):
    total = 40
    posts = {f"week-{n}.md": f"Title: Weekly picks #{n}\nDate: 2023-{1 + n // 28:02d}-{1 + n % 28:02d}\n"
                             f"Series: Weekly picks\n\nWeek {n}.\n" for n in range(1, total + 1)}
    site = build_scenario(write_posts(tmp_path / "content", posts), tmp_path / "out")
    page = site.html("posts/weekly-picks-20/")
    series_box = box(page)
    assert f"Part 20 of {total}" in series_box.get_text(" ", strip=True)
    numbers = [int(li["value"]) for li in series_box.select(".series-parts li[value]")]
    assert numbers[0] == 1 and numbers[-1] == total and 20 in numbers and {19, 21} <= set(numbers)
    assert len(numbers) <= 15 and len(series_box.select(".series-part--gap")) == 2
    assert series_box.select_one(".series-box__all a")["href"].endswith("series/weekly-picks/")
    assert len(page.head.find_all("meta", property="og:see_also")) == len(numbers) - 1
    # The series page still lists every part; the feed keeps the newest
    # FEED_MAX_ITEMS (20) parts, in series order.
    assert len(part_titles(site.html("series/weekly-picks/"))) == total
    feed = feedparser.parse(site.text("feeds/series/weekly-picks.atom.xml"))
    assert [e.title for e in feed.entries] == [f"Weekly picks #{n}" for n in range(total - 19, total + 1)]


def test_series_index_names_a_planned_slot_and_orders_other_series(tmp_path):
    # The README's own example: Series_index 5 in 5 W's is "Why", part 5 of 6,
    # whatever its title says; in a series without planned parts it orders.
    posts = {
        "why.md": "Title: The 5 W’s of Great!! Service – Why\nDate: 2026-11-23 09:30\n"
                  "Series: 5 W's\nSeries_index: 5\n\nWhy words.\n",
        "when.md": "Title: The 5 W’s of Great!! Service – When\nDate: 2026-11-01\n"
                   "Series: 5 W's\n\nWhen words.\n",
        "late.md": "Title: Late habit\nDate: 2024-01-01\nSeries: Habits\nSeries_index: 10\n\nLate.\n",
        "early.md": "Title: Early habit\nDate: 2024-02-01\nSeries: Habits\nSeries_index: 2\n\nEarly.\n",
    }
    site = build_scenario(write_posts(tmp_path / "content", posts), tmp_path / "out")
    why = box(site.html("posts/the-5-ws-of-great-service-why/"))
    assert why.select_one(".series-box__position").get_text(" ", strip=True) == "Part 5 of 6 in 5 W's"
    assert "service-when" in why.select_one("a[rel=prev]")["href"]
    page = site.html("series/5-ws/")
    assert [(li["value"], li.select_one(".series-part__title a").get_text(strip=True)[-4:])
            for li in page.select(".series-parts > li:not(.series-part--planned)")] == [("3", "When"), ("5", " Why")]
    late = box(site.html("posts/late-habit/"))
    assert late.select_one(".series-box__position").get_text(" ", strip=True) == "Part 2 of 2 in Habits"
