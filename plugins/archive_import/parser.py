"""``parse_archive``: the pure pipeline from archive bytes to posts.

decode → lines → template (+ comment threads) → posts → fields → body.
Data flows one way; every line ends up in exactly one post or in
``dropped``. Nothing here does I/O.
"""

from __future__ import annotations

import gc
from dataclasses import replace
import logging
import re
from datetime import date

from .boilerplate import strip_shared_edges
from .decoding import decode
from .feed_view import FeedLines, is_feed_view, read_feed_view
from .json_view import is_json_view, read_json_view
from .day_headers import day_headers
from .header_blocks import HeaderBlock
from . import patterns as P
from .comments import find_threads
from .text_dates import numeric_order
from .captures import mark_capture_toolbar, mark_print_margins
from .lines import Line, read_lines
from .locales import Glossary, detect_language, glossary
from .markdown_body import render_posts
from .metadata import build_post
from .names import names_in
from .model import ArchiveConfig, DroppedLine, ParsedArchive, Post
from .fields import ArchiveContext, post_fields
from .card_terms import mark_card_terms
from .contents import mark_contents
from .forum import mark_posters
from .authors import signer_in_full
from .mail_view import letter_writer
from .owners import page_owner
from .induction import read_template
from .posts import deal
from .slugs import SlugRegistry
from .structure import Record
from .neighbours import next_filled

log = logging.getLogger(__name__)

# Below this confidence ``make import`` warns and names the lines to check.
LOW_CONFIDENCE = 0.6
MAX_UNSURE_SHOWN = 10
# A newsletter's headline has a few words; a one-word line over the greeting is a label.
MIN_HEADLINE_WORDS = 3
# The page's own header ("Jane Doe's Blog") sits in its first lines ...
OWNER_SEARCH_LINES = 30
def page_category(lines: list[Line], first_title: int) -> str | None:
    """The category a listing page is about: its "Category Archives: X" header, or a "Category: X" above every post."""
    named = [line for line in lines if line.chrome == "archive header" and P.category_header(line.stripped)]
    if named:
        return P.category_header(named[0].stripped)
    for line in lines[:first_title]:
        if line.cue is not None and line.cue.role == "taxonomy" and line.cue.category:
            return line.cue.category
    return None


def _drop_subject_echo(part, email: HeaderBlock) -> bool:
    """The newsletter repeats its Subject as a heading: the title, shown once. True when it does."""
    subject = " ".join((email.title or "").split()).casefold()
    for line in part.body:
        if line.is_text and subject and " ".join(line.stripped.split()).casefold() == subject:
            part.body.remove(line)
            part.echoes.append(line)
            return True
    return False


def _take_headline(part, lines: list[Line]) -> None:
    """A newsletter's own headline over its greeting or first paragraph ("We'll call you back within the
    hour" under "View this email in your browser") is its title; the Subject is the e-mail's."""
    leading: list[Line] = []
    body = [line for line in part.body if not line.blank]
    preheader = bool(body) and body[0].prose  # the inbox's preview line, over the headline and greeting
    for line in body[1:] if preheader else body:
        if line.prose or line.stripped.endswith(",") or not line.is_text:
            if preheader and not line.stripped.endswith(","):
                leading = []  # past a preview line, only a headline right over the greeting counts
            break
        leading.append(line)
    if leading and _over_banner(lines, leading[-1]):
        leading = []  # the letter's name and tagline over its issue banner: its masthead, no headline
    if leading and _signed(leading[-1]):  # "Niamh Gallagher, Head of Support" under the headline: its byline
        part.body.remove(leading[-1])
        part.fields.append(leading.pop())
        part.fields.sort(key=lambda line: line.index)
    if leading and leading[-1].title_like and len(leading[-1].stripped.split()) >= MIN_HEADLINE_WORDS \
            and part.title is None and len(leading) < len(part.body):
        part.title = leading[-1]
        part.body.remove(leading[-1])


def _over_banner(lines: list[Line], line: Line) -> bool:
    below = next_filled(lines, line.index)
    return below is not None and below.chrome == "issue banner"


def _signed(line: Line) -> bool:
    """A writer's name and role on one line: "Jane Doe, Head of Support"."""
    name, _, role = line.stripped.partition(", ")
    return bool(role) and bool(names_in(name)) and P.JOB_LINE.match(role) is not None


def _context(lines: list[Line], config: ArchiveConfig, records: list[Record]) -> ArchiveContext:
    texts = [line.cue.date_text if line.cue is not None and line.cue.date_text else line.stripped
             for line in lines if line.date is not None or (line.cue is not None and line.cue.date_text)]
    captured = None
    if config.captured:
        try:
            captured = date.fromisoformat(str(config.captured))
        except ValueError:
            captured = None
    context = ArchiveContext(numeric_order(texts), captured)
    first_title = next((record.title for record in records if record.title is not None), len(lines))
    context.owner = page_owner(lines[:min(OWNER_SEARCH_LINES, first_title)], lines) or (
        signer_in_full(lines) or letter_writer(lines) if len(records) == 1 else None)  # a letter is its signer's
    context.category = page_category(lines, records[0].title if records and records[0].title is not None
                                     else records[0].start if records else len(lines))
    context.day_headers = day_headers(lines, len(records), captured)
    context.labels = frozenset(line.stripped for line in lines if not line.blank and " " not in line.stripped
                               and line.stripped[:1].isupper() and line.stripped.isalpha())
    return context


def _chrome_patterns(config: ArchiveConfig, warnings: list[str], name: str) -> list[re.Pattern]:
    patterns = []
    for pattern in config.chrome:
        try:
            patterns.append(re.compile(pattern, re.IGNORECASE))
        except re.error as error:
            warnings.append(f"{name}:1: archives.toml: bad chrome pattern {pattern!r}: {error}")
    return patterns


def _glossary(config: ArchiveConfig, texts: list[str], warnings: list[str], name: str) -> Glossary | None:
    """The page's language's glossary: the one ``archives.toml`` names, else the one its text is in."""
    if config.language is None:
        language = detect_language(texts)
        return glossary(language) if language else None
    if config.language != "en" and glossary(config.language) is None:
        warnings.append(f"{name}:1: archives.toml: unknown language {config.language!r}; read as English")
    return glossary(config.language)


def _read_lines(decoded: list[str], config: ArchiveConfig, warnings: list[str],
                name: str) -> tuple[FeedLines, list[Line]]:
    """Each line's facts. A feed copied as its XML, or an export as its JSON, is read line for line as what
    each line says, its markup as chrome; any other text as it is."""
    feed = read_feed_view(decoded) if is_feed_view(decoded) else read_json_view(decoded) if is_json_view(decoded) \
        else FeedLines(decoded)
    lines = read_lines(feed.texts, _chrome_patterns(config, warnings, name),
                       _glossary(config, feed.texts, warnings, name))
    for index in feed.markup:
        line = lines[index]
        line.chrome, line.fixed, line.title_like, line.prose = "feed markup", True, False, False
    return feed, lines


def _parse(data: bytes, name: str, config: ArchiveConfig) -> ParsedArchive:
    decoded = decode(data)
    count = len(decoded.lines)
    if decoded.binary:
        dropped = [DroppedLine(n + 1, "", "binary file") for n in range(count)]
        return ParsedArchive(name, "binary", [], dropped, [f"{name}:1: binary file, not imported"], count)
    warnings = [f"{name}:{note.split(':', 1)[0].split()[-1]}: {note.split(': ', 1)[1]}" for note in decoded.notes]
    feed_lines, lines = _read_lines(decoded.lines, config, warnings, name)
    capture_day = mark_capture_toolbar(lines)
    mark_print_margins(lines)
    if capture_day is not None and not config.captured:
        config = replace(config, captured=capture_day.isoformat())  # relative dates count from the capture
    mark_posters(lines)
    mark_contents(lines)
    mark_card_terms(lines)
    if all(line.blank for line in lines):
        dropped = [DroppedLine(line.number, line.text, "blank") for line in lines]
        return ParsedArchive(name, "empty", [], dropped, warnings + [f"{name}:1: empty archive, no posts"], count)
    threads = find_threads(lines)
    template, emails, threads = read_template(feed_lines, lines, threads)
    parts, furniture = deal(lines, template.records, threads)
    strip_shared_edges(lines, parts, furniture)
    for record, part in zip(template.records, parts):
        if record.start in emails:
            if not _drop_subject_echo(part, emails[record.start]):
                _take_headline(part, lines)  # the Subject is not repeated: the e-mail's own headline is its title
    context = _context(lines, config, template.records)
    dropped = [DroppedLine(item.line.number, item.line.text, item.reason) for item in furniture]
    posts: list[Post] = []
    bodies = []
    slugs = SlugRegistry()
    site = next((P.site_name_of(line.stripped) for line in lines if line.chrome == "site header"), None) \
        or next((item.line.stripped for item in furniture if item.reason == "site name"), None)
    for record, part in zip(template.records, parts):
        email = emails.get(record.start)
        found = post_fields(part, context, email)
        built = build_post(part, found, email, config, len(posts) + 1, name, site, slugs, warnings, dropped)
        if built is not None:
            posts.append(built[0])
            bodies.append(built[1])
    if not posts:
        warnings.append(f"{name}:1: no recognisable post")
    render_posts(posts, bodies, lines, config)
    if template.confidence < LOW_CONFIDENCE and posts:
        shown = ", ".join(str(n) for n in template.unsure[:MAX_UNSURE_SHOWN]) or "every title"
        warnings.append(f"{name}:1: unsure of this archive's template ({template.kind}, "
                        f"confidence {template.confidence:.2f}); check {shown}")
    placed = {number for post in posts for number in post.lines} | {item.line for item in dropped}
    dropped.extend(DroppedLine(line.number, line.text, "blank") for line in lines if line.number not in placed)
    dropped.sort(key=lambda item: item.line)
    return ParsedArchive(name, template.kind if posts else "no-posts", posts, dropped, warnings, count,
                         config.source_name or site, confidence=round(template.confidence, 2),
                         template=", ".join(template.shapes), unsure=template.unsure,
                         comments=sum(thread.comments for thread in threads))


def parse_archive(data: bytes, name: str, config: ArchiveConfig | None = None) -> ParsedArchive:
    """Split one archive into posts. Pure (no I/O) and never raises."""
    # The parse allocates a few objects per line and frees none until the end:
    # cyclic GC passes over them make big archives quadratic, so pause it.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _parse(data, name, config or ArchiveConfig())
    except Exception as error:  # a bug must not stop the site: keep every line, say so
        log.exception("archive_import: %s:1: importer failed", name)
        texts = decode(data).lines
        dropped = [DroppedLine(n + 1, text, "importer error") for n, text in enumerate(texts)]
        return ParsedArchive(name, "error", [], dropped, [f"{name}:1: importer error: {error!r}"], len(texts))
    finally:
        if paused:
            gc.enable()
