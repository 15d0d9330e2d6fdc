"""`make newpost` writes a complete post that builds into a page, and never overwrites one."""

import os
import subprocess

from tests.sitebuild import ROOT, build


def newpost(posts_dir, *args, **env):
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "newpost", *args],
        capture_output=True, text=True, encoding="utf-8", errors="replace", env={**os.environ, "POSTS_DIR": str(posts_dir), **env},
    )


def test_newpost_file_builds_into_a_page(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    result = newpost(content / "posts", "TITLE=The 5 W’s of Great!! Service – Who", "SERIES=5 W's",
                     "INDEX=1", "STATUS=published", DATE="2026-03-04 09:15")
    assert result.returncode == 0, result.stderr
    [post] = (content / "posts").glob("*.md")
    assert post.name == "2026-03-04-the-5-ws-of-great-service-who.md"
    header = post.read_text(encoding="utf-8").split("\n\n", 1)[0]
    for field in ("Title:", "Date:", "Author:", "Category:", "Tags:", "Slug:", "Summary:", "Status:",
                  "Series: 5 W's", "Series_index: 1"):
        assert field in header, f"{field} missing from the new post's front matter"

    site = build(tmp_path / "out", content=content)
    page = site.html("posts/the-5-ws-of-great-service-who/")
    assert "The 5 W’s of Great!! Service – Who" in page.get_text()


def test_newpost_is_a_draft_by_default(tmp_path):
    content = tmp_path / "content"
    (content / "pages").mkdir(parents=True)
    assert newpost(content / "posts", "TITLE=Work in progress", DATE="2026-03-04 09:15").returncode == 0
    site = build(tmp_path / "out", content=content)
    assert site.path("drafts/work-in-progress/").exists()
    assert not site.path("posts/work-in-progress/").exists()


def test_newpost_never_overwrites(tmp_path):
    posts = tmp_path / "posts"
    assert newpost(posts, "TITLE=Same title", DATE="2026-03-04 09:15").returncode == 0
    [post] = posts.glob("*.md")
    post.write_text("Title: Same title\nDate: 2026-03-04\n\nMy own words.\n", encoding="utf-8")
    again = newpost(posts, "TITLE=Same title", DATE="2026-03-04 10:00")
    assert again.returncode != 0
    assert "already exists" in again.stderr
    assert "My own words." in post.read_text(encoding="utf-8")


def test_newpost_without_title_says_how(tmp_path):
    result = newpost(tmp_path / "posts")
    assert result.returncode != 0
    assert 'TITLE="' in result.stderr
    assert not (tmp_path / "posts").exists() or not list((tmp_path / "posts").iterdir())
