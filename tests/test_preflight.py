"""A broken setting, a missing theme or a missing requirement: one clear line, non-zero exit."""

import subprocess
import sys

from tests.sitebuild import ROOT
from tools.preflight import check_requirements


def run_build(settings_path, tmp_path):
    return subprocess.run(
        [sys.executable, "-m", "tools.build", "--fatal", "errors", str(ROOT / "content"),
         "-o", str(tmp_path / "out"), "-s", str(settings_path)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace",
    )


def assert_short_clear_failure(result, *expected):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    for text in expected:
        assert text in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) <= 5, result.stderr


def test_syntax_error_in_settings_names_file_and_line(tmp_path):
    settings = tmp_path / "brokenconf.py"
    settings.write_text("SITENAME = 'x'\nDEFAULT_PAGINATION = = 3\n", encoding="utf-8")
    assert_short_clear_failure(run_build(settings, tmp_path), "brokenconf.py, line 2", "syntax error")


def test_failing_setting_names_file_and_line(tmp_path):
    settings = tmp_path / "brokenconf.py"
    settings.write_text(f"from pelicanconf import *\nTHEME = THEMES_DIR\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tools.build", str(ROOT / "content"), "-o", str(tmp_path / "out"),
         "-s", str(settings)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", errors="replace", env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert_short_clear_failure(result, "brokenconf.py, line 2", "NameError")


def test_missing_theme_is_named(tmp_path):
    settings = tmp_path / "conf.py"
    settings.write_text(
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nTHEME = 'no-such-theme'\n",
        encoding="utf-8")
    assert_short_clear_failure(run_build(settings, tmp_path), "no-such-theme", "no theme")
    assert not (tmp_path / "out").exists()


def test_misspelt_plugin_is_named(tmp_path):
    settings = tmp_path / "conf.py"
    settings.write_text(
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\n"
        "PLUGINS = PLUGINS + ['serise']\n", encoding="utf-8")
    assert_short_clear_failure(run_build(settings, tmp_path), "'serise'")


def test_missing_requirement_says_how_to_install(tmp_path):
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("pelican==4.12.0\nno-such-package-xyz==1.0\n", encoding="utf-8")
    problems = check_requirements(str(requirements))
    assert len(problems) == 1
    assert "no-such-package-xyz==1.0 is not installed" in str(problems[0])
    assert "make html" in str(problems[0])


def test_installed_requirements_pass():
    assert check_requirements(str(ROOT / "requirements.txt")) == []
