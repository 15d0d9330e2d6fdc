"""Shared helpers for the importer tests."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_ARCHIVES = ROOT / "content" / "archives"


def two_post_archive(second_title: str = "The Second Post") -> str:
    """A category page of two dated posts: the smallest archive that is a page of posts."""
    return "\n".join([
        "Category Archives: Notes", "",
        "The First Post", "", "Published: March 3, 2014 at 5:33 am", "",
        "The body of the first post. It is long enough to be a paragraph of text.", "",
        second_title, "", "Published: March 4, 2014 at 5:33 am", "",
        "The body of the second post. It is long enough to be a paragraph of text.", "",
    ])


def import_case(case_dir: Path, work: Path, settings: dict | None = None):
    """Import a fixture case's archive.txt (and archives.toml) into ``work/imported``."""
    from archive_import import import_archives

    archives = work / "archives"
    archives.mkdir(parents=True, exist_ok=True)
    shutil.copy(case_dir / "archive.txt", archives / "archive.txt")
    if (case_dir / "archives.toml").exists():
        shutil.copy(case_dir / "archives.toml", archives / "archives.toml")
    report = import_archives(str(archives), str(work / "imported"), settings)
    return report, work / "imported" / "archive"


def tree(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir()) if path.is_file()}


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (recursively), by relative path: what a re-import must leave as it was."""
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}
