"""A thread of numbered parts ("1/", "2/" … "7/7") saved as one post: X, Mastodon, Bluesky.

Each part repeats its author, handle, date and counters, so the template
stage would read every part as a post of its own. Parts numbered 1, 2, 3 …
in order, by one writer, are one post: from the first part's head to the
last part's counters. Replies below it are the page's, not the post's.
"""

from __future__ import annotations

import re

from .lines import Line
from .structure import Record, Template

PART = re.compile(r"^(\d{1,2})/(?:\d{1,2})?\s+\S")
# Fewer numbered lines may be a list ("1/ Open the form"); a thread has at least this many parts.
MIN_PARTS = 3
# The first part's head: author, handle, "Conversation" (lines above it, no blank between).
HEAD_LINES = 4
THREAD_CONFIDENCE = 0.8


def thread_template(lines: list[Line], masked: set[int]) -> Template | None:
    """One record for a numbered thread, or None when the page holds none."""
    parts = [line.index for line in lines if line.index not in masked and line.is_text and PART.match(line.stripped)]
    numbers = [int(PART.match(lines[i].stripped)[1]) for i in parts]
    if len(parts) < MIN_PARTS or numbers != list(range(1, len(parts) + 1)):
        return None
    start = parts[0]
    while start > 0 and parts[0] - start < HEAD_LINES and not lines[start - 1].blank and lines[start - 1].is_field:
        start -= 1
    end = parts[-1] + 1
    while end < len(lines) and (lines[end].blank or lines[end].is_field) and end not in masked:
        end += 1
    return Template("thread", ["numbered parts"], "none", [Record(start, end, None)], THREAD_CONFIDENCE)
