"""Stage 2: buttons known by their neighbours, not their words alone.

Chat apps and feeds print each reaction as its emoji over its count ("👍" / "38",
":eyes:" / "3"); a lone emoji elsewhere is a callout's or a heading's icon and
stays. Help centres print "Yes" / "No" under "Was this article helpful?"; the
same words elsewhere are an answer in a post's text. An audio player prints
its position over the time left ("0:00" / "-38:12"), not a time of day.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

# One emoji (with its variation selector or skin tone), or Slack's text for one (":+1:").
LONE_EMOJI = re.compile(r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*"
                        r"|:[a-z0-9_+-]{1,40}:)$")
ANSWER_BUTTON = re.compile(r"^(?:yes|no|👍|👎)$", re.I)
PLAYER_CLOCK = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
# A button's label: one or two capitalised words ("Answer", "Save draft"); a row of buttons sets it
# between two known ones ("Upvote" / "Answer" / "Share"). A heading there would head nothing.
BUTTON_LABEL = re.compile(r"^[A-Z][a-z]{1,11}(?: [a-z]{1,11})?$")


def _as_chrome(line: Line, reason: str) -> None:
    line.chrome, line.cue, line.date, line.fixed, line.title_like, line.prose = reason, None, None, True, False, False


def _in_button_row(above: Line, line: Line, below: Line) -> bool:
    return (line.chrome is None and line.cue is None and line.date is None and above.chrome is not None
            and below.chrome is not None and above.stripped != "" and below.stripped != ""
            and BUTTON_LABEL.match(line.stripped) is not None)


def mark_buttons(lines: list[Line]) -> None:
    """An emoji line right over a bare count is a reaction; "Yes" and "No" right under a feedback
    question (or under each other there) are its buttons; a clock over a player's time left is its;
    a one-word label between two known buttons is a button of their row."""
    for above, line, below in zip(lines, lines[1:], lines[2:]):
        if _in_button_row(above, line, below):
            _as_chrome(line, "button row")
    for line, below in zip(lines, lines[1:]):
        if below.chrome == "counter" and line.cue is None and LONE_EMOJI.match(line.stripped):
            _as_chrome(line, "reaction")
        elif line.chrome == "feedback widget" and below.cue is None and ANSWER_BUTTON.match(below.stripped):
            _as_chrome(below, "feedback widget")
        elif below.chrome == "media player" and PLAYER_CLOCK.match(line.stripped):
            _as_chrome(line, "media player")  # "0:00" over "-38:12": a player's position, not a time of day
