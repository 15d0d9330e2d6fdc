"""Checks on an archive's raw bytes that the parse cannot make: is it a table, is it odd?

``screen(data, path)`` returns ``(refusal, warnings)``: a refusal ("path:line:
message") means the file holds no posts (a CSV or other table) and nothing
is imported from it; warnings name suspicious lines (an over-long single
line, a feed footer whose title is empty) and the import goes on.
"""

from __future__ import annotations

import re

from .decoding import normalise

# A line this long is a page flattened into one line (or not text at all).
MAX_LINE_CHARS = 20_000
# A table: at least this many lines, nearly all with the same number of separators.
TABLE_MIN_LINES = 3
TABLE_SHARE = 0.9
SEPARATORS = {b",": 2, b"\t": 1, b";": 2, b"|": 2}  # separator -> fewest per line (columns - 1)
EMPTY_FOOTER = re.compile(rb"^\s*The post\s+appeared first on\b", re.IGNORECASE)


def _lines(data: bytes) -> list[bytes]:
    return normalise(data).split(b"\n")


def table_separator(lines: list[bytes]) -> bytes | None:
    texts = [line for line in lines if line.strip()]
    if len(texts) < TABLE_MIN_LINES:
        return None
    for separator, fewest in SEPARATORS.items():
        count = texts[0].count(separator)
        if count >= fewest and sum(line.count(separator) == count for line in texts) >= TABLE_SHARE * len(texts):
            return separator
    return None


def screen(data: bytes, path: str) -> tuple[str | None, list[str]]:
    lines = _lines(data)
    separator = table_separator(lines)
    if separator is not None:
        shown = {b"\t": "tab"}.get(separator, separator.decode())
        return (f"{path}:1: looks like a table ({shown}-separated columns on every line), "
                f"not a blog archive; not imported"), []
    warnings = []
    longest = max(range(len(lines)), key=lambda n: len(lines[n]), default=None)
    if longest is not None and len(lines[longest]) > MAX_LINE_CHARS:
        warnings.append(f"{path}:{longest + 1}: line is {len(lines[longest]):,} bytes long, over "
                        f"{MAX_LINE_CHARS:,}; it was imported as one paragraph: check that the file is "
                        f"a text archive with its line breaks")
    for number, line in enumerate(lines, start=1):
        if EMPTY_FOOTER.match(line):
            warnings.append(f"{path}:{number}: \"The post … appeared first on\" line with an empty title; "
                            f"it stays in the post's text: check the post's title")
    return None, warnings
