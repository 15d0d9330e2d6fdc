"""Forum topics: the opening post is the post; every reply under it is a comment.

phpBB, MyBB, SMF, vBulletin and Vanilla print a member block over each post
of a topic: the poster's name, a rank or two ("Senior Member"), and stats
("Posts: 873", "Join Date: Jun 2017"). A blog never prints how many posts
its author has written. So the page is a topic when member blocks head two
posts or more: the first block's post is the article, and from the second
block down the page holds replies, which go to the chrome report as comments.
"""

from __future__ import annotations

from .comments import Thread
from .lines import Line
from .post_page import PostPage
from .structure import Record, Template
from .title_shape import MAX_TITLE_WORDS

# A member block has its rank lines and stats within this many lines; ranks are a few words.
BLOCK_REACH = 6
MAX_RANK_LINES = 3
MAX_RANK_WORDS = 3
# The topic's title sits right over the opening post's block, or in its head under the stats.
TITLE_REACH = 3
TOPIC_CONFIDENCE = 0.75


def member_blocks(lines: list[Line]) -> list[int]:
    """The first stat line of each member block, in page order."""
    starts, last = [], -BLOCK_REACH
    for line in lines:
        if line.chrome == "member stats":
            if line.index - last > BLOCK_REACH:
                starts.append(line.index)
            last = line.index
    return starts


def mark_posters(lines: list[Line]) -> None:
    """The poster's name tops the short lines over a member block ("jkestrel" / "Team Lead" / "Posts: 612");
    the lines between are the poster's ranks."""
    for stat in member_blocks(lines):
        poster = _poster(lines, stat)
        if poster is None:
            continue
        lines[poster].name_slot = True
        for line in lines[poster + 1:stat]:
            if not line.blank and line.chrome is None:
                line.chrome, line.fixed, line.title_like = "member rank", True, False


def _poster(lines: list[Line], stat: int) -> int | None:
    """The topmost of the short lines over a member block (once marked: its name line)."""
    found, seen = None, 0
    for line in reversed(lines[max(0, stat - BLOCK_REACH):stat]):
        if line.blank or line.chrome in ("member rank", "member stats"):
            continue
        if line.name_slot:
            return line.index
        shown = line.is_text or line.recurring and not line.fixed  # a poster of several replies recurs
        if not shown or line.prose or len(line.stripped.split()) > MAX_RANK_WORDS or seen >= MAX_RANK_LINES:
            break
        found, seen = line.index, seen + 1
    return found


def forum_topic(lines: list[Line], masked: set[int]) -> PostPage | None:
    """The topic's opening post, and its replies from the second member block's poster to the page's end."""
    blocks = [stat for stat in member_blocks(lines) if stat not in masked]
    if len(blocks) < 2:
        return None
    first, second = (_poster(lines, stat) or stat for stat in blocks[:2])
    title = _title_in_head(lines, blocks[0], second)
    title = _title_over(lines, first) if title is None else title
    record = Record(min(first, title) if title is not None else first, second, title)
    template = Template("forum topic", ["member blocks"], "none", [record], TOPIC_CONFIDENCE)
    return PostPage(template, Thread(second, len(lines), len(blocks) - 1))


def _title_over(lines: list[Line], poster: int) -> int | None:
    """The topic's title right over the opening post's poster (MyBB, Vanilla, phpBB): the first text line
    above it, past the page's chrome (it may end in a full stop: template position makes it the title)."""
    for line in reversed(lines[max(0, poster - TITLE_REACH * 2):poster]):
        if line.blank or line.is_field and line.cue is None:
            continue
        return line.index if line.is_text and len(line.stripped.split()) <= MAX_TITLE_WORDS else None
    return None


def _title_in_head(lines: list[Line], stat: int, end: int) -> int | None:
    """The post's own title under its member block, before its text (SMF, vBulletin)."""
    for line in lines[stat + 1:end]:
        if line.prose:
            return None
        if line.is_text and line.title_like:
            return line.index
    return None
