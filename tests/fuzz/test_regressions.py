"""Replay every input in ``regressions/``: each once broke (or could break)
the importer and must now parse soundly. Add a file per crash found."""

from pathlib import Path

import pytest

from tests.fuzz.properties import assert_sound

# No skip guard: a missing or broken importer fails here, loudly.
import archive_import  # noqa: E402
from archive_import import parse_archive  # noqa: E402,F401

REGRESSIONS = sorted((Path(__file__).with_name("regressions")).glob("*.txt"))


def test_there_is_a_corpus():
    assert REGRESSIONS, "tests/fuzz/regressions/ is empty"


@pytest.mark.parametrize("path", REGRESSIONS, ids=lambda path: path.name)
def test_regression(path):
    assert_sound(path.read_bytes(), path.name)


def test_a_hang_is_reported_not_waited_for(monkeypatch):
    """The hard time limit really interrupts a parser that never returns."""
    import time

    from tests.fuzz import properties

    monkeypatch.setattr(properties, "HARD_LIMIT_SECONDS", 0.2)
    monkeypatch.setattr(archive_import, "parse_archive", lambda data, name: time.sleep(30))
    started = time.monotonic()
    with pytest.raises(properties.Hang):
        properties.parse(b"x", "slow.txt")
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("body", [
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "[ref][x]\n\n[x]: javascript:alert(1)",
    "<iframe src=x></iframe>",
])
def test_the_inert_property_catches_live_markup(body):
    from tests.fuzz.properties import assert_inert

    with pytest.raises(AssertionError):
        assert_inert(body)


def test_the_inert_property_accepts_escaped_markup():
    from tests.fuzz.properties import assert_inert

    assert_inert("&lt;script&gt;alert(1)&lt;/script&gt; and \\[click\\](javascript:alert(1)) and <https://example.org/>")
