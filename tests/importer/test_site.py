"""The real site, built once: every seed post is published exactly once, as imported."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from tests.importer.helpers import ROOT

IMPORTED = ROOT / "content" / "imported"


def imported_posts():
    posts = []
    for path in sorted(IMPORTED.glob("*/*.md")):
        header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
        meta = dict(line.split(": ", 1) for line in header.splitlines())
        paragraphs = [p for p in body.split("\n\n") if p and p[0].isalpha() and "\\" not in p and "&" not in p]
        sentence = re.split(r"(?<=[.!?])\s", max(paragraphs, key=len))[0] if paragraphs else None
        posts.append((path, meta, sentence))
    return posts


POSTS = imported_posts()


@pytest.fixture(scope="module")
def article_pages(site):
    pages = {}
    for page in sorted(site.output.glob("posts/*/index.html")):
        soup = site.html(str(page.relative_to(site.output)))
        body = soup.find(attrs={"itemprop": "articleBody"})
        pages[page.parent.name] = (soup, " ".join(body.get_text(" ").split()) if body else "")
    return pages


def test_all_seed_posts_were_imported():
    assert len(POSTS) == 28  # 1 + 5 + 6 + 6 + 10, counted by hand in the archives


@pytest.mark.parametrize("path, meta, sentence", POSTS, ids=[p[0].stem for p in POSTS])
def test_post_is_published_once(article_pages, path, meta, sentence):
    title = html.unescape(meta["Title"])  # front matter holds HTML: "&amp;" shows as "&"
    titled = [slug for slug, (soup, _) in article_pages.items()
              if any(h1.get_text(strip=True) == title for h1 in soup.find_all("h1"))]
    assert titled == [meta["Slug"]], f"{meta['Title']!r} is the title of {titled}"
    assert sentence, "no plain sentence to look for"
    needle = " ".join(sentence.split())
    holders = [slug for slug, (_, body) in article_pages.items() if needle in body]
    assert holders == [meta["Slug"]], f"{needle!r} appears in {holders}"


@pytest.mark.parametrize("path, meta, sentence", POSTS, ids=[p[0].stem for p in POSTS])
def test_post_json_ld_matches_imported_metadata(article_pages, path, meta, sentence):
    soup, _ = article_pages[meta["Slug"]]
    assert len(soup.find_all("article")) == 1
    blocks = [json.loads(tag.string) for tag in soup.find_all("script", type="application/ld+json")]
    posting = next(block for block in blocks if block.get("@type") == "BlogPosting")
    assert posting["headline"] == html.unescape(meta["Title"])
    precision = meta["Date_precision"]
    if precision == "unknown":
        assert "datePublished" not in posting
    else:
        expected = {"minute": meta.get("Date", "").replace(" ", "T"), "day": meta.get("Date"),
                    "month": meta.get("Date", "")[:7], "year": meta.get("Date", "")[:4]}[precision]
        assert posting["datePublished"].startswith(expected)
    if "Author" in meta:
        assert posting["author"]["name"] == meta["Author"]


def test_dropping_a_new_archive_publishes_it_on_the_next_build(tmp_path):
    """A new archive in content/archives/ is imported and published by one build."""
    from tests.importer.helpers import FIXTURES
    from tests.sitebuild import build

    content = tmp_path / "content"
    (content / "archives").mkdir(parents=True)
    (content / "archives" / "new-blog.txt").write_bytes((FIXTURES / "escaping" / "archive.txt").read_bytes())
    (content / "archives" / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    site = build(tmp_path / "output", content=content)
    assert "broken.txt:1: binary file" in site.log  # a warning: the build still finished
    imported = sorted(p.name for p in (content / "imported" / "new-blog").glob("*.md"))
    assert imported == ["qa-why-bold-replies-backfire.md", "when-text-looks-like-code.md"]
    page = site.html("posts/qa-why-bold-replies-backfire/")
    assert page.find("h1").get_text(strip=True) == "Q&A: Why <b>Bold</b> Replies Backfire"
    body = page.find(attrs={"itemprop": "articleBody"})
    assert "shouting & customers" in body.get_text()
    assert "Code & Markup" in page.get_text(), "the archive header's category wins over the default"
    code_page = site.html("posts/when-text-looks-like-code/")
    text = code_page.find(attrs={"itemprop": "articleBody"}).get_text()
    assert '<script>alert("hi")</script>' in text
    assert code_page.find(attrs={"itemprop": "articleBody"}).find("script") is None
    assert "[click here](http://example.com)" in text and "* This line starts with a star" in text
    assert "# Not a heading" in text and "1. Not a list either" in text and "&amp; &copy;" in text


def test_posts_whose_archive_names_no_author_are_not_credited_to_the_site(site):
    """Pelican's default AUTHOR must not claim another blog's words."""
    from tests.importer.helpers import ROOT

    site_author = "The Customer Service Blog team"
    unnamed = [path for path in sorted((ROOT / "content" / "imported").glob("*/*.md"))
               if not path.name.startswith("_")
               and "\nAuthor:" not in "\n" + path.read_text(encoding="utf-8").split("\n\n", 1)[0]]
    assert unnamed, "the seed archives have posts with no named author"
    for path in unnamed:
        slug = next(line.split(": ", 1)[1] for line in path.read_text(encoding="utf-8").splitlines()
                    if line.startswith("Slug: "))
        article = site.html(f"posts/{slug}/").find("article")
        assert site_author not in article.get_text(), f"{slug} is credited to the site's team"
    author_page = site.html("author/the-customer-service-blog-team/")
    listed = {a.get_text(strip=True) for a in author_page.select("article a, li a")}
    assert "Uncommon sense" not in listed


def test_site_feeds_hold_no_post_with_an_unknown_date(site):
    """Undated posts carry a 1970 sentinel for Pelican; feeds must not show it as a date."""
    import feedparser

    for feed_path in ["feeds/all.atom.xml", *sorted(
            str(p.relative_to(site.output)) for p in (site.output / "feeds" / "category").glob("*.xml"))]:
        feed = feedparser.parse(site.text(feed_path))
        assert not feed.bozo, feed_path
        years = [entry.published_parsed.tm_year for entry in feed.entries]
        assert years and min(years) > 1970, f"{feed_path} lists an undated post"
