"""`python -m bench.whole_html` times the whole make html against plain Pelican, for real, on a tiny corpus."""

import json
import subprocess
import sys

import pytest

from bench.measure import ROOT
from bench.whole_html import ORDER

pytestmark = pytest.mark.slow


def test_whole_html_times_each_kind_of_build_and_says_the_load(tmp_path):
    work = tmp_path / "work"
    result = subprocess.run([sys.executable, "-m", "bench.whole_html", "--size", "40", "--runs", "1",
                             "--workdir", str(work)],
                            cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
    runs = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [run["kind"] for run in runs] == list(ORDER)
    assert all(run["wall"] > 0 and run["cpu"] > 0 and run["load_before"] for run in runs)
    for kind in ORDER:
        assert any(line.startswith(f"{kind}: wall min/median/max") for line in result.stdout.splitlines())
    assert "cores: " in result.stdout and "load average now" in result.stdout
    # Our build ran as make html does: imports (with their digest record), search index and all.
    assert (work / "ours-content" / "imported" / "_import_digests.tsv").exists()
    assert (work / "out-ours" / "pagefind").is_dir() and not (work / "out-plain" / "pagefind").exists()
