"""A card's summary: the post's opening prose as plain text.

Pelican's own summary is the first words of the body with their markup, so a
card could open with an inner heading ("When and Why to …"), a caption, or
the alt text and caption of an image the importer could not keep
("*Purposeful Customer Service*"). Cards want sentences: this reads the
paragraphs and list items of the body (or of the author's ``Summary:``),
skips headings, figures, images, tables, code and paragraphs that are one
emphasised phrase, and keeps whole sentences up to a word limit.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# Enough for two or three sentences on a card.
MAX_WORDS = 45
# Elements whose text is never prose for a card.
# (An image's alt text is an attribute, never collected.)
SKIPPED = {"h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "pre", "code",
           "script", "style", "svg", "sup"}
BLOCKS = {"p", "li", "dd", "blockquote", "div"}
EMPHASIS = {"em", "strong", "i", "b"}
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


class _Prose(HTMLParser):
    """Collects the text of each block, and whether it was all one emphasised phrase."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.blocks = []  # [text parts, plain characters outside emphasis]
        self.emphasis = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED:
            self.skipping += 1
        elif tag in BLOCKS:
            self.blocks.append([[], 0])
        elif tag in EMPHASIS:
            self.emphasis += 1
        elif tag == "br" and self.blocks:
            self.blocks[-1][0].append(" ")

    def handle_endtag(self, tag):
        if tag in SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in EMPHASIS:
            self.emphasis = max(0, self.emphasis - 1)
        elif tag in BLOCKS:
            self.blocks.append([[], 0])

    def handle_data(self, data):
        if self.skipping:
            return
        if not self.blocks:
            self.blocks.append([[], 0])
        self.blocks[-1][0].append(data)
        if not self.emphasis:
            self.blocks[-1][1] += len(data.strip())


def prose_paragraphs(markup: str) -> list[str]:
    """The text of each prose block, in order; one-phrase emphasis lines left out."""
    parser = _Prose()
    parser.feed(markup or "")
    parser.close()
    found = []
    for parts, plain in parser.blocks:
        text = " ".join("".join(parts).split())
        if text and plain:
            found.append(text)
    return found


def card_summary(markup: str, max_words: int = MAX_WORDS) -> str:
    """Plain text (not escaped) of the opening prose, up to ``max_words``.

    A longer text ends at its last whole sentence when that keeps at least
    half the words, else mid-sentence with "…".
    """
    words = [word for paragraph in prose_paragraphs(markup) for word in paragraph.split()]
    if len(words) <= max_words:
        return " ".join(words)
    kept = words[:max_words]
    ends = [n for n, word in enumerate(kept, 1) if SENTENCE_END.search(word)]
    if ends and ends[-1] >= max_words // 2:
        return " ".join(kept[:ends[-1]])
    return " ".join(kept).rstrip(",;:–-") + " …"


def summary_source(content) -> str:
    """The author's Summary when given, else the body."""
    given = (getattr(content, "metadata", None) or {}).get("summary")
    return str(given) if given else (getattr(content, "_content", "") or "")


def plain_text(markup: str) -> str:
    return html.unescape(" ".join(re.sub(r"<[^>]+>", " ", markup or "").split()))
