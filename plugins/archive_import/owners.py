"""Whose page this is: the blog's or the profile's owner, the author of last resort.

A page may name its owner in its header ("Jane Doe's Blog"), or be a profile:
a person's name by their Follow button or follower count, at the top or in the
profile's card further down (Medium's sidebar), or over the username that
heads each of their posts (Threads). A name by a Subscribe button is a site's
or a show's, not a person's.
"""

from __future__ import annotations

import re

from . import patterns as P
from .lines import Line
from .names import names_in
from .runs import MIN_SHAPE_RUNS
from .neighbours import after

# ... and a profile's name sits right by its "Follow" link or follower count.
PROFILE_REACH = 2
# A creator's or a profile's audience under its name: "418 supporters", "2.1K followers".
FOLLOWER_COUNT = re.compile(r"^[\d.,]+\s*[kKmM]?\s+(?:followers?|subscribers?|supporters?|members?|patrons?)$", re.I)


def _heads_posts(lines: list[Line], username: Line) -> bool:
    """Does this username stand right over the date line of two posts or more further down?"""
    if not P.USERNAME.match(username.stripped):
        return False
    heads = [line for line in lines[username.index + 1:] if line.stripped == username.stripped
             and line.index + 1 < len(lines) and lines[line.index + 1].dates_post]
    return len(heads) >= MIN_SHAPE_RUNS


def page_owner(header: list[Line], lines: list[Line]) -> str | None:
    """Whose page this is: "Jane Doe's Blog", or a profile's name next to its follower count or Follow link."""
    for line in header:
        owner = P.owner_of(line.stripped)
        if owner:
            return owner
    for k, line in enumerate(header):
        names = names_in(line.stripped) if line.is_text or line.recurring else ()
        if len(names) == 1 and (_profile_card(header, k) or _profile_card_again(lines, line)):
            return names[0]
        if len(names) == 1 and k + 1 < len(header) and _heads_posts(lines, header[k + 1]):
            return names[0]  # a profile's name over the username that heads each of its posts (Threads)
        if len(names) == 1 and names[0] == line.stripped and _bio_under(header, k):
            return names[0]  # a one-person blog's header: the name over what its owner says of herself
    return _publication_byline(lines)


def _publication_byline(lines: list[Line]) -> str | None:
    """"by Jane Doe" right under the publication's name (its first line), wherever its profile block sits
    (Kit's creator page prints it under the list of posts)."""
    shown = [line for line in lines if not line.blank]
    if not shown:
        return None
    for k, (line, below) in enumerate(zip(shown, shown[1:])):
        signed = below.cue is not None and below.cue.kind == "by" and below.cue.author
        # (under the masthead at the top, TinyLetter's "The Front Counter" / "by Hanne Solberg", or under the
        # publication's name repeated further down)
        if signed and (k < MASTHEAD_LINES and line.is_text and line.title_like or k and line.stripped == shown[0].stripped):
            return below.cue.author
    return None


MASTHEAD_LINES = 3
# A bio in its owner's voice ("I write a little every day", "One-person support desk at …; I answer …").
FIRST_PERSON = re.compile(r"(?:^|[.;,]\s+)(?:I|I['’]m|I['’]ve|My)\s", re.M)


def _bio_under(header: list[Line], k: int) -> bool:
    """Is the line under the name at ``k`` (blank lines skipped) a bio its owner wrote of herself?"""
    below = next((line for line in header[k + 1:] if not line.blank), None)
    return below is not None and below.is_text and bool(FIRST_PERSON.search(below.stripped))


def _profile_card(shown: list[Line], k: int, follow_link: bool = True) -> bool:
    """Is the name at ``k`` next to its follower count (or its Follow link), blank lines skipped?"""
    around = [line for line in shown[max(0, k - PROFILE_REACH * 2):k + PROFILE_REACH * 2 + 1] if not line.blank]
    at = next((j for j, line in enumerate(around) if line is shown[k]), 0)
    return any(follow_link and _follow_button(other) or FOLLOWER_COUNT.match(other.stripped) or (
        other.cue is not None and other.cue.kind == "counter" and "follower" in other.stripped.lower())
        for other in around[max(0, at - PROFILE_REACH):at + PROFILE_REACH + 1])


def _follow_button(line: Line) -> bool:
    """A person's Follow button ("Follow", "+ Follow"); a Subscribe button is a site's or a show's."""
    return line.chrome == "follow links" and line.stripped.lstrip("+ ").lower().startswith(("follow", "connect"))


def _profile_card_again(lines: list[Line], name: Line) -> bool:
    """The header's name printed again over its follower count further down (Medium's sidebar); a footer's
    site name by a Subscribe button is no profile."""
    return any(_profile_card(lines, other.index, follow_link=False) for other in after(lines, name.index)
               if other.stripped == name.stripped)
