"""The words comment systems print around a thread: the headers that open one, its sort labels, the links
that close it. Read by ``comments``."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Headers that always open a thread.
THREAD_HEADER = re.compile(
    r"^(?:\d+|one|two|three|no)\s+(?:thoughts?|responses?|comments?|replies|reactions?)\s+(?:on|to)\s+\S.*$"
    r"|^(?:(?:top|all|latest|newest|oldest|best)\s+)?(?:responses|comments|replies|discussion)\s*\(\d+\)$"
    r"|^(?:discussion about this post|member discussion|join the discussion(?:…|\.\.\.)?|reader comments|what readers say"
    r"|more answers below"  # Quora: the other answers to the question
    r"|want to add to the discussion\??"  # Commento
    r"|comments section|comments sorted by:?)$"
    r"|^sort(?:ed)? (?:comments )?by:?\s+(?:best|top|new|newest|oldest|old|controversial|q&a)$"
    r"|^replies:\s*\d+ comments?(?:\s*·\s*\d+ repl(?:y|ies))?$"  # GitHub Discussions
    r"|^comments\d+$",  # Drupal's heading with its count badge glued on: "Comments4"
    _I)
# Facebook's sort label: over a post's comments, right under its action row; it sorts a feed's posts too.
SORT_LABEL = re.compile(r"^(?:most relevant|all comments|newest first)$", _I)
# Links that close a thread ("View more comments"): the thread ends with them. (A comment box,
# "Write a comment…", opens Substack's threads and closes Facebook's: it marks neither end.)
THREAD_FOOTER = re.compile(
    r"^(?:view|see|show|load) (?:all )?(?:\d+ )?(?:more |previous )?(?:comments?|replies|answers)(?: \(\d+\))?$", _I)
# Headers that open a thread only when a comment follows ("7 Comments").
# (Templateify's Blogger templates print "Post a Comment" over the thread; Blogger's own, under it.)
COUNT_HEADER = re.compile(r"^(?:\d+|no)\s*(?:comments?|responses?|replies|answers?):?$|^comments?$|^responses$"
                          r"|^comments\s?\d+$|^post a comment$"
                          r"|^\d+ comments? · \d+ repl(?:y|ies)$", _I)  # Drupal's "Comments3"; giscus's counts
