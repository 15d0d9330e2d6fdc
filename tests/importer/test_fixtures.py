"""Golden fixtures: ``fixtures/<case>/archive.txt`` → ``fixtures/<case>/expected/``.

Where the truth comes from: ``expected/`` is a *regenerated snapshot* of
what the importer writes (Markdown posts and the chrome report), a guard
against unnoticed change and nothing more. After a deliberate change,
regenerate with ``UPDATE_FIXTURES=1 pytest tests/importer/test_fixtures.py``
and review the diff line by line. The independent expectations, written
by hand, are elsewhere: ``test_template.py`` (small pages, each rule),
``test_corpus.py`` (hand-written gold of the corpus archives and the five seeds),
``test_cues.py``, ``test_labels.py`` and ``test_dates.py``.
"""

from __future__ import annotations

import os
import shutil

import pytest

from tests.importer.helpers import FIXTURES, import_case, tree

CASES = sorted(path.name for path in FIXTURES.iterdir() if (path / "archive.txt").exists())


@pytest.mark.parametrize("case", CASES)
def test_fixture(case, tmp_path):
    case_dir = FIXTURES / case
    report, written = import_case(case_dir, tmp_path)
    expected_dir = case_dir / "expected"
    if os.environ.get("UPDATE_FIXTURES"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(written, expected_dir)
    got, expected = tree(written), tree(expected_dir)
    assert sorted(got) == sorted(expected), "different files written"
    for name in expected:
        assert got[name].decode("utf-8") == expected[name].decode("utf-8"), name
    assert not report.failed
