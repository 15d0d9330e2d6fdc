"""Live rebuilds reuse output/: remove the pages and images of posts that are gone.

A full build (`make html`) starts from an empty output folder (tools/build.py).
A live one (`make devserver`) keeps it for the render cache, so when an
archive, a post or an image is deleted its old page or copy would still be
served and searched. After the content is read and before anything is
written or indexed, files matching an article, draft, tag, category or
author URL pattern, or under a static folder, that no content of this build
owns are removed (a tag's later pages, page/2/ on, are left to make clean).
"""

from __future__ import annotations

import glob
import logging
import os
import re

log = logging.getLogger(__name__)

PLACEHOLDER = re.compile(r"\{[^}]*\}")
PATTERNS = ("ARTICLE_SAVE_AS", "DRAFT_SAVE_AS", "TAG_SAVE_AS", "CATEGORY_SAVE_AS", "AUTHOR_SAVE_AS")
TERMS = ("tags", "categories", "authors")  # (wrapper, articles) pairs in the context


def owned(context) -> set[str]:
    found = set()
    for key in ("generated_content", "static_content"):
        for content in (context.get(key) or {}).values():
            save_as = getattr(content, "save_as", None)
            if save_as:
                found.add(os.path.normpath(save_as))
    for key in TERMS:
        for pair in context.get(key) or ():
            save_as = getattr(pair[0], "save_as", None)
            if save_as:
                found.add(os.path.normpath(save_as))
    return found


def candidates(output: str, settings) -> set[str]:
    found = set()
    for key in PATTERNS:
        pattern = PLACEHOLDER.sub("*", settings.get(key) or "")
        # Only patterns inside a folder of their own (posts/*/index.html): "*.html"
        # at the site's root would match pages no content object owns (index.html).
        if pattern and "/" in pattern and "*" not in pattern.split("/", 1)[0]:
            found |= set(glob.glob(pattern, root_dir=output))
    for folder in settings.get("STATIC_PATHS", []):
        if os.path.isdir(os.path.join(output, folder)):
            found |= set(glob.glob(os.path.join(glob.escape(folder), "**", "*"), root_dir=output, recursive=True))
    return {os.path.normpath(path) for path in found if os.path.isfile(os.path.join(output, path))}


def prune_output(generators) -> None:
    """``all_generators_finalized``: remove output files no content of this build owns."""
    if not generators:
        return
    context, settings = generators[0].context, generators[0].settings
    output = os.path.abspath(generators[0].output_path)
    if not os.path.isdir(output):
        return
    stale = sorted(candidates(output, settings) - owned(context))
    for relative in stale:
        path = os.path.join(output, relative)
        os.unlink(path)
        folder = os.path.dirname(path)
        while folder != output and not os.listdir(folder):
            os.rmdir(folder)
            folder = os.path.dirname(folder)
    if stale:
        log.info("archive_import: removed %d output files of content that is gone: %s", len(stale),
                 ", ".join(stale[:5]) + (" ..." if len(stale) > 5 else ""))
