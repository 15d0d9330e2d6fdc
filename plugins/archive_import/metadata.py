"""Stage 6: one ``Post`` from its parts and fields: front matter, lifted lines, dropped lines.

Pelican treats title-like metadata as HTML (templates print it raw), so
every text taken from an archive is escaped here to show as written.
"""

from __future__ import annotations

import html
import re
import unicodedata

from . import patterns as P
from .authors import find_authors
from .dates import parse_date
from .header_blocks import HeaderBlock
from .fields import Fields
from .lines import Line
from .model import ArchiveConfig, DroppedLine, Post
from .names import usual_case
from .posts import PostParts
from .slugs import SlugRegistry

# Generated titles: the first sentence, cut to this many words.
GENERATED_TITLE_WORDS = 12
FIRST_SENTENCE = re.compile(r"^(.+?[.!?…])(?=\s|$)")
# A mail client's subject field taken as the title keeps no label: "Subject: X", Thunderbird's "Subject<TAB>X".
SUBJECT_LABEL = re.compile(r"^subject(?::\s*|\t\s*)", re.I)
# Only http(s) addresses become links.
WEB_URL = re.compile(r"^https?://\S+$", re.I)


def as_html(text: str) -> str:
    return html.escape(text, quote=True)


def _reaction_tally(text: str) -> bool:
    """Emoji and a count, no word ("👍❤️ 212"); a year alone ("2023") may title a post."""
    return not any(char.isalpha() for char in text) and any(unicodedata.category(char) == "So" for char in text)


def first_sentence_title(body: list[Line]) -> str:
    for line in body:
        if line.is_text:
            text = line.stripped
            match = FIRST_SENTENCE.match(text)
            sentence = match.group(1) if match else text
            words = sentence.split()
            if len(words) > GENERATED_TITLE_WORDS:
                return " ".join(words[:GENERATED_TITLE_WORDS]) + "…"
            title = sentence[:-1] if sentence.endswith(".") and not sentence.endswith("..") else sentence
            return title.strip() or "Untitled post"
    return "Untitled post"


def _drop_parts(part: PostParts, dropped: list[DroppedLine]) -> None:
    for line in part.fields:
        reason = line.cue.kind.replace("_", " ") if line.cue is not None else (
            line.chrome or ("date line" if line.date is not None else "recurring page furniture"
                            if line.recurring else "header or byline"))
        dropped.append(DroppedLine(line.number, line.text, reason))
    for line in part.comments:
        dropped.append(DroppedLine(line.number, line.text, "comment"))
    for line in part.echoes:
        dropped.append(DroppedLine(line.number, line.text, "repeated title"))


def _authors(part: PostParts, found: Fields, config: ArchiveConfig, body: list[Line]):
    copyright_holder = None
    for line in part.fields:
        match = P.COPYRIGHT_HOLDER.search(line.stripped)
        if match:
            copyright_holder = match["name"]
    fallbacks = [(found.author_source, list(found.authors)),
                 ("configured author", [config.author]), ("copyright line", [copyright_holder]),
                 ("feed footer", [found.source_name]), ("the blog's owner", [found.owner])]
    authorship = find_authors(body, fallbacks=fallbacks)
    authorship.authors = [usual_case(author) for author in authorship.authors]
    return authorship


def build_post(part: PostParts, found: Fields, email: HeaderBlock | None, config: ArchiveConfig, order: int,
               name: str, site: str | None, slugs: SlugRegistry, warnings: list[str],
               dropped: list[DroppedLine]) -> tuple[Post, list[Line]] | None:
    """The post, with the body lines it keeps; None (lines dropped) when it holds no words."""
    _drop_parts(part, dropped)
    has_words = any(line.is_text and any(ch.isalpha() for ch in line.text) for line in part.body)
    if not has_words:
        for line in [part.title, part.subtitle, *part.body]:
            if line is not None and not line.blank:
                dropped.append(DroppedLine(line.number, line.text, "no post text"))
        if part.title is not None:
            warnings.append(f"{name}:{part.title.number}: title with no post text, dropped")
        return None
    review: list[str] = []
    if part.title is not None and _reaction_tally(part.title.stripped):
        # The title slot holds no word ("👍❤️ 212": the reactions closing the post above): no title.
        dropped.append(DroppedLine(part.title.number, part.title.text, "no words in the title slot"))
        part.title = None
    if email is not None and email.title and part.title is None:  # the e-mail's own headline wins
        title = email.title
    elif part.title is not None:
        title = P.LIST_TAG.sub("", P.LINK_DOMAIN.sub("", P.RANK_CELL.sub("", SUBJECT_LABEL.sub("", P.TYPING_CURSOR.sub(
            "", part.title.stripped))))) or part.title.stripped
    else:
        title = first_sentence_title(part.body)
        review.append("title generated from first sentence")
    if order in config.titles:
        title = config.titles[order]
        review = []
    if order in config.dates:
        corrected = parse_date(config.dates[order])
        if corrected is not None and corrected.value is not None:
            found.date, found.date_source = corrected, "archives.toml"
        else:
            warnings.append(f"{name}:1: archives.toml: cannot read date {config.dates[order]!r} for post {order}")
    authorship = _authors(part, found, config, part.body)
    body = [line for line in part.body if line.index not in authorship.lifted]
    if found.syndicated_title and found.syndicated_title != title and part.title is not None:
        warnings.append(f"{name}:{part.title.number}: feed footer names the post {found.syndicated_title!r}")
    meta = _front_matter(title, found, authorship, part, config, order, name, site, slugs)
    if review:
        meta["review"] = "; ".join(review)
    post = Post(title=title, slug=meta["slug"], date=found.date.value if found.date else None,
                date_precision=meta["date_precision"], date_source=found.date_source,
                authors=authorship.authors, metadata=meta, body="",
                lines=part.numbers or [body[0].number], source_order=order)
    return post, body


def _front_matter(title, found: Fields, authorship, part: PostParts, config: ArchiveConfig, order: int,
                  name: str, site: str | None, slugs: SlugRegistry) -> dict[str, str]:
    meta: dict[str, str] = {"title": as_html(title), "slug": slugs.unique(title)}
    dated = found.date is not None and found.date.value is not None
    if dated:
        meta["date"] = found.date.iso()
    meta["date_precision"] = found.date.precision if dated else "unknown"
    meta["date_source"] = found.date_source
    if config.timezone and dated:
        meta["timezone"] = config.timezone
    # Names (authors, category, tags, source) are plain text to Pelican: the
    # theme escapes them where it prints them. Titles and bios are HTML.
    if len(authorship.authors) == 1:
        meta["author"] = authorship.authors[0]
    elif authorship.authors:
        meta["authors"] = ", ".join(author.replace(",", " ") for author in authorship.authors)
    if authorship.bio:
        meta["author_bio"] = as_html(authorship.bio)
    category = config.category or found.category or config.default_category
    if category:
        meta["category"] = category
    if found.tags:
        meta["tags"] = ", ".join(tag.replace(",", " ") for tag in found.tags)
    if part.subtitle is not None:
        meta["subtitle"] = as_html(part.subtitle.stripped)
    source_name = config.source_name or site or found.source_name
    if source_name:
        meta["source_name"] = source_name
    url = found.source_url or config.source_url
    if url and WEB_URL.match(url):
        meta["source_url"] = url
    meta["source_archive"] = name
    meta["source_order"] = str(order)
    if found.excerpt:
        meta["excerpt"] = "true"
    return meta
