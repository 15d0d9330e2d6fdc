"""Indexing in batches: one bundle per batch of posts, listed, reproducible."""

import json
import logging
import shutil

from search_index.indexer import DEFAULTS, index_site, post_pages, settings_for

from tests.sitebuild import build
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


def bundle_stamps(bundle):
    """Each bundle's files with their mtimes, to tell a re-indexed bundle from a kept one."""
    return {str(path.relative_to(bundle)): path.stat().st_mtime_ns
            for path in bundle.rglob("*") if path.is_file() and path.name != "bundles.json"}


def touched(before, after, prefix):
    return any(stamp != before.get(name) for name, stamp in after.items() if name.startswith(prefix)) or \
        any(name not in after for name in before if name.startswith(prefix))


def test_live_rebuilds_reindex_only_the_batches_whose_posts_changed(tmp_path):
    site = build(tmp_path / "output", content=sample_content(tmp_path / "content"),
                 overrides={**SAMPLE_OVERRIDES, "SEARCH_INDEX": {"enabled": False}})
    settings, save_as = {**DEFAULTS, "batch_pages": 3}, "posts/{slug}/index.html"
    stamps_file = tmp_path / "cache" / "search_index.json"
    bundle = site.output / "pagefind"
    assert index_site(site.output, save_as, settings, stamps_file) == 7
    first = bundle_stamps(bundle)

    # Nothing changed: every bundle is kept as it is.
    assert index_site(site.output, save_as, settings, stamps_file) == 7
    assert bundle_stamps(bundle) == first

    # The last post's page changes: only the last batch is indexed again...
    last = post_pages(site.output, save_as)[-1]
    last.write_text(last.read_text(encoding="utf-8").replace("</article>", "<p>quokka</p></article>", 1),
                    encoding="utf-8")
    assert index_site(site.output, save_as, settings, stamps_file) == 7
    after = bundle_stamps(bundle)
    assert touched(first, after, "more/2/")
    assert not touched(first, after, "more/1/")
    def first_bundle(stamps):
        return {name: stamp for name, stamp in stamps.items() if not name.startswith("more/")}

    assert first_bundle(after) == first_bundle(first)

    # ...and the result is byte for byte what indexing everything afresh gives.
    kept = files(bundle)
    assert index_site(site.output, save_as, settings) == 7
    assert files(bundle) == kept


def test_a_deleted_bundle_folder_is_indexed_again(tmp_path):
    site = build(tmp_path / "output", content=sample_content(tmp_path / "content"),
                 overrides={**SAMPLE_OVERRIDES, "SEARCH_INDEX": {"enabled": False}})
    settings, save_as = {**DEFAULTS, "batch_pages": 3}, "posts/{slug}/index.html"
    stamps_file = tmp_path / "cache" / "search_index.json"
    assert index_site(site.output, save_as, settings, stamps_file) == 7
    whole = files(site.output / "pagefind")
    shutil.rmtree(site.output / "pagefind" / "more" / "1")
    assert index_site(site.output, save_as, settings, stamps_file) == 7
    assert files(site.output / "pagefind") == whole


def test_reuse_follows_the_content_cache_unless_told():
    assert settings_for({"LOAD_CONTENT_CACHE": True})["reuse_bundles"] is True
    assert settings_for({})["reuse_bundles"] is False
    assert settings_for({"LOAD_CONTENT_CACHE": True, "SEARCH_INDEX": {"reuse_bundles": False}})["reuse_bundles"] is False
