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


def test_shell_characters_in_make_variables_stay_text(tmp_path):
    """Quotes, backticks, $ and slashes reach the post as typed; nothing runs."""
    marker = tmp_path / "ran"
    title = f'a `touch {marker}` b $HOME $(id) "q" <b>x</b> & a/b'
    series = '5 "W\'s $USER'
    result = newpost(tmp_path / "posts", f"TITLE={title}", f"SERIES={series}", DATE="2026-03-04 09:15")
    assert result.returncode == 0, result.stderr
    assert "Syntax error" not in result.stderr
    assert not marker.exists()
    [post] = (tmp_path / "posts").glob("*.md")
    text = post.read_text(encoding="utf-8")
    assert 'Title: a `touch ' in text and ' b $HOME $(id) "q" &lt;b&gt;x&lt;/b&gt; &amp; a/b\n' in text
    assert f"Series: {series}\n" in text

    (tmp_path / "pages").mkdir()
    site = build(tmp_path / "out", content=tmp_path)
    [page] = (site.output / "drafts").glob("*/index.html")
    from bs4 import BeautifulSoup
    assert BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").h1.get_text() == title


def test_a_title_with_a_line_break_is_a_clear_error(tmp_path):
    result = newpost(tmp_path / "posts", "TITLE=two\nlines")
    assert result.returncode != 0
    assert "error: TITLE must be one line; it holds a line break: 'two\\nlines'" in result.stderr
    assert not (tmp_path / "posts").exists()


def test_an_existing_title_on_another_date_is_refused(tmp_path):
    posts = tmp_path / "posts"
    assert newpost(posts, "TITLE=Same title", DATE="2026-03-04 09:15").returncode == 0
    again = newpost(posts, "TITLE=Same title", DATE="2026-05-06 10:00")
    assert again.returncode != 0
    assert (f"error: {posts / '2026-03-04-same-title.md'} already has the URL posts/same-title/; "
            "choose another title (no file was written)") in again.stderr
    assert [p.name for p in posts.glob("*.md")] == ["2026-03-04-same-title.md"]
