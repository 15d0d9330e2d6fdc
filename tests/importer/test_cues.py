"""cues: every parser in the table with lines it reads and lines it must not read; names."""

from __future__ import annotations

import time

import pytest

from archive_import.cues import CUE_PARSERS, Cue, read_cue
from archive_import.names import plausible_name
from tests.importer.cue_counterexamples import NEGATIVE
from tests.importer.cue_examples import POSITIVE

@pytest.mark.parametrize("kind, line, fields", [
    (kind, line, fields) for kind, cases in POSITIVE.items() for line, fields in cases])
def test_parser_reads_its_lines(kind, line, fields):
    cue = read_cue(line)
    assert cue is not None and cue.kind == fields.get("kind", kind), (line, cue)  # (a row may file its line as another's)
    for name, value in fields.items():
        assert getattr(cue, name) == value, (line, name)
    assert read_cue(f"  {line}  ") == cue  # the stripped line counts


@pytest.mark.parametrize("kind, line", [(kind, line) for kind, lines in NEGATIVE.items() for line in lines])
def test_parser_rejects_other_lines(kind, line):
    cue = read_cue(line)
    assert cue is None or cue.kind != kind, (line, cue)


def test_every_parser_has_positive_and_negative_examples():
    for parser in CUE_PARSERS:
        assert len(POSITIVE.get(parser.name, [])) >= 2, parser.name
        assert NEGATIVE.get(parser.name), parser.name


def test_roles():
    roles = {parser.role for parser in CUE_PARSERS}
    assert roles == {"byline", "date", "taxonomy", "footer", "teaser", "comment", "syndication", "profile"}


@pytest.mark.parametrize("line", [
    "The customer is always right", "Friday links, March 8, 2019", "Part 2", "12", "",
    "Customer service is everyone's job, by the way.", "x" * 300, "By " + "word " * 60,
])
def test_prose_is_no_cue(line):
    assert read_cue(line) is None


@pytest.mark.parametrize("name", [
    "Jane Doe", "J. R. Smith", "J.R.R. Tolkien", "Mary-Jo O'Brien", "Ludwig van Beethoven", "Seán D'Arcy",
    "JANE DOE", "jdoe", "jane_doe", "McKay", "Jane Doe and John Roe",
])
def test_plausible_names(name):
    assert plausible_name(name)


@pytest.mark.parametrize("text", ["the team", "The Team", "Our Staff", "I", "Friday", "March", "the way I think", "",
                                  "Article Number", "First Published Date"])
def test_implausible_names(text):
    assert not plausible_name(text)


@pytest.mark.parametrize("line, author, date_text", [
    ("Posted on 3 March 2024 by Ana Ruiz · 4 min read", "Ana Ruiz", "3 March 2024"),
    ("March 3, 2024 by Ana Ruiz | 5 minute read", "Ana Ruiz", "March 3, 2024"),
    ("Posted 2 months ago by Jo Park Less than a minute to read", "Jo Park", "2 months ago"),
    ("By Ana Ruiz on March 3, 2024 4 Minute(s) to read", "Ana Ruiz", "March 3, 2024"),
    ("By Ana Ruiz · Mar 4, 2025 6 min", "Ana Ruiz", "Mar 4, 2025"),  # Ghost Headline: "min" by a clock icon
])
def test_a_reading_time_badge_after_a_byline_leaves_the_byline_readable(line, author, date_text):
    cue = read_cue(line)
    assert cue is not None and (cue.author, cue.date_text) == (author, date_text), cue


@pytest.mark.parametrize("line", ["We read it in 4 min read", "Refunds, 5 min read", "Share · 3 min read",
                                  "Fix it in 5 min", "Refunds 5 min"])
def test_a_reading_time_badge_makes_no_byline_of_other_words(line):
    cue = read_cue(line)
    assert cue is None or cue.role not in ("byline", "date"), cue


def test_a_date_with_a_bare_minutes_badge_is_the_date():
    cue = read_cue("Mar 4, 2025 6 min")
    assert cue is not None and (cue.role, cue.date_text) == ("date", "Mar 4, 2025")


def test_cue_is_a_frozen_record():
    cue = read_cue("By Jane Doe")
    assert isinstance(cue, Cue)
    with pytest.raises(AttributeError):
        cue.author = "John Roe"


@pytest.mark.parametrize("line", [
    "By " + "J. " * 60, "By " + "Aa " * 60, "Posted by " + "Jane " * 40 + "on", "Jane Doe · " * 15,
    "Posted on " + "March 4, 2019 " * 12 + "by", "#a " * 60, "Share " * 30 + "x", "Jane Doe, " * 18 + "says:",
    "March 4, 2019 by " + "Aa Bb " * 28 + "x",
])
def test_no_catastrophic_backtracking(line):
    # A guard against exponential backtracking (seconds to hours on these lines), not a speed target:
    # how fast the importer reads lines is measured by ``make bench``.
    started = time.perf_counter()
    read_cue(line)
    assert time.perf_counter() - started < 0.1
