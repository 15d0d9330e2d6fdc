"""Child process for the import measurement: ``python -m bench.import_step ARCHIVES OUT``.

Runs the importer's public API, ``archive_import.import_archives``, and
prints one JSON line: seconds spent inside the call (interpreter start-up
excluded, so the posts/s figure is the importer's own) and how many
Markdown files it wrote.  Exits 3 with ``{"skipped": why}`` when the
importer cannot be imported, so the benchmark reports the gap instead of
a number.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED_EXIT = 3


def main(argv: list[str]) -> int:
    archives, output = Path(argv[0]), Path(argv[1])
    sys.path.insert(0, str(ROOT / "plugins"))
    try:
        import archive_import
        import_archives = archive_import.import_archives
    except (ImportError, AttributeError) as error:
        print(json.dumps({"skipped": f"importer not available: {type(error).__name__}: {error}"}))
        return SKIPPED_EXIT
    start, cpu_start = time.perf_counter(), time.process_time()
    report = import_archives(archives, output, settings=None)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    written = sum(1 for _ in output.rglob("*.md"))
    rows = getattr(report, "rows", [])
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "written": written,
                      "failed_archives": len(getattr(report, "failed", [])),
                      "warnings": sum(len(getattr(row, "warnings", [])) for row in rows)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
