"""Call the Pagefind binary on the built posts once Pelican is done.

Pagefind's memory grows faster than the number of pages it indexes in one
run: on the benchmark corpus 1,000 posts peak at about 160 MB but 5,000 at
950 MB. So posts are indexed in batches of ``batch_pages``, each into a
bundle of its own: the first in ``pagefind/`` (with Pagefind's UI files),
the others in ``pagefind/more/<n>/``, listed in ``pagefind/bundles.json``
for the search page to merge (Pagefind's ``mergeIndex``). A site of up to
``batch_pages`` posts has one bundle, exactly as a single Pagefind run.

In live preview (``reuse_bundles``, see ``reuse``) a batch whose posts did
not change keeps its bundle, so saving one post re-indexes one batch.
"""

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pelican import signals

from common.settings import (
    Option, is_bool, is_bool_or_none, is_positive_number, is_positive_whole, is_text_list, merged,
)

from . import background
from .reuse import indexer_digest, load_stamps, save_stamps, stamps
from .stable_order import stabilise_bundle

log = logging.getLogger(__name__)

PREFIX = "search_index"
OPTIONS = {
    "enabled": Option(True, is_bool, "True or False"),
    "command": Option([sys.executable, "-m", "pagefind"], is_text_list, "a command as a list of strings"),
    # Generous: the binary indexes thousands of pages a second.
    "timeout_seconds": Option(300, is_positive_number, "a positive number of seconds"),
    # Posts per Pagefind run: about 160 MB of memory each (see above).
    "batch_pages": Option(1000, is_positive_whole, "a positive whole number"),
    # Keep a batch's bundle when none of its posts changed since the last
    # build. None: exactly when Pelican's content cache is loaded (live
    # preview), so `make html` always indexes afresh.
    "reuse_bundles": Option(None, is_bool_or_none, "True, False or None"),
}
DEFAULTS = {key: option.default for key, option in OPTIONS.items()}

BUNDLE = "pagefind"
MORE = "more"
BUNDLES_FILE = "bundles.json"
# In CACHE_PATH: each bundle's posts with their size and mtime, last build.
STAMPS_FILE = "search_index.json"
# A placeholder in ARTICLE_SAVE_AS ("{slug}", "{date:%Y}") matches any name.
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def settings_for(pelican_settings):
    """The plugin's settings: defaults overlaid with the user's SEARCH_INDEX dict."""
    settings = merged(pelican_settings, "SEARCH_INDEX", PREFIX, OPTIONS)
    if settings["reuse_bundles"] is None:
        settings["reuse_bundles"] = bool(pelican_settings.get("LOAD_CONTENT_CACHE"))
    return settings


def post_pages(output: Path, article_save_as: str) -> list[Path]:
    """The built post pages, in path order: the only pages the theme marks for indexing."""
    pattern = PLACEHOLDER.sub("*", article_save_as or "")
    if not pattern:
        return []
    return sorted(path for path in output.glob(pattern) if path.is_file())


def link_or_copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system, or no hard links: copy instead
        shutil.copyfile(source, target)


def run_pagefind(settings, site: Path, bundle: Path, glob: str | None = None) -> bool:
    command = [*settings["command"], "--site", str(site), "--output-path", str(bundle)]
    if glob:
        command += ["--glob", glob]
    try:
        result = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace",
                                timeout=settings["timeout_seconds"], check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        log.error("search_index: could not run Pagefind (%s): %s", " ".join(command), error)
        return False
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        log.error("search_index: Pagefind failed (exit %s): %s", result.returncode, " | ".join(tail))
        return False
    return True


def index_batch(settings, output: Path, pages: list[Path], bundle: Path, glob: str | None = None) -> bool:
    """Index some posts into one bundle, through a folder of links that mirrors the site.

    With ``glob`` (the batch is every page it matches) Pagefind reads the site
    itself: the same bundle, bytes and all, without linking a thousand files.
    """
    if glob:
        if not run_pagefind(settings, output, bundle, glob):
            return False
    else:
        with tempfile.TemporaryDirectory(prefix=".pagefind-batch-", dir=output.parent) as folder:
            site = Path(folder)
            for page in pages:
                link_or_copy(page, site / page.relative_to(output))
            if not run_pagefind(settings, site, bundle):
                return False
    try:
        stabilise_bundle(bundle)
    except (OSError, ValueError, KeyError) as error:
        log.warning("search_index: left Pagefind's filter order as written in %s (%s)", bundle, error)
    return True


def clear_bundles(root: Path, keep: set, count: int) -> None:
    """Remove every bundle not kept, and extra bundles beyond ``count`` (Pagefind never cleans up)."""
    if not root.is_dir():
        return
    if "" not in keep:
        for child in root.iterdir():
            if child.name in (MORE, BUNDLES_FILE):
                continue
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    more = root / MORE
    if more.is_dir():
        for child in more.iterdir():
            relative = f"{MORE}/{child.name}/"
            if relative not in keep or not child.name.isdigit() or not 0 < int(child.name) < count:
                shutil.rmtree(child, ignore_errors=True)
        if not any(more.iterdir()):
            more.rmdir()


def index_site(output: Path, article_save_as: str, settings: dict, stamps_path: Path | None = None) -> int:
    """Index the posts of a built site into ``output/pagefind``; the number indexed, or -1 on failure.

    With ``stamps_path`` (a file in the cache), a batch whose posts all have
    the size and mtime they had last build keeps its bundle: indexing the
    same files again would write the same bytes.
    """
    output = Path(output).resolve()
    glob = PLACEHOLDER.sub("*", article_save_as or "")
    return index_pages(output, post_pages(output, article_save_as), settings, stamps_path, glob)


def index_pages(output: Path, pages: list[Path], settings: dict, stamps_path: Path | None = None,
                glob: str | None = None) -> int:
    """Index these post pages of ``output`` (resolved), in path order, as ``index_site`` does.

    ``glob``: the pattern that matches exactly ``pages`` in ``output``, for a site of one batch.
    """
    root = output / BUNDLE
    if not pages:
        # A deleted post must not stay searchable.
        shutil.rmtree(root, ignore_errors=True)
        log.warning("search_index: no post pages matching ARTICLE_SAVE_AS in %s; nothing to index", output)
        return 0
    size = settings["batch_pages"]
    batches = [pages[start:start + size] for start in range(0, len(pages), size)]
    plan = [("" if number == 0 else f"{MORE}/{number}/", batch, stamps(output, batch))
            for number, batch in enumerate(batches)]
    digest = indexer_digest(settings)
    previous = load_stamps(stamps_path, digest) if stamps_path else {}
    keep = {relative for relative, _batch, stamp in plan
            if previous.get(relative) == stamp and (root / relative / "pagefind-entry.json").is_file()}
    clear_bundles(root, keep, len(batches))
    done = {}
    for relative, batch, stamp in plan:
        if relative not in keep:
            if not index_batch(settings, output, batch, root / relative, glob if len(batches) == 1 else None):
                if stamps_path:
                    save_stamps(stamps_path, digest, done)
                return -1
        done[relative] = stamp
    more = [relative for relative, _batch, _stamp in plan if relative]
    (root / BUNDLES_FILE).write_text(json.dumps({"more": more}) + "\n", encoding="utf-8")
    if stamps_path:
        save_stamps(stamps_path, digest, done)
    log.info("search_index: %d posts in %d bundle(s) under %s; %d re-indexed, %d unchanged",
             len(pages), len(batches), root, len(batches) - len(keep), len(keep))
    return len(pages)


def build_index(pelican):
    settings = settings_for(pelican.settings)
    if not settings["enabled"]:
        return
    output, article_save_as = Path(pelican.output_path).resolve(), pelican.settings.get("ARTICLE_SAVE_AS", "")
    if background.finish(pelican.settings, post_pages(output, article_save_as)):
        return
    stamps_path = None
    if settings["reuse_bundles"]:
        stamps_path = Path(pelican.settings.get("CACHE_PATH") or "cache") / STAMPS_FILE
    index_site(output, article_save_as, settings, stamps_path)


def start_early(generators):
    """Cold builds: index the posts in the background as soon as the last one is written."""
    if generators:
        pelican_settings = generators[0].settings
        pattern = PLACEHOLDER.sub("*", pelican_settings.get("ARTICLE_SAVE_AS") or "")
        background.prepare(generators[0].context, pelican_settings, settings_for(pelican_settings), pattern,
                           index_pages)


def register():
    signals.all_generators_finalized.connect(start_early)
    signals.content_written.connect(background.note_written)
    signals.finalized.connect(build_index)
