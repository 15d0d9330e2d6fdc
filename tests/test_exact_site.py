"""`make html` builds exactly the site: nothing of a removed post survives, drafts stay private."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.sitebuild import ROOT, build

pytestmark = pytest.mark.slow


def small_content(tmp_path):
    content = tmp_path / "content"
    for folder in ("posts", "pages"):
        (content / folder).mkdir(parents=True)
    for name in ("one", "two", "three"):
        (content / "posts" / f"{name}.md").write_text(
            f"Title: Post {name}\nDate: 2026-01-0{len(name)}\n\nWords of post {name}.\n", encoding="utf-8")
    (content / "posts" / "draft.md").write_text(
        "Title: Not yet\nDate: 2026-01-09\nStatus: draft\n\nSecret words.\n", encoding="utf-8")
    return content


def indexed_pages(output) -> int:
    entry = json.loads((output / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def test_a_removed_post_leaves_no_page_and_no_search_entry(tmp_path):
    content = small_content(tmp_path)
    output = tmp_path / "output"
    build(output, content=content)
    assert indexed_pages(output) == 3
    (content / "posts" / "two.md").unlink()
    build(output, content=content)
    assert not (output / "posts" / "post-two").exists()
    assert indexed_pages(output) == 2
    assert "Post two" not in (output / "sitemap.xml").read_text(encoding="utf-8")


def test_local_drafts_are_noindex_and_robots_keeps_crawlers_out(tmp_path):
    site = build(tmp_path / "output", content=small_content(tmp_path))
    draft = site.html("drafts/not-yet/")
    assert draft.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert site.html("posts/post-one/").find("meta", attrs={"name": "robots"}) is None
    assert "Disallow: /drafts/" in site.text("robots.txt")


def test_production_builds_leave_drafts_out(tmp_path):
    site = build(tmp_path / "output", content=small_content(tmp_path), settings=ROOT / "publishconf.py")
    assert not (site.output / "drafts").exists()
    everything = "".join(p.read_text(encoding="utf-8", errors="replace") for p in site.output.rglob("*") if p.is_file())
    assert "Secret words" not in everything and "Not yet" not in everything


def test_an_output_folder_that_holds_the_project_is_never_emptied(tmp_path):
    content = small_content(tmp_path)
    keep = tmp_path / "keep.txt"
    keep.write_text("mine", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tools.build", str(content), "-o", str(tmp_path),
                             "-s", str(ROOT / "pelicanconf.py")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 2
    assert f"error: {tmp_path}: will not empty this output folder before building: it holds {content}" \
        in result.stderr
    assert keep.read_text(encoding="utf-8") == "mine"


def test_a_warm_rebuild_drops_the_pages_of_a_removed_post(tmp_path):
    """Live preview reuses output/: a removed post's page, tag and author pages go, nothing else."""
    content = small_content(tmp_path)
    (content / "posts" / "two.md").write_text("Title: Post two\nDate: 2026-01-03\nTags: only-here\n"
                                              "Author: Solo Writer\n\nWords of post two.\n", encoding="utf-8")
    output = tmp_path / "output"
    warm = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": str(tmp_path / "cache")}
    build(output, content=content, overrides=warm)
    for page in ("posts/post-two", "tag/only-here", "author/solo-writer"):
        assert (output / page / "index.html").exists(), page
    (content / "posts" / "two.md").unlink()
    build(output, content=content, overrides=warm)
    for page in ("posts/post-two", "tag/only-here", "author/solo-writer"):
        assert not (output / page).exists(), page
    assert (output / "posts" / "post-one" / "index.html").exists()
    assert indexed_pages(output) == 2
