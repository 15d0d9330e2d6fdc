"""`python -m bench --quick` measures every step for real on a tiny corpus."""

import importlib.util
import subprocess
import sys

import pytest

from bench.measure import ROOT

pytestmark = pytest.mark.slow


def importer_available() -> bool:
    sys.path.insert(0, str(ROOT / "plugins"))
    try:
        return importlib.util.find_spec("archive_import") is not None
    finally:
        sys.path.remove(str(ROOT / "plugins"))


def test_quick_run_writes_a_full_report(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--runs", "1", "--output", str(report),
         "--workdir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    text = report.read_text(encoding="utf-8")
    for row in ("Cold build, our site", "Cold build, plain Pelican", "Warm rebuild after one edit, our site",
                "Hugo, same posts", "Pagefind over our output", "Home, our site", "Article, our site"):
        line = next(line for line in text.splitlines() if line.startswith(f"| {row} |"))
        assert "skipped" not in line and " – " not in line, line
    assert "60 articles; 0 errors" in text
    assert "Pagefind index:" in text
    import_row = next(line for line in text.splitlines() if line.startswith("| 60 |"))
    if importer_available():
        assert "skipped" not in import_row, import_row
    else:
        assert "importer not available" in import_row
