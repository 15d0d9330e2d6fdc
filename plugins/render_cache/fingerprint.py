"""Digests of what a page's output depends on.

A page written by ``Writer.write_file`` depends on

* the **code**: Pelican and library versions, theme files and plugin files;
* the **settings**;
* every content object's **card**: all that another page can show of it
  (title, URL, dates, tags, authors, summary, reading time, metadata...),
  which is everything but its body;
* the **bodies** of the content objects the page is written for (its
  ``article`` or ``page``): only that page shows them in full.

The first three make the site digest, shared by every page. Editing one
post's body therefore changes only that post's page key; editing anything
another page can show (a title, tags, a summary, adding or removing a post,
a template, a setting) changes the site digest and every page is rendered,
as in a cold build.
"""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import os
import platform
import re
import types
from importlib import metadata as distributions

from pelican.contents import Content
from pelican.urlwrappers import URLWrapper

# Libraries whose version changes what the same templates render.
LIBRARIES = ("pelican", "jinja2", "markdown", "pelican-sitemap", "beautifulsoup4")

# Attributes of a content object left out of its card: the body and what is
# computed from it for its own page only, what other plugins attach just
# before the page is written, and back-references to settings and context.
# Everything else on the object goes into the card, so a new attribute a
# plugin adds is covered without touching this list.
NOT_IN_CARD = frozenset({
    "_content", "_context", "settings", "metadata",
    "word_count",                   # site_extras: shown on the post's own page (JSON-LD)
    "related", "json_ld", "breadcrumbs", "newer_article", "older_article",  # set while writing
    "series",                       # derived from every card's metadata
    "translations",                 # other content objects, each with its own card
})

# Reprs of objects with no better description carry their memory address,
# which differs between runs: dropped so the digest is stable.
MEMORY_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
# Deep enough for settings (dicts of lists of tuples); stops reference cycles.
MAX_DEPTH = 8


def digest(*parts) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for part in parts:
        hasher.update(part.encode("utf-8", "surrogatepass") if isinstance(part, str) else repr(part).encode())
        hasher.update(b"\0")
    return hasher.hexdigest()


def canonical(value, depth: int = 0):
    """A repr-able, run-independent description of a settings or metadata value."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if depth > MAX_DEPTH:
        return type(value).__name__
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, URLWrapper):
        return (type(value).__name__, value.name)
    if isinstance(value, Content):
        return ("content", value.source_path)
    if isinstance(value, dict):
        return tuple(sorted(((str(key), canonical(item, depth + 1)) for key, item in value.items()),
                            key=lambda pair: pair[0]))
    if isinstance(value, (list, tuple)):
        return tuple(canonical(item, depth + 1) for item in value)
    if isinstance(value, (set, frozenset)):
        return tuple(sorted((canonical(item, depth + 1) for item in value), key=repr))
    if isinstance(value, types.ModuleType):
        return ("module", value.__name__)
    if isinstance(value, (types.FunctionType, types.BuiltinFunctionType, type)):
        return ("callable", getattr(value, "__module__", ""), getattr(value, "__qualname__", repr(value)))
    if dataclasses.is_dataclass(value):
        return (type(value).__name__,
                tuple((field.name, canonical(getattr(value, field.name), depth + 1))
                      for field in dataclasses.fields(value)))
    return MEMORY_ADDRESS.sub("", repr(value))


def files_digest(folders) -> str:
    """Every file under the folders, by relative path and bytes (caches skipped)."""
    hasher = hashlib.blake2b(digest_size=16)
    for folder in folders:
        if not folder or not os.path.isdir(folder):
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(name for name in dirs if name != "__pycache__")
            for name in sorted(files):
                path = os.path.join(root, name)
                hasher.update(os.path.relpath(path, folder).encode("utf-8", "surrogateescape") + b"\0")
                with open(path, "rb") as handle:
                    hasher.update(handle.read())
                hasher.update(b"\0")
    return hasher.hexdigest()


def library_versions() -> tuple:
    versions = [("python", platform.python_version())]
    for name in LIBRARIES:
        try:
            versions.append((name, distributions.version(name)))
        except distributions.PackageNotFoundError:
            versions.append((name, None))
    return tuple(versions)


def code_and_settings_digest(settings) -> str:
    """What invalidates every page and every remembered summary at once."""
    folders = [settings.get("THEME"), *(settings.get("THEME_TEMPLATES_OVERRIDES") or []),
               *(settings.get("PLUGIN_PATHS") or [])]
    return digest(library_versions(), files_digest(folders), canonical(settings))


def body_digest(content) -> str:
    return digest(getattr(content, "_content", None) or "")


def card(content, summary_digest: str) -> tuple:
    """Everything about a content object that a page other than its own can show."""
    attributes = tuple(sorted((name, canonical(value)) for name, value in vars(content).items()
                              if name not in NOT_IN_CARD))
    translations = tuple(sorted(other.source_path for other in getattr(content, "translations", ()) or ()))
    return (type(content).__name__, content.source_path, content.url, content.save_as,
            canonical(getattr(content, "metadata", {})), attributes, translations, summary_digest)
