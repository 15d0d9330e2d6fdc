"""Stage 1: a feed copied as its XML. A browser that opens an RSS or Atom feed with no style sheet
shows the tree, one element a line ("<title>…</title>", "<pubDate>…</pubDate>"), each post's HTML
in CDATA or escaped. Each line is read as what it says, one line for one line, so the archive's
line numbers stand: an element's text ("<title>X</title>" is X), a post's field as the labelled line
the later stages read ("By X", "Published: D", "Tags: X"), a paragraph's HTML as its text, and pure
markup (tags, links, ids, the browser's notice) as chrome.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

# A feed's root element among its first lines (after the browser's notice or the XML declaration).
FEED_ROOT = re.compile(r"^\s*<(?:rss|feed|rdf:RDF)\b")
FIRST_LINES = 4
# One element on one line: <name attrs>text</name>, or an empty one: <name attrs/>.
ELEMENT = re.compile(r"^\s*<(?P<name>[\w:.-]+)(?P<attrs>\s[^>]*)?>(?P<text>.*)</(?P=name)>\s*$", re.S)
EMPTY = re.compile(r"^\s*<(?P<name>[\w:.-]+)(?P<attrs>\s[^>]*)?/>\s*$")
MARKUP = re.compile(r"^\s*(?:<[?!/]?[\w:.-]*[^<>]*>|<!\[CDATA\[|\]\]>)\s*$")
CDATA = re.compile(r"<!\[CDATA\[(?P<text>.*?)\]\]>", re.S)
TAG = re.compile(r"<[^>]+>")
TERM = re.compile(r"""\bterm=(?P<q>["'])(?P<term>.+?)(?P=q)""")
NOTICE = re.compile(r"^this xml file does not appear to have any style information", re.I)
XML_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
AUTHOR_LOGIN = re.compile(r"<wp:author_login>.*?</wp:author_login>")
AUTHOR_NAME = re.compile(r"<wp:author_display_name>.*?</wp:author_display_name>")
# The elements that open a post, and how each of its fields is put for the later stages.
ITEMS = frozenset({"item", "entry"})
FIELDS = {"pubdate": "Published: {}", "published": "Published: {}", "dc:date": "Published: {}",
          "updated": "Updated: {}", "dc:creator": "By {}", "author": "By {}", "name": "By {}",
          "category": "Tags: {}", "title": "{}"}
# A post's text: its summary or content on one line, or one HTML block a line inside it.
TEXT_ELEMENTS = frozenset({"description", "summary", "content", "content:encoded", "p", "h1", "h2", "h3", "h4",
                           "h5", "h6", "li", "blockquote", "pre", "div", "figcaption"})
# Out of any post, the feed's own name and blurb: the page's header.
FEED_TEXT = frozenset({"title", "description", "subtitle"})
LIST_ITEM = re.compile(r"^\s*<li[^>]*>", re.I)
# An entry that is a reader's comment, not a post.
REPLY = re.compile(r"<blogger:type>\s*COMMENT\s*</blogger:type>|<thr:in-reply-to\b", re.I)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One ``<item>`` or ``<entry>``: one post, or a reader's comment (Blogger's ``<blogger:type>COMMENT``,
    Atom's ``thr:in-reply-to``)."""

    start: int  # the <entry> line
    end: int  # one past its </entry> line
    title: int | None  # its <title> line
    reply: bool


@dataclass
class FeedLines:
    """The lines as the later stages read them, the ones that are only markup, and (a feed's) its entries:
    a feed says where its posts are, so the template stage need not guess them."""

    texts: list[str]
    markup: set[int] = field(default_factory=set)
    entries: list[FeedEntry] | None = None  # None: the text is no feed


def is_feed_view(lines: list[str]) -> bool:
    """A feed's root element among its first lines, past XML comments (a WordPress export's notes)."""
    shown = [line for line in lines if line.strip() and not XML_COMMENT.match(line)][:FIRST_LINES]
    return any(FEED_ROOT.match(line) for line in shown)


def read_feed_view(lines: list[str]) -> FeedLines:
    """Every line as what it says (see the module's docstring)."""
    found = FeedLines(list(lines), entries=[])
    names = _display_names(lines)
    in_item, pending = False, None  # pending: a field whose value is on the lines below its tag
    start, title, reply = None, None, False  # the entry being read
    for index, raw in enumerate(lines):
        name = _element_name(raw)
        if name is not None and name.lstrip("/") in ITEMS:
            in_item = not name.startswith("/")
            if start is not None:  # its close, or (left open) the next entry's open
                found.entries.append(FeedEntry(start, index + (not in_item), title, reply))
            start, title, reply = (index, None, False) if in_item else (None, None, False)
        elif start is not None:
            title = index if title is None and name == "title" else title
            reply = reply or bool(REPLY.search(raw))
        element = ELEMENT.match(raw) or EMPTY.match(raw)
        if pending is not None and _text_of(raw):
            found.texts[index], pending = pending.format(_text_of(raw)), None  # "<![CDATA[ Ada ]]>" under "<dc:creator>"
        elif element is not None:
            line = _element_line(element, raw, in_item, names)
            found.texts[index] = line if line is not None else raw
            found.markup.update(() if line is not None else (index,))
        elif in_item and name in FIELDS:
            pending = FIELDS[name]
            found.markup.add(index)
        elif (MARKUP.match(raw) and not CDATA.search(raw)) or NOTICE.match(raw.strip()):
            found.markup.add(index)
        elif raw.strip():
            found.texts[index] = _paragraph(raw)
    if start is not None:
        found.entries.append(FeedEntry(start, len(lines), title, reply))
    return found


def _display_names(lines: list[str]) -> dict[str, str]:
    """A WordPress export's authors: each login's display name (its posts name the login, "jane.doe")."""
    names = {}
    for raw in lines:
        login, shown = AUTHOR_LOGIN.search(raw), AUTHOR_NAME.search(raw)
        if login and shown:
            names[_text_of(login[0])] = _text_of(shown[0])
    return names


def _element_line(element: re.Match, raw: str, in_item: bool, names: dict[str, str]) -> str | None:
    """What a one-line element says, or None for markup (a link, an id, an empty field)."""
    key, text = element["name"].lower(), _text_of(raw)
    text = names.get(text, text) if key == "dc:creator" else text
    if in_item and key in FIELDS:
        value = text or (TERM.search(element["attrs"] or "") or {"term": ""})["term"]  # <category term="X"/>
        return FIELDS[key].format(value) if value else None
    if in_item and key in TEXT_ELEMENTS:
        return _paragraph(raw) or None
    return text if not in_item and key in FEED_TEXT and text else None


def _element_name(raw: str) -> str | None:
    match = re.match(r"^\s*<(/?[\w:.-]+)", raw)
    return match[1].lower() if match else None


def _text_of(raw: str) -> str:
    """An element's or a CDATA section's text, unescaped, without tags."""
    element = ELEMENT.match(raw)
    inner = element["text"] if element else raw
    escaped = not CDATA.search(inner)
    inner = CDATA.sub(lambda match: match["text"], inner)
    return " ".join(TAG.sub(" ", _unescaped(inner, escaped)).split())


def _paragraph(raw: str) -> str:
    """A line of a post's HTML as its text: a heading stays a line of its own, a list item a "- " line."""
    unescaped = html.unescape(raw)
    if "&lt;" in raw and not CDATA.search(raw):  # HTML escaped inside the XML: "&lt;p&gt;Don&amp;#39;t"
        text = " ".join(_unescaped(TAG.sub(" ", unescaped)).split())
    else:  # HTML as HTML (in CDATA): its entities are read once
        text = " ".join(html.unescape(TAG.sub(" ", CDATA.sub(lambda match: match["text"], raw))).split())
    return f"- {text}" if LIST_ITEM.match(unescaped) and text else text


def _unescaped(text: str, escaped: bool = True) -> str:
    """Entities decoded, twice where HTML was escaped inside the XML ("Don&amp;#39;t" is "Don't"); once in
    a CDATA section, whose HTML is the HTML (``escaped`` False)."""
    once = html.unescape(text)
    return html.unescape(once) if escaped and "&" in once and once != text else once
