"""Meta lines that name their field with a bare word: "Author Jane Doe", "Tags hiring, tools".

Themes print a post's facts after screen-reader labels that a copy keeps
without their colon ("Categories Support Teams", "3 Comments on <title>").
Each entry of ``LABELS`` is a named, tested parser: the label word, the
role of the line, and how to read the value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from .cues import Cue
from .dates import parse_date
from .names import plausible_name
from .neighbours import next_filled, previous_filled

if TYPE_CHECKING:
    from .lines import Line

# Values are short: a name, a few tags, a category, a title.
MAX_LABEL_LINE_CHARS = 160
_LIST = re.compile(r"\s*,\s*")


@dataclass(frozen=True, slots=True)
class Label:
    name: str  # the cue kind this parser gives
    role: str
    pattern: re.Pattern  # must match the whole line; group "value"
    read: Callable[[str], dict | None]  # value → Cue fields, or None when the value is not one


def _author(value: str) -> dict | None:
    """A name in capitals ("Author Jane Doe"); "author picture" is an image's label, not a user."""
    return {"author": value} if value[:1].isupper() and plausible_name(value) else None


def _terms(value: str) -> dict | None:
    terms = tuple(term for term in _LIST.split(value) if term)
    return {"tags": terms} if terms and all(len(term.split()) <= 4 for term in terms) else None


def _category(value: str) -> dict | None:
    parts = [part for part in _LIST.split(value) if part]
    if not parts or any(len(part.split()) > 4 for part in parts):
        return None
    return {"category": parts[0], "tags": tuple(parts[1:])}


def _title(value: str) -> dict | None:
    return {"title": value}


_ENTRY = re.compile(r"^(?P<category>.+?)(?: and tagged (?P<tags>.+?))?(?: by (?P<author>[^.]+?))?"
                    r"(?: on (?P<date>[^.]+?))?\.?(?:\s+Bookmark the permalink\.)?$", re.I)
# Twenty Twelve and its kin print the date before the author: "... on March 4, 2019 by Jane Doe."
_ENTRY_DATE_FIRST = re.compile(r"^(?P<category>.+?)(?: and tagged (?P<tags>.+?))? on (?P<date>[^.]+?)"
                               r" by (?P<author>[^.]+?)\.?(?:\s+Bookmark the permalink\.)?$", re.I)


def _entry(value: str) -> dict | None:
    """"Knowledge Base and tagged help, docs by Jane Doe." (WordPress's "This entry was posted in ...")."""
    match = _ENTRY_DATE_FIRST.match(value) or _ENTRY.match(value)
    if not match:
        return None
    fields: dict = {"category": match["category"].strip()}
    if match["tags"]:
        fields["tags"] = tuple(tag for tag in _LIST.split(match["tags"].strip()) if tag)
    if match["author"] and plausible_name(match["author"].strip()):
        fields["author"] = match["author"].strip()
    if match["date"]:
        fields["date_text"] = match["date"].strip()
    return fields


_BY_ON = re.compile(r"^(?P<author>.+?)\s+(?:on|at)\s+(?P<date>.+)$")


def _by_on(value: str) -> dict | None:
    """"jdoe on Mon, 03/04/2019 - 10:32" (Drupal's "Submitted by")."""
    match = _BY_ON.match(value)
    if not match or not plausible_name(match["author"].strip()):
        return None
    date_text = re.sub(r"\s+-\s+", " ", match["date"].strip())
    if parse_date(date_text) is None:
        return None  # "at 10:32 AM" alone is a time, read by the cue table
    return {"author": match["author"].strip(), "date_text": date_text}


def _by_role(value: str) -> dict | None:
    """"Priya Lindqvist, Head of Customer Support": a name, then the writer's role."""
    name = value.split(",", 1)[0].strip()
    return {"author": name} if name[:1].isupper() and plausible_name(name) else None


LABELS: tuple[Label, ...] = (
    Label("by_role", "byline",  # "By Jane Doe, Head of Support", "Written by Jane Doe, Head of Support"
          re.compile(r"^(?:(?:written|posted|published|words)\s+)?by:?\s+(?P<value>[^,]{3,60},\s*[^,]{2,80})$", re.I), _by_role),
    Label("submitted_by", "byline",
          re.compile(r"^(?:submitted|posted|written|published) by\s+(?P<value>.+\s+(?:on|at)\s+.+)$", re.I), _by_on),
    Label("entry_posted_in", "taxonomy", re.compile(r"^this entry was posted in\s+(?P<value>\S.*)$", re.I), _entry),
    Label("teaser_link", "teaser", re.compile(r"^(?:continue reading|read more|keep reading|(?:\.\.\.|…)\s*more)"
                                              r"(?:\b|(?-i:(?=[A-Z])))"  # OceanWP: "Continue ReadingThe Title"
                                              r"(?P<value>.{0,150})$", re.I),
          lambda value: {}),
    Label("author_label", "byline", re.compile(r"^(?:author|written by|posted by)\s+(?P<value>\S.*)$", re.I), _author),
    Label("tags_label", "taxonomy", re.compile(r"^(?:tags|tagged|labels)\s+(?P<value>[^:].*)$", re.I), _terms),
    Label("categories_label", "taxonomy",
          re.compile(r"^(?:categories|category|filed under|posted in)\s+(?P<value>[^:].*)$", re.I), _category),
    Label("comments_on", "footer",
          re.compile(r"^(?:\d+|one|no)\s+comments?\s+on\s+(?P<value>\S.*)$|^leave a (?:comment|reply)\s+on\s+(?P<v2>\S.*)$",
                     re.I), _title),
)


_TEASER_WORDS = re.compile(r"^(?:continue reading|read more|keep reading|read the rest of)\s*:?\s*", re.I)
_QUOTES = " \"'“”‘’«»→›…"


def teaser_names(text: str, bare: bool = False) -> str:
    """The title a teaser link names ("Continue reading “The Spring Bill Shock” →"), or "" when it names
    none; with ``bare``, ``text`` is a title as printed elsewhere, its quotes and arrows taken off alike."""
    return (text if bare else _TEASER_WORDS.sub("", text)).strip(_QUOTES) if bare or _TEASER_WORDS.match(text) else ""


_SENTENCE_END = re.compile(r"\w[.!]$")  # a full stop; "Read more..." ends with an ellipsis, a title may ask "?"


def read_label(text: str) -> Cue | None:
    """The labelled meta line ``text`` is, or None."""
    if len(text) > MAX_LABEL_LINE_CHARS:
        return None
    for label in LABELS:
        match = label.pattern.match(text)
        if not match:
            continue
        value = (match.groupdict().get("value") or match.groupdict().get("v2") or "").strip()
        if label.role == "taxonomy" and value[-1:] in ".!?" and label.name != "entry_posted_in" \
                or label.role == "teaser" and _SENTENCE_END.search(value):
            return None  # "Tags matter." is a sentence, and so is "Read more about our refund policy below."
        fields = label.read(value) if value or label.role == "teaser" else None
        if fields is not None:
            return Cue(label.name, label.role, **fields)
    return None


# A taxonomy label alone on its line, its terms one a line under it (Docusaurus, Drupal Olivero):
# "Tags:" / "refunds" / "policy".
STACKED_TERMS_LABEL = re.compile(r"^(?:tags|tagged|labels|categories|filed under)\s*:?$", re.I)
# A term is a word or three; a longer line is the next post's title or text.
MAX_TERM_WORDS = 3
MAX_STACKED_TERMS = 8


def mark_stacked_terms(lines: list[Line]) -> None:
    """The label and its terms are one taxonomy cue, when the terms end the post's text (a page's
    template or the next post follows, not a paragraph: a list under "Categories:" in a post is text)."""
    for line in lines:
        if line.blank or line.cue is not None or not STACKED_TERMS_LABEL.match(line.reading):
            continue
        above = previous_filled(lines, line.index)
        if above is None or not above.prose:
            continue  # the terms close a post's text; a profile's "TAGGED" tab closes none
        terms, end = [], line.index + 1
        for other in lines[line.index + 1:line.index + 1 + MAX_STACKED_TERMS * 2]:  # one blank line between terms
            if other.blank:
                continue
            if other.fixed or other.prose or len(other.stripped.split()) > MAX_TERM_WORDS \
                    or other.stripped[-1:] in ".!?:" or len(terms) == MAX_STACKED_TERMS:
                break
            terms.append(other)
            end = other.index + 1
        after = next_filled(lines, end - 1) if terms else None
        if not terms or after is not None and after.prose:
            continue
        cue = Cue("stacked_terms", "taxonomy", tags=tuple(term.stripped for term in terms))
        for part in (line, *terms):
            part.cue, part.fixed, part.title_like, part.prose = cue, True, False, False
