"""The synthetic corpus: reproducible from its seed, shaped like the real archives."""

import json
import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from bench.corpus import MARKUP_LOOKALIKES, generate_posts
from bench.writers import md_escape, write_corpus

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


def test_corpus_has_the_real_archives_shapes(corpus):
    posts, paths = corpus
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths.archives.iterdir())
    titles = [p.title for p in posts]
    assert sum(p.date is None for p in posts) > SIZE // 10
    assert any(t.startswith("The 5 W’s of Great!! Service – ") for t in titles)
    assert any(t.startswith("5 Top Customer Service Articles for the Week of ") for t in titles)
    assert any(t.startswith("Guest Blog: ") for t in titles)
    assert any(p.subtitle and re.match(r"Volume \d+: \w+ \d{4} Mashup", p.subtitle) for p in posts)
    for chrome in ("Share on Twitter", "Leave a Comment:", "Category Archives: Customer Service",
                   "appeared first on Shep Hyken.", "Published on "):
        assert chrome in text
    assert re.search(r"^  • ", text, re.MULTILINE)
    assert re.search(r"^2\. ", text, re.MULTILINE)
    assert any(p.hand_written for p in posts)


@pytest.mark.parametrize("text", MARKUP_LOOKALIKES)
def test_markup_lookalikes_show_as_written(text):
    html = markdown.markdown(md_escape(text))
    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_importer_finds_nearly_every_generated_post(tmp_path):
    """The archives have real shapes: the importer splits them into the posts they hold."""
    import sys

    from bench.corpus import ROOT

    sys.path.insert(0, str(ROOT / "plugins"))
    try:
        import archive_import
    finally:
        sys.path.remove(str(ROOT / "plugins"))
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
