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
from typing import TYPE_CHECKING

from .cues import Cue
from .dates import parse_date
from .names import NAMES, plausible_name
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
    texts = None
    for line in lines:
        match = SPACED_BYLINE.match(line.stripped) if line.is_text and not line.prose else None
        if match is None or not _in_head(lines, line):
            continue
        date = parse_date(match["date"])
        if date is None:
            continue
        texts = texts if texts is not None else {COUNTED.sub("", other.stripped) for other in lines if not other.blank}
        author, category = _without_category(match["author"], texts)
        if plausible_name(author):
            line.cue = Cue("spaced_byline", "byline", author=author, date_text=match["date"], category=category)
        else:  # "JUN 11, 2024 SHOW NOTES QUEUES" over the title (Ghost Wave): the date and its tags
            line.cue = Cue("spaced_date", "date", date_text=match["date"], tags=tuple(match["author"].split()))
        line.date, line.fixed, line.title_like = date, True, False


def _in_head(lines: list[Line], line: Line) -> bool:
    """Right under a title, or right over one and its text (Hugo Paper), never under a paragraph (a footer's
    date and tags: see ``dated_footers``)."""
    above, below = previous_filled(lines, line.index), next_filled(lines, line.index)
    if above is not None and above.is_text and above.prose:
        return False
    if above is not None and above.is_text and above.title_like:
        return True
    text = next_filled(lines, below.index) if below is not None else None
    return below is not None and below.is_text and below.title_like and text is not None and text.prose


def _without_category(words_text: str, texts: set[str]) -> tuple[str, str | None]:
    """The name without the category printed after it or before it (Bilberry: "Billing Hannah Okoro")."""
    words = words_text.split()
    for cut in range(1, MAX_CATEGORY_WORDS + 1):
        if len(words) - cut < MIN_NAME_WORDS:
            break
        if " ".join(words[-cut:]) in texts:
            return " ".join(words[:-cut]), " ".join(words[-cut:])
        if " ".join(words[:cut]) in texts:
            return " ".join(words[cut:]), " ".join(words[:cut])
    return words_text, None
