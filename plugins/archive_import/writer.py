"""``import_archives``: archives on disk → Markdown files, safely.

Files are written atomically (temp file + ``os.replace``) and only when their
bytes change. Each file records ``Import_hash:``, the hash of what the
importer wrote; a file whose text no longer matches it was edited by hand and
is kept. A failed archive leaves its earlier imports untouched.
An archive whose bytes, ``archives.toml`` table and importer code did not
change since its last import (``digests``) is not parsed again.
"""

from __future__ import annotations

import hashlib
import html
import logging
import os
from typing import Callable

from common.files import write_atomic as write_file_atomic

from .digests import DigestRecord, input_digest
from .model import ArchiveResult, ImportReport, ParsedArchive, Post
from .parser import parse_archive
from .prefetch import Parses
from .records import ImportState, adopt_renamed, archive_names, remove_gone, slug_line
from .screening import screen
from .settings import BadArchiveSettings, config_for, load_archive_configs, merged

log = logging.getLogger(__name__)

REPORT_NAME = "_chrome-report.txt"  # .txt: Pelican has no reader for it, so it is never published
HASH_KEY = "Import_hash"
# Front matter keys, in writing order (Pelican lower-cases them on reading).
FRONT_MATTER_KEYS = [
    "title", "slug", "date", "timezone", "date_precision", "date_source", "author", "authors",
    "author_bio", "category", "tags", "subtitle", "excerpt", "source_name", "source_url", "source_archive",
    "source_order", "review",
]
# Pelican reads these fields as HTML and templates print them as such; the
# parser escapes titles, subtitles and bios, the rest is archive text that
# must show as written, so it is escaped here (a no-op on text without <>&).
TEXT_KEYS = ("author", "authors", "category", "source_name", "date_source", "review")
WEB_SCHEMES = ("http://", "https://")


def render_post(post: Post) -> str:
    """The Markdown file for ``post``, ending with its ``Import_hash``."""
    header = []
    for key in FRONT_MATTER_KEYS:
        value = post.metadata.get(key)
        if key == "source_url" and value and not str(value).strip().lower().startswith(WEB_SCHEMES):
            value = None  # only a web address is ever a link
        if value and key in TEXT_KEYS:
            value = html.escape(str(value), quote=False)
        if value:
            header.append(f"{key.capitalize()}: {' '.join(str(value).split())}")
    text = "\n".join(header) + "\n\n" + post.body
    return _with_hash(text)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _with_hash(text: str) -> str:
    header, _, body = text.partition("\n\n")
    return f"{header}\n{HASH_KEY}: {_digest(text)}\n\n{body}"


def hand_edited(text: str) -> bool:
    """True unless ``text`` is exactly what the importer wrote."""
    header, sep, body = text.partition("\n\n")
    lines = header.split("\n")
    if not sep or not lines[-1].startswith(f"{HASH_KEY}: "):
        return True
    recorded = lines[-1].split(": ", 1)[1].strip()
    return _digest("\n".join(lines[:-1]) + "\n\n" + body) != recorded


def write_atomic(path: str, text: str) -> bool:
    """Write ``text`` to ``path`` (whose folder exists) unless it already holds it; True if written."""
    data = text.encode("utf-8")
    try:
        with open(path, "rb") as handle:
            if handle.read() == data:
                return False
    except FileNotFoundError:
        pass
    write_file_atomic(path, data)
    return True


def chrome_report(parsed: ParsedArchive) -> str:
    """What was dropped from the archive and why, for a person to read."""
    lines = [
        f"Chrome report for {parsed.name}",
        f"Template: {parsed.shape} (confidence {parsed.confidence:.2f}); record lines: {parsed.template or 'none'}",
        f"{parsed.line_count} lines; {len(parsed.posts)} posts; "
        f"{len(parsed.dropped)} lines dropped ({sum(1 for d in parsed.dropped if d.reason != 'blank')} not blank).",
        "",
    ]
    if parsed.unsure:
        lines += [f"Check lines: {', '.join(map(str, parsed.unsure))}", ""]
    if parsed.comments:
        lines += [f"Comments: {parsed.comments} reader comments, listed below as dropped lines.", ""]
    if parsed.warnings:
        lines += ["Warnings:", *[f"  {warning}" for warning in parsed.warnings], ""]
    lines.append("Posts:")
    for post in parsed.posts:
        lines.append(f"  {post.source_order:>3}. lines {post.lines[0]}-{post.lines[-1]}: {post.title}")
    lines += ["", "Dropped lines (line: reason: text):"]
    for dropped in parsed.dropped:
        if dropped.reason != "blank":
            lines.append(f"  {dropped.line:>6}: {dropped.reason}: {dropped.text.strip()}")
    return "\n".join(lines) + "\n"


def _refused(path: str, name: str, settings: dict) -> ArchiveResult | None:
    """A row for an archive that is not read at all (a link, too big), else None."""
    if os.path.islink(path):
        warning = (f"{path}:1: is a symbolic link; archives are read only from files inside "
                   f"{os.path.dirname(path)}, so it was not imported")
        return ArchiveResult(name, "refused", 0, 0, 0, 0, "-", 0, warnings=[warning], failed=True)
    size = os.path.getsize(path)
    if size > settings["max_archive_bytes"]:
        warning = (f"{path}:1: archive is {size / 1048576:.1f} MiB, over the "
                   f"{settings['max_archive_bytes'] / 1048576:.0f} MiB limit; not imported")
        return ArchiveResult(name, "too-big", 0, 0, 0, 0, "-", 0, warnings=[warning], failed=True)
    return None


def _import_one(path: str, name: str, out_dir: str, config, state: ImportState, settings: dict,
                digests: DigestRecord, parses: Parses) -> ArchiveResult:
    refused = _refused(path, name, settings)
    if refused:
        return refused
    with open(path, "rb") as handle:
        data = handle.read()
    inputs = input_digest(data, config)
    if not state.record.holds_any(name, state.reserved):  # a hand-written post took one of its URLs: report it
        skipped = digests.unchanged(name, inputs, out_dir, path)
        if skipped:
            return skipped
    digests.forget(name)  # until this import has finished
    result = _parse_and_write(path, name, out_dir, state, data, lambda: parses.parsed(data, name, config, inputs))
    digests.remember(name, inputs, out_dir, path, result)
    return result


def _parse_and_write(path: str, name: str, out_dir: str, state: ImportState, data: bytes,
                     parse: Callable[[], ParsedArchive]) -> ArchiveResult:
    refusal, suspicious = screen(data, path)
    if refusal:
        return ArchiveResult(name, "table", 0, 0, 0, 0, "-", 0, warnings=[refusal], failed=True)
    parsed = parse()
    result = ArchiveResult(
        archive=name, shape=parsed.shape, posts=len(parsed.posts),
        dated=sum(1 for post in parsed.posts if post.date is not None),
        undated=sum(1 for post in parsed.posts if post.date is None),
        authors=len({author for post in parsed.posts for author in post.authors}),
        series="-", dropped=len(parsed.dropped),
        warnings=[w.replace(f"{name}:", f"{path}:", 1) for w in parsed.warnings] + suspicious,
        confidence=parsed.confidence, unsure=parsed.unsure,
    )
    if not parsed.posts:
        result.failed = True
        return result
    result.posts_found = parsed.posts
    adopt_renamed(state, path, parsed.posts, out_dir)
    state.record.assign(name, parsed.posts, state.reserved)
    os.makedirs(out_dir, exist_ok=True)
    produced = _write_posts(parsed.posts, out_dir, state, result)
    for entry in sorted(os.listdir(out_dir)):
        target = os.path.join(out_dir, entry)
        if entry.endswith(".md") and entry not in produced:
            with open(target, encoding="utf-8", errors="replace") as handle:
                if hand_edited(handle.read()):
                    result.kept_hand_edited.append(target)
                else:  # an earlier import of a post this archive no longer yields
                    os.unlink(target)
                    result.removed_stale.append(target)
    write_atomic(os.path.join(out_dir, REPORT_NAME), chrome_report(parsed))
    return result


def _write_posts(posts: list[Post], out_dir: str, state: ImportState, result: ArchiveResult) -> set[str]:
    produced = set()
    for post in posts:
        target = os.path.join(out_dir, f"{post.slug}.md")
        produced.add(os.path.basename(target))
        if post.slug in state.reserved:  # a hand-written post took a published URL: say so, change nothing
            hand = state.reserved[post.slug]
            state.clashes.append(f"{hand}:{slug_line(hand)}: Slug {post.slug!r} is already the URL of the "
                                 f"imported post {target}; give the hand-written post another Slug "
                                 f"(neither file was changed)")
            continue
        if os.path.exists(target):
            with open(target, encoding="utf-8", errors="replace") as handle:
                if hand_edited(handle.read()):
                    result.kept_hand_edited.append(target)
                    continue
        (result.written if write_atomic(target, render_post(post)) else result.unchanged).append(target)
    return produced


def import_archives(archives_dir: str, output_dir: str, settings: dict | None = None, *,
                    reserved_slugs=None, workers: int = 1,
                    progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Import every ``*.txt`` (any case) in ``archives_dir`` into ``output_dir/<archive stem>/``.

    ``reserved_slugs``: slugs of hand-written articles (a set, or a dict slug -> file):
    new imported posts avoid them; a published imported post that shares one is an error.
    ``workers`` > 1: archives are parsed ahead in that many processes (``prefetch``); same result.
    """
    settings = merged(settings)
    names = archive_names(archives_dir)
    config_path = os.path.join(archives_dir, settings["config_file"])
    try:
        tables, problems = load_archive_configs(config_path)
    except BadArchiveSettings as error:
        log.warning("archive_import: %s; nothing imported, every imported file left as it is", error)
        return ImportReport([ArchiveResult(settings["config_file"], "bad-settings", 0, 0, 0, 0, "-", 0,
                                           warnings=[str(error)], failed=True)])
    for problem in problems:
        log.warning("archive_import: %s", problem)
    state = ImportState.load(output_dir, names, reserved_slugs)
    digests = DigestRecord(output_dir)
    rows = []
    parses = Parses(workers, _foreseen(names, archives_dir, tables, settings, config_path, digests)
                    if workers > 1 else [], parse_archive)
    try:
        for number, name in enumerate(names, start=1):
            if progress:
                progress(number - 1, len(names), name)
            config, config_problems = config_for(name, tables, settings, config_path)
            out_dir = os.path.join(output_dir, os.path.splitext(name)[0])
            try:
                row = _import_one(os.path.join(archives_dir, name), name, out_dir, config, state,
                                  settings, digests, parses)
            except OSError as error:
                row = ArchiveResult(name, "unreadable", 0, 0, 0, 0, "-", 0, failed=True,
                                    warnings=[f"{os.path.join(archives_dir, name)}:1: cannot import: {error}"])
            row.warnings[:0] = config_problems
            _log_row(row, archives_dir)
            rows.append(row)
    finally:
        parses.close()
    for line in remove_gone(state, archives_dir, output_dir):
        log.warning("archive_import: %s", line)
    state.save()
    digests.save(state.live)
    for clash in state.clashes:
        log.error("archive_import: %s", clash)
    if progress:
        progress(len(names), len(names), "")
    return ImportReport(rows)


def _foreseen(names: list[str], archives_dir: str, tables: dict, settings: dict, config_path: str,
              digests: DigestRecord) -> list[tuple[str, str, object]]:
    """The archives a parse ahead is worth for: readable, and changed since their recorded import."""
    jobs = []
    for name in names:
        path = os.path.join(archives_dir, name)
        config = config_for(name, tables, settings, config_path)[0]
        try:
            if _refused(path, name, settings):
                continue
            with open(path, "rb") as handle:
                inputs = input_digest(handle.read(), config)
        except OSError:
            continue  # the import itself reports it
        if digests.rows.get(name, ("",))[0] != inputs:
            jobs.append((name, path, config))
    return jobs


def _log_row(row: ArchiveResult, archives_dir: str) -> None:
    for warning in row.warnings:
        log.warning("archive_import: %s", warning)
    for path in row.kept_hand_edited:
        log.warning("archive_import: %s:1: kept hand-edited file (not overwritten)", path)
    if row.failed:
        log.warning("archive_import: %s:1: nothing imported; earlier imports kept",
                    os.path.join(archives_dir, row.archive))
