"""Pelican hooks: import at start-up, give undated articles a sortable date."""

from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

from pelican import signals
from pelican.utils import set_date_tzinfo

from .settings import merged
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


def run_import(pelican) -> None:
    archives_dir, output_dir, options = paths(pelican.settings)
    if not options["enabled"] or not os.path.isdir(archives_dir):
        return
    report = import_archives(archives_dir, output_dir, options, series_settings=pelican.settings)
    for row in report.rows:
        if row.written or row.removed_stale:
            log.info("archive_import: %s: %d written, %d removed", row.archive,
                     len(row.written), len(row.removed_stale))


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


def register() -> None:
    signals.initialized.connect(run_import)
    signals.content_object_init.connect(date_undated)
