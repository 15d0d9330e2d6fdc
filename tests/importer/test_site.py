"""The real site, built once: every seed post is published exactly once, as imported."""

from __future__ import annotations

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
    titled = [slug for slug, (soup, _) in article_pages.items()
              if any(h1.get_text(strip=True) == meta["Title"] for h1 in soup.find_all("h1"))]
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
    assert posting["headline"] == meta["Title"]
    precision = meta["Date_precision"]
    if precision == "unknown":
        assert "datePublished" not in posting
    else:
        expected = {"minute": meta.get("Date", "").replace(" ", "T"), "day": meta.get("Date"),
                    "month": meta.get("Date", "")[:7], "year": meta.get("Date", "")[:4]}[precision]
        assert posting["datePublished"].startswith(expected)
    if "Author" in meta:
        assert posting["author"]["name"] == meta["Author"]
