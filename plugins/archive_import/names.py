"""Lines that are only names: the author slot of a byline."""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import plausible_name

# A line of names is short: "Ruth Abernethy and Leon Mbeki".
MAX_NAME_LINE_WORDS = 9
MAX_NAME_LINE_CHARS = 80  # longer lines never reach the cache
POSSESSIVE = re.compile(r"\w['’]s\b")
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3
# "Jane Doe · Follow": the follow button glued to a name (Facebook, Medium).
FOLLOW_BUTTON = re.compile(r"\s*[·•]\s*follow$", re.I)
NAME_JOINERS = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.I)


@lru_cache(maxsize=1 << 14)
def names_in(text: str) -> tuple[str, ...]:
    """The names a line consists of, in their usual case; () when it is not only names."""
    text = FOLLOW_BUTTON.sub("", text)
    if len(text) > MAX_NAME_LINE_CHARS or len(text.split()) > MAX_NAME_LINE_WORDS \
            or not any(ch.isalpha() for ch in text):
        return ()
    if POSSESSIVE.search(text):
        return ()  # "Wendell Ashby-Kerr's Blog" names a blog
    shown = text.title() if text.isupper() else text
    parts = [part.strip() for part in NAME_JOINERS.split(shown) if part.strip()]
    # One name: "Sofia Marchetti", "Mary Jo Smith". Several: first and last name each,
    # so that a title such as "Hold Music and Other Small Cruelties" is no list of people.
    sizes = (MIN_NAME_WORDS, MAX_NAME_WORDS) if len(parts) == 1 else (MIN_NAME_WORDS, MIN_NAME_WORDS)
    if parts and all(plausible_name(part) and sizes[0] <= len(part.split()) <= sizes[1] for part in parts):
        return tuple(parts)
    return ()
