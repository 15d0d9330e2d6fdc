"""Meta lines a copy glued together: "Posted byCorin ValeMarch 18, 2024Posted inEscalations6 Comments".

Themes print each of a post's facts in its own inline box; a browser's
select-all keeps no space between the boxes. Such a line has glue points: a
label or a month starting right after a word ("ValeMarch", "2024Posted"), a
label's value right after the label ("byCorin"). The line is cut there into
segments, labelled ones are put as ``segments`` reads them ("Author X" is
"by X", "Categories X" is "in X"), tags and edit links are taken out, and
the rest must read as a separated byline.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cues import Cue, read_cue
from .dates import _alternation, MONTHS, parse_date
from .segments import TAGGED, read_segments

# A glued line is a short one: a footer's facts, not a paragraph.
MAX_GLUED_CHARS = 240
# Words that start a new box: the labels WordPress themes print (with their screen-reader text).
_LABELS = (r"(?:Posted (?:by|on|in)|Author|Categor(?:y|ies)|Tag(?:s|ged)|Leave a (?:comment|reply)"
           r"|Edit|\d+ Comments?|One Comment|No Comments|Featured)(?![a-z])")  # "CommentsEdit": the next box
_MONTH_WORDS = _alternation(name.capitalize() for name in MONTHS)
# Where a box ends and the next begins, with no space: after a word, a year or a closing count.
# A count glued to a year ("March 3, 20253 Comments") starts right after the year's four digits.
GLUE = re.compile(rf"(?<=[^\W\d]|[.,!?])(?=(?:{_LABELS}))|(?<=[a-z])(?=(?:{_MONTH_WORDS})\b\.?\s?\d)"
                  rf"|(?<=\b(?:18|19|20)\d\d)(?=[A-Za-z]|\d{{1,5}} Comments?\b)")
# Past the first glue point, a word's tail runs into the next box's capital: "AnnouncementsPetra Lindgren".
# Four lower-case letters first: a name's own inner capital follows fewer ("McAllister", "DeShawn").
# A box that names its field, or a date: not a list of categories whatever its commas.
UNLABELLED_SKIP = re.compile(rf"^(?:{_LABELS}|by\b|in\b)", re.I)
INNER_GLUE = re.compile(r"(?<=[a-z]{4})(?=[A-Z][a-z])")
# A label glued to its value: "byCorin", "inEscalations", "AuthorElodie".
LABEL_VALUE = re.compile(r"\b(by|on|On|in|Author|Categories|Category|Tags:|Tags|Tagged)(?=[A-Z])")
# Boxes that say nothing of the post's date or author.
# ... nor does a post format's label ("Status on" before the date: WordPress's Twenty Thirteen).
_FORMATS = r"(?:aside|status|quote|link|image|gallery|audio|video|chat)"
_DROPPED = re.compile(rf"^(?:edit\b.*|featured|sticky(?: post)?|{_FORMATS}(?: on)?)$", re.I)
_RELABEL = ((re.compile(r"^author\s+", re.I), "by "), (re.compile(r"^categor(?:y|ies)\s*:?\s+", re.I), "in "),
            (re.compile(r"^(leave a (?:comment|reply)|no comments|\d+ comments?)\s+on\s+.+$", re.I), r"\1"))


def read_glued(text: str) -> Cue | None:
    """The byline a glued meta line is, with its tags, or None."""
    if len(text) > MAX_GLUED_CHARS or not GLUE.search(text):
        return None
    segments, tags = [], ()
    for part in INNER_GLUE.sub("\x00", GLUE.sub("\x00", LABEL_VALUE.sub(r"\1 ", text))).split("\x00"):
        part = part.strip(" ,")
        tagged = TAGGED.match(part)
        if tagged:
            tags = tuple(tag.strip() for tag in tagged["tags"].split(",") if tag.strip())
        elif part and not _DROPPED.match(part):
            for pattern, label in _RELABEL:
                part = pattern.sub(label, part)
            if "," in part and not UNLABELLED_SKIP.match(part) and parse_date(part) is None:
                part = f"in {part}"  # a box of categories and tags ("Callbacks, Phone Support"), not a name
            segments.append(part)
    if len(segments) < 2:  # one label glued to its value ("OnMarch 4, 2025", Blocksy): the label's own cue
        unglued = LABEL_VALUE.sub(r"\1 ", text)
        return read_cue(unglued) if unglued != text else None
    cue = read_segments(" | ".join(segments))
    if cue is None and _whole_day(segments[0]):  # "February 20, 2024Refunds, Templatesrefund emails": no author
        return Cue("glued_date", "date", date_text=segments[0], tags=tags)
    return replace(cue, kind="glued_byline", tags=tags) if cue is not None else None


def _whole_day(text: str) -> bool:
    found = parse_date(text)
    return found is not None and found.precision in ("day", "minute")
