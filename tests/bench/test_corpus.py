"""The synthetic corpus: reproducible from its seed, laid out as its layout description says."""

import json
import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from bench.corpus import LAYOUTS, MARKUP_LOOKALIKES, generate_posts
from bench.writers import ROOT, md_escape, write_corpus

SIZE = 300
PRECISIONS = {"minute", "day", "month", "year", "unknown"}


def tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    posts = generate_posts(SIZE, seed=7)
    return posts, write_corpus(posts, root)


def headers(path: Path) -> dict[str, str]:
    head = path.read_text(encoding="utf-8").split("\n\n", 1)[0]
    return dict(line.split(": ", 1) for line in head.splitlines())


def test_same_seed_writes_byte_identical_files(tmp_path):
    first = write_corpus(generate_posts(80, seed=3), tmp_path / "a")
    second = write_corpus(generate_posts(80, seed=3), tmp_path / "b")
    assert tree(first.root) == tree(second.root)
    assert len(tree(first.root)) > 160


def test_another_seed_writes_other_posts(tmp_path):
    first = write_corpus(generate_posts(80, seed=3), tmp_path / "a")
    other = write_corpus(generate_posts(80, seed=4), tmp_path / "b")
    assert tree(first.archives) != tree(other.archives)


def test_every_post_is_written_for_pelican_and_hugo(corpus):
    posts, paths = corpus
    pelican = sorted(paths.content.glob("*/*.md"))
    pelican = [p for p in pelican if p.parent.name in ("imported", "posts")]
    assert len(pelican) == SIZE
    assert len(list((paths.hugo / "content" / "posts").glob("*.md"))) == SIZE
    assert len({p.slug for p in posts}) == SIZE
    for layout in ("_default/single.html", "_default/list.html", "index.html"):
        assert (paths.hugo / "layouts" / layout).is_file()


def test_pelican_front_matter_follows_the_metadata_contract(corpus):
    _, paths = corpus
    archives = {p.name for p in paths.archives.iterdir()}
    for path in (paths.content / "imported").glob("*.md"):
        meta = headers(path)
        assert meta["Date_precision"] in PRECISIONS, path
        assert ("Date" in meta) == (meta["Date_precision"] != "unknown"), path
        assert meta["Source_archive"] in archives, path
        assert int(meta["Source_order"]) >= 1
        assert meta["Title"] in (paths.archives / meta["Source_archive"]).read_text(encoding="utf-8")
    for path in (paths.content / "posts").glob("*.md"):
        meta = headers(path)
        assert meta["Series"] and int(meta["Series_index"]) >= 1


def test_hugo_front_matter_values_are_json(corpus):
    _, paths = corpus
    for path in (paths.hugo / "content" / "posts").glob("*.md"):
        front = path.read_text(encoding="utf-8").split("---\n")[1]
        values = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in front.splitlines())}
        assert values["title"] and values["slug"] == path.stem


def test_corpus_has_every_layout_s_shapes(corpus):
    posts, paths = corpus
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths.archives.iterdir())
    titles = [p.title for p in posts]
    assert sum(p.date is None for p in posts) > SIZE // 10
    assert any(t.startswith("The 5 W’s of Great!! Service – ") for t in titles)
    assert any(t.startswith("5 Top Customer Service Articles for the Week of ") for t in titles)
    assert any(t.startswith("Guest Blog: ") for t in titles)
    assert any(p.subtitle and re.match(r"Volume \d+: \w+ \d{4} Mashup", p.subtitle) for p in posts)
    for chrome in ("Share on Twitter", "Leave a Comment:", "Category Archives: Customer Service",
                   "appeared first on The Speaker's Blog.", "Published on ", "Enhanced by Zemanta"):
        assert chrome in text
    assert re.search(r"^  • ", text, re.MULTILINE)
    assert re.search(r"^2\. ", text, re.MULTILINE)
    assert any(p.hand_written for p in posts)
    assert {p.layout.key for p in posts if not p.hand_written} == {layout.key for layout in LAYOUTS}


def test_no_line_of_the_real_archives_is_copied(corpus):
    """The corpus is generated, not lifted: no line of content/archives appears in it but layout chrome."""
    _, paths = corpus
    chrome = {line.strip() for layout in LAYOUTS for line in (layout.header + layout.post).splitlines()}
    generated = {line.strip() for p in paths.archives.iterdir()
                 for line in p.read_text(encoding="utf-8").splitlines()} - chrome
    real = {line.strip() for p in (ROOT / "content" / "archives").glob("*.txt")
            for line in p.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 40}
    assert not generated & real


def test_a_dated_post_s_archive_says_its_date_as_its_layout_does(tmp_path):
    posts = generate_posts(200, seed=11)
    paths = write_corpus(posts, tmp_path)
    day = next(p for p in posts if p.layout.key == "dated-category" and (p.date.day == 1 or 3 < p.date.day < 21))
    text = (paths.archives / day.archive).read_text(encoding="utf-8")
    weekday = day.date.strftime("%A")
    suffix = "st" if day.date.day == 1 else "th"
    assert f"{day.title}\n\n{weekday}, {day.date:%B} {day.date.day}{suffix}, {day.date.year}\n\n" in text


@pytest.mark.parametrize("text", MARKUP_LOOKALIKES)
def test_markup_lookalikes_show_as_written(text):
    html = markdown.markdown(md_escape(text))
    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_importer_finds_nearly_every_generated_post(tmp_path):
    """The layouts are ones the importer knows: it splits the archives into the posts they hold."""
    import archive_import

    posts = generate_posts(300, seed=5)
    paths = write_corpus(posts, tmp_path)
    report = archive_import.import_archives(str(paths.archives), str(tmp_path / "imported"))
    found = sum(row.posts for row in report.rows)
    archived = sum(not p.hand_written for p in posts)
    # A few posts whose generated body opens with a title-like line may merge or split.
    assert abs(found - archived) <= archived * 0.03, (found, archived)


def test_dates_stay_in_the_past_at_any_size():
    import datetime as dt

    posts = generate_posts(10000, seed=1)
    dated = [p.date for p in posts if p.date]
    assert max(dated) < dt.datetime(2025, 1, 1)
    assert all(d.second == 0 and d.microsecond == 0 for d in dated)
    assert min(dated) >= dt.datetime(2009, 1, 1)
