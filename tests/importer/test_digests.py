"""Unchanged archives are not parsed again (``archive_import.digests``), and nothing else changes."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

from tests.importer.helpers import ROOT, SEED_ARCHIVES, snapshot

from archive_import import digests, import_archives, writer
from archive_import.digests import RECORD_NAME, DigestRecord
from archive_import.records import archive_names

GUEST = "004_e4c690e30791a3f3"  # the seed archive with the most posts, authors and series


def skipped(report):
    return {row.archive for row in report.rows if row.skipped}


def no_parsing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("an unchanged archive was parsed")
    monkeypatch.setattr(writer, "parse_archive", refuse)


def test_second_import_parses_nothing_and_changes_nothing(seeds, monkeypatch):
    archives, out = seeds
    first = import_archives(str(archives), str(out))
    assert not skipped(first)
    files = snapshot(out)
    no_parsing(monkeypatch)
    second = import_archives(str(archives), str(out))
    assert skipped(second) == set(archive_names(str(archives)))
    assert snapshot(out) == files
    facts = ("archive", "shape", "confidence", "posts", "dated", "undated", "authors", "dropped", "unsure",
             "warnings", "kept_hand_edited", "failed")
    assert [[getattr(row, key) for key in facts] for row in second.rows] == \
           [[getattr(row, key) for key in facts] for row in first.rows]


def test_record_is_one_line_per_archive_and_deterministic(seeds, tmp_path):
    archives, out = seeds
    import_archives(str(archives), str(out))
    other = tmp_path / "again"
    import_archives(str(archives), str(other))
    text = (out / RECORD_NAME).read_text(encoding="utf-8")
    assert text == (other / RECORD_NAME).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    assert [line.split("\t")[0] for line in lines] == archive_names(str(archives))
    assert not [path for path in out.iterdir() if path.name.startswith(".tmp-")]


def test_changed_archive_is_imported_again(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    archive = archives / f"{GUEST}.txt"
    archive.write_bytes(archive.read_bytes().replace(b"Of course you can", b"Of course we can"))
    report = import_archives(str(archives), str(out))
    assert f"{GUEST}.txt" not in skipped(report)
    assert len(skipped(report)) == len(report.rows) - 1
    assert any("Of course we can" in path.read_text(encoding="utf-8") for path in (out / GUEST).glob("*.md"))


def test_changed_archives_toml_table_imports_that_archive_again(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    toml = archives / "archives.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace("https://www.hyken.com", "https://example.org"),
                    encoding="utf-8")
    report = import_archives(str(archives), str(out))
    assert f"{GUEST}.txt" not in skipped(report)
    assert len(skipped(report)) == len(report.rows) - 1
    assert "Source_url: https://example.org" in next((out / GUEST).glob("*.md")).read_text(encoding="utf-8")


def test_changed_importer_code_imports_everything_again(seeds, monkeypatch):
    archives, out = seeds
    import_archives(str(archives), str(out))
    monkeypatch.setattr(digests, "importer_version", lambda: "another version of the importer")
    assert not skipped(import_archives(str(archives), str(out)))


def test_importer_version_is_a_digest_of_the_importer_source(tmp_path):
    source = ROOT / "plugins" / "archive_import"
    assert digests.importer_version() == digests.source_digest(str(source))
    copy = tmp_path / "archive_import"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert digests.source_digest(str(copy)) == digests.importer_version()
    with open(copy / "cues.py", "a", encoding="utf-8") as handle:
        handle.write("\n# a change to any importer file\n")
    assert digests.source_digest(str(copy)) != digests.importer_version()
    (copy / "cues.py").unlink()
    assert digests.source_digest(str(copy)) != digests.importer_version()


def test_deleted_imported_file_is_imported_again(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    files = snapshot(out)
    next((out / GUEST).glob("*.md")).unlink()
    report = import_archives(str(archives), str(out))
    assert f"{GUEST}.txt" not in skipped(report)
    assert snapshot(out) == files


def test_hand_edited_file_is_kept_and_still_reported_when_skipped(seeds, caplog, monkeypatch):
    archives, out = seeds
    import_archives(str(archives), str(out))
    target = next((out / GUEST).glob("guest-blog-your-opinion*.md"))
    edited = target.read_text(encoding="utf-8").replace("Of course you can", "Of course YOU can")
    target.write_text(edited, encoding="utf-8")
    first = import_archives(str(archives), str(out))
    assert f"{GUEST}.txt" not in skipped(first), "an edited folder is imported again, by the old rules"
    no_parsing(monkeypatch)
    with caplog.at_level(logging.WARNING):
        second = import_archives(str(archives), str(out))
    assert f"{GUEST}.txt" in skipped(second)
    assert target.read_text(encoding="utf-8") == edited
    assert str(target) in next(row for row in second.rows if row.archive == f"{GUEST}.txt").kept_hand_edited
    assert "kept hand-edited" in caplog.text and target.name in caplog.text


def test_hand_written_post_taking_an_imported_url_is_still_caught(seeds, caplog):
    archives, out = seeds
    import_archives(str(archives), str(out))
    slug = next((out / GUEST).glob("*.md")).stem
    with caplog.at_level(logging.ERROR):
        report = import_archives(str(archives), str(out), reserved_slugs={slug: "content/posts/mine.md"})
    assert f"{GUEST}.txt" not in skipped(report)
    assert "content/posts/mine.md" in caplog.text and slug in caplog.text


def test_warnings_of_a_skipped_archive_are_logged_again_with_its_path(seeds, caplog, monkeypatch):
    archives, out = seeds
    (archives / "wide.txt").write_text("A Title\n\nSome text.\n" + "x" * 30000 + "\n", encoding="utf-8")
    first = import_archives(str(archives), str(out))
    row = next(row for row in first.rows if row.archive == "wide.txt")
    assert row.warnings and all(str(archives) in warning for warning in row.warnings)
    no_parsing(monkeypatch)
    second = import_archives(str(archives), str(out))
    again = next(row for row in second.rows if row.archive == "wide.txt")
    assert again.skipped and again.warnings == row.warnings


def test_failed_and_deleted_archives_have_no_line(seeds):
    archives, out = seeds
    (archives / "empty.txt").write_bytes(b"")
    import_archives(str(archives), str(out))
    (archives / f"{GUEST}.txt").unlink()
    import_archives(str(archives), str(out))
    assert set(DigestRecord(str(out)).rows) == set(archive_names(str(archives))) - {"empty.txt"}


def test_make_import_prints_the_same_table_when_nothing_changed(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SEED_ARCHIVES, content / "archives")
    settings = tmp_path / "conf.py"
    settings.write_text(f"PATH = {str(content)!r}\n", encoding="utf-8")
    runs = [subprocess.run([sys.executable, "-m", "tools.import_archives", "-s", str(settings)], cwd=ROOT,
                           capture_output=True, text=True, encoding="utf-8", check=True).stdout for _ in range(2)]
    tables = [run.split("\n\n")[0] for run in runs]
    assert tables[0] == tables[1] and "28 files written" in runs[0] and "0 files written" in runs[1]
    assert (content / "imported" / RECORD_NAME).exists()


def test_committed_record_names_every_archive():
    archives = ROOT / "content" / "archives"
    assert set(DigestRecord(str(ROOT / "content" / "imported")).rows) == set(archive_names(str(archives)))


def test_an_edition_named_by_its_month_dates_the_letters_articles():
    from archive_import.lines import read_line
    from archive_import.issue_banners import _banner_date

    assert _banner_date(read_line(0, "April 2024 edition", ()).reading).precision == "month"
    assert _banner_date(read_line(0, "The spring edition", ()).reading) is None
