"""Inputs for the importer fuzz tests: random bytes and text, and the real
archives mutated the ways files get damaged (lines lost, doubled or
swapped, bytes flipped, re-encoded, truncated, hostile markup pasted in).
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

ARCHIVES_DIR = Path(__file__).resolve().parents[2] / "content" / "archives"
# Keeps each example fast: the biggest real archive is ~60 KB.
MAX_RANDOM_BYTES = 8192
ENCODINGS = ("utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "mac_roman")
# Lines that try to break out of Markdown or HTML, or confuse the splitter.
HOSTILE_LINES = (
    b"<script>window.__pwned=1</script>",
    b"<img src=x onerror=\"window.__pwned=1\">",
    b"[click](javascript:window.__pwned=1)",
    b"[ref]: javascript:alert(1)",
    b"Title: injected front matter",
    b"---",
    b"```",
    b"# " + b"#" * 300,
    b"\xef\xbb\xbf",
    b"\x00\x01\x02",
    b"\r",
    b"Published: 31/02/2015 25:61",
    b"Posted on February 30, 0000",
    b"x" * 20000,
    "\u202e\u200b\ufeff\U0001f600".encode("utf-8"),
)


def real_archives() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(ARCHIVES_DIR.glob("*.txt"))}


@st.composite
def mutated_archive(draw):
    """A real archive with a few random injuries."""
    archives = real_archives()
    name = draw(st.sampled_from(sorted(archives)))
    lines = archives[name].split(b"\n")
    for _ in range(draw(st.integers(1, 6))):
        lines = draw(st.sampled_from(MUTATIONS))(draw, lines)
    data = b"\n".join(lines)
    if draw(st.booleans()):
        data = _reencode(draw, data)
    return name, data


def _pick(draw, lines):
    return draw(st.integers(0, max(len(lines) - 1, 0)))


def _delete(draw, lines):
    if not lines:
        return lines
    start = _pick(draw, lines)
    return lines[:start] + lines[start + draw(st.integers(1, 20)):]


def _duplicate(draw, lines):
    if not lines:
        return lines
    start = _pick(draw, lines)
    block = lines[start:start + draw(st.integers(1, 20))]
    return lines[:start] + block + block + lines[start:][len(block):]


def _swap(draw, lines):
    if len(lines) < 2:
        return lines
    first, second = _pick(draw, lines), _pick(draw, lines)
    lines = list(lines)
    lines[first], lines[second] = lines[second], lines[first]
    return lines


def _flip_bytes(draw, lines):
    data = bytearray(b"\n".join(lines))
    for _ in range(draw(st.integers(1, 16))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data).split(b"\n")


def _insert_hostile(draw, lines):
    at = _pick(draw, lines)
    return lines[:at] + [draw(st.sampled_from(HOSTILE_LINES))] + lines[at:]


def _insert_random(draw, lines):
    at = _pick(draw, lines)
    return lines[:at] + [draw(st.binary(max_size=200))] + lines[at:]


def _truncate(draw, lines):
    return lines[:_pick(draw, lines)]


def _crlf(draw, lines):
    return [line + b"\r" for line in lines]


MUTATIONS = (_delete, _duplicate, _swap, _flip_bytes, _insert_hostile, _insert_random, _truncate, _crlf)


def _reencode(draw, data: bytes) -> bytes:
    encoding = draw(st.sampled_from(ENCODINGS))
    return data.decode("utf-8", errors="replace").encode(encoding, errors="replace")


random_bytes = st.binary(max_size=MAX_RANDOM_BYTES)
random_text = st.builds(
    lambda text, encoding: text.encode(encoding, errors="replace"),
    st.text(max_size=2000),
    st.sampled_from(ENCODINGS),
)
# Text shaped like an archive: short lines, blank lines, dates, headings.
archive_like = st.lists(
    st.one_of(
        st.just(b""),
        st.sampled_from(HOSTILE_LINES),
        st.text(max_size=120).map(lambda text: text.encode("utf-8", errors="replace")),
        st.sampled_from((b"Shares", b"Posted in Customer Service", b"Published: March 3, 2014 at 5:33 am",
                         b"January 2015", b"Volume 2: November 2011 Mashup", b"By Shep Hyken")),
    ),
    max_size=80,
).map(lambda lines: b"\n".join(lines))
