"""`python -m bench --quick` measures every step for real on a tiny corpus."""

import shutil
import subprocess
import sys

import pytest

from bench.measure import ROOT

pytestmark = pytest.mark.slow


def test_quick_run_writes_a_full_report(tmp_path):
    report = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--runs", "1", "--output", str(report),
         "--workdir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    text = report.read_text(encoding="utf-8")
    for row in ("Cold build, our site", "Cold build, plain Pelican", "Warm rebuild after one edit, our site",
                "Pagefind over our output"):
        line = next(line for line in text.splitlines() if line.startswith(f"| {row} |"))
        assert "skipped" not in line and " – " not in line, line
    hugo = next(line for line in text.splitlines() if line.startswith("| Hugo, same posts |"))
    # Hugo is a Debian package the bench needs but the build does not.
    assert ("skipped" not in hugo) if shutil.which("hugo") else ("hugo not found" in hugo), hugo
    assert "60 articles; 0 errors" in text
    assert "Pagefind index:" in text
    import_row = next(line for line in text.splitlines() if line.startswith("| 60 |"))
    assert "skipped" not in import_row, import_row
    assert "## Import of one long archive" in text and "Rate at the largest size" not in text  # one size only
