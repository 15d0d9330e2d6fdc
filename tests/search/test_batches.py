"""Indexing in batches: one bundle per batch of posts, listed, reproducible."""

import json
import logging

import bench.suite
from search_index.indexer import DEFAULTS, index_site, post_pages, settings_for

from tests.sitebuild import ROOT, build
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content


def files(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def test_posts_are_indexed_in_batches_and_rebuilt_byte_for_byte(tmp_path):
    site = build(tmp_path / "output", content=sample_content(tmp_path / "content"),
                 overrides={**SAMPLE_OVERRIDES, "SEARCH_INDEX": {"enabled": False}})
    posts = post_pages(site.output, "posts/{slug}/index.html")
    assert len(posts) == 7
    settings = {**DEFAULTS, "batch_pages": 3}
    assert index_site(site.output, "posts/{slug}/index.html", settings) == 7
    bundle = site.output / "pagefind"
    assert json.loads((bundle / "bundles.json").read_text(encoding="utf-8")) == {"more": ["more/1/", "more/2/"]}
    first = files(bundle)
    # Each bundle is a complete Pagefind index of its own posts.
    for relative in ("", "more/1/", "more/2/"):
        assert (bundle / relative / "pagefind-entry.json").is_file()
    assert index_site(site.output, "posts/{slug}/index.html", settings) == 7
    assert files(bundle) == first
    # Fewer batches next time: the extra bundles of the last run are gone.
    assert index_site(site.output, "posts/{slug}/index.html", {**DEFAULTS, "batch_pages": 10}) == 7
    assert not (bundle / "more").exists()
    assert json.loads((bundle / "bundles.json").read_text(encoding="utf-8")) == {"more": []}


def test_a_bad_batch_size_is_logged_and_replaced(caplog):
    with caplog.at_level(logging.WARNING):
        assert settings_for({"SEARCH_INDEX": {"batch_pages": 0}})["batch_pages"] == DEFAULTS["batch_pages"]
        assert settings_for({"SEARCH_INDEX": {"batch_pages": "many"}})["batch_pages"] == DEFAULTS["batch_pages"]
    assert all(record.getMessage().startswith("search_index:") for record in caplog.records)
    assert len(caplog.records) == 2


def test_no_posts_means_no_index_and_a_warning(tmp_path, caplog):
    (tmp_path / "index.html").write_text("<html></html>", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert index_site(tmp_path, "posts/{slug}/index.html", dict(DEFAULTS)) == 0
    assert "nothing to index" in caplog.text
    assert not (tmp_path / "pagefind").exists()


def test_the_benchmark_indexes_the_pages_the_site_writes_posts_to():
    settings = {}
    exec((ROOT / "pelicanconf.py").read_text(encoding="utf-8"), {"__file__": str(ROOT / "pelicanconf.py")}, settings)
    assert bench.suite.ARTICLE_SAVE_AS == settings["ARTICLE_SAVE_AS"]
