"""Stage 1b: pages in other languages, read through an English glossary.

The cue, chrome and date tables are English. Rather than a copy of each per
language, a page whose running text is in another language (told by its
frequent little words, ``detect_language``) gets a *probe* of each line: the
line with its theme's words and its dates put in English ("3 de marzo de
2024 por Lucía Ferrer" -> "3 March 2024 by Lucía Ferrer"). The tables read
the probe; the post keeps the line as written. The words are data, in
``glossary``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .glossary import MARKERS, MONTHS, PHRASES, WEEKDAYS

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# A page is in another language when that language's markers outnumber the next language's this many
# times ...
MIN_LEAD = 2.0
# ... and there are this many of them at least (a short page of names and dates says nothing).
MIN_MARKERS = 20
# The page's opening tells its language (a few thousand words): reading more costs time on big
# archives and changes nothing.
MAX_CHARS_READ = 12_000
_WORD = re.compile(r"[^\W\d_]+")
_FRENCH_CLOCK = re.compile(r"\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)\b")  # "10h32", "10 h 32"


def detect_language(texts: Iterable[str]) -> str | None:
    """The page's language when it is one the glossary knows and not English, else None."""
    sample, size = [], 0
    for text in texts:
        sample.append(text)
        size += len(text)
        if size >= MAX_CHARS_READ:
            break
    found = Counter(_WORD.findall(" ".join(sample).lower()))  # counted in C: a page's opening, once
    counts = {language: sum(found[word] for word in words.split()) for language, words in MARKERS.items()}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    leader, runner_up = ranked[0], ranked[1][1]
    if leader[0] == "en" or leader[1] < MIN_MARKERS or leader[1] < MIN_LEAD * runner_up:
        return None
    return leader[0]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


@dataclass(frozen=True)
class Glossary:
    """One language's theme words and dates, and how a line of it reads in English."""

    language: str
    names: dict[str, str]  # month and weekday words, lowercased -> English
    phrases: dict[str, str]  # theme words, lowercased -> English
    day_month: re.Pattern  # "3 de marzo de 2024", "5. März 2024", "3 mars"
    month_year: re.Pattern  # "marzo de 2024", "mars 2024"
    weekday: re.Pattern  # "Dienstag, 5. März 2024": a weekday before a day
    phrase: re.Pattern

    def probe(self, text: str) -> str:
        """``text`` with its dates and theme words in English, for the cue and chrome tables only."""
        probe = self.month_year.sub(self._date, self.day_month.sub(self._date, text))
        probe = self.weekday.sub(lambda match: self.names[match["word"].lower()], probe)
        probe = self.phrase.sub(self._phrase, probe)
        if self.language == "fr":
            probe = _FRENCH_CLOCK.sub(r"\1:\2", probe)
        return " ".join(probe.split())

    def _date(self, match: re.Match) -> str:
        month = self.names[match["month"].lower()]
        return " ".join(part for part in (match.groupdict().get("day"), month, match["year"]) if part)

    def _phrase(self, match: re.Match) -> str:
        english = self.phrases[" ".join(match.group(0).lower().split())]
        return english[:1].upper() + english[1:] if match.group(0)[:1].isupper() else english


@lru_cache(maxsize=None)
def glossary(language: str) -> Glossary | None:
    """The glossary of ``language`` ("es", "fr", "de", "pt", "it", "nl"), or None for English or one unknown."""
    if language not in PHRASES:
        return None
    months = {word: ENGLISH_MONTHS[number] for number, words in enumerate(MONTHS[language]) for word in words.split()}
    days = {word: ENGLISH_WEEKDAYS[number] for number, words in enumerate(WEEKDAYS[language]) for word in words.split()}
    month = rf"(?P<month>{_alternation(months)})\.?"
    day_month = re.compile(rf"(?<![\w.])(?P<day>[0-3]?\d)(?:\.|º|er)?\s+(?:de\s+)?{month}"
                           rf"(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?(?!\w)", re.I)
    month_year = re.compile(rf"(?<!\w){month}\s+(?:de\s+)?(?P<year>\d{{4}})(?!\w)", re.I)
    weekday = re.compile(rf"(?<!\w)(?P<word>{_alternation(days)})(?=,?\s+(?:\d|{_alternation(ENGLISH_MONTHS)}))", re.I)
    # Whole words, or glued to the next button as a copy glues a share row ("versendenBlogThis!Auf X teilen").
    phrase = re.compile(rf"(?:(?<!\w)|(?<=[a-zà-ÿß])(?=[A-ZÀ-Ý]))(?i:{_alternation(PHRASES[language])})"
                        rf"(?![a-zà-ÿß0-9_])")
    return Glossary(language, {**months, **days}, PHRASES[language], day_month, month_year, weekday, phrase)
