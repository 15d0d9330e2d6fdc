"""The cheap tests that spare a line the "date" cue parser never spare one it would read."""

from __future__ import annotations

from pathlib import Path

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import cues, dates

CORPUS = Path(__file__).parent / "corpus"
DATE_PARSER = next(parser for parser in cues.CUE_PARSERS if parser.name == "date")
ODD = ["• May 4, 2024", "·· 3 days ago", "|Mar. 4", "mayhem • 2024", "May.| 4", "A day ago", "• 12 min read",
       "Yesterday · 12 · 3", "• Great fix follow visit", "March 4, 2024 (edited)", "4 March • Edited •"]


def _texts() -> list[str]:
    lines = {line.strip() for path in sorted(CORPUS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()}
    return sorted({text for text in lines if 0 < len(text) <= cues.MAX_CUE_CHARS} | set(ODD))


def test_date_parser_skipped_only_where_it_finds_nothing():
    for text in _texts():
        match = DATE_PARSER.pattern.fullmatch(text)
        cue = DATE_PARSER.build(match, DATE_PARSER) if match else None
        assert cue is None or dates.may_open_date(text), text
        if not any(sign in text.lower() for sign in cues._DATE_TAIL_SIGNS):
            whole = cues._WHOLE_DATE.fullmatch(text)
            assert (whole and whole.groupdict()) == (match and match.groupdict()), text
