"""Imported posts get their series from the rules in pelicanconf.py and from detection.

The `imported` scenario mimics the importer's output (Source_name,
Subtitle, Date_precision ...) for archives 000, 002 and 004 plus two
made-up blogs.
"""

import feedparser


def series_names(site):
    return [a.get_text(strip=True) for a in site.html("series/").select(".series-list__name a")]


def part_titles(site, url):
    return [a.get_text(strip=True) for a in site.html(url).select(".series-part__title a")]


def test_known_and_detected_series_are_listed(scenario):
    site = scenario("imported")
    assert series_names(site) == ["5 Top Customer Service Articles", "5 W's", "Guest Blog",
                                  "Monthly Mash", "Onboarding new agents", "Tip Tuesday"]


def test_five_ws_show_published_and_planned_parts_in_planned_order(scenario):
    site = scenario("imported")
    page = site.html("series/5-ws/")
    entries = [(int(li["value"]), li.select_one(".series-part__title a, .series-part__label").get_text(strip=True),
                "series-part--planned" in li["class"])
               for li in page.select(".series-parts > li")]
    # Planned parts keep their numbers: "When" is part 3 of 6 though it is the first one out.
    assert entries == [(1, "Who", True), (2, "What", True),
                       (3, "The 5 W’s of Great!! Service – When", False),
                       (4, "The 5 W’s of Great!! Service – Where", False),
                       (5, "Why", True), (6, "How", True)]
    assert all(li.select_one("h2") is None and "still to come" in li.get_text()
               for li in page.select(".series-part--planned"))
    box = site.html("posts/five-ws-where/").select_one(".series-box")
    assert box.select_one(".series-box__position").get_text(" ", strip=True) == "Part 4 of 6 in 5 W's"
    # Undated archive posts say so instead of showing the sentinel date.
    assert [p.get_text(strip=True) for p in page.select(".series-part__date")] == ["Date unknown"] * 2
    assert "1969" not in page.get_text() and "1970" not in page.get_text()  # the importer's sentinel


def test_weekly_articles_are_ordered_by_the_week_in_their_title(scenario):
    site = scenario("imported")
    assert part_titles(site, "series/5-top-customer-service-articles/") == [
        "5 Top Customer Service Articles For the Week of February 9, 2015",
        "5 Top Customer Service Articles For the Week of February 16, 2015",
        "5 Top Customer Service Articles for the Week of February 23, 2015",
    ]


def test_guest_blog_posts_follow_their_dates(scenario):
    site = scenario("imported")
    assert part_titles(site, "series/guest-blog/") == [
        "Guest Blog: How Internal Customer Service Can Strengthen Your Business",
        "Guest Blog: Are You A Customer Service Ace?",
        "Guest Blog: Your opinion counts – or does it?",
    ]
    assert "Friends on Friday" in site.html("series/guest-blog/").select_one(".series-description").get_text()


def test_monthly_mash_volume_one_is_a_series_of_one_with_a_link_instead_of_a_box(scenario):
    site = scenario("imported")
    page = site.html("series/monthly-mash/")
    assert part_titles(site, "series/monthly-mash/") == ["Monthly Mash: Customer Experience Tools and Secret Service"]
    assert page.select_one(".series-part__date").get_text(strip=True) == "October 2011"
    article = site.html("posts/monthly-mash-tools/")
    assert article.select_one(".series-box") is None and "Part 1 of 1" not in article.get_text()
    link = article.select_one(".series-link a")
    assert link.get_text(strip=True) == "Monthly Mash" and link["href"].endswith("series/monthly-mash/")
    assert article.head.find("link", rel="prev") is None and article.head.find("link", rel="next") is None


def test_unknown_blogs_series_are_detected_per_source(scenario):
    site = scenario("imported")
    # "Part 2" and "Part 10" of one blog: numeric order, though dated the other way.
    assert part_titles(site, "series/onboarding-new-agents/") == [
        "Onboarding new agents, Part 2", "Onboarding new agents, Part 10"]
    # A recurring "Tip Tuesday:" prefix; the same prefix on another blog stays out.
    assert part_titles(site, "series/tip-tuesday/") == [
        "Tip Tuesday: Refunds without friction", "Tip Tuesday: Tone on the phone"]
    # One "Part 3" alone is not a series.
    assert site.html("posts/lone-part/").select_one(".series-box") is None
    assert site.html("posts/other-blog-tip/").select_one(".series-box") is None


def test_weekly_feed_lists_parts_in_series_order_with_absolute_links(scenario):
    site = scenario("imported")
    feed = feedparser.parse(site.text("feeds/series/5-top-customer-service-articles.atom.xml"))
    assert not feed.bozo
    assert "5 Top Customer Service Articles" in feed.feed.title
    assert [e.link for e in feed.entries] == [
        f"http://127.0.0.1:8000/posts/{slug}/" for slug in ("top5-feb-9", "top5-feb-16", "top5-feb-23")]


def test_undated_parts_without_part_numbers_keep_their_archive_order(tmp_path):
    from tests.series.conftest import build_scenario, write_posts

    def post(order, title):
        return (f"Title: {title}\nDate_precision: unknown\nSource_name: Undated Blog\n"
                f"Source_archive: 009_x.txt\nSource_order: {order}\n\nWords.\n")

    content = write_posts(tmp_path / "content", {
        "b.md": post(2, "Mailbag: second letter"),
        "a.md": post(1, "Mailbag: first letter"),
        "c.md": post(3, "Mailbag: third letter"),
    })
    site = build_scenario(content, tmp_path / "out")
    assert part_titles(site, "series/mailbag/") == [
        "Mailbag: first letter", "Mailbag: second letter", "Mailbag: third letter"]


def test_series_are_detected_in_a_raw_archive_from_an_unknown_blog(tmp_path):
    """End to end: the importer turns the archive into posts, detection groups them."""
    import shutil

    from tests.series.conftest import SCENARIOS, build_scenario

    content = tmp_path / "content"
    shutil.copytree(SCENARIOS / "from_archive", content)  # the importer writes beside it
    site = build_scenario(content, tmp_path / "out")
    assert series_names(site) == ["Reader Mailbag", "Ticket Triage"]
    assert part_titles(site, "series/ticket-triage/") == ["Ticket Triage, Part 1", "Ticket Triage, Part 2"]
    assert part_titles(site, "series/reader-mailbag/") == [
        "Reader Mailbag: When the Caller Shouts", "Reader Mailbag: Refunds Without Tears"]
    assert site.html("posts/why-we-stopped-saying-policy/").select_one(".series-box") is None
