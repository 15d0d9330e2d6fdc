"""The chrome table narrowed by a line's first character finds what the whole table finds."""

from __future__ import annotations

import re
from pathlib import Path

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import patterns as P
from archive_import.first_chars import can_begin_with, first_match, starting_chars
from tests.importer.test_chrome_kinds import CHROME, TEXT

CORPUS = Path(__file__).parent / "corpus"


def test_starting_chars_reads_literals_sets_groups_and_lookaheads():
    assert starting_chars(r"^(?:share|tweet)s?$", re.I) == frozenset("sStT")
    assert starting_chars(r"^[•·]?\s*(?:1st|2nd)$", re.I) == frozenset("12 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
    assert starting_chars(r"^(?=[^a-z]*$)X", 0) == frozenset("xX")  # a lookahead only narrows: skipped
    assert len(starting_chars(r"^a*$", 0)) == 128  # matches the empty line: any first character
    assert len(starting_chars(r"^.{2}", 0)) == 128
    assert can_begin_with(r"^[•·]?\s*1st$", re.I, "•") and not can_begin_with(r"^(?:share|tweet)$", re.I, "•")
    assert can_begin_with(r"^s$", re.I, "\u017f") and can_begin_with(r"^[a-z]$", re.I, "\u212a")  # as ``re`` folds case


def _texts() -> list[str]:
    lines = {line.strip() for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    return sorted({text for text in lines if 0 < len(text) <= P.MAX_CHROME_CHARS}
                  | {text for text, _ in CHROME} | set(TEXT))


def test_narrowed_table_matches_as_the_whole_table():
    for text in _texts():
        for sentence in (False, True):
            whole = first_match(P._combined(sentence), text, -1)
            for first in {text[0], text[0].lower() if text[0].isascii() else text[0]}:  # ASCII in lower case
                assert first_match(P._combined(sentence, first), text, -1) == whole, text
