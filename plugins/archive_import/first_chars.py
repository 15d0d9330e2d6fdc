"""A table of whole-line patterns narrowed by the line's first character.

``patterns.chrome_reason`` tries some sixty entries on every short line, and most
cannot match at all: an entry that opens with "share" never matches a line that
opens with "J". Whether an entry's match can begin with a character is read from
its parse tree (the one ``re`` compiles); a line opening with that character is
tried against only the entries that can, in table order, so the first entry that
matches is the same. The reading over-approximates: case is ignored (so "a" and
"A" are alike), a node it does not read counts as possible, a lookahead is skipped.
Entries are compiled one by one: an alternation per first character matched no
faster and took half a second to compile in every process.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as C, _parser  # the parse tree ``re`` itself compiles

ASCII = tuple(chr(code) for code in range(128))
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def candidates(entries: list[tuple[int, str]], flags: int, first: str | None = None
               ) -> tuple[tuple[int, re.Pattern], ...]:
    """``entries`` (number, pattern), in order and compiled with ``flags``; with ``first``, only the
    entries whose match can begin with that character."""
    return tuple((number, _compiled(pattern, flags)) for number, pattern in entries
                 if first is None or can_begin_with(pattern, flags, first))


def first_match(entries: tuple[tuple[int, re.Pattern], ...], text: str, default: int) -> int:
    """The number of the first of ``entries`` (number, compiled pattern) matching ``text``, else ``default``."""
    return next((number for number, pattern in entries if pattern.match(text)), default)


@lru_cache(maxsize=1 << 10)  # one compile per table entry (a big alternation compiles far slower)
def _compiled(pattern: str, flags: int) -> re.Pattern:
    return re.compile(pattern, flags)


def can_begin_with(pattern: str, flags: int, char: str) -> bool:
    """Can a match of ``pattern`` begin with ``char`` (or be empty, and so begin anywhere)?"""
    return any(_first(_parsed(pattern, flags), char))


def starting_chars(pattern: str, flags: int) -> frozenset[str]:
    """The ASCII characters a match of ``pattern`` can begin with."""
    return frozenset(char for char in ASCII if can_begin_with(pattern, flags, char))


@lru_cache(maxsize=1 << 10)  # one parse per table entry (the chrome table has about seventy)
def _parsed(pattern: str, flags: int):
    return _parser.parse(pattern, flags)


@lru_cache(maxsize=1 << 12)  # a few dozen classes, each asked about the characters lines open with
def _in_class(members: str, char: str) -> bool:
    """Does ``char`` match the character class ``[members]`` in either case (the Kelvin sign matches "k")?"""
    return re.fullmatch(f"[{members}]", char, re.IGNORECASE) is not None


def _literal(code: int, char: str) -> bool:
    if code < 128 and char.isascii():
        return chr(code).lower() == char.lower()
    return _in_class(re.escape(chr(code)), char)  # ("ſ" matches "s"): as ``re`` itself reads it


def _in_range(low: int, high: int, char: str) -> bool:
    if high >= 128 or not char.isascii():
        return _in_class(f"{re.escape(chr(low))}-{re.escape(chr(high))}", char)
    return any(low <= ord(case) <= high for case in (char, char.lower(), char.upper()))


def _in_set(items, char: str) -> bool:
    """Can ``char`` match the set node ``items``? True when unsure."""
    for op, av in items:
        if op is C.LITERAL and _literal(av, char) or op is C.RANGE and _in_range(av[0], av[1], char):
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
            return _literal(av, char), False
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
