"""Forum topics: the opening post is the post; every reply under it is a comment.

phpBB, MyBB, SMF, vBulletin and Vanilla print a member block over each post
of a topic: the poster's name, a rank or two ("Senior Member"), and stats
("Posts: 873", "Join Date: Jun 2017"). A blog never prints how many posts
its author has written. So the page is a topic when member blocks head two
posts or more: the first block's post is the article, and from the second
block down the page holds replies, which go to the chrome report as comments.
Discourse prints no member block: its posts are numbered instead, a
position ("1", "2" …) under each poster's name and date. Flarum prints
neither: only each poster's handle over the date, which heads a topic when
many handles take turns (one account's feed repeats its own).
"""

from __future__ import annotations

import re

from . import patterns as P
from .comments import Thread
from .lines import Line
from .post_page import PostPage
from .structure import Record, Template
from .title_shape import MAX_TITLE_WORDS

# A member block has its rank lines and stats within this many lines; ranks are a few words.
BLOCK_REACH = 6
MAX_RANK_LINES = 3
MAX_RANK_WORDS = 3
# A post's position in a topic: "1", "#2".
POSITION = re.compile(r"^#?(\d{1,4})$")
MIN_TOPIC_POSTS = 2
# Handles over dates head a topic when three posts or more have them: two could be a feed's.
MIN_HANDLE_POSTS = 3
HANDLE_MARK = re.compile(r"[._\d]")
# A message's recipients under its date: "to Fernmoor Support Leads", "to Hanne Lindqvist, Fernmoor …".
RECIPIENTS = re.compile(r"^to [^.!?]{1,120}$")
# A list's message numbers count every message it ever had; a topic's positions count from 1.
MIN_MESSAGE_ID = 100
# The topic's title sits right over the opening post's block, or in its head under the stats.
TITLE_REACH = 4  # title, category, sub-category, tags (Discourse)
TOPIC_CONFIDENCE = 0.75


def member_blocks(lines: list[Line]) -> list[int]:
    """The first stat line of each member block, in page order (a Q&A site prints the name and the
    reputation on one line: "Moira Tennent 35 Reputation points")."""
    starts, last = [], -BLOCK_REACH
    for line in lines:
        if line.chrome == "member stats" or line.cue is not None and line.cue.kind == "reputation":
            if line.index - last > BLOCK_REACH:
                starts.append(line.index)
            last = line.index
    return starts


def numbered_posts(lines: list[Line]) -> list[int]:
    """The date line of each post numbered 1, 2, 3 … right under it (Discourse), or with a list's message
    numbers, "#2218", "#2219" … going up (groups.io), when there are two or more."""
    found: list[int] = []
    numbers: list[int] = []
    for line in lines:
        if not line.dates_post:
            continue
        below = _next(lines, line.index)
        match = POSITION.match(lines[below].stripped) if below is not None else None
        if match is None:
            continue
        number = int(match[1])
        message_id = match[0].startswith("#") and number >= MIN_MESSAGE_ID
        if number == len(found) + 1 and not message_id or message_id and number > (numbers[-1] if numbers else 0):
            found.append(line.index)
            numbers.append(number)
        elif not message_id:
            return []  # "3", "0", "7" under a listing's bylines: comment counts, not positions
    return found if len(found) >= MIN_TOPIC_POSTS else []


def mailed_posts(lines: list[Line]) -> list[int]:
    """The date line of each message of a mailing list's conversation: its recipients right under it
    ("to Fernmoor Support Leads", Google Groups), when there are two or more."""
    found = [line.index for line in lines if line.dates_post and _recipients(lines, line.index) is not None]
    return found if len(found) >= MIN_TOPIC_POSTS else []


def _recipients(lines: list[Line], date: int) -> int | None:
    below = _next(lines, date)
    return below if below is not None and RECIPIENTS.match(lines[below].stripped) else None


def archived_messages(lines: list[Line]) -> list[int]:
    """On a list archive's thread page ("Posted to list@…"), each message's "Name - date" line (Pony Mail)."""
    if not any(line.chrome == "list navigation" for line in lines):
        return []
    found = [line.index for line in lines if line.cue is not None and line.cue.kind == "name_dash_date"]
    return found if len(found) >= MIN_TOPIC_POSTS else []


def handle_heads(lines: list[Line]) -> list[int]:
    """The date line of each post headed by its poster's handle with the text right under it (Flarum:
    "ottilie_fenwick" / "4 Mar" / a paragraph), when many posters take part: one account's feed
    repeats its own handle, a topic's heads name most of its posters once."""
    found, handles = [], []
    for line in lines:
        if not line.dates_post or line.cue is not None and line.cue.author:
            continue
        above, below = _handle_over(lines, line.index), _next(lines, line.index)
        if above is not None and below is not None and lines[below].is_text and not lines[below].title_like:
            found.append(line.index)
            handles.append(lines[above].stripped)
    # A handle has a mark no word has ("jonah.mbeki", "benk_88"), or heads two posts ("jdoe"):
    # "created" over a topic map's date is a label.
    kept = [(i, handle) for i, handle in zip(found, handles) if HANDLE_MARK.search(handle) or handles.count(handle) > 1]
    found, handles = [i for i, _ in kept], [handle for _, handle in kept]
    while len(handles) > 1 and handles[1] == handles[0]:  # the opener's own thread goes on: one post
        del found[1], handles[1]
    enough = len(found) >= MIN_HANDLE_POSTS and len(set(handles)) * 2 >= len(found)
    return found if enough else []


def topic_heads(lines: list[Line], by_handles: bool = False) -> list[int]:
    """Where each post of a topic is headed: member blocks, post numbers, a message's recipients or byline;
    ``by_handles``: a poster's handle, when none of those is there."""
    return member_blocks(lines) or numbered_posts(lines) or mailed_posts(lines) or archived_messages(lines) \
        or (handle_heads(lines) if by_handles else [])


def mark_posters(lines: list[Line]) -> None:
    """The poster's name tops the short lines over a member block ("jkestrel" / "Team Lead" / "Posts: 612");
    the lines between are the poster's ranks. Over a numbered post's or a message's date, the poster's name."""
    blocks = member_blocks(lines)
    for stat in topic_heads(lines):
        recipients = None if blocks else _recipients(lines, stat)
        if recipients is not None:
            lines[recipients].chrome, lines[recipients].fixed, lines[recipients].title_like = "recipients", True, False
        poster = _poster(lines, stat) if blocks else _previous(lines, stat)
        if poster is None:
            continue
        lines[poster].name_slot = True
        for line in lines[poster + 1:stat]:
            if not line.blank and line.chrome is None:
                line.chrome, line.fixed, line.title_like = "member rank", True, False


def _previous(lines: list[Line], i: int) -> int | None:
    """The text line right over a numbered post's date: its poster."""
    k = _before(lines, i)
    return k if k is not None and _shown(lines[k]) and len(lines[k].stripped.split()) <= MAX_RANK_WORDS else None


def _shown(line: Line) -> bool:
    return line.is_text or line.recurring and not line.fixed  # a poster of several replies recurs


def _handle_over(lines: list[Line], i: int) -> int | None:
    """The poster's handle over date line ``i``, maybe past the poster's full name ("marta_vell" / "Marta Vell")."""
    above = _before(lines, i)
    if above is not None and not P.USERNAME.match(lines[above].stripped) and lines[above].names:
        above = _before(lines, above)
    handle = lines[above].stripped if above is not None else ""
    return above if P.USERNAME.match(handle) and not handle.isdigit() else None  # "305" is a like count


def _before(lines: list[Line], i: int) -> int | None:
    """The line over ``i``, past blank lines, a badge ("Staff") and a message's status ("unread,")."""
    return next((k for k in range(i - 1, max(-1, i - BLOCK_REACH), -1) if not lines[k].blank
                 and lines[k].chrome != "message status" and lines[k].chrome not in P.BYLINE_EXTRAS), None)


def _next(lines: list[Line], i: int) -> int | None:
    return next((k for k in range(i + 1, min(len(lines), i + BLOCK_REACH)) if not lines[k].blank), None)


def _poster(lines: list[Line], stat: int) -> int | None:
    """The topmost of the short lines over a member block (once marked: its name line)."""
    found, seen = None, 0
    for line in reversed(lines[max(0, stat - BLOCK_REACH):stat]):
        if line.blank or line.chrome in ("member rank", "member stats", "member badge"):
            continue
        if line.name_slot:
            return line.index
        if not _shown(line) or line.prose or len(line.stripped.split()) > MAX_RANK_WORDS or seen >= MAX_RANK_LINES:
            break
        found, seen = line.index, seen + 1
    return found


def forum_topic(lines: list[Line], masked: set[int], by_handles: bool = False) -> PostPage | None:
    """The topic's opening post, and its replies from the second member block's poster to the page's end.

    ``by_handles``: posts headed by their posters' handles alone make a topic too (tried after a social
    post's page, whose replies are headed so as well)."""
    members = bool(member_blocks(lines))
    blocks = [stat for stat in topic_heads(lines, by_handles) if stat not in masked]
    if len(blocks) < MIN_TOPIC_POSTS:
        return None
    first, second = (_head_start(lines, stat, members) for stat in blocks[:2])
    # A forum prints each post's own title under its member block (SMF, vBulletin); a list, the subject over all.
    title = _title_in_head(lines, blocks[0], second) if members else None
    title = _title_over(lines, first) if title is None else title
    record = Record(min(first, title) if title is not None else first, second, title)
    if by_handles:
        if any(line.is_text and line.prose for line in lines[:record.start]):
            return None  # text above the topic: another page's posts (a topic list saved before it)
        for stat in blocks:  # the handles name the posters (``mark_posters`` left them: a feed's may not)
            lines[_handle_over(lines, stat)].name_slot = True
    template = Template("forum topic", ["member blocks"], "none", [record], TOPIC_CONFIDENCE)
    return PostPage(template, Thread(second, len(lines), len(blocks) - 1))


def _head_start(lines: list[Line], stat: int, members: bool) -> int:
    """Where a post of the topic starts: its poster's name over the member block or the date, or the
    byline itself when it names the poster ("Marisol Etxeberria - Monday, March 4, 2024 …")."""
    if lines[stat].cue is not None and lines[stat].cue.author:
        return stat
    return (_poster(lines, stat) if members else _previous(lines, stat)) or stat


def _title_over(lines: list[Line], poster: int) -> int | None:
    """The topic's title right over the opening post's poster (MyBB, Vanilla, phpBB): the first text line
    above it, past the page's chrome (it may end in a full stop: template position makes it the title)."""
    shown = [line for line in lines[max(0, poster - TITLE_REACH * 2):poster]
             if line.is_text and len(line.stripped.split()) <= MAX_TITLE_WORDS][-TITLE_REACH:]
    # Under the title, a category and tags may sit (Discourse): the title says the most.
    return max(shown, key=lambda line: len(line.stripped.split())).index if shown else None


def _title_in_head(lines: list[Line], stat: int, end: int) -> int | None:
    """The post's own title under its member block, before its text (SMF, vBulletin)."""
    for line in lines[stat + 1:end]:
        if line.prose:
            return None
        if line.is_text and line.title_like and not line.name_slot:
            return line.index
    return None
