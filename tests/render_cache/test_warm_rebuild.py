"""Warm rebuilds with the render cache: only changed pages are rendered, and
what they leave in output/ is byte-identical to a cold build of the same
content.

One copy of the real site is edited step by step, the way an author works
with `make devserver`; after each step a warm build (content cache and
render cache on) is compared file by file with a cold build into an empty
folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.sitebuild import ROOT, build

pytestmark = pytest.mark.slow

POST = "posts/2026-11-23-welcome.md"
POST_URL = "posts/welcome-to-customer-service-notes/index.html"
# Written on every build whatever changed: feeds are cheap, and the sitemap
# is pelican-sitemap's own output.
ALWAYS_WRITTEN = ("feeds/", "sitemap.xml")


def warm_settings(cache: Path) -> dict:
    return {"SEARCH_INDEX": {"enabled": False}, "CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True,
            "CACHE_PATH": str(cache)}


def tree(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_mtime_ns
            for path in folder.rglob("*.html") if path.is_file()}


def rewritten(before: dict[str, int], after: dict[str, int]) -> set[str]:
    return {name for name, stamp in after.items() if before.get(name) != stamp}


class Site:
    """A copy of the real content with a warm output folder and cache."""

    def __init__(self, root: Path):
        self.root = root
        self.content = root / "content"
        shutil.copytree(ROOT / "content", self.content)
        self.output = root / "warm"
        self.cache = root / "cache"
        self.cold_builds = 0

    def warm(self):
        return build(self.output, content=self.content, overrides=warm_settings(self.cache))

    def cold(self) -> Path:
        self.cold_builds += 1
        output = self.root / f"cold-{self.cold_builds}"
        build(output, content=self.content, overrides={"SEARCH_INDEX": {"enabled": False},
                                                       "CACHE_PATH": str(self.root / "cold-cache")})
        return output

    def assert_same_as_cold(self):
        cold, warm = tree(self.cold()), tree(self.output)
        missing = sorted(set(cold) - set(warm))
        differing = sorted(name for name in cold if name in warm and cold[name] != warm[name])
        assert not missing and not differing, f"warm build differs from cold: missing {missing[:5]}, " \
                                              f"different {differing[:5]}"

    def edit(self, relative: str, change) -> None:
        path = self.content / relative
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    site = Site(tmp_path_factory.mktemp("render-cache"))
    site.warm()  # primes both caches
    return site


def test_a_rebuild_with_nothing_changed_renders_no_page(site):
    before = mtimes(site.output)
    site.warm()
    assert rewritten(before, mtimes(site.output)) == set()
    manifest = json.loads((site.cache / "render_cache.json").read_text(encoding="utf-8"))
    assert POST_URL in {file for entry in manifest["entries"].values() for file, _, _ in entry["files"]}


def test_editing_a_post_body_renders_only_that_post(site):
    before = mtimes(site.output)
    site.edit(POST, lambda text: text.rstrip("\n") + "\n\nA sentence added at the end of the post.\n")
    site.warm()
    assert rewritten(before, mtimes(site.output)) == {POST_URL}
    assert "A sentence added at the end of the post." in (site.output / POST_URL).read_text(encoding="utf-8")
    site.assert_same_as_cold()


def test_editing_a_title_updates_every_page_that_shows_it(site):
    site.edit(POST, lambda text: text.replace("Title: ", "Title: Renamed: ", 1))
    site.warm()
    home = (site.output / "index.html").read_text(encoding="utf-8")
    assert "Renamed: " in home
    site.assert_same_as_cold()


def test_editing_the_opening_words_updates_the_summaries_in_listings(site):
    # Without a Summary: line, listings show the post's first words.
    site.edit(POST, lambda text: "\n".join(line for line in text.split("\n") if not line.startswith("Summary:")))
    site.warm()
    site.assert_same_as_cold()
    site.edit(POST, lambda text: text.replace("\n\n", "\n\nFreshly written opening words. ", 1))
    site.warm()
    assert "Freshly written opening words." in (site.output / "index.html").read_text(encoding="utf-8")
    site.assert_same_as_cold()


def test_a_new_post_appears_in_listings_and_feeds(site):
    (site.content / "posts" / "2026-11-24-second.md").write_text(
        "Title: A second hand-written post\nDate: 2026-11-24 09:00\nCategory: Customer Service\n"
        "Tags: service\nSlug: second-post\n\nA brand new post, written after the first build.\n",
        encoding="utf-8")
    site.warm()
    assert (site.output / "posts" / "second-post" / "index.html").exists()
    assert "A second hand-written post" in (site.output / "index.html").read_text(encoding="utf-8")
    site.assert_same_as_cold()


def test_a_page_deleted_or_edited_in_output_is_rendered_again(site):
    page = sorted((site.output / "posts").glob("*/index.html"))[0]
    page.unlink()
    home = site.output / "index.html"
    home.write_text("edited by hand", encoding="utf-8")
    site.warm()
    assert page.exists()
    assert home.read_text(encoding="utf-8") != "edited by hand"
    site.assert_same_as_cold()


def test_a_broken_manifest_means_a_full_render_not_a_failure(site):
    (site.cache / "render_cache.json").write_text("{not json", encoding="utf-8")
    before = mtimes(site.output)
    result = site.warm()
    assert "render_cache:" in result.log and "unreadable" in result.log
    # Every page the site has now (a renamed post's old page is left alone, as Pelican does).
    assert set(mtimes(site.cold())) <= rewritten(before, mtimes(site.output))
    site.assert_same_as_cold()


def test_a_theme_change_renders_every_page(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    settings = {**warm_settings(tmp_path / "cache"), "THEME": str(theme)}
    output = tmp_path / "output"
    build(output, content=content, overrides=settings)
    footer = theme / "templates" / "partials" / "footer.html"
    footer.write_text(footer.read_text(encoding="utf-8") + "\n<!-- footer changed -->\n", encoding="utf-8")
    build(output, content=content, overrides=settings)
    pages = sorted(output.rglob("*.html"))
    stale = [str(page.relative_to(output)) for page in pages
             if "<html" in page.read_text(encoding="utf-8") and "footer changed" not in page.read_text(encoding="utf-8")]
    assert not stale


def test_off_unless_the_content_cache_is_loaded(tmp_path):
    build(tmp_path / "output", overrides={"SEARCH_INDEX": {"enabled": False}, "CACHE_PATH": str(tmp_path / "cache")})
    assert not (tmp_path / "cache" / "render_cache.json").exists()
