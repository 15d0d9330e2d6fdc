"""A social network's page of one post: the post, its author's own continuations, then replies.

Bluesky, X and Mastodon print the post a page is about with its full date
and time ("November 18, 2024 at 8:47 PM", "9:14 PM · Nov 12, 2024"), and
every other post under it (the author's continuations of a self-thread,
other people's replies) with a short age ("· 2d", "14h", "Mar 4"). Each
post opens with its author's name and handle. The post and the posts its
author adds right under it are one post; from the first post by anyone
else, the page holds replies: a comment thread, never posts or body text.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import patterns as P
from .comments import Thread
from .lines import Line
from .structure import Record, Template

# How far a head's name and date sit from its handle line (name, handle, "Follow", "·", age).
HEAD_REACH = 4
FOCUS_CONFIDENCE = 0.75
MIN_HEADS = 2
# The header of a single post's page (Threads, Bluesky, X).
POST_PAGE_HEADERS = frozenset({"Thread", "Post"})


@dataclass(slots=True)
class Head:
    handle: int  # index of the handle line
    start: int  # first line of the head (the name, or a date printed over it)
    author: str


@dataclass(slots=True)
class PostPage:
    template: Template  # one record: the post and its continuations
    replies: Thread | None  # everything from the first post by someone else


def post_page(lines: list[Line], masked: set[int]) -> PostPage | None:
    """The page's focused post and its replies, or None when the page is no single post's page."""
    heads = [head for head in (_head(lines, line.index) for line in lines
                               if line.chrome == "handle" and line.index not in masked) if head is not None]
    heads = heads or _username_heads(lines, masked)
    # The viewer's own name and handle may come first, in the menu: the page is about the first dated post.
    focus = next((k for k in range(len(heads) - 1) if _focused(lines, heads[k], heads[k + 1])), None)
    if focus is None and heads and _titled_post_page(lines, heads[0]):
        focus = 0
    if focus is None or _all_fully_dated(lines, heads[focus:]):
        return None  # (every post with its full date and time: a feed, a profile's posts, not one post's page)
    lines[heads[focus].handle].name_slot = True  # a username alone is its author's name (Threads)
    own = focus + 1
    while own < len(heads) and heads[own].author == heads[focus].author:
        own += 1
    end = heads[own].start if own < len(heads) else len(lines)
    record = Record(heads[focus].start, end, None)
    template = Template("post page", ["focused post"], "none", [record], FOCUS_CONFIDENCE)
    replies = Thread(end, len(lines), len(heads) - own) if own < len(heads) else None
    return PostPage(template, replies)


def _head(lines: list[Line], handle: int) -> Head | None:
    """The name over a handle line (the page's own name and handle in its menu have no post under them)."""
    name = _near(lines, handle, -1)
    if name is None or not lines[name].is_name:
        return None
    start, above = name, _near(lines, name, -1)
    if above is not None and lines[above].dates_post and not _text_between(lines, above, name):
        start = above  # Mastodon prints the age over the name
    return Head(handle, start, lines[name].stripped)


def _username_heads(lines: list[Line], masked: set[int]) -> list[Head]:
    """Threads prints a username alone ("bronwen.onthephones") over each post's date."""
    heads = []
    for line in lines:
        if not line.is_text or line.index in masked or not P.USERNAME.match(line.stripped):
            continue
        below = _near(lines, line.index, 1)
        if below is not None and lines[below].dates_post:
            heads.append(Head(line.index, line.index, line.stripped))
    return heads if len(heads) >= MIN_HEADS else []


def _titled_post_page(lines: list[Line], first: Head) -> bool:
    """The page says it shows one post: "Thread" or "Post" heads it, over the first post."""
    return any(line.stripped in POST_PAGE_HEADERS for line in lines[max(0, first.start - HEAD_REACH):first.start])


def _focused(lines: list[Line], first: Head, second: Head) -> bool:
    """Does the first post carry a full date and time, printed under its text, before the next head?"""
    for line in lines[first.handle + 1:second.start]:
        if line.date is not None and line.date.precision == "minute":
            return True
    return False


def _all_fully_dated(lines: list[Line], heads: list[Head]) -> bool:
    """Does every post from the focused one on carry a full date and time (replies print short ages)?"""
    ends = [head.start for head in heads[1:]] + [len(lines)]
    return len(heads) >= MIN_HEADS and all(
        any(lines[i].date is not None and lines[i].date.precision == "minute" for i in range(head.handle + 1, end))
        for head, end in zip(heads, ends))


def _near(lines: list[Line], i: int, step: int) -> int | None:
    """The nearest non-blank line from ``i`` within ``HEAD_REACH``."""
    j, seen = i + step, 0
    while 0 <= j < len(lines) and seen < HEAD_REACH:
        if not lines[j].blank:
            return j
        j += step
        seen += 1
    return None


def _text_between(lines: list[Line], first: int, last: int) -> bool:
    return any(line.is_text for line in lines[first + 1:last])
