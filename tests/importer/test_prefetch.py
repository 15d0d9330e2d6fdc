"""Archives parsed ahead in worker processes (``archive_import.prefetch``) import exactly as serially."""

from __future__ import annotations

from tests.importer.helpers import snapshot

from archive_import import import_archives

FACTS = ("archive", "shape", "confidence", "posts", "dated", "undated", "authors", "dropped", "unsure", "failed")


def rows(report) -> list[list]:
    return [[getattr(row, key) for key in FACTS] + [len(row.written), len(row.posts_found)] for row in report.rows]


def test_workers_write_the_same_files_and_report(seeds, tmp_path):
    archives, serial_out = seeds
    parallel_out = tmp_path / "parallel"
    serial = import_archives(str(archives), str(serial_out))
    parallel = import_archives(str(archives), str(parallel_out), workers=2)
    assert snapshot(parallel_out) == snapshot(serial_out)
    assert rows(parallel) == rows(serial)
    assert [post.body for row in parallel.rows for post in row.posts_found] == \
        [post.body for row in serial.rows for post in row.posts_found]


def test_a_re_import_of_changed_archives_is_the_same(seeds, tmp_path):
    archives, serial_out = seeds
    parallel_out = tmp_path / "parallel"
    import_archives(str(archives), str(serial_out))
    import_archives(str(archives), str(parallel_out), workers=2)
    for path in sorted(archives.glob("*.txt"))[1:]:  # one archive stays as it was: skipped, never parsed ahead
        path.write_bytes(path.read_bytes().replace(b"customer", b"client"))
    serial = import_archives(str(archives), str(serial_out))
    parallel = import_archives(str(archives), str(parallel_out), workers=2)
    assert snapshot(parallel_out) == snapshot(serial_out)
    assert rows(parallel) == rows(serial)
    assert [row.skipped for row in parallel.rows] == [True] + [False] * (len(parallel.rows) - 1)
