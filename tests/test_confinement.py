"""Reading stays inside content/, and a clash of URLs stops the build with one clear line.

Each test builds a small copy of the real site (real settings, theme and
plugins) the way `make html` does and checks what the user is told.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.importer.helpers import two_post_archive
from tests.sitebuild import ROOT, build

pytestmark = pytest.mark.slow

ARCHIVE = two_post_archive()


@pytest.fixture
def content(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content, ignore=shutil.ignore_patterns("*.md", "*.txt", "*.toml", "*.tsv"))
    for folder in ("archives", "imported", "posts", "pages"):
        (content / folder).mkdir(parents=True, exist_ok=True)
    (content / "archives" / "notes.txt").write_text(ARCHIVE, encoding="utf-8")
    return content


def make_html(content, output):
    command = [sys.executable, "-m", "tools.build", str(content), "-o", str(output), "-s",
               str(ROOT / "pelicanconf.py"), "--fatal", "errors", "--log-handler", "plain"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")


def test_a_static_link_out_of_content_stops_the_build_naming_post_and_link(content, tmp_path):
    post = content / "posts" / "leak.md"
    post.write_text("Title: Leak\nDate: 2026-01-01\n\nSee ![x]({static}/../pelicanconf.py) and "
                    "[y]({filename}/../../README.md).\n", encoding="utf-8")
    result = make_html(content, tmp_path / "output")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"error: {post}:4: link {{static}}/../pelicanconf.py points outside content/" in result.stderr
    assert f"error: {post}:4: link {{filename}}/../../README.md points outside content/" in result.stderr
    assert not list(tmp_path.rglob("pelicanconf.py"))


def test_links_inside_content_still_work(content, tmp_path):
    (content / "images").mkdir(exist_ok=True)
    (content / "images" / "dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    (content / "posts" / "ok.md").write_text("Title: Fine\nDate: 2026-01-01\n\n![dot]({static}/images/dot.svg)\n",
                                             encoding="utf-8")
    site = build(tmp_path / "output", content=content)
    assert (site.output / "images" / "dot.svg").exists()


def test_a_hand_written_post_on_an_imported_url_stops_the_build_naming_both(content, tmp_path):
    build(tmp_path / "first", content=content)
    imported = content / "imported" / "notes" / "the-first-post.md"
    text = imported.read_text(encoding="utf-8")
    mine = content / "posts" / "mine.md"
    mine.write_text("Title: Mine\nDate: 2026-01-01\nSlug: the-first-post\nStatus: draft\n\nBody.\n", encoding="utf-8")
    result = make_html(content, tmp_path / "second")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert (f"error: {mine}:3: Slug 'the-first-post' is also the URL of {imported}; give one of them another Slug "
            "(neither file was changed)") in result.stderr
    assert imported.read_text(encoding="utf-8") == text and mine.exists()


def test_two_hand_written_posts_on_one_url_stop_the_build(content, tmp_path):
    first, second = content / "posts" / "a.md", content / "posts" / "b.md"
    first.write_text("Title: Same Title\nDate: 2026-01-01\n\nOne.\n", encoding="utf-8")
    second.write_text("Title: Same Title\nDate: 2026-02-01\n\nTwo.\n", encoding="utf-8")
    result = make_html(content, tmp_path / "output")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"error: {second}:1: Slug 'same-title' is also the URL of {first}" in result.stderr


def test_renaming_an_archive_keeps_its_urls_and_builds(content, tmp_path):
    first = build(tmp_path / "first", content=content)
    urls = sorted(p.parent.name for p in (first.output / "posts").glob("*/index.html"))
    os.rename(content / "archives" / "notes.txt", content / "archives" / "00_notes_renamed.txt")
    second = build(tmp_path / "second", content=content)
    assert sorted(p.parent.name for p in (second.output / "posts").glob("*/index.html")) == urls
    assert f"{content / 'archives' / '00_notes_renamed.txt'}:1: renamed from notes.txt; its posts keep their URLs (2 found by title)" \
        in second.log
    assert not (content / "imported" / "notes").exists()


def test_deleting_an_archive_unpublishes_its_posts(content, tmp_path):
    output = tmp_path / "output"
    build(output, content=content)
    assert (output / "posts" / "the-first-post" / "index.html").exists()
    os.unlink(content / "archives" / "notes.txt")
    site = build(output, content=content)
    assert f"{content / 'archives' / 'notes.txt'} is gone: removed its 2 imported posts" in site.log
    assert not (content / "imported" / "notes").exists()
    assert not (output / "posts" / "the-first-post").exists()


def test_a_symlink_out_of_content_stops_the_build(content, tmp_path):
    secret = tmp_path / "secret.md"
    secret.write_text("Title: Secret\nDate: 2026-01-01\n\nPrivate words.\n", encoding="utf-8")
    link = content / "posts" / "linked.md"
    os.symlink(secret, link)
    result = make_html(content, tmp_path / "output")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"error: {link}: is a symbolic link to {secret}, outside content/" in result.stderr
    assert not (tmp_path / "output").exists()


def test_a_symlinked_archive_is_refused_by_name_and_the_site_builds(content, tmp_path):
    outside = tmp_path / "passwd.txt"
    outside.write_text(ARCHIVE.replace("The First Post", "Leaked Post"), encoding="utf-8")
    link = content / "archives" / "linked.txt"
    os.symlink(outside, link)
    site = build(tmp_path / "output", content=content)
    assert f"{link}:1: is a symbolic link; archives are read only from files inside" in site.log
    assert not (site.output / "posts" / "leaked-post").exists()
    assert (site.output / "posts" / "the-first-post" / "index.html").exists()
