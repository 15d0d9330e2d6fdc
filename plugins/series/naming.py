"""Folding series names so spelling variants compare equal, and reading parts.

"Agent's Notes", "Agent’s Notes" and "agent’s  NOTES" are one series: names are compared after
folding quotes, dashes, case and spacing. Part labels ("2", "IV",
"March 4, 2019", "Billing") are turned into sort keys here too.
"""

from __future__ import annotations

import datetime
import re
import unicodedata

# Typographic characters that authors and archives use interchangeably.
QUOTE_FOLDS = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-",
    "\u00a0": " ",
})

# The classic question words in the order writers list them ("Who, What,
# When, Where, Why, then How").
QUESTION_WORDS = ("who", "what", "when", "where", "why", "how")

# Date spellings seen in "for the Week of <date>" titles.
DATE_FORMATS = ("%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%Y-%m-%d")

ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# "Part One", "Part Twelve": parts written as words.
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty").split()


def fold_typography(text: str) -> str:
    """Straight quotes and hyphens, single spaces; case kept."""
    text = unicodedata.normalize("NFKC", text or "").translate(QUOTE_FOLDS)
    return re.sub(r"\s+", " ", text).strip()


def fold_name(name: str) -> str:
    """The comparison key of a series name: typography, case and spacing folded."""
    return fold_typography(name).casefold()


def clean_name(text: str) -> str:
    """A short display name from a title fragment: no dangling punctuation."""
    return re.sub(r"^[\s:;,.\-\u2013\u2014]+|[\s:;,\-\u2013\u2014]+$", "", re.sub(r"\s+", " ", text))


def roman_to_int(text: str) -> int | None:
    text = text.lower()
    if not text or any(char not in ROMAN_VALUES for char in text):
        return None
    total = 0
    for char, following in zip(text, [*text[1:], ""]):
        value = ROMAN_VALUES[char]
        total += -value if following and ROMAN_VALUES[following] > value else value
    return total


def number_order(label: str, planned: tuple[str, ...] = ()) -> int | None:
    label = label.strip().lstrip("#").strip()
    if label.isdigit():
        return int(label)
    if label.lower() in NUMBER_WORDS:
        return NUMBER_WORDS.index(label.lower()) + 1
    return roman_to_int(label)


def date_order(label: str, planned: tuple[str, ...] = ()) -> int | None:
    label = clean_name(fold_typography(label)).rstrip(".")
    for fmt in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(label, fmt).date().toordinal()
        except ValueError:
            continue
    return None


def label_order(label: str, planned: tuple[str, ...] = ()) -> int | None:
    """Position of a named part in the planned list, else among the question words."""
    folded = fold_name(clean_name(label))
    planned_folded = [fold_name(item) for item in planned]
    if folded in planned_folded:
        return planned_folded.index(folded) + 1
    if folded in QUESTION_WORDS:
        return QUESTION_WORDS.index(folded) + 1
    return None


def any_order(label: str, planned: tuple[str, ...] = ()) -> int | None:
    for reader in (label_order, number_order, date_order):
        order = reader(label, planned)
        if order is not None:
            return order
    return None


# How to read a part label, by the name used in the SERIES settings.
PART_READERS = {
    "number": number_order,
    "date": date_order,
    "label": label_order,
    "auto": any_order,
}
