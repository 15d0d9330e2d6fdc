"""How a row of the cue table (``cues.CUE_PARSERS``) turns its match into a ``Cue``: the record
itself and the small builders that check a match's name, date and terms before they trust it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .dates import parse_date
from .names import plausible_name

# A tag is a short phrase; more is prose ("Posted in the morning I …").
MAX_TERM_WORDS = 4
LIST_SEP = re.compile(r"\s*[,;·•]\s*")  # "a, b" / "a; b" / "a · b"


@dataclass(frozen=True, slots=True)
class Cue:
    """What one metadata line says."""
    kind: str  # the parser's name, e.g. "posted_by_at"
    role: str  # byline | date | taxonomy | footer | teaser | comment | syndication | profile (an account's, not a post's)
    author: str | None = None
    date_text: str | None = None  # raw date text (a bare clock time is not given)
    tags: tuple[str, ...] = ()
    category: str | None = None  # the first category named; further ones are added to tags
    title: str | None = None
    source: str | None = None
    url: str | None = None
    count: int | None = None  # comments, likes, notes or reading minutes


@dataclass(frozen=True, slots=True)
class CueParser:
    """One row of the table: a named whole-line pattern and how its match becomes a Cue."""
    name: str
    role: str
    pattern: re.Pattern  # must match the whole stripped line
    build: Callable[[re.Match, CueParser], Cue | None]  # None: the match was not a cue after all
    # The fast reject: the line's first word (lowercased, to "(", no trailing ":.,!") or its class:
    # <digit>, <date> (month, weekday, relative word), <name> (any word), <c> (opens with sign c) ...
    starts: tuple[str, ...]
    needs: tuple[str, ...] = ()  # ... and lowercase text one of which the line must contain


# A team signs a post as a person does, after an explicit "By": "by Hollowmere Customer Team".
SIGNED = frozenset({"by", "by_date", "written_by"})
TEAM = re.compile(r"^(?:The\s+)?(?!The\b)(?:[A-Z][\w&'’-]*\s+){1,3}Team$")


def count_of(text: str | None) -> int | None:
    """3 / No / 1,234 / 1.2k as a number; None when the line gives none."""
    text = (text or "").strip().lower().replace(",", "")
    if text == "no":
        return 0
    number, scale = (text[:-1].strip(), 1000) if text.endswith("k") else (text, 1)
    return round(float(number) * scale) if number.replace(".", "", 1).isdigit() else None


def generic(match: re.Match, parser: CueParser) -> Cue | None:
    """A Cue from the named groups; None when the name or the date does not hold up."""
    found = match.groupdict()
    author, date_text = found.get("author"), found.get("date")
    if author is not None and not plausible_name(author) and not (parser.name in SIGNED and TEAM.match(author)):
        return None
    if date_text is not None and parse_date(date_text) is None:
        return None
    categories, tags = (tuple(part.strip() for part in LIST_SEP.split(found.get(key) or "") if part.strip())
                        for key in ("category", "tags"))
    if not terms_look_right(categories + tags):
        return None
    return Cue(parser.name, parser.role, author=author, date_text=date_text,
               tags=categories[1:] + tags, category=categories[0] if categories else None,
               title=found.get("title"), source=found.get("source"), url=found.get("url"),
               count=count_of(found.get("count")))


def to_the_day(match: re.Match, parser: CueParser) -> Cue | None:
    """"Jane Doe – March 4, 2024" is a byline; "Support Notes — April 2023" and "CLAIMS NEWS · APRIL 2024" name an
    issue, not an author."""
    cue = generic(match, parser)
    found = parse_date(cue.date_text) if cue is not None else None
    return cue if found is not None and (found.numeric or found.precision not in ("month", "year")) else None


def terms_look_right(terms: tuple[str, ...]) -> bool:
    """Do ``terms`` look like tags or categories, not a sentence?"""
    return all(len(term.split()) <= MAX_TERM_WORDS and term[-1] not in ".!?" for term in terms)


def hashtags(match: re.Match, parser: CueParser) -> Cue | None:
    tags = tuple(tag.strip() for tag in match.group(0).split("#") if tag.strip())
    return Cue(parser.name, parser.role, tags=tags) if terms_look_right(tags) else None


def dated_hashtags(match: re.Match, parser: CueParser) -> Cue | None:
    """"November 19, 2024 #macros #tone" (Zola Abridge): a date and the post's tags."""
    if parse_date(match["date"]) is None:
        return None
    return Cue(parser.name, parser.role, date_text=match["date"], tags=tuple(match["tags"].replace("#", " ").split()))


def glued_name_or_terms(match: re.Match, parser: CueParser) -> Cue | None:
    """"March 14, 2023Elin Marsh" names the author; "March 28, 2024Refunds" and "February 29, 2024Escalations,
    Process" glue one-word categories to the date (Sydney), which no author's name is."""
    cue = generic(match, parser)
    if cue is None or not cue.author:
        return cue
    terms = [term for term in LIST_SEP.split(cue.author) if term]
    if any(len(term.split()) > 1 for term in terms):
        return cue
    return Cue(parser.name, "date", date_text=cue.date_text, category=terms[0], tags=tuple(terms[1:]))


def badged_date(match: re.Match, parser: CueParser) -> Cue | None:
    """"Featured 14 March 2024": the post's date line, the same as its neighbours' ("05 March 2024") for the
    template, with the badge left out."""
    cue = generic(match, parser)
    return Cue("date", "date", date_text=cue.date_text) if cue is not None else None

