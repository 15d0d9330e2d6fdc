"""Checks run before Pelican starts, so common mistakes get one clear line.

Pelican answers a broken setting or a missing theme with a page of
traceback; a newcomer needs the file, the line and what to do instead.
Each check returns a list of problems (empty when all is well).
"""

from __future__ import annotations

import glob
import importlib.metadata
import importlib.util
import os
import re
import runpy
import sys
import traceback
from dataclasses import dataclass

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)")


@dataclass(frozen=True)
class Problem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def pinned_requirements(path: str) -> list[tuple[str, str]]:
    pins = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = PIN.match(line)
            if match:
                pins.append((match.group(1), match.group(2)))
    return pins


def check_requirements(path: str) -> list[Problem]:
    problems = []
    for name, version in pinned_requirements(path):
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(Problem(
                path,
                f"{name}=={version} is not installed; run `make html` from a fresh "
                f"checkout or `.venv/bin/pip install -r {os.path.basename(path)}`",
            ))
            continue
        if installed != version:
            problems.append(Problem(
                path,
                f"{name} {installed} is installed but {version} is pinned; "
                f"run `.venv/bin/pip install -r {os.path.basename(path)}`",
            ))
    return problems


def load_settings_file(path: str) -> tuple[dict, list[Problem]]:
    """Execute a settings file the way Pelican will, reporting where it breaks."""
    if not os.path.isfile(path):
        return {}, [Problem(path, "settings file not found")]
    try:
        namespace = runpy.run_path(path)
    except SyntaxError as error:
        where = f"{error.filename or path}, line {error.lineno}"
        return {}, [Problem(where, f"syntax error: {error.msg}")]
    except Exception as error:  # any mistake in a settings file is the user's to fix
        frames = [f for f in traceback.extract_tb(error.__traceback__)
                  if os.path.basename(f.filename).endswith(".py")]
        last = frames[-1] if frames else None
        where = f"{last.filename}, line {last.lineno}" if last else path
        return {}, [Problem(where, f"{type(error).__name__}: {error}")]
    settings = {k: v for k, v in namespace.items() if k.isupper()}
    return settings, []


def check_theme(settings: dict, settings_path: str) -> list[Problem]:
    theme = settings.get("THEME")
    if not theme:
        return []
    if not os.path.isabs(theme):
        theme = os.path.join(os.path.dirname(os.path.abspath(settings_path)), theme)
    if not os.path.isdir(os.path.join(theme, "templates")):
        return [Problem(settings_path, f"THEME = {settings['THEME']!r}: no theme with a templates/ folder there")]
    return []


def check_plugins(settings: dict, settings_path: str) -> list[Problem]:
    """Every plugin named in PLUGINS must be in PLUGIN_PATHS or installed."""
    base = os.path.dirname(os.path.abspath(settings_path))
    paths = [p if os.path.isabs(p) else os.path.join(base, p) for p in settings.get("PLUGIN_PATHS", [])]
    problems = []
    for name in settings.get("PLUGINS", []) or []:
        if not isinstance(name, str):
            continue
        relative = name.replace(".", os.sep)
        if any(os.path.exists(os.path.join(p, relative)) or os.path.exists(os.path.join(p, relative + ".py"))
               for p in paths):
            continue
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            problems.append(Problem(settings_path, f"PLUGINS names {name!r}, which is neither in plugins/ nor installed"))
    return problems


def content_root(settings: dict, settings_path: str, content_path: str | None) -> str:
    if content_path:
        return os.path.abspath(content_path)
    base = os.path.dirname(os.path.abspath(settings_path))
    return os.path.join(base, settings.get("PATH", "content"))


def import_options(settings: dict) -> dict:
    options = settings.get("ARCHIVE_IMPORT")
    return options if isinstance(options, dict) else {}  # the plugin itself reports a bad value


def hand_written_files(settings: dict, root: str) -> list[str]:
    """Markdown posts and pages authors wrote (the importer's output is not theirs)."""
    imported = os.path.join(root, import_options(settings).get("output_dir", "imported"))
    files = []
    for folder in list(settings.get("ARTICLE_PATHS", [""])) + list(settings.get("PAGE_PATHS", [])):
        top = os.path.join(root, folder)
        if os.path.abspath(top) == os.path.abspath(imported):
            continue
        for directory, _, names in sorted(os.walk(top)):
            files += [os.path.join(directory, n) for n in sorted(names) if n.endswith((".md", ".markdown"))]
    return files


def check_content(settings: dict, settings_path: str, content_path: str | None) -> list[Problem]:
    """Links that leave content/, and two posts on one URL: each one line naming the files."""
    root = content_root(settings, settings_path, content_path)
    plugins = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, "plugins")
    if plugins not in sys.path:
        sys.path.insert(0, plugins)
    from archive_import.confine import message, outside_links
    from archive_import.records import slug_line

    options = import_options(settings)
    problems = links_out_of(root, os.path.join(root, options.get("archives_dir", "archives")))
    owners: dict[tuple, str] = {}
    imported = os.path.join(root, options.get("output_dir", "imported"))
    for path in sorted(glob.glob(os.path.join(glob.escape(imported), "*", "*.md"))):
        owners.setdefault(url_key(path, "post", settings), path)
    for path in hand_written_files(settings, root):
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read()
        problems += [Problem(*message(path, line, link).split(": ", 1)) for line, link in outside_links(text, path, root)]
        key = url_key(path, "page" if "/pages/" in path.replace(os.sep, "/") else "post", settings)
        if key[1] and key in owners:
            problems.append(Problem(f"{path}:{slug_line(path)}",
                                    f"Slug {key[1]!r} is also the URL of {owners[key]}; "
                                    "give one of them another Slug (neither file was changed)"))
        owners.setdefault(key, path)
    return problems


def links_out_of(root: str, archives: str) -> list[Problem]:
    """Symbolic links in content/ to files or folders outside it: never read, never published.

    The importer refuses a linked archive itself (a warning; the site builds).
    """
    real_root = os.path.realpath(root)
    problems = []
    for directory, dirs, names in sorted(os.walk(root)):
        if os.path.abspath(directory) == os.path.abspath(archives):
            continue
        for name in sorted(dirs + names):
            path = os.path.join(directory, name)
            if not os.path.islink(path):
                continue  # resolving every file's path would cost a dozen system calls each
            target = os.path.realpath(path)
            if os.path.commonpath([real_root, target]) != real_root:
                problems.append(Problem(path, f"is a symbolic link to {target}, outside content/; "
                                              "copy the file into content/ instead"))
    return problems


def url_key(path: str, kind: str, settings: dict) -> tuple:
    """What decides a post's URL: its kind, slug and language (translations share a slug)."""
    from archive_import.plugin import _slug_of
    from archive_import.records import front_matter

    lang = front_matter(path).get("lang") or settings.get("DEFAULT_LANG", "en")
    return kind, _slug_of(path), lang


def run_all(settings_path: str, requirements_path: str, content_path: str | None = None) -> list[Problem]:
    problems = []
    if os.path.isfile(requirements_path):
        problems += check_requirements(requirements_path)
    settings, setting_problems = load_settings_file(settings_path)
    problems += setting_problems
    if not setting_problems:
        problems += check_theme(settings, settings_path)
        problems += check_plugins(settings, settings_path)
    if not problems:
        problems += check_content(settings, settings_path, content_path)
    return problems
