"""Stage 3: who wrote a post, from the words around it.

Signals, strongest first: a guest-post introduction ("my colleague Jane
Doe writes"), an author box ("About the Author X" + "By X. ..."), a
byline ("By X"), a closing bio ("X is a ..."), the configured author, a
copyright line, and the feed footer ("appeared first on X").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import patterns as P
from .lines import Line
from .names import full_name_of, plausible_name

# Guest introductions and bylines sit in the first few paragraphs ...
HEAD_PARAGRAPHS = 3
# ... bios in the last few.
TAIL_PARAGRAPHS = 4
# A letter signs off in its last lines ("Best wishes," / name / job / P.S.), a newsletter's footer under them.
SIGN_OFF_REACH = 40
GREETING_OFF = re.compile(r"^(?:best wishes|best|warm(?:est)? (?:wishes|regards)|kind regards|regards|many thanks"
                          r"|thanks(?: (?:in advance|again|all|everyone))?"
                          r"|thank you|cheers|all the best|sincerely|yours(?: sincerely| truly)?|warmly|with thanks"
                          r"|until (?:next (?:time|week|month|issue|letter|\w+day)|\w+day|tomorrow|then)"
                          r"|talk soon|speak soon|take care|see you (?:next \w+|soon|on \w+day))"
                          r"[,!.]?$",
                          re.I)

# The words each ``patterns.GUEST_INTRO`` pattern (case-sensitive) holds as written, one per pattern: a line
# holding none of them is not searched (a search runs over the whole paragraph).
GUEST_INTRO_WORDS = (("my ",), ("my ",), ("guest ",), ("written by", "contributed by"))


# A short author box: "About Jane Doe" over a bio that goes on by her first name ("Jane runs ...") or
# opens with her job ("Tier 2 team lead at Fieldwise."); a site's "About Fieldwise Care" opens with its
# whole name and says what it is.
ABOUT_NAME = re.compile(r"^About\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})$")
_BEING = re.compile(r"\b(?:is|are|was|were)\b")


def _short_box(texts: list[Line], k: int) -> re.Match | None:
    """The name match of a short author box at ``texts[k]`` ("About Jane Doe" over her bio), or None."""
    match = ABOUT_NAME.match(texts[k].stripped) if texts[k].stripped.startswith("About ") else None
    if match is None or k + 1 == len(texts):
        return None
    bio, first = texts[k + 1].stripped, match["name"].split()[0]
    opening = re.split(r"[.,;]", bio, maxsplit=1)[0]
    if bio.startswith(first + " ") and not bio.startswith(match["name"]) or P.JOB_LINE.match(opening) \
            and not _BEING.search(opening):
        return match
    return None


@dataclass
class Authorship:
    authors: list[str] = field(default_factory=list)
    bio: str | None = None
    lifted: set[int] = field(default_factory=set)  # line indices moved into metadata
    evidence: str = "none"


def plausible_name(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 4 and words[0].lower() not in P.NOT_NAME_WORDS \
        and not any(word.lower() in P.NOT_NAME_WORDS for word in words)


def _paragraphs(body: list[Line]) -> list[Line]:
    """Text lines that stand alone (not part of a list group)."""
    result = []
    for k, line in enumerate(body):
        if line.blank:
            continue
        before = k == 0 or body[k - 1].blank
        after = k + 1 == len(body) or body[k + 1].blank
        if before and after:
            result.append(line)
    return result


def _take_bio(found: Authorship, paragraphs: list[Line]) -> None:
    """A bio in the last paragraphs ("Jane Doe is ..."): the author when none is named yet, and their bio."""
    bios = []
    for line in paragraphs[-TAIL_PARAGRAPHS:]:
        match = P.BIO.match(line.stripped)
        if match and plausible_name(match["name"]) and len(line.stripped) > 60:
            bios.append((match["name"], line))
    if not found.authors and bios:
        found.authors, found.evidence = [bios[0][0]], f"author bio line {bios[0][1].number}"
    for name, line in bios:
        if found.authors and name == found.authors[0]:
            found.bio = line.stripped
            found.lifted.add(line.index)
            break


def _signed(texts: list[Line]) -> tuple[list[str], str]:
    """A letter's sign-off near its end: "Best wishes," over "Farah Quayle" (a full name)."""
    for k in range(len(texts) - 2, max(-1, len(texts) - SIGN_OFF_REACH), -1):  # the last sign-off
        if GREETING_OFF.match(texts[k].stripped) and texts[k + 1].is_name and texts[k + 1].names:
            return list(texts[k + 1].names), f"sign-off line {texts[k + 1].number}"
    return [], ""


def find_authors(body: list[Line], *, fallbacks: list[tuple[str, list[str | None]]]) -> Authorship:
    """Authors of a post whose body lines are ``body``.

    ``fallbacks``: (evidence, names) pairs tried in order when the text names
    nobody (the post's own fields, configured author, copyright holder, feed footer source).
    """
    found = Authorship()
    paragraphs = _paragraphs(body)
    texts = [line for line in body if not line.blank]

    for k, line in enumerate(texts):
        match = P.AUTHOR_BOX.match(line.stripped) or _short_box(texts, k)
        if match and plausible_name(match["name"]):
            found.authors, found.evidence = [match["name"]], f"author box line {line.number}"
            found.lifted.add(line.index)
            if k + 1 < len(texts):
                bio_line = texts[k + 1]
                byline = P.BYLINE.match(bio_line.stripped)
                if byline and byline["name"] == match["name"]:
                    rest = byline["rest"].strip()
                    found.bio = rest or None
                    found.lifted.add(bio_line.index)
                elif bio_line.stripped.startswith(match["name"]):
                    found.bio = bio_line.stripped
                    found.lifted.add(bio_line.index)
            return found

    for line in texts[:HEAD_PARAGRAPHS]:  # paragraphs or not: copies often lose the blank lines
        for pattern, words in zip(P.GUEST_INTRO, GUEST_INTRO_WORDS):
            match = pattern.search(line.stripped) if any(word in line.stripped for word in words) else None
            if match and plausible_name(match["name"]):
                found.authors, found.evidence = [match["name"]], f"guest introduction line {line.number}"
                break
        if found.authors:
            break
        match = P.BYLINE.match(line.stripped)
        if match and not match["rest"] and plausible_name(match["name"]):
            found.authors, found.evidence = [match["name"]], f"byline line {line.number}"
            found.lifted.add(line.index)
            break

    _take_bio(found, paragraphs)

    if not found.authors:
        found.authors, found.evidence = _signed(texts)
    if not found.authors:
        for evidence, names in fallbacks:
            if any(names):
                found.authors, found.evidence = [name for name in names if name], evidence
                break
    return found


# A sender's footer names the letter's writer in full a few lines under the first-name sign-off.
SIGNATURE_REACH = 12


def signer_in_full(lines: list[Line]) -> str | None:
    """A letter signed with a first name ("Warmly," / "Ines") whose footer names her in full under it
    ("Ines Calloway, founder"): the full name."""
    shown = [line for line in lines if not line.blank]
    for k in range(len(shown) - 2, -1, -1):  # the last sign-off
        if not (GREETING_OFF.match(shown[k].stripped) and shown[k + 1].stripped.isalpha()
                and shown[k + 1].stripped[:1].isupper()):
            continue
        first = shown[k + 1].stripped
        return next((name for line in shown[k + 2:k + 2 + SIGNATURE_REACH]
                     if (name := full_name_of(first, line.stripped))), None)
    return None
