"""Reading time from an article's rendered HTML."""

import math
import re

TAG = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def word_count(html):
    return len(WORD.findall(TAG.sub(" ", html or "")))


def minutes_for(words, words_per_minute):
    """Whole minutes, at least one: nobody reads "0 min"."""
    return max(1, math.ceil(words / max(1, words_per_minute)))


def reading_minutes(html, words_per_minute):
    return minutes_for(word_count(html), words_per_minute)
