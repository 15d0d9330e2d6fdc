"""Stage 2: bylines whose date and author are inline boxes one space apart.

Some themes print the date and the author's link side by side with no
separator a copy keeps (Dara, Sparkling, Hugo Paper: "April 9, 2024
Marisol Daintree"), and may add the category the same way ("April 3, 2024
Hattie Vance Escalations", or before it: Bilberry). Alone such a line reads like a dated title
("March 4, 2024 Team Meeting"); right under a post's title, or right over
it and its text, it is the post's byline (or, when the words are no name,
its date line and tags: "JUN 11, 2024 SHOW NOTES QUEUES"). The category is the word or two the page also prints as a
line of its own (its menu, its category list).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .cues import Cue
from .dates import parse_date
from .names import NAME_JOINERS, NAMES, plausible_name
from .neighbours import next_filled, previous_filled

if TYPE_CHECKING:
    from .lines import Line

# A whole day before the name: "June 2024 Refund Review" is a title.
# The comment link may be glued on with no space (Button 2: "April 24, 2024 Orla Brennick2 Comments").
SPACED_BYLINE = re.compile(rf"^(?P<date>\S.*?\b\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d\d)\s{NAMES}"
                           r"(?:\d{1,4} (?i:comments?)|(?i:leave a comment))?$")
MAX_CATEGORY_WORDS, MIN_NAME_WORDS = 2, 2
# A category list counts its posts: "Billing (5)".
COUNTED = re.compile(r"\s*\(\d+\)$")


def mark_spaced_bylines(lines: list[Line]) -> None:
    """"DATE Name [Category]" lines in a post's head are its byline."""
    found = [(line, match) for line in lines if line.is_text and not line.prose
             for match in [SPACED_BYLINE.match(line.stripped)] if match is not None and _in_head(lines, line)]
    if not found:
        return
    texts = {COUNTED.sub("", other.stripped) for other in lines if not other.blank}
    names = _shared_names([match["author"] for _, match in found])
    for line, match in found:
        date = parse_date(match["date"])
        if date is None:
            continue
        author, category = _without_category(match["author"], texts, names)
        if plausible_name(author):
            line.cue = Cue("spaced_byline", "byline", author=author, date_text=match["date"], category=category)
        else:  # "JUN 11, 2024 SHOW NOTES QUEUES" over the title (Ghost Wave): the date and its tags
            line.cue = Cue("spaced_date", "date", date_text=match["date"], tags=tuple(match["author"].split()))
        line.date, line.fixed, line.title_like = date, True, False


def _shared_names(authors: list[str]) -> list[str]:
    """Names several bylines open with, longest first: what follows them varies, so it is the category
    ("Saoirse Delaney Memberships", "Saoirse Delaney Lessons, Memberships", "Saoirse Delaney Reception")."""
    counts = Counter(" ".join(words[:size]) for words in {tuple(text.split()) for text in authors}
                     for size in range(MIN_NAME_WORDS, len(words)))
    return sorted((name for name, n in counts.items() if n >= 2 and plausible_name(name)), key=len, reverse=True)


def _in_head(lines: list[Line], line: Line) -> bool:
    """Right under a title, or right over one and its text (Hugo Paper), never under a paragraph (a footer's
    date and tags: see ``dated_footers``)."""
    above, below = previous_filled(lines, line.index), next_filled(lines, line.index)
    parted = line.index > 0 and lines[line.index - 1].blank  # a blank line parts it from the post above
    if above is not None and above.is_text and above.prose and not parted:
        return False
    if above is not None and above.is_text and above.title_like:
        return True
    text = next_filled(lines, below.index) if below is not None else None
    return below is not None and below.is_text and below.title_like and text is not None and text.prose


def _without_category(words_text: str, texts: set[str], names: list[str]) -> tuple[str, str | None]:
    """The name without the categories printed after it ("Jane Doe Phone Support, Callbacks": each one a line of
    the page too, or what varies after a name several bylines share) or before it (Bilberry: "Billing Jane Doe")."""
    words = words_text.split()
    for size in range(MIN_NAME_WORDS, len(words)):
        categories = [item.strip() for item in " ".join(words[size:]).split(",")]
        if not words[size - 1].endswith(",") and all(categories) and all(item in texts for item in categories):
            return " ".join(words[:size]), categories[0]
    for cut in range(1, MAX_CATEGORY_WORDS + 1):
        if len(words) - cut >= MIN_NAME_WORDS and " ".join(words[:cut]) in texts:
            return " ".join(words[cut:]), " ".join(words[:cut])
    shared = next((name for name in names if words_text.startswith(name + " ")
                   and not NAME_JOINERS.match(words_text[len(name):])), None)
    if shared is not None:
        return shared, words_text[len(shared):].split(",")[0].strip()
    return words_text, None
