"""Stage 4: turn a post's body lines into Markdown that shows the same text.

Paragraphs stay paragraphs, bullets and unmarked line groups become lists,
numbered items ordered lists (with their answers nested), short standalone
lines before prose inner headings, lone alt-text lines italic captions, and
whole-line quotations block quotes. Everything that merely looks like
Markdown or HTML is escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .lines import BLANK, Line, title_like

# A quoted paragraph: opens and closes with quotation marks, long enough to
# be a quotation rather than a spoken phrase.
QUOTE = re.compile(r"^[“\"].*[”\"][.!?]?$")
MIN_QUOTE_CHARS = 60
# Alt text or captions left by images: a few words, no sentence punctuation.
MAX_CAPTION_WORDS = 12
HEADING = "##"
# Inner headings name a section: no question, no exclamation, no quotation.
HEADING_TEXT = re.compile(r"^[^“‘\"'][^?!]*[\w®™)”]$")
# A source line under a quotation: "Buddhist Tale*", "— Seneca".
ATTRIBUTION = re.compile(r"^(?:[—–]\s*\S.{0,60}|[^.!?]{2,60}\*)$")
MAX_QUOTE_PARAGRAPHS = 4

_INLINE = re.compile(r"([\\`*_\[\]{}|])")
_LINE_START = [
    (re.compile(r"^(\s*)([#+\-!>])"), r"\1\\\2"),
    (re.compile(r"^(\s*\d+)([.)])(\s)"), r"\1\\\2\3"),
    (re.compile(r"^(\s*):"), r"\1&#58;"),
    (re.compile(r"^(\s*)="), r"\1&#61;"),
    (re.compile(r"^(\s*)~"), r"\1&#126;"),  # "~~~" opens a fenced code block
]

_START_CHARS = set("#+-!>:=~0123456789")


def escape(text: str) -> str:
    """Markdown that renders exactly as ``text`` reads."""
    text = text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(r"\\\1", text)
    if text[:1] in _START_CHARS:
        for pattern, replacement in _LINE_START:
            text = pattern.sub(replacement, text, count=1)
    return text


@dataclass
class Block:
    kind: str  # para | bullets | items | numbered
    lines: list[Line]

    @property
    def text(self) -> str:
        return self.lines[0].stripped


def _item_text(line: Line) -> str:
    text = line.stripped
    match = P.BULLET.match(text)
    return match["text"] if match else text


def group_blocks(lines: list[Line], blank_separated: bool) -> list[Block]:
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.kind == BLANK:
            if current:
                groups.append(current)
            current = []
        else:
            current.append(line)
    if current:
        groups.append(current)
    blocks: list[Block] = []
    for group in groups:
        bullets = [bool(P.BULLET.match(line.stripped)) for line in group]
        if all(bullets):
            blocks.append(Block("bullets", group))
        elif len(group) == 1:
            kind = "numbered" if P.NUMBERED.match(group[0].stripped) else "para"
            blocks.append(Block(kind, group))
        elif blank_separated:
            # Lines not parted by blank lines where paragraphs are: list items
            # whose markers were lost when the page was copied.
            blocks.append(Block("items", group))
        else:
            blocks.extend(Block("para", [line]) for line in group)
    return blocks


def _is_prose(block: Block | None) -> bool:
    if block is None:
        return False
    return block.kind != "para" or not title_like(block.text) or bool(P.SALUTATION.match(block.text))


def _caption_like(text: str) -> bool:
    return title_like(text) and (text[-1].isalnum() or text[-1] in "®™)")


def starts_with_caption(lines: list[Line]) -> bool:
    """Does this body open with a caption-like line before any prose?"""
    first = next((line for line in lines if line.kind != BLANK), None)
    return first is not None and _caption_like(first.stripped)


def _para_markdown(block: Block, nxt: Block | None, lead: bool) -> str:
    text = block.text
    words = text.split()
    if title_like(text) and not P.SALUTATION.match(text):
        if lead and _caption_like(text):
            return f"*{escape(text)}*"
        if HEADING_TEXT.match(text) and nxt is not None and _is_prose(nxt):
            return f"{HEADING} {escape(text)}"
    if text[:1].islower() and len(words) <= MAX_CAPTION_WORDS and text[-1].isalnum():
        return f"*{escape(text)}*"
    if len(text) >= MIN_QUOTE_CHARS and QUOTE.match(text):
        return f"> {escape(text)}"
    return escape(text)


def _quote_back(out: list[str], attribution: str) -> None:
    """Quote the plain paragraphs an attribution line closes."""
    start = len(out)
    while start > 0 and len(out) - start < MAX_QUOTE_PARAGRAPHS:
        previous = out[start - 1]
        if previous[:1] in "#*->" or previous[:1].isdigit():
            break
        start -= 1
    if start == len(out):
        out.append(attribution)
        return
    quoted = [*out[start:], attribution]
    del out[start:]
    out.append("\n>\n".join("> " + paragraph for paragraph in quoted))


def render(lines: list[Line], blank_separated: bool, lead_captions: bool = False) -> str:
    blocks = group_blocks(lines, blank_separated)
    out: list[str] = []
    lead = lead_captions
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "para" and ATTRIBUTION.match(block.text) and len(block.text.split()) <= 6:
            _quote_back(out, escape(block.text))
        elif block.kind == "para":
            out.append(_para_markdown(block, nxt, lead))
            if not title_like(block.text):
                lead = False
        elif block.kind == "numbered":
            match = P.NUMBERED.match(block.text)
            item = f"{match['number']}. {escape(match['text'])}"
            # Unmarked items right after a numbered line are its answers.
            while nxt is not None and nxt.kind in ("items", "bullets"):
                item += "\n\n" + "\n".join(f"    - {escape(_item_text(line))}" for line in nxt.lines)
                i += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            out.append(item)
            lead = False
        elif all(P.NUMBERED.match(line.stripped) for line in block.lines):
            out.append("\n".join(
                f"{m['number']}. {escape(m['text'])}" for m in (P.NUMBERED.match(line.stripped) for line in block.lines)))
        else:
            out.append("\n".join(f"- {escape(_item_text(line))}" for line in block.lines))
            lead = False
        i += 1
    return "\n\n".join(out) + "\n" if out else ""
