"""Child process for the import measurement: ``python -m bench.import_step ARCHIVES OUT``.

Runs the importer's public API, ``archive_import.import_archives``, and
prints one JSON line: seconds spent inside the call (interpreter start-up
excluded, so the posts/s figure is the importer's own) and how many
Markdown files it wrote.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    archives, output = Path(argv[0]), Path(argv[1])
    sys.path.insert(0, str(ROOT / "plugins"))
    from archive_import import import_archives

    start, cpu_start = time.perf_counter(), time.process_time()
    report = import_archives(archives, output, settings=None)
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds,
                      "written": sum(1 for _ in output.rglob("*.md")),
                      "failed_archives": len(report.failed),
                      "warnings": sum(len(row.warnings) for row in report.rows)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
