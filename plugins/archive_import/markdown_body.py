"""Stage 4: turn a post's body lines into Markdown that shows the same text.

Paragraphs stay paragraphs, bullets and unmarked line groups become lists,
numbered items ordered lists (with their answers nested), short standalone
lines before prose inner headings, lone alt-text lines italic captions,
whole-line quotations block quotes, and indented runs (``preformatted``) fenced
code blocks that keep their indentation. Everything that merely looks like
Markdown or HTML is escaped.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from . import patterns as P
from .lines import Line
from .preformatted import preformatted
from .title_shape import title_like
from .model import ArchiveConfig, Post

# A quoted paragraph: opens and closes with quotation marks, long enough to
# be a quotation rather than a spoken phrase.
QUOTE = re.compile(r"^[“\"].*[”\"][.!?]?$")
MIN_QUOTE_CHARS = 60
# Alt text or captions left by images: a few words, no sentence punctuation.
MAX_CAPTION_WORDS = 12
HEADING = "##"
# Inner headings name a section: no question, no exclamation, no quotation.
HEADING_TEXT = re.compile(r"^[^“‘\"'][^?!]*[\w®™)”]$")
# A source line under a quotation: "— Seneca". An archive's own way of
# marking one goes in archives.toml (``attributions``).
ATTRIBUTION = re.compile(r"^[—–]\s*\S.{0,60}$")
ATTRIBUTION_DASHES = ("—", "–")
MAX_QUOTE_PARAGRAPHS = 4
MAX_ATTRIBUTION_WORDS = 6
MIN_LIST_ITEMS = 2  # bulleted lines inside a paragraph group make a list from two on  # a source's name, not a sentence

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
    kind: str  # para | bullets | items | numbered | code
    lines: list[Line]

    @property
    def text(self) -> str:
        return self.lines[0].stripped


def _item_text(line: Line) -> str:
    text = line.stripped
    match = P.BULLET.match(text)
    return match["text"] if match else text


def group_blocks(lines: list[Line], blank_separated: bool) -> list[Block]:
    code = {lines[i].index for i in preformatted(lines)}
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        # A blank line ends a group, and so does the edge of a code block ("Here is the export:" over it).
        if line.blank or current and (line.index in code) != (current[-1].index in code):
            if current:
                groups.append(current)
            current = []
        if not line.blank:
            current.append(line)
    if current:
        groups.append(current)
    blocks: list[Block] = []
    for whole in groups:
        blocks.extend([Block("code", whole)] if whole[0].index in code else _group_blocks(whole, blank_separated))
    return blocks


def _code_markdown(block: Block) -> str:
    """A fenced block with the lines' shared indentation taken off and the rest kept as copied."""
    texts = [line.text.rstrip() for line in block.lines]
    shared = len(os.path.commonprefix([text[:len(text) - len(text.lstrip())] for text in texts]))
    # A fence longer than any run of backticks inside, so no copied line can close it.
    fence = "`" * max(3, 1 + max(len(run) for text in texts for run in re.findall("`*", text)))
    return "\n".join([fence, *(text[shared:] for text in texts), fence])


def _bullet_runs(group: list[Line]) -> list[list[Line]]:
    """A group cut where bulleted lines start and stop: "Three things:" / "- a" / "- b" / "That is all."."""
    runs: list[list[Line]] = []
    for line in group:
        bullet = bool(P.BULLET.match(line.stripped))
        if runs and bool(P.BULLET.match(runs[-1][0].stripped)) == bullet:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _group_blocks(group: list[Line], blank_separated: bool) -> list[Block]:
    runs = _bullet_runs(group)
    if len(runs) > 1 and any(len(run) >= MIN_LIST_ITEMS and P.BULLET.match(run[0].stripped) for run in runs):
        # A list inside a group of paragraphs: each run on its own (one starred line is a sentence).
        return [block for run in runs for block in _group_blocks(run, blank_separated)]
    if P.BULLET.match(group[0].stripped):
        return [Block("bullets", group)]
    if len(group) == 1:
        return [Block("numbered" if P.NUMBERED.match(group[0].stripped) else "para", group)]
    if blank_separated:
        # Lines not parted by blank lines where paragraphs are: list items
        # whose markers were lost when the page was copied.
        return [Block("items", group)]
    return [Block("para", [line]) for line in group]


def _is_prose(block: Block | None) -> bool:
    if block is None:
        return False
    return block.kind != "para" or not title_like(block.text) or bool(P.SALUTATION.match(block.text))


def _caption_like(text: str) -> bool:
    return title_like(text) and (text[-1].isalnum() or text[-1] in "®™)")


def starts_with_caption(lines: list[Line]) -> bool:
    """Does this body open with a caption-like line before any prose?"""
    first = next((line for line in lines if not line.blank), None)
    return first is not None and _caption_like(first.stripped)


def _para_markdown(block: Block, nxt: Block | None, lead: bool) -> str:
    text = block.text
    if title_like(text) and not P.SALUTATION.match(text):
        if lead and _caption_like(text):
            return f"*{escape(text)}*"
        if HEADING_TEXT.match(text) and nxt is not None and _is_prose(nxt):
            return f"{HEADING} {escape(text)}"
    if text[:1].islower() and len(text.split()) <= MAX_CAPTION_WORDS and text[-1].isalnum():
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


def _attribution(text: str, extra: tuple[re.Pattern, ...]) -> bool:
    if not extra and not text.startswith(ATTRIBUTION_DASHES):
        return False  # (what ATTRIBUTION opens with: no need to count a paragraph's words)
    if len(text.split()) > MAX_ATTRIBUTION_WORDS:
        return False
    return bool(ATTRIBUTION.match(text)) or any(pattern.search(text) for pattern in extra)


def render(lines: list[Line], blank_separated: bool, lead_captions: bool = False,
           attributions: tuple[re.Pattern, ...] = ()) -> str:
    blocks = group_blocks(lines, blank_separated)
    out: list[str] = []
    lead = lead_captions
    i = 0
    while i < len(blocks):
        block = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "para" and _attribution(block.text, attributions):
            _quote_back(out, escape(block.text))
        elif block.kind == "para":
            out.append(_para_markdown(block, nxt, lead))
            if not title_like(block.text):
                lead = False
        elif block.kind == "code":
            out.append(_code_markdown(block))
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


# Archives whose paragraphs are mostly parted by blank lines: there, lines
# not parted by a blank line are list items that lost their markers.
BLANK_SEPARATED_SHARE = 0.5
# Short lines between a title and its first paragraph are image captions when
# the archive's template puts them on most posts (featured images); on one
# post alone they are more likely an inner heading.
MIN_CAPTION_POSTS = 2
CAPTION_POST_SHARE = 0.5


def blank_separated(lines: list[Line]) -> bool:
    texts = [line for line in lines if line.is_text]
    if not texts:
        return False
    alone = sum(1 for line in texts if line.standalone)
    return alone / len(texts) >= BLANK_SEPARATED_SHARE


def render_posts(posts: list[Post], bodies: list[list[Line]], lines: list[Line], config: ArchiveConfig) -> None:
    """Render every post's body; lead captions only where the archive's template has them."""
    if not posts:
        return
    separated = blank_separated(lines)
    leads = sum(1 for body in bodies if starts_with_caption(body))
    captions = leads >= MIN_CAPTION_POSTS and leads / len(posts) >= CAPTION_POST_SHARE
    extra = []
    for pattern in config.attributions:
        try:
            extra.append(re.compile(pattern))
        except re.error:
            continue  # reported by settings
    for post, body in zip(posts, bodies):
        post.body = render(body, separated, captions, tuple(extra))
