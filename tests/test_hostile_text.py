"""Hostile text in archives and front matter never becomes live markup.

Hypothesis writes hostile strings into every field an archive can give
(title, byline author, feed-footer source, category line, and the
``archives.toml`` source name, address, author and category) and into every
front-matter field of a hand-written post. Each example builds a real site
(the real pelicanconf.py, theme and plugins) and reads every built file with
real parsers: HTML with ``html.parser``, feeds and the sitemap with lxml,
JSON-LD with ``json``. No tag, attribute, event handler, ``javascript:`` URL
or meta refresh may come from the hostile text.

A hand-written post's Summary is Markdown, like its body, and may hold
HTML on purpose: its markup is allowed where the summary is shown as HTML
(``.card__summary``, ``.series-part__summary``) and nowhere else.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings, strategies as st
from lxml import etree

from tests.sitebuild import ROOT, build

pytestmark = pytest.mark.slow

# Everything here is marked "xss" so a survivor is found by name, not guessed.
FRAGMENTS = [
    '"', "'", "<", ">", "&", "&amp;", "&lt;", "&#34;", "\\", "`", "{{ 7*7 }}", "{% raw %}", "]]>", "-->",
    "<xss-tag>", "</title>", "</script>", "<script>window.xss=1</script>",
    '"><meta http-equiv="refresh" content="0;url=https://evil.example/">',
    "'><img src=x onerror=xss()>", '" onmouseover="xss()" x="', "<a href=\"javascript:xss()\">x</a>",
    "javascript:xss()", "<svg onload=xss()>", "<!--", "<![CDATA[", "</p></div>", "<style>*{}</style>",
]
HOSTILE = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet="Ab c,.:-", min_size=1, max_size=4)),
                   min_size=1, max_size=5).map(lambda parts: "Xss " + "".join(parts))
SUMMARY_HTML = {"card__summary", "series-part__summary"}


def toml_string(text: str) -> str:
    return json.dumps(text)  # a JSON string is a valid TOML basic string


def write_site(root: Path, f: dict) -> Path:
    content = root / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("*.md", "*.txt", "*.toml"))
    for folder in ("archives", "imported", "posts", "pages"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    one = lambda text: " ".join(text.split())  # noqa: E731  (archive fields are single lines)
    (content / "archives" / "hostile.txt").write_text("\n".join([
        "Hostile Blog", "", f"Category Archives: {one(f['category'])}", "",
        one(f["title"]), "", "Published: March 3, 2014 at 5:33 am", "", f"By {one(f['author'])}", "",
        "Good service starts with trust, and trust starts with a page that does what it says.", "",
        f"The post {one(f['title'])} appeared first on {one(f['source'])}.", "",
    ]), encoding="utf-8")
    (content / "archives" / "configured.txt").write_text("\n".join([
        "Configured Blog", "", "A Post From A Configured Archive", "", "Published: March 4, 2014 at 6:10 am", "",
        "This archive's source, address, author and category come from archives.toml instead.", "",
    ]), encoding="utf-8")
    (content / "archives" / "archives.toml").write_text(
        '["configured.txt"]\n'
        f"source_name = {toml_string(f['source'])}\nsource_url = {toml_string('javascript:xss()//' + f['title'])}\n"
        f"author = {toml_string(f['author'])}\ncategory = {toml_string(f['category'])}\n", encoding="utf-8")
    (content / "posts" / "hand.md").write_text("\n".join([
        f"Title: {one(f['title'])}", "Date: 2026-11-23 09:00", f"Author: {one(f['author']).replace(',', ' ')}",
        f"Category: {one(f['category'])}", f"Tags: {one(f['tag'])}, plain", f"Summary: {one(f['summary'])}",
        f"Subtitle: {one(f['source'])}", f"Author_bio: {one(f['source'])}", f"Series: {one(f['series'])}",
        "Series_index: 1", f"Slug: {one(f['slug'])}", "", "A plain body.", "",
    ]), encoding="utf-8")
    (content / "pages" / "hostile.md").write_text(
        f"Title: {one(f['title'])}\nSlug: hostile-page\nAuthor: {one(f['author'])}\n\nA plain page.\n",
        encoding="utf-8")
    return content


def csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def live_markup(soup: BeautifulSoup) -> list[str]:
    """Markup in a parsed page that the theme never writes itself."""
    for block in soup.find_all(class_=lambda c: c in SUMMARY_HTML):
        block.decompose()
    found = []
    csp = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
    policy = re.split(r"[\s;]+", csp["content"]) if csp else []
    for tag in soup.find_all(True):
        if "xss" in tag.name or tag.name in ("img", "style", "iframe", "object", "embed", "b", "i"):
            found.append(f"<{tag.name}>")
        for name, value in tag.attrs.items():
            text = " ".join(value) if isinstance(value, list) else str(value)
            if name.startswith("on") or "xss" in name:
                found.append(f"<{tag.name} {name}>")
            if text.strip().lower().startswith(("javascript:", "data:", "vbscript:")):
                found.append(f"<{tag.name} {name}={text!r}>")
        if tag.name == "meta" and (tag.get("http-equiv") or "").lower() == "refresh":
            found.append("meta refresh")
        if tag.name == "script":
            if tag.get("type") == "application/ld+json":
                json.loads(tag.string or "")  # raises if the text broke out of the JSON
            elif not tag.get("src") or (tag.string or "").strip():
                # The theme's own light/dark script runs inline, allowed by its hash in
                # the page's CSP; text that slipped in could never match that hash.
                if not (tag.string and csp_hash(tag.string) in policy):
                    found.append(f"inline script {tag.string!r}")
    return found


def problems_in(output: Path) -> list[str]:
    problems = []
    for path in sorted(output.rglob("*")):
        where = path.relative_to(output)
        if path.suffix == ".html":
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            problems += [f"{where}: {problem}" for problem in live_markup(soup)]
        elif path.suffix == ".xml":
            tree = etree.parse(str(path))  # raises on a malformed feed or sitemap
            for element in tree.iter("{http://www.w3.org/2005/Atom}content"):
                embedded = BeautifulSoup(element.text or "", "html.parser")
                problems += [f"{where} (entry content): {problem}" for problem in live_markup(embedded)]
            for element in tree.iter():
                if isinstance(element.tag, str) and "xss" in element.tag.lower():
                    problems.append(f"{where}: element {element.tag}")
    for url, record in search_records(output).items():  # raises if a record is not JSON
        if "xss" in " ".join(record.get("filters", {})).lower():
            problems.append(f"search record {url}: a filter named by hostile text")
    return problems


@settings(max_examples=8, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.fixed_dictionaries({key: HOSTILE for key in
                              ("title", "author", "source", "category", "tag", "summary", "series", "slug")}))
def test_hostile_fields_never_become_markup(tmp_path_factory, fields):
    root = tmp_path_factory.mktemp("hostile")
    content = write_site(root, fields)
    site = build(root / "output", content=content, fatal="")
    assert (site.output / "index.html").exists(), site.log
    assert problems_in(site.output) == []


def test_archive_text_shows_as_written(tmp_path):
    """The redirect from the issue: an archive's feed footer names the author."""
    fields = dict.fromkeys(("title", "author", "source", "category", "tag", "summary", "series", "slug"), "Plain")
    fields["title"] = 'Keep <b>Customers</b> "Safe" & Sound'
    fields["source"] = 'Y"><meta http-equiv="refresh" content="0;url=https://evil.example/">'
    content = write_site(tmp_path, fields)
    (content / "archives" / "hostile.txt").write_text(
        (content / "archives" / "hostile.txt").read_text(encoding="utf-8").replace(f"By {fields['author']}\n", ""),
        encoding="utf-8")
    site = build(tmp_path / "output", content=content)
    assert problems_in(site.output) == []
    page = site.html("posts/keep-customers-safe-sound/")
    assert page.h1.get_text() == fields["title"]
    byline = page.find(class_="byline").get_text(" ")
    assert fields["source"] in byline
    authors = [meta["content"] for meta in page.find_all("meta", property="article:author")]
    assert authors == [fields["source"]]
    ld = [json.loads(script.string) for script in page.find_all("script", type="application/ld+json")]
    posting = next(document for document in ld if document.get("@type") == "BlogPosting")
    assert posting["headline"] == fields["title"] and posting["author"]["name"] == fields["source"]
    feed = etree.parse(str(site.output / "feeds" / "all.atom.xml"))
    names = [n.text for n in feed.iter("{http://www.w3.org/2005/Atom}name")]
    titles = [t.text for t in feed.iter("{http://www.w3.org/2005/Atom}title")]
    assert fields["title"] in titles and fields["source"] in names
    search = search_records(site.output)["/posts/keep-customers-safe-sound/"]
    assert search["meta"]["title"] == fields["title"]
    assert search["filters"].get("author") == [fields["source"]]


def search_records(output: Path) -> dict[str, dict]:
    """Pagefind's record of each indexed page (its fragments: gzip, a signature, then JSON)."""
    records = {}
    for path in output.glob("pagefind/**/fragment/*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        record = json.loads(data[len(b"pagefind_dcd"):])
        records[record["url"]] = record
    return records


def test_a_source_address_is_a_link_only_when_it_is_http(tmp_path):
    fields = dict.fromkeys(("title", "author", "source", "category", "tag", "summary", "series", "slug"), "Plain")
    content = write_site(tmp_path, fields)
    site = build(tmp_path / "output", content=content)
    hrefs = [a["href"] for path in site.output.rglob("*.html")
             for a in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find_all("a", href=True)]
    assert not [href for href in hrefs if "xss" in href]


def test_an_unsafe_hand_written_slug_is_replaced_with_a_warning(tmp_path):
    fields = dict.fromkeys(("title", "author", "source", "category", "tag", "summary", "series"), "Plain")
    fields["slug"] = 'x" onmouseover="alert(1)'
    content = write_site(tmp_path, fields)
    site = build(tmp_path / "output", content=content)
    assert f"{content / 'posts' / 'hand.md'}:1: Slug 'x\" onmouseover=\"alert(1)' may only hold" in site.log
    assert (site.output / "posts" / "x-onmouseoveralert1" / "index.html").exists()
