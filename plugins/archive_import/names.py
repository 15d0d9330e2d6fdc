"""What a person's or user's name looks like (the one place that says so), and lines that are only names:
the author slot of a byline."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import MONTHS, WEEKDAYS

# A name in a byline: four words at most ("Ludwig van Beethoven", "J. R. R. Tolkien"), a username 30
# characters at most; a byline names three people at most.
MAX_BYLINE_NAME_WORDS, MAX_USERNAME_CHARS, MAX_AUTHORS = 4, 30, 3
_UP, _LO = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"
_CAP_WORD = rf"[{_UP}][{_LO}]*(?:[{_UP}][{_LO}]+)?(?:['’-][{_UP}]?[{_LO}]+)*"  # Jane, McKay, O'Brien, Mary-Jo
_INITIALS = rf"[{_UP}]\.(?:[{_UP}]\.){{0,{MAX_BYLINE_NAME_WORDS - 1}}}"  # J. / J.R.R. (spaced initials are words)
_PARTICLE = r"(?:de|da|di|del|della|der|den|du|dos|van|von|la|le|bin|al|ter)"
_PERSON = (rf"(?:{_CAP_WORD}|{_INITIALS})"
           rf"(?:\s+(?:{_PARTICLE}\s+)?(?:{_CAP_WORD}|{_INITIALS})){{0,{MAX_BYLINE_NAME_WORDS - 1}}}")
# JANE, O'BRIEN, J.; never a capitals byline's own words ("BY JANE DOE IN NOTES — MAR 2, 2024").
_CAPS_WORD = rf"(?!(?:IN|ON|AT|BY|OF|THE|FOR|TO)\b)[{_UP}](?:[{_UP}'’-]*[{_UP}])?\.?"
_CAPS = rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD}){{0,{MAX_BYLINE_NAME_WORDS - 1}}}"
USER = rf"[a-z][a-z0-9_.-]{{0,{MAX_USERNAME_CHARS - 2}}}[a-z0-9_]"  # jdoe, jane_doe
NAME = rf"(?:{_PERSON}|{_CAPS}|{USER})"
# Up to three names: "Jane Doe and John Roe", "A, B & C".
NAMES = rf"(?P<author>{NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+){NAME}){{0,{MAX_AUTHORS - 1}}})"
# A page's links where a byline prints its name ("Archives", "Past Emails"): never a name, even in a name's slot.
LINK_WORDS = frozenset("archive archives emails newsletters subscribe author authors".split())
# Words that are never part of a name: articles, pronouns, furniture, calendar.
NOT_NAME_WORDS = frozenset(
    "the this that these those our your my his her their its a an i me we us you it all way team staff "
    "editors editor email mail post posts design default guest comments share "
    "article number date summary details "  # field labels: "Article Number", "First Published Date"
    "hi hello hey dear greetings thanks cheers warmly "  # "Hi Jules," greets a reader
    "journal notes magazine podcast "  # a site's name: "Lowmoor Help Journal"
    "no one two three four five six seven eight nine ten "  # a heading: "One Inbox, Four People"
    "now am pm".split()  # a button: "Shop Now", "Book Now"; a clock's half of the day: "March 12, 2024 pm"
) | frozenset(MONTHS) | frozenset(WEEKDAYS) | LINK_WORDS


# "JD" is initials, not a name in capitals.
MAX_INITIALS_CHARS = 3


def usual_case(name: str) -> str:
    """A name a theme prints in capitals ("HOLLIS VANCE", CSS text-transform survives a copy) in its usual
    case, a particle inside it in lower case ("ODETTE VAN WYK": "Odette van Wyk"); any other name as written."""
    if not name.isupper() or len(name) <= MAX_INITIALS_CHARS:
        return name
    return _INNER_PARTICLE.sub(lambda match: match[0].lower(), name.title())


_INNER_PARTICLE = re.compile(rf"(?<=\S\s)(?i:{_PARTICLE})(?=\s+\S)")


def _one_of_several(part: str) -> bool:
    """A name in a list of names: first and last name, or a particle between them ("Odette van Wyk")."""
    words = part.split()
    return len(words) == MIN_NAME_WORDS or len(words) == MIN_NAME_WORDS + 1 and re.fullmatch(_PARTICLE, words[1])


def full_name_of(first: str, text: str) -> str | None:
    """The full name a line gives for a first name ("Ines Calloway" or "Ines Calloway, founder" for "Ines"):
    a letter's signature block under its first-name sign-off."""
    found = names_in(text) or names_in(text.split(",")[0].strip())
    return next((name for name in found if name.startswith(first + " ")), None)


def plausible_name(text: str) -> bool:
    """Is ``text`` a person's or user's name (not "the team", not a sentence)?"""
    return bool(re.fullmatch(NAMES, text)) and not any(
        word.strip(".,&").lower() in NOT_NAME_WORDS for word in text.split())


# A line of names is short: "Ruth Abernethy and Leon Mbeki".
MAX_NAME_LINE_WORDS = 9
MAX_NAME_LINE_CHARS = 80  # longer lines never reach the cache
POSSESSIVE = re.compile(r"\w['’]s\b")
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 3
# "Jane Doe · Follow": the follow button glued to a name (Facebook, Medium).
FOLLOW_BUTTON = re.compile(r"\s*[·•]\s*follow$", re.I)
NAME_JOINERS = re.compile(r"\s*,\s*|\s+(?:and|&)\s+", re.I)
# "Jane Doe (Harbourline Energy)", "Jane Doe (she/her)": a community prints the member's company or
# pronouns after the name; the name is the person's.
AFFILIATION = re.compile(r"\s+\((?!(?i:with|the|a|an|and|for|in|on|of|to|part|updated|new|free)\b)[^()]{1,40}\)$")
# (a title's aside is no affiliation: "Holiday Rota Templates (With the Spreadsheet)")


def names_in(text: str) -> tuple[str, ...]:
    """The names a line consists of, in their usual case; () when it is not only names."""
    if "·" in text or "•" in text:  # the follow button's separator: without one there is none to cut
        text = FOLLOW_BUTTON.sub("", text)
    return () if len(text) > MAX_NAME_LINE_CHARS else _names_in(text)  # paragraphs skip the cache


@lru_cache(maxsize=1 << 14)
def _names_in(text: str) -> tuple[str, ...]:
    if len(text.split()) > MAX_NAME_LINE_WORDS or not any(ch.isalpha() for ch in text):
        return ()
    if POSSESSIVE.search(text):
        return ()  # "Wendell Ashby-Kerr's Blog" names a blog
    if text.endswith(")"):
        text = AFFILIATION.sub("", text)
    shown = usual_case(text)
    parts = [part.strip() for part in NAME_JOINERS.split(shown) if part.strip()]
    # One name: "Sofia Marchetti", "Mary Jo Smith". Several: first and last name each,
    # so that a title such as "Hold Music and Other Small Cruelties" is no list of people.
    if len(parts) == 1 and plausible_name(parts[0]) and MIN_NAME_WORDS <= len(parts[0].split()) <= MAX_NAME_WORDS:
        return tuple(parts)
    if len(parts) > 1 and all(plausible_name(part) and _one_of_several(part) for part in parts):
        return tuple(parts)
    return ()
