"""``parse_archive``: the pure pipeline from archive bytes to posts.

decode → classify lines → split into posts → find title, date, authors →
render the body. Every line ends up in exactly one post or in ``dropped``.
"""

from __future__ import annotations

import gc
import html
import logging
import re
from datetime import datetime

from . import patterns as P
from .authors import find_authors
from .dates import FoundDate, find_month, parse_date
from .decoding import decode
from .lines import APPEARED, BLANK, DATE, DROP_KINDS, HEADER, PUBLISHED, TEXT, Line, classify_all, title_like
from .markdown_body import render, starts_with_caption
from .model import ArchiveConfig, DroppedLine, ParsedArchive, Post
from .slugs import SlugRegistry
from .splitting import Span, split

log = logging.getLogger(__name__)

# Generated titles: the first sentence, cut to this many words.
GENERATED_TITLE_WORDS = 12
FIRST_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s|$)")
# Archives whose paragraphs are mostly parted by blank lines: there, lines
# not parted by a blank line are list items that lost their markers.
BLANK_SEPARATED_SHARE = 0.5
# Short lines between a title and its first paragraph are image captions when
# the archive's template puts them on most posts (featured images); on one
# post alone they are more likely an inner heading.
MIN_CAPTION_POSTS = 2
CAPTION_POST_SHARE = 0.5


def as_html(text: str) -> str:
    return html.escape(text, quote=False)


def _first_sentence_title(body: list[Line]) -> str:
    for line in body:
        if line.kind == TEXT:
            text = line.stripped
            match = FIRST_SENTENCE.match(text)
            sentence = match.group(1) if match else text
            words = sentence.split()
            if len(words) > GENERATED_TITLE_WORDS:
                return " ".join(words[:GENERATED_TITLE_WORDS]) + "…"
            title = sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
            return title.strip() or "Untitled post"
    return "Untitled post"


def _blank_separated(lines: list[Line]) -> bool:
    texts = [line for line in lines if line.kind == TEXT]
    if not texts:
        return False
    alone = sum(
        1 for line in texts
        if (line.index == 0 or lines[line.index - 1].kind != TEXT)
        and (line.index + 1 == len(lines) or lines[line.index + 1].kind != TEXT)
    )
    return alone / len(texts) >= BLANK_SEPARATED_SHARE


class _Builder:
    """State of one parse: the lines, what was dropped, what was found."""

    def __init__(self, name: str, lines: list[Line], config: ArchiveConfig):
        self.name, self.lines, self.config = name, lines, config
        self.dropped: list[DroppedLine] = []
        self.warnings: list[str] = []
        self.category: str | None = None
        self.source_name: str | None = None
        self.slugs = SlugRegistry()
        self.blank_separated = _blank_separated(lines)
        self.bodies: dict[int, list[Line]] = {}

    def render_bodies(self, posts: list[Post]) -> None:
        """Render every body; lead captions only where the archive's template has them."""
        leads = sum(1 for post in posts if starts_with_caption(self.bodies[post.source_order]))
        captions = leads >= MIN_CAPTION_POSTS and leads / len(posts) >= CAPTION_POST_SHARE
        for post in posts:
            post.body = render(self.bodies[post.source_order], self.blank_separated, captions)

    def drop(self, line: Line, reason: str) -> None:
        self.dropped.append(DroppedLine(line.number, line.text, reason))

    def warn(self, line_number: int, message: str) -> None:
        self.warnings.append(f"{self.name}:{line_number}: {message}")

    def header(self, end: int, first_title: int | None, shape: str) -> None:
        """Lines before the first post: site name, archive header, chrome."""
        first_text_seen = False
        for line in self.lines[:end]:
            if line.kind == HEADER:
                if line.value and not self.category:
                    self.category = line.value
                if line.extra.get("site") and not self.source_name:
                    self.source_name = line.extra["site"]
                self.drop(line, line.reason)
            elif line.kind == BLANK:
                self.drop(line, "blank")
            elif line.kind in DROP_KINDS:
                self.drop(line, line.reason)
            else:
                if not first_text_seen and (line.index == 0 and title_like(line.stripped) or (
                        shape == "single-post" and line.index < (first_title or 0))):
                    self.source_name = self.source_name or line.stripped
                    self.drop(line, "site name")
                else:
                    self.drop(line, "page header")
                first_text_seen = True

    def post(self, span: Span, order: int) -> Post | None:
        lines = self.lines[span.start:span.end]
        title_line = self.lines[span.title] if span.title is not None else None
        subtitle_line = None
        kept: list[Line] = []  # lines that belong to the post
        body: list[Line] = []
        published: list[Line] = []
        appeared: list[Line] = []
        copyright_holder = None
        body_has_text = False
        for line in lines:
            if line.kind in DROP_KINDS:
                self.drop(line, line.reason)
                if line.kind == PUBLISHED:
                    published.append(line)
                elif line.kind == APPEARED:
                    appeared.append(line)
                elif line.kind == HEADER and line.value and not self.category:
                    self.category = line.value
                match = P.COPYRIGHT_HOLDER.search(line.stripped)
                if match:
                    copyright_holder = match["name"]
                continue
            kept.append(line)
            if line is title_line or line.index == span.anchor:
                continue
            if (subtitle_line is None and title_line is not None and not body_has_text
                    and line.kind == TEXT and P.SUBTITLE.match(line.stripped)):
                subtitle_line = line
                continue
            body.append(line)
            body_has_text = body_has_text or line.kind == TEXT
        has_words = any(line.kind in (TEXT, DATE) and any(ch.isalpha() for ch in line.text) for line in body)
        if not has_words and title_line is None:
            for line in kept:
                self.drop(line, "no post text")
            if any(line.kind != BLANK for line in kept):
                self.warn(kept[0].number, "text with no recognisable post, dropped")
            return None

        review: list[str] = []
        if title_line is not None:
            title = title_line.stripped
        else:
            title = _first_sentence_title(body)
            review.append("title generated from first sentence")
        if order in self.config.titles:
            title = self.config.titles[order]
            review = [r for r in review if not r.startswith("title generated")]

        date, date_source = self._date(span, published, subtitle_line, order)
        appeared_source = appeared[0].value if appeared else None
        bylines = [line for line in published if line.value]
        authorship = find_authors(body, fallbacks=[
            (f"published line {bylines[0].number}" if bylines else "", bylines[0].value if bylines else None),
            ("configured author", self.config.author),
            ("copyright line", copyright_holder),
            (f"feed footer line {appeared[0].number}" if appeared else "", appeared_source),
        ])
        if appeared and appeared[0].extra["title"] != title and title_line is not None:
            self.warn(appeared[0].number, f"feed footer names the post {appeared[0].extra['title']!r}")
        body_lines = [line for line in body if line.index not in authorship.lifted]
        self.bodies[order] = body_lines
        source_name = self.config.source_name or self.source_name or appeared_source

        # Pelican treats these fields as HTML (templates print them raw, plain-text
        # uses strip tags and unescape), so text is escaped to show as written.
        meta: dict[str, str] = {"title": as_html(title), "slug": self.slugs.unique(title)}
        if date is not None:
            meta["date"] = date.iso()
        meta["date_precision"] = date.precision if date else "unknown"
        meta["date_source"] = date_source
        if self.config.timezone and date is not None:
            meta["timezone"] = self.config.timezone
        if len(authorship.authors) == 1:
            meta["author"] = authorship.authors[0]
        elif authorship.authors:
            meta["authors"] = ", ".join(authorship.authors)
        if authorship.bio:
            meta["author_bio"] = as_html(authorship.bio)
        category = self.config.category or self.category or self.config.default_category
        if category:
            meta["category"] = category
        if subtitle_line is not None:
            meta["subtitle"] = as_html(subtitle_line.stripped)
        if source_name:
            meta["source_name"] = source_name
        if self.config.source_url:
            meta["source_url"] = self.config.source_url
        meta["source_archive"] = self.name
        meta["source_order"] = str(order)
        if review:
            meta["review"] = "; ".join(review)
        return Post(
            title=title, slug=meta["slug"], date=date.value if date else None,
            date_precision=meta["date_precision"], date_source=date_source,
            authors=authorship.authors, metadata=meta, body="",
            lines=[line.number for line in kept], source_order=order,
        )

    def _date(self, span: Span, published: list[Line], subtitle: Line | None,
              order: int) -> tuple[FoundDate | None, str]:
        if order in self.config.dates:
            found = parse_date(self.config.dates[order])
            if found:
                return found, "archives.toml"
            self.warn(1, f"archives.toml: cannot read date {self.config.dates[order]!r} for post {order}")
        candidates: list[tuple[FoundDate, str]] = []
        for line in published:
            candidates.append((line.date, f"published line {line.number}"))
        if span.anchor is not None:
            anchor = self.lines[span.anchor]
            candidates.append((anchor.date, f"date line {anchor.number}"))
        if subtitle is not None:
            found = find_month(subtitle.stripped)
            if found:
                candidates.append((found, f"subtitle line {subtitle.number}"))
        if not candidates:
            return None, "none"
        rank = {"minute": 0, "day": 1, "month": 2, "year": 3}
        best = min(candidates, key=lambda c: rank[c[0].precision])  # first of the most precise
        return best


def parse_archive(data: bytes, name: str, config: ArchiveConfig | None = None) -> ParsedArchive:
    """Split one archive into posts. Pure (no I/O) and never raises."""
    # The parse allocates a few objects per line and frees none until the end:
    # cyclic GC passes over them make big archives quadratic, so pause it.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _parse_safely(data, name, config or ArchiveConfig())
    finally:
        if paused:
            gc.enable()


def _parse_safely(data: bytes, name: str, config: ArchiveConfig) -> ParsedArchive:
    decoded = decode(data)
    count = len(decoded.lines)
    try:
        return _parse(decoded, name, config)
    except Exception as error:  # a bug must not stop the site: keep every line, say so
        log.exception("archive_import: %s:1: importer failed", name)
        dropped = [DroppedLine(n + 1, text, "importer error") for n, text in enumerate(decoded.lines)]
        return ParsedArchive(name, "error", [], dropped, [f"{name}:1: importer error: {error!r}"], count)


def _parse(decoded, name: str, config: ArchiveConfig) -> ParsedArchive:
    count = len(decoded.lines)
    if decoded.binary:
        dropped = [DroppedLine(n + 1, "", "binary file") for n in range(count)]
        return ParsedArchive(name, "binary", [], dropped, [f"{name}:1: binary file, not imported"], count)
    extra = []
    warnings = [f"{name}:{note.split(':', 1)[0].split()[-1]}: {note.split(': ', 1)[1]}" for note in decoded.notes]
    for pattern in config.chrome:
        try:
            extra.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            warnings.append(f"{name}:1: archives.toml: bad chrome pattern {pattern!r}: {error}")
    lines = classify_all(decoded.lines, extra)
    if not any(line.kind != BLANK for line in lines):
        dropped = [DroppedLine(line.number, line.text, "blank") for line in lines]
        return ParsedArchive(name, "empty", [], dropped, warnings + [f"{name}:1: empty archive, no posts"], count)
    layout = split(lines)
    builder = _Builder(name, lines, config)
    builder.warnings.extend(warnings)
    first = layout.spans[0] if layout.spans else None
    builder.header(first.start if first else len(lines), first.title if first else None, layout.shape)
    posts: list[Post] = []
    for span in layout.spans:
        post = builder.post(span, len(posts) + 1)
        if post is not None:
            posts.append(post)
    if not posts:
        builder.warn(1, "no recognisable post")
    else:
        builder.render_bodies(posts)
    builder.dropped.sort(key=lambda d: d.line)
    shape = layout.shape
    if shape == "undated-stream" and any(post.date is not None for post in posts):
        shape = "title-stream"  # titles found by shape; dates came from "Posted on" lines
    return ParsedArchive(name, shape if posts else "no-posts", posts, builder.dropped,
                         builder.warnings, count, builder.config.source_name or builder.source_name)
