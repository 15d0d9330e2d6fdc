"""Replay every input in ``regressions/``: each once broke (or could break)
the importer and must now parse soundly. Add a file per crash found."""

from pathlib import Path

import pytest

from tests.fuzz.properties import assert_sound

archive_import = pytest.importorskip("archive_import", reason="the importer (plugins/archive_import) is not merged yet")
if not hasattr(archive_import, "parse_archive"):
    pytest.skip("archive_import has no parse_archive(data, name) yet", allow_module_level=True)

REGRESSIONS = sorted((Path(__file__).with_name("regressions")).glob("*.txt"))


def test_there_is_a_corpus():
    assert REGRESSIONS, "tests/fuzz/regressions/ is empty"


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda path: path.name)
def test_regression(path):
    assert_sound(path.read_bytes(), path.name)
