"""Stage 1: an export or a feed copied as pretty-printed JSON (a blog platform's content export, a JSON
Feed in a browser's "Raw Data" view), one ``"key": value`` a line.

As ``feed_view`` does for XML, each line is read as what it says, one line
for one line, so the archive's line numbers stand: a post's title as its
text, its date and authors as the labelled lines the later stages read
("Published: D", "By X"), its HTML or text as one line of text, and every
other key (ids, slugs, settings, a copy of the text in another format) as
markup. The objects that hold a title and a text are the posts. An export
that names authors only by id joins them as a database would: its
``posts_authors`` rows (post id, author id, in order) and its ``users``
(id, name).
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field

from .feed_view import FeedEntry, FeedLines

# A browser's JSON viewer prints its tabs and buttons over the text ("JSON", "Raw Data", "Pretty Print").
FIRST_LINES = 10
OPENING = re.compile(r"^\s*[{\[]\s*$")
KEY_LINE = re.compile(r'^\s*"(?P<key>[^"\\]{1,60})"\s*:\s*(?P<value>.*?)\s*$')
CLOSING = re.compile(r"^\s*[}\]]\s*,?\s*$")
TAG = re.compile(r"<[^>]+>")
# How each key of a post reads for the later stages; a key not named here is markup.
TITLE_KEYS = frozenset({"title"})
TEXT_KEYS = frozenset({"html", "content_html", "content_text", "content", "body", "body_html"})
FIELD_KEYS = {"published_at": "Published: {}", "date_published": "Published: {}", "published": "Published: {}",
              "pubdate": "Published: {}", "date": "Published: {}", "updated_at": "Updated: {}",
              "date_modified": "Updated: {}"}
# Under a post, an author object's name ("authors": [{"name": …}]).
AUTHOR_ARRAYS = frozenset({"authors", "author"})


@dataclass
class _Object:
    """One ``{…}`` being read: where it opens, its keys' lines and decoded values, the array it is in."""

    start: int
    within: str | None  # the key of the array or object that holds it ("posts", "authors", "users")
    lines: dict[str, int] = field(default_factory=dict)
    values: dict[str, object] = field(default_factory=dict)


def is_json_view(lines: list[str]) -> bool:
    """Pretty-printed JSON: an opening brace among the first lines, a ``"key": value`` line right under it."""
    shown = [(k, line) for k, line in enumerate(lines) if line.strip()][:FIRST_LINES + 1]
    return any(OPENING.match(line) and k + 1 < len(lines) and KEY_LINE.match(lines[k + 1]) for k, line in shown)


def read_json_view(lines: list[str]) -> FeedLines:
    """Every line as what it says (see the module's docstring); the posts as the feed's entries."""
    objects = _objects(lines)
    posts = [obj for obj in objects if TITLE_KEYS & obj.lines.keys() and TEXT_KEYS & obj.lines.keys()]
    if not posts:  # JSON that holds no post (a code sample at the top of a page): read as any text
        return FeedLines(list(lines))
    found = FeedLines(list(lines), markup=set(range(len(lines))), entries=[])
    authors = _joined_authors(objects)
    closes = [_closing_line(lines, post) for post in posts]
    # A feed's own authors (JSON Feed's top-level "authors") sign the posts that name none.
    default = [obj.values["name"] for obj in objects if obj.within in AUTHOR_ARRAYS and isinstance(
        obj.values.get("name"), str) and not any(post.start < obj.start < end for post, end in zip(posts, closes))]
    for k, (post, close) in enumerate(zip(posts, closes)):
        end = posts[k + 1].start if k + 1 < len(posts) else close  # the lines between two posts go with the first
        _read_post(found, post, objects, close, end, authors.get(post.values.get("id")) or default)
    return found


def _objects(lines: list[str]) -> list[_Object]:
    """Every object, closed, in the order it opened; each knows the key of the array it sits in."""
    stack: list[tuple[str | None, _Object | None]] = []  # (key that opened it, the object if it is one)
    done: list[_Object] = []
    for index, raw in enumerate(lines):
        key_line = KEY_LINE.match(raw)
        key, value = (key_line["key"], key_line["value"].rstrip(",").strip()) if key_line else (None, raw.strip())
        if value in ("{", "["):
            holder = key if key is not None else (stack[-1][0] if stack else None)
            stack.append((key if key is not None else holder, _Object(index, holder) if value == "{" else None))
            continue
        if CLOSING.match(raw):
            if stack:
                _, obj = stack.pop()
                if obj is not None:
                    done.append(obj)
            continue
        owner = stack[-1][1] if stack else None
        if key is not None and owner is not None:
            owner.lines[key] = index
            owner.values[key] = _decoded(value)
    return sorted(done, key=lambda obj: obj.start)


def _decoded(value: str) -> object:
    try:
        return json.loads(value)
    except ValueError:
        return None


def _joined_authors(objects: list[_Object]) -> dict[object, list[str]]:
    """Post id -> its authors' names, from an export's ``posts_authors`` rows and ``users``."""
    names = {obj.values.get("id"): obj.values.get("name") for obj in objects
             if obj.within == "users" and isinstance(obj.values.get("name"), str)}
    rows = sorted((obj for obj in objects if "post_id" in obj.values and "author_id" in obj.values),
                  key=lambda obj: (str(obj.values["post_id"]), _order(obj.values.get("sort_order"))))
    joined: dict[object, list[str]] = {}
    for row in rows:
        name = names.get(row.values["author_id"])
        if name:
            joined.setdefault(row.values["post_id"], []).append(name)
    return joined


def _order(value: object) -> int:
    return value if isinstance(value, int) else 0


def _read_post(found: FeedLines, post: _Object, objects: list[_Object], close: int, end: int,
               names: list[str]) -> None:
    """The post's lines as its title, fields and text (its object closes before ``close``; its entry runs to
    ``end``); its own authors' "name" lines as bylines, else ``names`` (joined by id, or the feed's) on its
    id line."""
    for key, index in post.lines.items():
        value = post.values.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        if key in TITLE_KEYS:
            found.texts[index] = " ".join(value.split())
        elif key in TEXT_KEYS:
            found.texts[index] = " ".join(html.unescape(TAG.sub(" ", value)).split())
        elif key in FIELD_KEYS:
            found.texts[index] = FIELD_KEYS[key].format(value.strip())
        else:
            continue
        found.markup.discard(index)
    own = [obj for obj in objects if post.start < obj.start < close and obj.within in AUTHOR_ARRAYS
           and isinstance(obj.values.get("name"), str)]
    if own:  # a JSON Feed item's "authors": [{"name": …}, …], read as one byline on the first name's line
        found.texts[own[0].lines["name"]] = "By " + _joined([obj.values["name"] for obj in own])
        found.markup.discard(own[0].lines["name"])
    if names and not own and "id" in post.lines:
        found.texts[post.lines["id"]] = "By " + _joined(names)
        found.markup.discard(post.lines["id"])
    found.entries.append(FeedEntry(post.start, end, post.lines.get("title"), False))


def _closing_line(lines: list[str], post: _Object) -> int:
    """One past the line that closes the post's object (its braces counted from its opening line)."""
    depth = 0
    for index in range(post.start, len(lines)):
        stripped = lines[index].strip()
        depth += stripped.endswith(("{", "[")) - bool(CLOSING.match(lines[index]))
        if depth == 0:
            return index + 1
    return len(lines)


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
