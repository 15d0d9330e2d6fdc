"""Stage 4b: lines every post repeats at its edges are the page's, not the author's.

A newsletter's "You're getting this because you signed up" paragraph, a
blog's "Thanks for reading! Subscribe for free" box or a footer's menu are
printed under each post, word for word, and are often too long to look like
template lines. A line that ends (or opens) the bodies of several posts
verbatim is boilerplate; the same line in the middle of a post is left alone
(a repeated inner heading is the author's).
"""

from __future__ import annotations

import math
import re
from collections import Counter

from . import patterns as P
from .lines import Line
from .names import names_in
from .posts import Furniture, PostParts

# A line must close (or open) at least this many posts ...
MIN_POSTS_SHARING = 2
# ... and at least this share of them: one pair of posts that quote each other is no template.
SHARE_OF_POSTS = 0.5
# Lines the author signs a post with, kept even when every post repeats them: a sign-off
# ("— Theo", "Priya"), an author box ("About the Author Ana Ruiz", "By Ana Ruiz. Ana runs ..."),
# and a bio that opens with a name the page gives elsewhere ("Ana Ruiz writes about queues",
# where a byline, the blog's name or its copyright line says Ana Ruiz; "Small Desk is a
# fortnightly letter" names no one).
SIGN_OFF = re.compile(r"^[-–—~]*\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")
OPENS_WITH_NAME = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),?\s+[a-z]")
# How deep into a post's edge shared lines are looked for: a footer block, not the whole post.
MAX_EDGE_LINES = 12


def _edge(post: PostParts, from_end: bool) -> list[int]:
    """Indexes into ``post.body`` of its first (or last) text lines, outermost first."""
    order = range(len(post.body) - 1, -1, -1) if from_end else range(len(post.body))
    return [k for k in order if not post.body[k].blank][:MAX_EDGE_LINES]


def known_names(lines: list[Line]) -> set[str]:
    """People the page names outside running text: bylines, name lines, "X's Blog", "© X"."""
    names: set[str] = set()
    for line in lines:
        if line.blank:
            continue
        if line.cue is not None and line.cue.author:
            names.add(line.cue.author)
        names.update(names_in(line.stripped))
        owner = P.owner_of(line.stripped)
        holder = P.COPYRIGHT_HOLDER.search(line.stripped)
        names.update(name for name in (owner, holder and holder["name"]) if name)
    return names


def _authored(text: str, names: set[str]) -> bool:
    if any(pattern.match(text) for pattern in (SIGN_OFF, P.AUTHOR_BOX, P.BYLINE)):
        return True
    bio = OPENS_WITH_NAME.match(text)
    return bio is not None and any(text.startswith(name) for name in names)


def _shared(posts: list[PostParts], from_end: bool) -> set[str]:
    counts = Counter(text for post in posts for text in {post.body[k].stripped for k in _edge(post, from_end)})
    least = max(MIN_POSTS_SHARING, math.ceil(SHARE_OF_POSTS * len(posts)))
    return {text for text, count in counts.items() if count >= least}


def strip_shared_edges(lines: list[Line], posts: list[PostParts], furniture: list[Furniture]) -> None:
    """Move the boilerplate at each post's foot and head from its body to the page furniture."""
    if len(posts) < MIN_POSTS_SHARING:
        return
    names: set[str] | None = None  # read from the page only when some line is shared
    for from_end, reason in ((True, "repeated footer"), (False, "repeated header")):
        shared = _shared(posts, from_end)
        if not shared:
            continue
        names = known_names(lines) if names is None else names
        for post in posts:
            edge = _edge(post, from_end)
            cut = edge[:next((n for n, k in enumerate(edge) if post.body[k].stripped not in shared
                              or _authored(post.body[k].stripped, names)), len(edge))]
            if len(cut) == len(edge) and len(edge) == len([line for line in post.body if not line.blank]):
                continue  # the whole post is shared: two copies of one post, not boilerplate
            for k in cut:
                furniture.append(Furniture(post.body[k], reason))
            dropped = set(cut)
            post.body = [line for k, line in enumerate(post.body) if k not in dropped]
