"""`python -m tools.check` (what `make check` runs): output format and exit codes."""

import subprocess
import sys

import pytest

from tests.check.conftest import edit
from tests.sitebuild import ROOT

pytestmark = pytest.mark.slow


def run_check(*arguments):
    return subprocess.run([sys.executable, "-m", "tools.check", *map(str, arguments)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", check=False)


def test_a_clean_site_passes_with_exit_0(sample):
    result = run_check("--skip", "determinism", sample)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    assert "make check: all checks passed (2 pages)" in result.stderr
    assert "check determinism: skipped" in result.stderr


def test_each_problem_is_one_line_naming_page_and_problem_and_exit_is_1(sample):
    edit(sample / "posts/first/index.html", 'href="../../"', 'href="../../missing/"')
    (sample / "sitemap.xml").unlink()
    result = run_check("--skip", "determinism", sample)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        'posts/first/: broken link, no file missing/index.html: <a href="../../missing/"> (line 13)',
        "sitemap.xml: missing",
    ]
    assert "make check: 2 problem(s) across 2 pages" in result.stderr


def test_a_missing_output_folder_says_to_build_first(tmp_path):
    result = run_check(tmp_path / "nothing-here")
    assert result.returncode == 2
    assert "run `make html` first" in result.stderr
