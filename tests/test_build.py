"""The whole site builds, and its main outputs are what readers and crawlers expect."""

import xml.etree.ElementTree as ET

import feedparser

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def article_urls(site):
    return sorted(
        "posts/" + path.parent.name + "/"
        for path in (site.output / "posts").glob("*/index.html")
    )


def test_home_page_lists_posts(site):
    home = site.html("")
    assert home.title and home.title.get_text(strip=True)
    links = {a["href"] for a in home.find_all("a", href=True)}
    assert any("posts/" in href for href in links), "the home page links to no article"


def test_article_page_shows_its_post(site):
    page = site.html("posts/welcome-to-customer-service-notes/")
    assert "Welcome to Customer Service Notes" in page.get_text()
    assert "subscribe to the Atom feed" in page.get_text()


def test_atom_feed_parses_and_lists_articles(site):
    feed = feedparser.parse(site.text("feeds/all.atom.xml"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [entry.title for entry in feed.entries]
    assert "Welcome to Customer Service Notes" in titles


def test_sitemap_lists_every_article(site):
    tree = ET.fromstring(site.path("sitemap.xml").read_bytes())
    locs = {loc.text.rstrip("/").split("/", 3)[-1] if loc.text.startswith("http") else loc.text.lstrip("/")
            for loc in tree.findall("sm:url/sm:loc", SITEMAP_NS)}
    urls = article_urls(site)
    assert urls, "no article was built"
    for url in urls:
        assert url.rstrip("/") in {loc.rstrip("/") for loc in locs}, f"{url} is missing from sitemap.xml"


def test_archives_are_not_published_as_files(site):
    assert not list(site.output.rglob("*.txt")) or all(
        p.name == "robots.txt" for p in site.output.rglob("*.txt")
    )


def test_drafts_are_not_published(tmp_path):
    from tests.sitebuild import build

    content = tmp_path / "content"
    (content / "posts").mkdir(parents=True)
    (content / "pages").mkdir()
    (content / "posts" / "draft.md").write_text(
        "Title: Not yet\nDate: 2026-01-01\nStatus: draft\n\nSecret words.\n", encoding="utf-8")
    (content / "posts" / "live.md").write_text(
        "Title: Live post\nDate: 2026-01-02\n\nPublic words.\n", encoding="utf-8")
    built = build(tmp_path / "out", content=content)
    assert (built.output / "posts" / "live-post" / "index.html").exists()
    published = "".join(p.read_text(encoding="utf-8") for p in built.output.rglob("*.html")
                        if "drafts" not in p.parts)
    assert "Secret words" not in published
    assert "Not yet" not in published
