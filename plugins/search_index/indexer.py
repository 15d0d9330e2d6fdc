"""Call the Pagefind binary on the built posts once Pelican is done.

Pagefind's memory grows faster than the number of pages it indexes in one
run: on the benchmark corpus 1,000 posts peak at about 160 MB but 5,000 at
950 MB. So posts are indexed in batches of ``batch_pages``, each into a
bundle of its own: the first in ``pagefind/`` (with Pagefind's UI files),
the others in ``pagefind/more/<n>/``, listed in ``pagefind/bundles.json``
for the search page to merge (Pagefind's ``mergeIndex``). A site of up to
``batch_pages`` posts has one bundle, exactly as a single Pagefind run.
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

from .stable_order import stabilise_bundle

log = logging.getLogger(__name__)

DEFAULTS = {
    "enabled": True,
    "command": [sys.executable, "-m", "pagefind"],
    # Generous: the binary indexes thousands of pages a second.
    "timeout_seconds": 300,
    # Posts per Pagefind run: about 160 MB of memory each (see above).
    "batch_pages": 1000,
}

BUNDLE = "pagefind"
MORE = "more"
BUNDLES_FILE = "bundles.json"
# A placeholder in ARTICLE_SAVE_AS ("{slug}", "{date:%Y}") matches any name.
PLACEHOLDER = re.compile(r"\{[^}]*\}")


def settings_for(pelican_settings):
    """The plugin's settings: DEFAULTS overlaid with the user's SEARCH_INDEX dict."""
    user = pelican_settings.get("SEARCH_INDEX") or {}
    if not isinstance(user, dict):
        log.warning("search_index: SEARCH_INDEX must be a dict, got %r; using defaults", user)
        user = {}
    unknown = sorted(set(user) - set(DEFAULTS))
    if unknown:
        log.warning("search_index: unknown SEARCH_INDEX keys ignored: %s", ", ".join(unknown))
    merged = {**DEFAULTS, **{k: v for k, v in user.items() if k in DEFAULTS}}
    if not isinstance(merged["batch_pages"], int) or isinstance(merged["batch_pages"], bool) \
            or merged["batch_pages"] < 1:
        log.warning("search_index: SEARCH_INDEX['batch_pages'] must be a positive whole number, got %r; "
                    "using %d", merged["batch_pages"], DEFAULTS["batch_pages"])
        merged["batch_pages"] = DEFAULTS["batch_pages"]
    return merged


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


def run_pagefind(settings, site: Path, bundle: Path) -> bool:
    command = [*settings["command"], "--site", str(site), "--output-path", str(bundle)]
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


def index_batch(settings, output: Path, pages: list[Path], bundle: Path) -> bool:
    """Index some posts into one bundle, through a folder of links that mirrors the site."""
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


def index_site(output: Path, article_save_as: str, settings: dict) -> int:
    """Index the posts of a built site into ``output/pagefind``; the number indexed, or -1 on failure."""
    output = Path(output).resolve()
    pages = post_pages(output, article_save_as)
    # A fresh index every build: a deleted post must not stay searchable.
    shutil.rmtree(output / BUNDLE, ignore_errors=True)
    if not pages:
        log.warning("search_index: no post pages matching ARTICLE_SAVE_AS in %s; nothing to index", output)
        return 0
    size = settings["batch_pages"]
    batches = [pages[start:start + size] for start in range(0, len(pages), size)]
    more = []
    for number, batch in enumerate(batches):
        relative = "" if number == 0 else f"{MORE}/{number}/"
        if not index_batch(settings, output, batch, output / BUNDLE / relative):
            return -1
        if relative:
            more.append(relative)
    (output / BUNDLE / BUNDLES_FILE).write_text(json.dumps({"more": more}) + "\n", encoding="utf-8")
    log.info("search_index: Pagefind indexed %d posts in %d bundle(s) under %s",
             len(pages), len(batches), output / BUNDLE)
    return len(pages)


def build_index(pelican):
    settings = settings_for(pelican.settings)
    if settings["enabled"]:
        index_site(Path(pelican.output_path), pelican.settings.get("ARTICLE_SAVE_AS", ""), settings)


def register():
    signals.finalized.connect(build_index)
