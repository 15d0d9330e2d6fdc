"""`python -m bench --quick` measures every step for real on a tiny corpus.

Hugo is optional (neither .ci/run nor the Pages workflow installs it): its
row is checked when `hugo` is on PATH and skipped, with the reason, when not.
"""

import shutil
import subprocess
import sys

import pytest

from bench.measure import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("bench")
    output = tmp_path / "BENCHMARKS.md"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--runs", "1", "--output", str(output),
         "--workdir", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    return output.read_text(encoding="utf-8")


def row(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"| {name} |"))


def test_quick_run_writes_a_full_report(report):
    for name in ("Cold build, our site", "Cold build, plain Pelican", "Warm rebuild after one edit, our site",
                 "Pagefind over our output", "Home, our site", "Article, our site"):
        line = row(report, name)
        assert "skipped" not in line and " – " not in line, line
    assert "60 articles; 0 errors" in report
    assert "Pagefind index:" in report
    import_row = next(line for line in report.splitlines() if line.startswith("| 60 |"))
    assert "skipped" not in import_row, import_row


def test_quick_run_measures_hugo_when_installed(report):
    line = row(report, "Hugo, same posts")
    if shutil.which("hugo") is None:
        assert "skipped: hugo not found on PATH" in line, line
        pytest.skip("hugo is not installed (optional: apt-get install hugo); the report says the row was skipped")
    assert "skipped" not in line and " – " not in line, line
