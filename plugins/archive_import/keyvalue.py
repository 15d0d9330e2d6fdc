"""Posts that open with a block of "Key: value" lines: blog exports, front matter, pasted Markdown files.

    Title: Refunds Without the Runaround
    Date: 2019-03-04 10:32
    Author: Elspeth Varga
    Tags: refunds, policy
    ---

A block needs a ``Title`` and at least one other known key; it ends at the
first line that is not such a pair (a ``---`` separator belongs to it).
Like e-mail headers, each block starts a record and names its fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Keys a post's header block uses (lower case), and the field each one feeds.
KEYS = {"title": "title", "date": "date", "published": "date", "author": "author", "authors": "author",
        "by": "author", "tags": "tags", "labels": "tags", "category": "category", "categories": "category",
        "slug": None, "summary": None, "status": None, "modified": None, "updated": None, "url": "url",
        "link": "url", "permalink": "url"}
PAIR = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}):\s*(?P<value>.*?)\s*$")
SEPARATOR = re.compile(r"^(?:-{3,}|\+{3,}|={3,})$")
# A header block is short.
MAX_BLOCK_LINES = 16


@dataclass(frozen=True, slots=True)
class KeyValueHeaders:
    """One header block: ``lines[start:end]``."""

    start: int
    end: int
    title: str
    date_text: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    category: str | None = None
    url: str | None = None
    keys: tuple[str, ...] = field(default=())


def read_block(lines: list[str], start: int) -> KeyValueHeaders | None:
    """The header block opening ``lines[start:]``, or None."""
    found: dict[str, str] = {}
    end = start
    for text in lines[start:start + MAX_BLOCK_LINES]:
        stripped = text.strip()
        match = PAIR.match(stripped)
        key = match["key"].strip().lower() if match else ""
        if match and key in KEYS and key not in found:
            found[key] = match["value"]
            end += 1
            continue
        if SEPARATOR.match(stripped) and found:
            end += 1
        break
    if not found.get("title") or len(found) < 2:
        return None
    fields = {KEYS[key]: value for key, value in found.items() if KEYS[key]}
    tags = tuple(tag.strip() for tag in re.split(r"[,;]", fields.get("tags", "")) if tag.strip())
    return KeyValueHeaders(start, end, fields["title"], fields.get("date") or None, fields.get("author") or None,
                           tags, fields.get("category") or None, fields.get("url") or None, tuple(found))


def find_blocks(lines: list[str]) -> dict[int, KeyValueHeaders]:
    """Every header block of the archive, by its first line."""
    blocks: dict[int, KeyValueHeaders] = {}
    i = 0
    while i < len(lines):
        if lines[i][:6].lower().lstrip().startswith("title"):
            block = read_block(lines, i)
            if block is not None:
                blocks[block.start] = block
                i = block.end
                continue
        i += 1
    return blocks
