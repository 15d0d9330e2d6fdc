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


def _as_chrome(line: Line, reason: str) -> None:
    line.chrome, line.cue, line.date, line.fixed, line.title_like, line.prose = reason, None, None, True, False, False


def mark_buttons(lines: list[Line]) -> None:
    """An emoji line right over a bare count is a reaction; "Yes" and "No" right under a feedback
    question (or under each other there) are its buttons; a clock over a player's time left is its."""
    for line, below in zip(lines, lines[1:]):
        if below.chrome == "counter" and line.cue is None and LONE_EMOJI.match(line.stripped):
            _as_chrome(line, "reaction")
        elif line.chrome == "feedback widget" and below.cue is None and ANSWER_BUTTON.match(below.stripped):
            _as_chrome(below, "feedback widget")
        elif below.chrome == "media player" and PLAYER_CLOCK.match(line.stripped):
            _as_chrome(line, "media player")  # "0:00" over "-38:12": a player's position, not a time of day
