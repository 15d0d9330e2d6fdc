"""A feed copied as its XML says where its posts are: each ``<item>`` or ``<entry>`` is one.

The template stage guesses records from the lines' shapes; a feed needs no
guess. Its elements may come in any order (a Blogger export prints a post's
date after its text), so the records are the entries themselves, each titled
by its own ``<title>``. An entry that is a reader's comment (Blogger's
``<blogger:type>COMMENT``, Atom's ``thr:in-reply-to``) is a comment, never a post.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .comments import Thread
from .lines import Line
from .structure import Record, Template

ENTRY = re.compile(r"^\s*<(?P<close>/)?(?:item|entry)(?:\s[^>]*)?>\s*$", re.I)
TITLE = re.compile(r"^\s*<title\b", re.I)
REPLY = re.compile(r"<blogger:type>\s*COMMENT\s*</blogger:type>|<thr:in-reply-to\b", re.I)
FEED_CONFIDENCE = 1.0


@dataclass(frozen=True, slots=True)
class FeedEntry:
    start: int  # the <entry> line
    end: int  # one past its </entry> line
    title: int | None  # its <title> line
    reply: bool  # a reader's comment


def feed_entries(texts: list[str]) -> list[FeedEntry]:
    """Every entry of the feed, in page order (an entry left open runs to the end of the copy)."""
    found: list[FeedEntry] = []
    start, title, reply = None, None, False
    for index, raw in enumerate(texts):
        match = ENTRY.match(raw)
        if match and not match["close"]:
            if start is not None:
                found.append(FeedEntry(start, index, title, reply))
            start, title, reply = index, None, False
        elif match and start is not None:
            found.append(FeedEntry(start, index + 1, title, reply))
            start = None
        elif start is not None:
            title = index if title is None and TITLE.match(raw) else title
            reply = reply or bool(REPLY.search(raw))
    if start is not None:
        found.append(FeedEntry(start, len(texts), title, reply))
    return found


def feed_template(lines: list[Line], entries: list[FeedEntry]) -> tuple[Template, list[Thread]] | None:
    """One record per post entry, one comment thread per reply entry; None when the feed has no entry (a
    feed of comments alone has no post)."""
    if not entries:
        return None
    records = [Record(entry.start, entry.end, _title(lines, entry)) for entry in entries if not entry.reply]
    threads = [Thread(entry.start, entry.end, 1) for entry in entries if entry.reply]
    return Template("feed", ["feed entries"], "none", records, FEED_CONFIDENCE), threads


def _title(lines: list[Line], entry: FeedEntry) -> int | None:
    """The entry's <title> line, unless it is empty ("<title/>" stays markup)."""
    return entry.title if entry.title is not None and lines[entry.title].chrome != "feed markup" else None
