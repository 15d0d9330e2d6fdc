"""import_archives on disk: re-runs, hand edits, bad input, settings, the CLI."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys

import pytest

from tests.importer.helpers import ROOT, SEED_ARCHIVES, snapshot

from archive_import import import_archives
from archive_import.digests import RECORD_NAME as DIGESTS_NAME
from archive_import.settings import merged


def test_importing_twice_is_byte_identical(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    first = snapshot(out)
    report = import_archives(str(archives), str(out))
    assert snapshot(out) == first
    assert all(not row.written for row in report.rows)


def test_committed_import_matches_a_fresh_import(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out), {"default_category": "Customer Service"})
    # The digest record names the importer's code version, which any edit moves:
    # tests/importer/test_digests.py checks it; here the imports themselves must match.
    fresh, committed = snapshot(out), snapshot(ROOT / "content" / "imported")
    fresh.pop(DIGESTS_NAME), committed.pop(DIGESTS_NAME, None)
    assert fresh == committed


def test_hand_edits_survive_reimport(seeds, caplog):
    archives, out = seeds
    import_archives(str(archives), str(out))
    target = next((out / "004_e4c690e30791a3f3").glob("guest-blog-your-opinion*.md"))
    edited = target.read_text(encoding="utf-8").replace("Of course you can", "Of course YOU can")
    target.write_text(edited, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(archives), str(out))
    assert target.read_text(encoding="utf-8") == edited
    assert str(target) in report.rows[4].kept_hand_edited
    assert "kept hand-edited" in caplog.text and target.name in caplog.text


def test_hand_written_file_in_output_is_never_removed(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    mine = out / "003_b151c76038c7a4d1" / "my-own-note.md"
    mine.write_text("Title: My own note\n\nWritten by hand.\n", encoding="utf-8")
    import_archives(str(archives), str(out))
    assert mine.exists()


def test_stale_imports_are_removed_but_failed_archives_keep_theirs(seeds):
    archives, out = seeds
    import_archives(str(archives), str(out))
    stale = out / "001_3737e59bf32f37dd" / "an-old-title.md"
    shutil.copy(out / "001_3737e59bf32f37dd" / "customer-focus.md", stale)
    before = snapshot(out / "002_643182281cb40154")
    (archives / "002_643182281cb40154.txt").write_bytes(b"")  # emptied by mistake
    report = import_archives(str(archives), str(out))
    assert not stale.exists()
    assert snapshot(out / "002_643182281cb40154") == before, "earlier imports of a failed archive are kept"
    assert [row.archive for row in report.failed] == ["002_643182281cb40154.txt"]


@pytest.mark.parametrize("content, message", [
    (b"", "empty archive"),
    (b"\x00\x01\x02binary\x00" * 100, "binary file"),
    (b"Shares\n\nLeave a Comment:\n", "no recognisable post"),
])
def test_bad_input_warns_with_file_and_line(tmp_path, caplog, content, message):
    archives = tmp_path / "archives"
    archives.mkdir()
    (archives / "bad.txt").write_bytes(content)
    shutil.copy(SEED_ARCHIVES / "001_3737e59bf32f37dd.txt", archives)
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(archives), str(tmp_path / "imported"))
    assert f"{archives / 'bad.txt'}:1: {message}" in caplog.text
    assert not any(record.levelno >= logging.ERROR for record in caplog.records)
    rows = {row.archive: row for row in report.rows}
    assert rows["001_3737e59bf32f37dd.txt"].posts == 5, "the good archive still imports"
    assert rows["bad.txt"].failed


def test_too_big_archive_is_refused_not_read(tmp_path, caplog):
    archives = tmp_path / "archives"
    archives.mkdir()
    (archives / "huge.txt").write_bytes(b"Title\n\nSome words in a paragraph.\n" * 1000)
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(archives), str(tmp_path / "imported"), {"max_archive_bytes": 1000})
    assert report.rows[0].failed and "huge.txt:1: archive is" in caplog.text


def test_cp1252_archive_imports_with_warning(tmp_path, caplog):
    archives = tmp_path / "archives"
    archives.mkdir()
    (archives / "old.txt").write_bytes("Caf\u00e9 Notes\n\nA \u201cquoted\u201d caf\u00e9 line.\n".encode("cp1252"))
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(archives), str(tmp_path / "imported"))
    assert report.rows[0].posts == 1
    assert "old.txt:1: not UTF-8" in caplog.text
    assert "A “quoted” café line." in next((tmp_path / "imported" / "old").glob("*.md")).read_text("utf-8")


def test_archive_settings_name_source_and_correct_one_post(tmp_path):
    archives = tmp_path / "archives"
    shutil.copytree(SEED_ARCHIVES, archives)
    (archives / "archives.toml").write_text(
        '["001_*.txt"]\nsource_name = "Service Notes"\nsource_url = "https://example.org"\n'
        'author = "Pat Example"\ntimezone = "America/Chicago"\n'
        'titles = { 2 = "Customer Focus, Revisited" }\ndates = { 3 = "October 17, 2017" }\n',
        encoding="utf-8")
    import_archives(str(archives), str(tmp_path / "imported"))
    folder = tmp_path / "imported" / "001_3737e59bf32f37dd"
    text = (folder / "customer-focus-revisited.md").read_text("utf-8")
    assert "Title: Customer Focus, Revisited\n" in text and "Source_name: Service Notes\n" in text
    assert "Author: Pat Example\n" in text and "Timezone: America/Chicago\n" in text
    assert "Date: 2017-10-17\n" in (folder / "wow-customer-service.md").read_text("utf-8")


def test_bad_settings_are_logged_and_defaulted(caplog):
    with caplog.at_level(logging.WARNING):
        result = merged({"enabled": "yes", "nonsense": 1})
    assert result["enabled"] is True
    assert "archive_import: ARCHIVE_IMPORT['enabled']" in caplog.text
    assert "archive_import: unknown ARCHIVE_IMPORT key 'nonsense' ignored" in caplog.text


def test_make_import_prints_summary_table(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(SEED_ARCHIVES, content / "archives")
    (content / "archives" / "empty.txt").write_bytes(b"")
    settings = tmp_path / "conf.py"
    settings.write_text(f"PATH = {str(content)!r}\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tools.import_archives", "-s", str(settings)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace")
    assert result.returncode == 1, "an archive that imports nothing makes the exit status non-zero"
    header = result.stdout.splitlines()[0].split()
    assert header == ["archive", "template", "sure", "posts", "dated", "undated", "authors", "series", "dropped",
                      "check", "lines"]
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines()[2:8] if line.strip()}
    assert rows["004_e4c690e30791a3f3.txt"][1:2] + rows["004_e4c690e30791a3f3.txt"][3:6] == ["fields", "10", "10", "0"]
    assert rows["002_643182281cb40154.txt"][1:2] + rows["002_643182281cb40154.txt"][3:6] == ["stream", "6", "0", "6"]
    # The series column is the number of series the site will show for that archive.
    assert rows["004_e4c690e30791a3f3.txt"][7] == "2" and rows["002_643182281cb40154.txt"][7] == "1"
    assert rows["empty.txt"][1] == "empty"
    assert "empty.txt:1: empty archive" in result.stderr
    assert (content / "imported" / "000_ba5270ce3da726d3" / "_chrome-report.txt").exists()
