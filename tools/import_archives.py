"""`make import`: import content/archives/*.txt into content/imported/ and print a summary.

Usage: python -m tools.import_archives [-s pelicanconf.py] [--quiet] [--workers N]

Archives are parsed in one worker process per core (``--workers``); the files
written and the table are the same as with ``--workers 1``.

Exit status: 0, or 1 when an archive could not be imported at all (empty,
binary, too big, no recognisable post); the other archives are imported
either way and earlier imports of a failed archive are kept.
"""

from __future__ import annotations

import argparse
import html
import logging
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Archives totalling more than this take long enough to deserve a progress bar.
PROGRESS_BAR_BYTES = 2 * 1024 * 1024
BAR_WIDTH = 30
COLUMNS = ["archive", "template", "sure", "posts", "dated", "undated", "authors", "series", "dropped", "check lines"]
# Lines to check are listed up to this many per archive; the chrome report has them all.
MAX_LINES_SHOWN = 6


def count_series(report, settings: dict) -> None:
    """Fill each row's series count, as the site will group its posts (the importer knows no series)."""
    from series.detection import SeriesCandidate, detect_series
    from series.settings import load_settings

    rules = load_settings(settings).rules
    for row in report.rows:
        candidates = [SeriesCandidate(key=post.source_order, title=post.title,
                                      subtitle=post.metadata.get("subtitle"),
                                      source=post.metadata.get("source_name") or row.archive, date=post.date)
                      for post in row.posts_found] or _imported_candidates(row, SeriesCandidate)
        if candidates:
            row.series = str(len({found.series_key for found in detect_series(candidates, rules).values()}))


def _imported_candidates(row, make) -> list:
    """Series candidates of an archive skipped as unchanged, read back from its imported files."""
    from archive_import.records import front_matter

    found = []
    for path in (row.unchanged + row.kept_hand_edited) if row.skipped else []:
        meta = {key: html.unescape(value) for key, value in front_matter(path).items()}
        if meta.get("source_archive") == row.archive and meta.get("source_order", "").isdigit():
            found.append(make(key=int(meta["source_order"]), title=meta.get("title", ""),
                              subtitle=meta.get("subtitle"), source=meta.get("source_name") or row.archive))
    return sorted(found, key=lambda candidate: candidate.key)


def _check(row) -> str:
    shown = ", ".join(map(str, row.unsure[:MAX_LINES_SHOWN]))
    return shown + (" …" if len(row.unsure) > MAX_LINES_SHOWN else "") if shown else "-"


def summary_table(report) -> str:
    rows = [COLUMNS] + [
        [row.archive, row.shape, f"{row.confidence:.2f}", str(row.posts), str(row.dated), str(row.undated),
         str(row.authors), row.series, str(row.dropped), _check(row)]
        for row in report.rows
    ]
    widths = [max(len(row[k]) for row in rows) for k in range(len(COLUMNS))]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(width) if k < 2 or k == len(COLUMNS) - 1 else cell.rjust(width)
                 for k, (cell, width) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines)


def progress_bar(stream):
    def show(done: int, total: int, name: str) -> None:
        filled = BAR_WIDTH * done // max(total, 1)
        stream.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {name[:40]:<40}")
        if done == total:
            stream.write("\n")
        stream.flush()
    return show


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-s", "--settings", default=os.path.join(ROOT, "pelicanconf.py"))
    parser.add_argument("--quiet", action="store_true", help="print only problems")
    parser.add_argument("--workers", type=int, default=None,
                        help="processes parsing archives (default: one per core; 1 parses in this process)")
    args = parser.parse_args(argv)

    from pelican.settings import read_settings

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    settings = read_settings(args.settings)
    sys.path.insert(0, os.path.join(ROOT, "plugins"))
    from archive_import.plugin import hand_written_slugs, paths
    from archive_import.prefetch import default_workers
    from archive_import.records import archive_names
    from archive_import.writer import REPORT_NAME, import_archives

    archives_dir, output_dir, options = paths(settings)
    args.workers = args.workers or default_workers()
    if not os.path.isdir(archives_dir):
        print(f"error: no archives folder {archives_dir}", file=sys.stderr)
        return 1
    total = sum(os.path.getsize(os.path.join(archives_dir, n)) for n in archive_names(archives_dir))
    progress = progress_bar(sys.stderr) if total > PROGRESS_BAR_BYTES and not args.quiet else None
    report = import_archives(archives_dir, output_dir, options, progress=progress,
                             reserved_slugs=hand_written_slugs(settings, output_dir), workers=args.workers)
    count_series(report, settings)
    if not args.quiet:
        print(summary_table(report))
        written = sum(len(row.written) for row in report.rows)
        kept = sum(len(row.kept_hand_edited) for row in report.rows)
        removed = sum(len(row.removed_stale) for row in report.rows)
        print(f"\n{written} files written, {kept} hand-edited files kept, {removed} stale files removed.")
        shown = os.path.relpath(output_dir) if os.path.abspath(output_dir).startswith(os.getcwd()) else output_dir
        print(f"Chrome reports: {shown}/<archive>/{REPORT_NAME}")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
