"""What must hold for every input to the importer, however broken.

``assert_sound(data, name)`` runs ``archive_import.parse_archive`` once
under a hard time limit and checks the contract:

- it returns (never raises) within ``HARD_LIMIT_SECONDS``, and did not
  get there through its own last-resort ``except`` (shape ``error``, an
  "importer error" warning): that safety net keeps the site building, but
  for the fuzzer it is a crash like any other;
- every line of the input is in exactly one post or in ``dropped``, and
  nothing names a line the input does not have;
- each post has a title and a slug, slugs are unique in the archive, and
  ``date_precision`` is one of the documented values;
- each post's Markdown body, rendered the way the site renders it, holds
  no active markup: no script, frame, object, embed, style or form
  element, no ``on*`` attribute, no ``javascript:``/``vbscript:``/``data:``
  URL (archives are plain text: what looks like markup shows as written);
- parsing the same bytes twice gives the same posts (determinism).
"""

from __future__ import annotations

import signal
import time
from collections import Counter
from contextlib import contextmanager

import lxml.html
import markdown

# A real archive parses in well under a second; ten times the largest
# fuzz input's worst case still fits here. Beyond it the importer hangs.
HARD_LIMIT_SECONDS = 10
DATE_PRECISIONS = {"minute", "day", "month", "year", "unknown"}
# As pelicanconf.py's MARKDOWN setting renders articles.
MARKDOWN_EXTENSIONS = ["markdown.extensions.extra", "markdown.extensions.toc"]
ACTIVE_ELEMENTS = {"script", "iframe", "frame", "object", "embed", "style", "form", "base", "meta", "link", "svg", "math"}
ACTIVE_SCHEMES = ("javascript:", "vbscript:", "data:")


class Hang(Exception):
    """parse_archive ran past the hard time limit."""


@contextmanager
def time_limit(seconds: float):
    """Interrupt the body after ``seconds`` (SIGALRM: main thread, POSIX only).

    pytest-timeout uses the same timer; its remaining time is put back after.
    """
    def on_alarm(signum, frame):
        raise Hang(f"parse_archive did not finish within {seconds} s")

    started = time.monotonic()
    previous = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if previous_delay:
            remaining = max(previous_delay - (time.monotonic() - started), 0.001)
            signal.setitimer(signal.ITIMER_REAL, remaining, previous_interval)


def post_lines(post) -> list[int]:
    """A post's archive line numbers (``source_lines`` in the brief, ``lines`` in the model)."""
    lines = getattr(post, "source_lines", None)
    return list(post.lines if lines is None else lines)


def line_count(data: bytes, parsed) -> int:
    """How many lines the input has: the parser's own count when it gives one."""
    count = getattr(parsed, "line_count", None)
    if count is not None:
        return count
    return data.count(b"\n") + (0 if data.endswith(b"\n") or not data else 1)


def parse(data: bytes, name: str):
    import archive_import

    with time_limit(HARD_LIMIT_SECONDS):
        return archive_import.parse_archive(data, name)


def assert_sound(data: bytes, name: str = "fuzz.txt"):
    parsed = parse(data, name)
    crashes = [warning for warning in parsed.warnings if "importer error" in warning]
    assert getattr(parsed, "shape", None) != "error" and not crashes, f"the importer crashed: {crashes}"
    total = line_count(data, parsed)
    seen = Counter()
    for post in parsed.posts:
        seen.update(post_lines(post))
    seen.update(dropped.line for dropped in parsed.dropped)
    outside = sorted(number for number in seen if not 1 <= number <= total)
    assert not outside, f"lines {outside[:10]} are not in the {total}-line input"
    twice = sorted(number for number, times in seen.items() if times > 1)
    assert not twice, f"lines {twice[:10]} are in more than one post or in a post and dropped"
    lost = sorted(set(range(1, total + 1)) - set(seen))
    assert not lost, f"lines {lost[:10]} are in no post and not dropped"
    slugs = [post.slug for post in parsed.posts]
    assert all(slug and slug.strip() for slug in slugs), f"empty slug in {slugs}"
    assert len(set(slugs)) == len(slugs), f"duplicate slugs: {sorted(s for s, n in Counter(slugs).items() if n > 1)}"
    for post in parsed.posts:
        assert post.title and post.title.strip(), f"post {post.slug} has no title"
        assert post.date_precision in DATE_PRECISIONS, f"post {post.slug}: date_precision {post.date_precision!r}"
    for post in parsed.posts:
        assert_inert(post.body, post.slug)
    again = parse(data, name)
    assert [(p.slug, p.title, p.body) for p in again.posts] == [(p.slug, p.title, p.body) for p in parsed.posts], \
        "two parses of the same bytes differ"
    return parsed


def assert_inert(body: str, slug: str = "post") -> None:
    """The rendered Markdown has no element, attribute or URL that could run code."""
    html = markdown.markdown(body, extensions=MARKDOWN_EXTENSIONS, output_format="html")
    if not html.strip():
        return
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.tag.lower() not in ACTIVE_ELEMENTS, f"{slug}: body renders a <{element.tag}> element"
        for attribute, value in element.attrib.items():
            assert not attribute.lower().startswith("on"), f"{slug}: body renders a {attribute}= attribute"
            squeezed = "".join(value.split()).lower()
            assert not squeezed.startswith(ACTIVE_SCHEMES), f"{slug}: body renders {attribute}={value!r}"
