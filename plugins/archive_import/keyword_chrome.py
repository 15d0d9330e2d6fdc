"""Chrome whose wording can sit anywhere in a long line: cookie notices, newsletter footers, pagers.

Tried only when the line holds one of an entry's keywords, as a leading
wildcard is slow on every other line (see ``patterns`` for whole-line chrome).
"""

from __future__ import annotations

import re

from .patterns import MAX_CHROME_CHARS

_I = re.IGNORECASE

KEYWORD_CHROME: list[tuple[tuple[str, ...], str, re.Pattern]] = [
    (("prev", "next", "older", "newer", "page"), "pager", re.compile(
        r"^(?:prev|previous|next|older|newer|page|of|[\d\s.…‹›«»←→|]+)+$"  # "Older news »", "view more: next ›":
        r"|^(?:view more:\s*)?[‹«←]?\s*(?:older|newer|next|previous)\s+(?:posts|entries|news|articles|stories)?\s*[›»→]?$", _I)),
    (("page",), "site header", re.compile(r"^.+?(?:,|\s[-–|])\s*page \d+$", _I)),
    (("spam", "privacy"), "newsletter call", re.compile(
        r"^.{0,160}\b(?:no spam|we respect your privacy|unsubscribe at any time)\b.{0,60}$", _I)),
    # Substack's box inside a post: "The Quiet Line is a reader-supported publication. To receive new posts …".
    (("reader-supported",), "newsletter call", re.compile(r"^.{1,80} is a reader-supported publication\..{0,200}$", _I)),
    # A letter's feedback buttons (Ghost: "More like this" / "Less like this").
    (("like this",), "feedback widget", re.compile(r"^(?:more|less) like this$", _I)),
    (("(required)",), "comment form", re.compile(r"^(?:name|e-?mail(?: address)?|website)\s*\(required\)\s*\*?$", _I)),
    # A blog's new-post e-mail (WordPress.com): "Respond to this post by replying above this line" / "New post on
    # X" over the post, "Thanks for flying with …" under it.
    (("replying above", "new post on", "flying with"), "notification frame", re.compile(
        r"^(?:respond to this post by replying above this line|(?-i:New post on)(?: \S+){1,6}|thanks for flying with \S{1,40})$",
        _I)),
    (("cookie",), "cookie notice", re.compile(r"^.{0,200}\b(uses|use) cookies\b.*$", _I)),
    (("subscri", "browser", "in app", "forwarded", "receiving", "received this", "preferences", "mailing address", "rights reserved",
      "trouble clicking", "problems with how", "download pictures", "on the web", "online", "web version", "forward this", "getting this"), "newsletter footer", re.compile(
        # "Having trouble viewing this email? View in browser": the web-view link after its question
        r"^(?:[^?]{0,60}\?\s+)?(?:.{0,80}\bunsubscribe\b.{0,120}|.{0,40}\bmanage (?:your )?subscriptions?\b.{0,80}"
        r"|view (?:this|the) (?:email|post|newsletter|issue) (?:in (?:your|a) browser|on the web|online)\b.{0,200}"
        r"|view (?:it |the )?(?:in (?:your |a )?browser|web version|online version)\.?|open in app|read in app|forwarded this (?:e-?mail|message)\?.{0,80}"
        r"|you(?:'re| are) (?:receiving|getting) this.{0,160}|you received this (?:e-?mail|newsletter|message) because.{0,200}"
        r"|update (?:your )?(?:subscription )?preferences.{0,40}"
        r"|view (?:it )?online|forward this (?:e-?mail |newsletter |issue )?to a (?:friend|colleague)"
        r"|our mailing address is:?|all rights reserved\.?|.{0,160}\ball rights reserved\.?"
        r"|trouble clicking\?.{0,80}"
        # Outlook's banners over a letter: "If there are problems with how this message is displayed, click here
        # to view it in a web browser." and its blocked-pictures notice.
        r"|if there are problems with how this message is displayed.{0,120}|click here to download pictures.{0,240})$", _I)),
]


# Lines up to this long are tried; only the kinds that run long are tried past ``MAX_CHROME_CHARS``
# (cookie notices and newsletter footers run to several sentences: Blogger's is over 300 characters).
MAX_KEYWORD_CHROME_CHARS = 600
LONG_CHROME = frozenset({"cookie notice", "newsletter footer", "newsletter call"})  # the kinds that run that long
_LONG_KEYWORDS = tuple(sorted({word for words, reason, _ in KEYWORD_CHROME if reason in LONG_CHROME for word in words}))
_ALL_KEYWORDS = tuple(sorted({word for words, _, _ in KEYWORD_CHROME for word in words}))
_KEYWORD_SETS = tuple(frozenset(words) for words, _, _ in KEYWORD_CHROME)


def keyword_chrome(text: str) -> str | None:
    lowered = text.lower()
    long = len(text) > MAX_CHROME_CHARS
    # The keywords the line holds, looked for once; a paragraph only for the kinds that run long.
    present = [word for word in (_LONG_KEYWORDS if long else _ALL_KEYWORDS) if word in lowered]
    if not present:
        return None  # the common case
    for keywords, (_, reason, pattern) in zip(_KEYWORD_SETS, KEYWORD_CHROME):
        if long and reason not in LONG_CHROME:
            continue  # a paragraph that says "page" is no pager
        if not keywords.isdisjoint(present) and pattern.match(text):
            return reason
    return None

