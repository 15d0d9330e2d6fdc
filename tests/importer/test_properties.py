"""Property tests: random and mutated archives never crash and never lose a line."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.decoding import split_lines

SEEDS = [path.read_bytes() for path in sorted(SEED_ARCHIVES.glob("*.txt"))]
SEED_LINES = [line for data in SEEDS for line in split_lines(data)]
CHROME = [b"Shares", b"Share on Twitter", b"Leave a Comment:", b"Published on May 1, 2019 10:00",
          b"Monday, April 27th, 2020", b"February 25, 2015", b" \xe2\x80\xa2  0 comments  \xe2\x80\xa2  flag",
          b"About the Author Jane Roe", b"Category Archives: Things", b"", b"", b"\xc2\xa0"]


def assert_every_line_accounted_for(data: bytes, parsed) -> None:
    expected = list(range(1, len(split_lines(data.removeprefix(b"\xef\xbb\xbf"))) + 1))
    in_posts = [number for post in parsed.posts for number in post.lines]
    dropped = [item.line for item in parsed.dropped]
    assert sorted(in_posts + dropped) == expected, "a line was lost or counted twice"
    assert parsed.line_count == len(expected)
    for post in parsed.posts:
        assert post.title.strip()
        assert post.slug and "/" not in post.slug
        assert post.date_precision in {"minute", "day", "month", "year", "unknown"}
    assert len({post.slug for post in parsed.posts}) == len(parsed.posts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_never_crash_or_lose_lines(data):
    parsed = parse_archive(data, "random.txt")
    assert parsed.shape != "error", parsed.warnings
    assert_every_line_accounted_for(data, parsed)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_random_text_never_crashes_or_loses_lines(text):
    data = text.encode("utf-8")
    parsed = parse_archive(data, "random.txt")
    assert parsed.shape != "error", parsed.warnings
    assert_every_line_accounted_for(data, parsed)


@st.composite
def mutated_archive(draw):
    lines = list(split_lines(draw(st.sampled_from(SEEDS))))
    for _ in range(draw(st.integers(0, 12))):
        action = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "chrome", "truncate"]))
        if not lines:
            break
        at = draw(st.integers(0, len(lines) - 1))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif action == "insert":
            lines.insert(at, draw(st.sampled_from(SEED_LINES)))
        elif action == "chrome":
            lines.insert(at, draw(st.sampled_from(CHROME)))
        else:
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
    ending = draw(st.sampled_from([b"\n", b"\r\n"]))
    return ending.join(lines) + draw(st.sampled_from([b"", ending]))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_archive())
def test_mutated_archives_never_crash_or_lose_lines(data):
    parsed = parse_archive(data, "mutated.txt")
    assert parsed.shape != "error", parsed.warnings
    assert_every_line_accounted_for(data, parsed)


def test_seed_archives_keep_every_line():
    for data in SEEDS:
        assert_every_line_accounted_for(data, parse_archive(data, "seed.txt"))
