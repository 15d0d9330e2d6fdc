"""A feed copied as its XML says where its posts are: each ``<item>`` or ``<entry>`` is one.

The template stage guesses records from the lines' shapes; a feed needs no
guess. Its elements may come in any order (a Blogger export prints a post's
date after its text), so the records are the entries ``feed_view`` found,
each titled by its own ``<title>``. An entry that is a reader's comment is a
comment, never a post.
"""

from __future__ import annotations

from .comments import Thread
from .feed_view import FeedEntry
from .lines import Line
from .structure import Record, Template

FEED_CONFIDENCE = 1.0


def feed_template(lines: list[Line], entries: list[FeedEntry] | None) -> tuple[Template, list[Thread]] | None:
    """One record per post entry, one comment thread per reply entry; None when the text is no feed or the
    feed has no entry (a feed of comments alone has no post)."""
    if not entries:
        return None
    records = [Record(entry.start, entry.end, _title(lines, entry)) for entry in entries if not entry.reply]
    threads = [Thread(entry.start, entry.end, 1) for entry in entries if entry.reply]
    return Template("feed", ["feed entries"], "none", records, FEED_CONFIDENCE), threads


def _title(lines: list[Line], entry: FeedEntry) -> int | None:
    """The entry's <title> line, unless it is empty ("<title/>" stays markup)."""
    return entry.title if entry.title is not None and lines[entry.title].chrome != "feed markup" else None
