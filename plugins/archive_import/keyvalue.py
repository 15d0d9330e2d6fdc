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

import csv
import re
from dataclasses import dataclass, field, replace

# Keys a post's header block uses (lower case), and the field each one feeds.
KEYS = {"title": "title", "date": "date", "published": "date", "author": "author", "authors": "author",
        "by": "author", "tags": "tags", "labels": "tags", "category": "category", "categories": "category",
        "slug": None, "summary": None, "status": None, "modified": None, "updated": None, "url": "url",
        "link": "url", "permalink": "url",
        # A Notion page's properties, under its "# Title" in a Markdown export.
        "created": "date", "created time": "date", "date created": "date", "last edited time": None,
        # A platform's CSV export (Substack's posts.csv) over a post's HTML: its header row and the post's row.
        "post_date": "date", "published_at": "date", "publish_date": "date", "author_name": "author"}
NOTE_KEYS = frozenset({"created", "created time", "date created"})
# A Markdown page's title: "# Why We Stopped Quoting Hold Times".
HEADING = re.compile(r"^#\s+(?P<title>\S.*)$")  # (closing "#"s are taken off in code: no backtracking)
PAIR = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _-]{0,20}):\s*(?P<value>.*?)\s*$")
# Hugo's TOML front matter between "+++" lines: title = "X", tags = ["a", "b"], and its [params] table.
TOML_PAIR = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_-]{0,20})\s*=\s*(?P<value>.*?)\s*$")
TOML_TABLE = re.compile(r"^\[[\w.-]+\]$|^[A-Za-z][\w-]*\s*=")
SEPARATOR = re.compile(r"^(?:-{3,}|\+{3,}|={3,})$")
LIST_ITEM = re.compile(r"^\s+-\s+(?P<item>\S.*?)\s*$")
# A CSV export's header has a few columns at least (an id, a date, a title …).
MIN_CSV_COLUMNS = 3
# A header block is short, and so is the title over it.
MAX_BLOCK_LINES = 16
MAX_TITLE_CHARS = 120


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


def read_block(lines: list[str], start: int, fenced: bool = False, title: str | None = None) -> KeyValueHeaders | None:
    """The header block opening ``lines[start:]``, or None. In ``fenced`` front matter (a ``---`` line
    over it) keys the importer has no use for ("layout: post") are the block's too. ``title``: the
    Markdown heading over the block names the post."""
    found: dict[str, str] = {"title": title} if title else {}
    end = start
    while end < min(len(lines), start + MAX_BLOCK_LINES):
        stripped = lines[end].strip()
        match = PAIR.match(stripped) or (TOML_PAIR.match(stripped) if fenced else None)
        key = match["key"].strip().lower() if match else ""
        if match and key not in found and (key in KEYS or fenced):
            items = _list_items(lines, end + 1)  # "tags:" over "  - handovers" lines (YAML)
            value, taken = _array(lines, end, match["value"])  # TOML: tags = [ over "  'rota'," lines
            found[key] = ", ".join(items) if not value and items else value
            end += 1 + len(items) + taken
            continue
        if fenced and found and TOML_TABLE.match(stripped) or not stripped and _more_fields(lines, end, fenced):
            end += 1  # "[params]" and the keys under it; a blank line between two fields (a double-spaced copy)
            continue
        if SEPARATOR.match(stripped) and found:
            end += 1
        break
    fields = {KEYS[key]: _value(value) for key, value in found.items() if KEYS.get(key)}
    if not fields.get("title") or len([key for key in found if key in KEYS]) < 2:
        return None
    tags = tuple(tag.strip() for tag in re.split(r"[,;]", fields.get("tags", "").strip("[]")) if tag.strip())
    return KeyValueHeaders(start, end, fields["title"], fields.get("date") or None, fields.get("author") or None,
                           tags, fields.get("category") or None, fields.get("url") or None, tuple(found))


def _more_fields(lines: list[str], at: int, fenced: bool) -> bool:
    """Does the block go on past the blank line at ``at``: a known field, or (front matter) any field or its fence?"""
    below = next((text.strip() for text in lines[at + 1:at + MAX_BLOCK_LINES] if text.strip()), "")
    pair = PAIR.match(below) or (TOML_PAIR.match(below) if fenced else None)
    return bool(pair and (fenced or pair["key"].strip().lower() in KEYS)
                or fenced and (SEPARATOR.match(below) or TOML_TABLE.match(below)))


def _array(lines: list[str], at: int, value: str) -> tuple[str, int]:
    """A TOML array spread over the lines under its key, joined into one value (and the lines it took)."""
    if not value.startswith("[") or value.endswith("]"):
        return value, 0
    parts, k = [value], at + 1
    while k < min(len(lines), at + MAX_BLOCK_LINES) and "]" not in parts[-1]:
        parts.append(lines[k].strip())
        k += 1
    return " ".join(parts), k - at - 1


def _value(value: str) -> str:
    """A scalar without its quotes; a list ("['A', 'B']") as "A, B"."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):  # quoted items may hold commas: "Phones, tablets"
        items = next(csv.reader([value[1:-1]], skipinitialspace=True, quotechar=value[1:2] if value[1:2] in "'\"" else '"'))
        return ", ".join(_unquoted(item) for item in items if item.strip())
    return _unquoted(value)


def _list_items(lines: list[str], start: int) -> list[str]:
    items = []
    for text in lines[start:start + MAX_BLOCK_LINES]:
        match = LIST_ITEM.match(text)
        if match is None:
            break
        items.append(_unquoted(match["item"]))
    return items


def _unquoted(value: str) -> str:
    """A YAML scalar's text: 'Refunds' and "Refunds" are Refunds."""
    value = value.strip()
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value


def _titled_block(lines: list[str], i: int) -> KeyValueHeaders | None:
    """A heading ("# Title", or a short line with no key) right over a block of fields that names it."""
    text = lines[i].strip()
    heading = HEADING.match(text)
    title = heading["title"].rstrip("# ") if heading else text if text and not PAIR.match(text) \
        and not SEPARATOR.match(text) and len(text) <= MAX_TITLE_CHARS else None
    below = next((k for k in range(i + 1, min(len(lines), i + MAX_BLOCK_LINES)) if lines[k].strip()), None)
    # A block's first field is a "Key: value" pair: a line with no colon opens none (and most lines have none).
    block = read_block(lines, below, title=title) if title and below is not None and ":" in lines[below] else None
    # A plain line over fields is a note's title when they say when the note was created (Evernote, Bear,
    # Apple Notes exports); a blog's "Written by" and "Category" fields under its title are read elsewhere.
    named = [key for key in block.keys if KEYS.get(key) and key != "title"] if block is not None else []
    return block if block is not None and (heading or NOTE_KEYS & set(named) and len(named) >= 2) else None


def _csv_row(lines: list[str], i: int) -> KeyValueHeaders | None:
    """A CSV header naming a title column, with one row under it: that row names the post below."""
    if "," not in lines[i] or "title" not in lines[i].lower():
        return None
    header = [name.strip().lower() for name in next(csv.reader([lines[i]]))]
    at = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)  # (a blank between)
    if len(header) < MIN_CSV_COLUMNS or "title" not in header or at is None:
        return None
    row = next(csv.reader([lines[at]]), [])
    if len(row) != len(header):
        return None
    found = {KEYS[key]: value.strip() for key, value in zip(header, row) if KEYS.get(key) and value.strip()}
    if not found.get("title") or len(found) < 2:
        return None
    return KeyValueHeaders(i, at + 1, found["title"], found.get("date"), found.get("author"), (),
                           found.get("category"), found.get("url"), tuple(header))


def find_blocks(lines: list[str]) -> dict[int, KeyValueHeaders]:
    """Every header block of the archive, by its first line."""
    blocks: dict[int, KeyValueHeaders] = {}
    i = 0
    while i < len(lines):
        block = _titled_block(lines, i) or _csv_row(lines, i)
        if block is not None:  # "# Title" over its properties (a Notion page in Markdown, an Evernote note)
            blocks[i] = replace(block, start=i)
            i = block.end
            continue
        fence = bool(SEPARATOR.match(lines[i].strip()))  # front matter: its keys in any order
        if fence or lines[i][:6].lower().lstrip().startswith("title"):
            block = read_block(lines, i + 1, fenced=True) if fence else read_block(lines, i)
            if block is not None:
                blocks[block.start] = block
                i = block.end
                continue
        i += 1
    return blocks
