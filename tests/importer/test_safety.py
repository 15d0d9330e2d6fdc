"""Nothing committed is lost and no URL moves, whatever happens to the archives.

Each test imports into a temp folder, does what a user would (rename,
delete, add, break archives.toml, link a file in) and checks the files and
the one-line message the user gets.
"""

from __future__ import annotations

import logging
import os

import pytest

from tests.importer.helpers import ROOT  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import import_archives
from archive_import.slugs import RECORD_NAME


def archive(*titles: str) -> str:
    parts = ["Category Archives: Notes", ""]
    for number, title in enumerate(titles, start=1):
        parts += [title, "", f"Published: March {number}, 2014 at 5:33 am", "",
                  f"The body of the post called {title}. It is long enough to be a paragraph of text.", ""]
    return "\n".join(parts)


@pytest.fixture
def work(tmp_path):
    (tmp_path / "archives").mkdir()
    return tmp_path


def run(work, caplog, reserved=None):
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(work / "archives"), str(work / "imported"), reserved_slugs=reserved)
    return report, [record.getMessage() for record in caplog.records]


def slugs(work) -> dict[str, list[str]]:
    return {folder.name: sorted(p.stem for p in folder.glob("*.md"))
            for folder in sorted((work / "imported").iterdir()) if folder.is_dir()}


def test_a_later_archive_that_sorts_first_renumbers_nothing(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("Same Title", "Other"), encoding="utf-8")
    run(work, caplog)
    assert slugs(work) == {"b": ["other", "same-title"]}
    (work / "archives" / "a.txt").write_text(archive("Same Title"), encoding="utf-8")
    run(work, caplog)
    assert slugs(work) == {"a": ["same-title-2"], "b": ["other", "same-title"]}
    assert (work / "imported" / RECORD_NAME).read_text(encoding="utf-8").count("same-title") == 2


def test_renaming_an_archive_keeps_its_posts_and_urls(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("Same Title", "Other"), encoding="utf-8")
    (work / "archives" / "c.txt").write_text(archive("Same Title"), encoding="utf-8")
    run(work, caplog)
    before = slugs(work)
    assert before == {"b": ["other", "same-title"], "c": ["same-title-2"]}
    edited = work / "imported" / "c" / "same-title-2.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMy own note.\n", encoding="utf-8")
    os.rename(work / "archives" / "c.txt", work / "archives" / "a.txt")
    _, messages = run(work, caplog)
    assert slugs(work) == {"a": ["same-title-2"], "b": ["other", "same-title"]}
    assert "My own note." in (work / "imported" / "a" / "same-title-2.md").read_text(encoding="utf-8")
    assert f"archive_import: {work / 'archives' / 'a.txt'}:1: renamed from c.txt; its posts keep their URLs (1 found by title)" \
        in messages


def test_deleting_an_archive_removes_its_posts_with_one_line(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("Kept Post"), encoding="utf-8")
    (work / "archives" / "gone.txt").write_text(archive("First Gone", "Second Gone"), encoding="utf-8")
    run(work, caplog)
    os.unlink(work / "archives" / "gone.txt")
    _, messages = run(work, caplog)
    assert slugs(work) == {"b": ["kept-post"]}
    gone = [m for m in messages if "gone" in m]
    assert gone == [f"archive_import: {work / 'archives' / 'gone.txt'} is gone: removed its 2 imported posts "
                    f"from {work / 'imported' / 'gone'}"]
    assert "first-gone" not in (work / "imported" / RECORD_NAME).read_text(encoding="utf-8")


def test_a_malformed_archives_toml_names_line_and_column_and_changes_nothing(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("One", "Two"), encoding="utf-8")
    toml = work / "archives" / "archives.toml"
    toml.write_text('["b.txt"]\nsource_url = "https://example.org"\n', encoding="utf-8")
    run(work, caplog)
    before = {p: p.read_bytes() for p in (work / "imported").rglob("*") if p.is_file()}
    assert b"Source_url: https://example.org" in before[work / "imported" / "b" / "one.md"]
    toml.write_text('["b.txt"]\nsource_url = "https://example.org\n', encoding="utf-8")
    report, messages = run(work, caplog)
    after = {p: p.read_bytes() for p in (work / "imported").rglob("*") if p.is_file()}
    assert after == before
    assert report.failed
    assert any(m.startswith(f"archive_import: {toml}:2:34: ") and "every imported file left as it is" in m
               for m in messages), messages


def test_a_symlinked_archive_is_refused_by_name(work, caplog, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "passwd.txt"
    outside.write_text(archive("Secret Post"), encoding="utf-8")
    os.symlink(outside, work / "archives" / "linked.txt")
    report, messages = run(work, caplog)
    assert report.failed and not (work / "imported" / "linked").exists()
    assert any(f"{work / 'archives' / 'linked.txt'}:1: is a symbolic link" in m for m in messages), messages


def test_upper_case_txt_is_imported(work, caplog):
    (work / "archives" / "SHOUT.TXT").write_text(archive("Loud Post"), encoding="utf-8")
    run(work, caplog)
    assert slugs(work) == {"SHOUT": ["loud-post"]}


def test_a_hand_written_post_on_an_imported_url_is_an_error_naming_both(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("Taken Title"), encoding="utf-8")
    run(work, caplog)
    imported = work / "imported" / "b" / "taken-title.md"
    text = imported.read_text(encoding="utf-8")
    hand = str(work / "posts" / "mine.md")
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        import_archives(str(work / "archives"), str(work / "imported"), reserved_slugs={"taken-title": hand})
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert errors == [f"archive_import: {hand}:1: Slug 'taken-title' is already the URL of the imported post "
                      f"{imported}; give the hand-written post another Slug (neither file was changed)"]
    assert imported.read_text(encoding="utf-8") == text
    assert slugs(work) == {"b": ["taken-title"]}


def test_a_new_imported_post_avoids_hand_written_slugs(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("Taken Title"), encoding="utf-8")
    run(work, caplog, reserved={"taken-title": "posts/mine.md"})
    assert slugs(work) == {"b": ["taken-title-2"]}


def test_a_source_url_that_is_not_http_is_dropped_with_a_warning(work, caplog):
    (work / "archives" / "b.txt").write_text(archive("One"), encoding="utf-8")
    toml = work / "archives" / "archives.toml"
    toml.write_text('# settings\n["b.txt"]\nsource_url = "javascript:alert(1)"\n', encoding="utf-8")
    _, messages = run(work, caplog)
    assert f"archive_import: {toml}:2: [b.txt] source_url 'javascript:alert(1)' is not an http(s) address; ignored" \
        in messages
    assert "Source_url" not in (work / "imported" / "b" / "one.md").read_text(encoding="utf-8")
