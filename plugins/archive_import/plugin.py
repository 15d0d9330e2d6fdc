"""Pelican hooks: import at start-up, give undated articles a sortable date."""

from __future__ import annotations

import html
import logging
import os
import re
from datetime import datetime, timedelta

from pelican import signals
from pelican.utils import set_date_tzinfo

from .confine import check_content
from .feeds import dated_feed_writer
from .prune import prune_output
from .records import front_matter
from .settings import merged
from .slugs import base_slug
from .writer import import_archives

log = logging.getLogger(__name__)

# Undated posts need *some* date for Pelican: a fixed day long before any
# blog, minus the post's archive position in seconds, so that newest-first
# listings keep the archive's own order. Nothing shows it: templates read
# ``date_precision``.
UNDATED_SENTINEL = datetime(1970, 1, 1)


def paths(settings: dict) -> tuple[str, str, dict]:
    options = merged(settings.get("ARCHIVE_IMPORT"))
    root = settings["PATH"]
    return (os.path.join(root, options["archives_dir"]), os.path.join(root, options["output_dir"]), options)


def snapshot(archives_dir: str) -> tuple:
    """What the archives folder holds now (names, sizes, modification times)."""
    try:
        entries = sorted(os.scandir(archives_dir), key=lambda entry: entry.name)
    except OSError:
        return ()
    return tuple((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns)
                 for entry in entries if entry.is_file())


def hand_written_slugs(settings: dict, output_dir: str) -> dict[str, str]:
    """Slugs of the Markdown articles authors wrote (outside the import folder), and their files."""
    slugs = {}
    for folder in settings.get("ARTICLE_PATHS", []):
        root = os.path.join(settings["PATH"], folder)
        if os.path.abspath(root) == os.path.abspath(output_dir):
            continue
        for directory, _, names in sorted(os.walk(root)):
            for name in sorted(names):
                if name.endswith((".md", ".markdown")):
                    slug = _slug_of(os.path.join(directory, name))
                    if slug:
                        slugs.setdefault(slug, os.path.join(directory, name))
    return slugs


def _slug_of(path: str) -> str | None:
    try:
        meta = front_matter(path)
    except OSError:
        return None
    if meta.get("slug"):
        return meta["slug"]
    return base_slug(html.unescape(meta["title"])) if meta.get("title") else None


def run_import(pelican) -> None:
    """Import at start-up (``initialized``)."""
    archives_dir, output_dir, options = paths(pelican.settings)
    if not options["enabled"] or not os.path.isdir(archives_dir):
        return
    # State lives on the Pelican instance, so autoreload sessions start clean.
    pelican.archive_import_snapshot = snapshot(archives_dir)
    report = import_archives(archives_dir, output_dir, options,
                             reserved_slugs=hand_written_slugs(pelican.settings, output_dir))
    for row in report.rows:
        if row.written or row.removed_stale:
            log.info("archive_import: %s: %d written, %d removed", row.archive,
                     len(row.written), len(row.removed_stale))


def reimport_if_changed(pelican) -> None:
    """Before each (auto)rebuild: import again if the archives changed since."""
    archives_dir, _, options = paths(pelican.settings)
    if options["enabled"] and getattr(pelican, "archive_import_snapshot", None) != snapshot(archives_dir):
        run_import(pelican)
    return None  # no generator of our own


def date_undated(content) -> None:
    """Sentinel date for imported articles whose date is unknown (see contract)."""
    metadata = getattr(content, "metadata", {}) or {}
    if metadata.get("date_precision") != "unknown":
        return
    try:
        order = int(metadata.get("source_order", 0))
    except (TypeError, ValueError):
        order = 0
    timezone = content.settings.get("TIMEZONE", "UTC")
    content.date = set_date_tzinfo(UNDATED_SENTINEL - timedelta(seconds=order), timezone)
    content.metadata["date"] = content.date
    content.locale_date = ""  # never shown: the theme says "Date unknown"


def uncredit_unnamed(content) -> None:
    """An imported post whose archive names no author has none.

    Pelican gives every article without an Author the site's AUTHOR; for a
    post copied from someone else's blog that would credit our team with
    another person's words.
    """
    metadata = getattr(content, "metadata", {}) or {}
    if "source_archive" not in metadata or "author" in metadata or "authors" in metadata:
        return
    content.authors = []
    if hasattr(content, "author"):
        del content.author


# A slug goes into every link to its post, unescaped: only URL-safe characters.
SAFE_SLUG = re.compile(r"[\w-]+(?:/[\w-]+)*")


def safe_slug(content) -> None:
    """A hand-written ``Slug:`` that could break out of a link becomes a plain slug."""
    slug = getattr(content, "slug", None)
    if not slug or SAFE_SLUG.fullmatch(slug):
        return
    fixed = base_slug(html.unescape(str(slug)))
    log.warning("archive_import: %s:1: Slug %r may only hold letters, digits, - and _; using %r",
                getattr(content, "source_path", "?"), slug, fixed)
    content.slug = fixed
    content.metadata["slug"] = fixed


def annotate_imported(content) -> None:
    safe_slug(content)
    date_undated(content)
    uncredit_unnamed(content)


def register() -> None:
    signals.initialized.connect(run_import)
    signals.get_generators.connect(reimport_if_changed)
    signals.content_object_init.connect(annotate_imported)
    signals.content_object_init.connect(check_content)
    signals.get_writer.connect(dated_feed_writer)
    signals.all_generators_finalized.connect(prune_output)
