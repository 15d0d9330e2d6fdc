"""A table of whole-line patterns tried as one alternation, narrowed by the line's first character.

``patterns.chrome_reason`` tries some sixty entries on every short line, and most
cannot match at all: an entry that opens with "share" never matches a line that
opens with "J". Which ASCII characters an entry's match can begin with is read
from its parse tree (the one ``re`` compiles); a line opening with such a
character is tried against only the entries that can begin with it, in table
order, so the first entry that matches is the same. The reading over-approximates:
case is ignored, a non-ASCII or unread node counts as possible, a lookahead is skipped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C, _parser  # the parse tree ``re`` itself compiles

ASCII = tuple(chr(code) for code in range(128))
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def alternation(entries: list[tuple[int, str]], flags: int, first: str | None = None) -> re.Pattern:
    """One pattern for ``entries`` (number, pattern) in order; group ``c<number>`` names the entry that
    matched. With ``first``, only the entries whose match can begin with that character."""
    kept = [f"(?P<c{number}>{pattern})" for number, pattern in entries
            if first is None or first in starting_chars(pattern, flags)]
    return re.compile("|".join(kept) or "(?!)", flags)  # "(?!)": no entry, no match


@lru_cache(maxsize=1 << 10)
def starting_chars(pattern: str, flags: int) -> frozenset[str]:
    """The ASCII characters a match of ``pattern`` can begin with (every one when it can match nothing)."""
    parsed = _parser.parse(pattern, flags)
    return frozenset(char for char in ASCII if any(_first(parsed, char)))


@lru_cache(maxsize=1 << 12)
def _matches(char: str, items: str) -> bool:
    """Does ``char`` match the character class ``items`` in either case?"""
    return re.fullmatch(f"[{items}]", char, re.IGNORECASE) is not None


def _in_set(items, char: str) -> bool:
    """Can ``char`` match the set node ``items``? True when unsure."""
    for op, av in items:
        if op is C.LITERAL and _matches(char, re.escape(chr(av))):
            return True
        if op is C.RANGE and _matches(char, f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"):
            return True
        if op is C.CATEGORY and (av is not C.CATEGORY_DIGIT or char.isdigit()) and (
                av is not C.CATEGORY_SPACE or char.isspace()) and (
                av is not C.CATEGORY_WORD or char.isalnum() or char == "_"):
            return True  # a digit, a space, a word character, or a category not read here
        if op not in (C.LITERAL, C.RANGE, C.CATEGORY):
            return True  # a negated set and the like: unsure
    return False


def _first(items, char: str) -> tuple[bool, bool]:
    """(can the node sequence ``items`` begin with ``char``, can it match the empty string)."""
    for op, av in items:
        if op is C.AT or op in (C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: what follows decides (a lookahead only narrows what does)
        if op is C.LITERAL:
            return _matches(char, re.escape(chr(av))), False
        if op is C.IN:
            return _in_set(av, char), False
        if op is C.SUBPATTERN:
            starts, empty = _first(av[-1], char)
        elif op is C.ATOMIC_GROUP:
            starts, empty = _first(av, char)
        elif op is C.BRANCH:
            found = [_first(branch, char) for branch in av[1]]
            starts, empty = any(s for s, _ in found), any(e for _, e in found)
        elif op in REPEATS:
            starts, empty = _first(av[2], char) if av[1] else (False, True)
            empty = empty or av[0] == 0
        else:
            return True, True  # any character, a negated literal, a back reference ...: unsure
        if starts or not empty:
            return starts, empty
    return False, True
