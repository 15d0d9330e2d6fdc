"""The ``ARCHIVE_IMPORT`` settings dict and the per-archive ``archives.toml``.

Defaults are module constants merged with the user's dict; a bad setting is
logged with the ``archive_import:`` prefix and replaced by its default.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
import tomllib
from dataclasses import fields

from common.settings import (Option, is_bool, is_positive_whole, is_relative_file_name, is_text_or_none,
                             merged as merged_settings)

from .model import ArchiveConfig

log = logging.getLogger(__name__)

# The plugin's settings (``ARCHIVE_IMPORT`` in pelicanconf.py), read the one way
# every plugin reads its settings (``common.settings``).
OPTIONS = {
    # False: the plugin neither imports nor touches content/imported.
    "enabled": Option(True, is_bool, "True or False"),
    # Relative to PATH: the raw .txt archives, and the generated Markdown (an ARTICLE_PATH).
    "archives_dir": Option("archives", is_relative_file_name, "a folder name inside content/"),
    "output_dir": Option("imported", is_relative_file_name, "a folder name inside content/"),
    # Inside archives_dir: per-archive settings.
    "config_file": Option("archives.toml", is_relative_file_name, "a file name"),
    # Category for posts whose archive names none.
    "default_category": Option(None, is_text_or_none, "a category name or None"),
    # Archives bigger than this are refused (warning): pasted page text is a
    # few hundred KiB; tens of MiB is a mistake (a dump, a binary, a log).
    "max_archive_bytes": Option(20 * 1024 * 1024, is_positive_whole, "a positive number of bytes"),
}
DEFAULTS = {key: option.default for key, option in OPTIONS.items()}


def merged(user: dict | None) -> dict:
    """The plugin's settings: ``user`` (the ``ARCHIVE_IMPORT`` dict) over the defaults, problems logged."""
    return merged_settings({"ARCHIVE_IMPORT": user}, "ARCHIVE_IMPORT", "archive_import", OPTIONS)


TOML_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
WEB_SCHEMES = ("http://", "https://")


class BadArchiveSettings(ValueError):
    """``archives.toml`` cannot be read: nothing may be imported with half its settings."""


def load_archive_configs(path: str) -> tuple[dict[str, dict], list[str]]:
    """Tables of ``archives.toml`` keyed by archive name or glob, and problems found.

    Raises ``BadArchiveSettings`` ("file:line:column: ...") when the file is not valid TOML.
    """
    if not os.path.exists(path):
        return {}, []
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise BadArchiveSettings(f"{path}:1:1: cannot read archive settings: {error}") from error
    except tomllib.TOMLDecodeError as error:
        match = TOML_WHERE.search(str(error))
        line, column = match.groups() if match else ("1", "1")
        raise BadArchiveSettings(f"{path}:{line}:{column}: {TOML_WHERE.sub('', str(error))}") from error
    problems = []
    tables = {}
    for key, table in data.items():
        if not isinstance(table, dict):
            problems.append(f"{path}:{table_line(path, key)}: [{key}] must be a table")
            continue
        tables[key] = table
    return tables, problems


def table_line(path: str, key: str) -> int:
    """The line of ``archives.toml`` that opens table (or sets key) ``key``; 1 if not found."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                text = line.strip()
                if text.startswith("[") and text.strip("[]\" '") == key or text.split("=")[0].strip() == key:
                    return number
    except OSError:
        pass
    return 1


def config_for(name: str, tables: dict[str, dict], defaults: dict, origin: str) -> tuple[ArchiveConfig, list[str]]:
    """The ``ArchiveConfig`` for archive ``name``: matching tables, in file order."""
    known = {field.name for field in fields(ArchiveConfig)}
    values: dict = {}
    if defaults.get("default_category"):
        values["default_category"] = defaults["default_category"]
    problems = []
    for pattern, table in tables.items():
        if not (pattern == name or fnmatch.fnmatch(name, pattern) or pattern == os.path.splitext(name)[0]):
            continue
        where = f"{origin}:{table_line(origin, pattern)}"
        for key, value in table.items():
            if key not in known:
                problems.append(f"{where}: [{pattern}] unknown key {key!r} ignored")
            elif key == "source_url" and not str(value).strip().lower().startswith(WEB_SCHEMES):
                problems.append(f"{where}: [{pattern}] source_url {value!r} is not an http(s) address; ignored")
            elif key in ("titles", "dates"):
                try:
                    values[key] = {int(order): str(text) for order, text in dict(value).items()}
                except (TypeError, ValueError):
                    problems.append(f"{where}: [{pattern}] {key} must map post numbers to text")
            elif key in ("chrome", "attributions"):
                values[key] = [str(item) for item in value] if isinstance(value, list) else [str(value)]
            else:
                values[key] = str(value)
    return ArchiveConfig(**values), problems
