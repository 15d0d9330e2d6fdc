"""What in a title says "this is one part of a series": part markers, dates, prefixes.

Each entry of ``PART_MARKERS`` is a named pattern; the text before the
marker is the series stem, the group ``part`` the part label, read with
the named reader of ``naming.PART_READERS``. A title whose subtitle follows
the marker ("Handbook — Part 2: The Sequel") keeps only the text before it
as the stem, so every part shares one stem.

Round-ups name themselves by their date ("Friday links, March 8, 2019",
"April roundup"): ``dated_stem`` removes the date and the words that join
it, and what is left names the series.
"""

from __future__ import annotations

import re

from .naming import NUMBER_WORDS, clean_name, fold_typography

_NUMBER = r"(?P<part>\d+|[ivxlc]+|" + "|".join(NUMBER_WORDS) + r")"
# "The Four Queues – Billing": a part named after a dash is a word or
# two; longer tails are subtitles of one-off posts.
MAX_DASH_PART_WORDS = 3

PART_MARKERS = (
    ("week", re.compile(r"\s+for the week of\s+(?P<part>.+)$", re.I), "date"),
    ("of", re.compile(r"\s*\(\s*(?P<part>\d+)\s+of\s+\d+\s*\)", re.I), "number"),
    ("part", re.compile(r"[\s,:(\-]+(?:part|pt\.?)\s*" + _NUMBER + r"\b\)?", re.I), "number"),
    ("volume", re.compile(r"[\s,:(\-]+(?:volume|vol\.?)\s*" + _NUMBER + r"\b\)?", re.I), "number"),
    ("number", re.compile(r"[\s,:(\-]*#\s*(?P<part>\d+)\b\)?", re.I), "number"),
    ("roman", re.compile(r"\s+(?P<part>[IVX]{1,4})$"), "number"),  # "Lessons from the Help Desk III"
    ("dash", re.compile(r"\s+-\s+(?P<part>[^-]+?)\s*$"), "auto"),
)

# A subtitle like "Volume 3: June 2020 Round-up" numbers a post whose
# series is named by its title prefix.
SUBTITLE_MARKER = re.compile(r"\b(?:part|volume|vol\.?|no\.?|#)\s*(?P<part>\d+|[ivxlc]+)\b", re.I)

# "Reader Mailbag: ...", "Support Stories – A Late Parcel": a short recurring prefix.
PREFIX = re.compile(r"^(?P<prefix>[^:]{2,}?)(?:\s*:\s+|\s+-\s+)\S")
MAX_PREFIX_WORDS = 4

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# A date in a title, with the words that tie it to the rest ("for", "of", a comma or dash).
TITLE_DATE = re.compile(
    r"(?:[\s,:-]+(?:for(?: the week of)?|of|from|on)?)?\s*"
    r"(?:\b" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}\s+" + _MONTH + r",?\s+\d{4}\b"
    r"|\b" + _MONTH + r"(?:,?\s+\d{4})?\b|\b\d{4}-\d{2}-\d{2}\b)", re.I)
# What is left once the date is gone must still name something.
MIN_STEM_CHARS = 3


def marker(title: str) -> tuple[str, str, str] | None:
    """(stem, part label, reader name) of the first part marker in a title."""
    title = fold_typography(title)
    for _name, pattern, reader in PART_MARKERS:
        found = pattern.search(title)
        if not found:
            continue
        label = clean_name(found.group("part"))
        tail = title[found.end():]
        # "Handbook - Part 2: The Sequel": the part's own subtitle is no part of the stem.
        stem = clean_name(title[:found.start()] if re.match(r"\s*[:\-]", tail) else
                          title[:found.start()] + " " + tail)
        if reader == "auto" and len(label.split()) > MAX_DASH_PART_WORDS:
            continue
        if stem and label:
            return stem, label, reader
    return None


def prefix(title: str) -> str | None:
    found = PREFIX.match(fold_typography(title))
    if found and len(found.group("prefix").split()) <= MAX_PREFIX_WORDS:
        return clean_name(found.group("prefix"))
    return None


def dated_stem(title: str) -> tuple[str, str] | None:
    """(stem, date text) of a title dated in its words: "Friday links, March 8, 2019" → ("Friday links", ...)."""
    title = fold_typography(title)
    found = TITLE_DATE.search(title)
    if not found:
        return None
    stem = clean_name(title[:found.start()] + " " + title[found.end():])
    if len(stem) < MIN_STEM_CHARS or not any(char.isalpha() for char in stem):
        return None
    return stem, clean_name(found.group(0))


def subtitle_part(subtitle: str | None) -> str | None:
    found = SUBTITLE_MARKER.search(fold_typography(subtitle or ""))
    return found.group("part") if found else None
