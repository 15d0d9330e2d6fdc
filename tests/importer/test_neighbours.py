"""The line walkers that replaced copying ``lines[i + 1:]`` once per line (which made a long archive's
import quadratic: 2,560 posts in one file took 10 s, now 2.5 s): same answers as the slices."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import.neighbours import after, before, next_filled, previous_filled


@dataclass
class FakeLine:
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


LINES = [FakeLine(text) for text in ["Title", "", "  ", "By Ana", "Body", "", "Footer"]]


@pytest.mark.parametrize("i", range(-1, len(LINES) + 1))
def test_walkers_see_what_the_slices_see(i):
    assert list(after(LINES, i)) == LINES[max(i + 1, 0):]
    assert list(before(LINES, i)) == list(reversed(LINES[:max(i, 0)]))


def test_filled_neighbours_skip_blank_lines_and_stop_at_the_edges():
    assert next_filled(LINES, 0).text == "By Ana"
    assert previous_filled(LINES, 3).text == "Title"
    assert previous_filled(LINES, 6).text == "Body"
    assert next_filled(LINES, 6) is None
    assert previous_filled(LINES, 0) is None
