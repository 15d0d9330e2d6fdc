"""What the importer remembers between runs, so committed imports and URLs stay put.

``ImportState`` holds the slug record (``slugs.SlugRecord``), the hand-written
posts' slugs and the archives present now. ``adopt_renamed`` moves a renamed
archive's import folder to its new name; ``remove_gone`` removes the imports
of an archive that was deleted, saying so in one line.
"""

from __future__ import annotations

import html
import logging
import os
from dataclasses import dataclass, field

from .slugs import RECORD_NAME, SlugRecord

log = logging.getLogger(__name__)


def archive_names(archives_dir: str) -> list[str]:
    """Archive files: ``*.txt`` in any case (``.TXT`` too), not editor temp files."""
    if not os.path.isdir(archives_dir):
        return []
    return sorted(name for name in os.listdir(archives_dir)
                  if name.lower().endswith(".txt") and not name.startswith((".", "#")))


def stem(name: str) -> str:
    return os.path.splitext(name)[0]


def front_matter(path: str) -> dict[str, str]:
    meta = {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            key, sep, value = line.partition(":")
            if not line.strip() or not sep:
                break
            meta[key.strip().lower()] = value.strip()
    return meta


def slug_line(path: str) -> int:
    """The line of a post's ``Slug:`` (else its ``Title:``, which makes the slug); 1 if neither."""
    found = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                key = line.partition(":")[0].strip().lower()
                if not line.strip():
                    break
                found.setdefault(key, number)
    except OSError:
        pass
    return found.get("slug") or found.get("title") or 1


@dataclass
class ImportState:
    output_dir: str
    record: SlugRecord
    reserved: dict[str, str]  # slug of a hand-written post -> its file
    live: set[str]  # archive names present now
    clashes: list[str] = field(default_factory=list)
    # Recorded archives not present now: the only ones a new archive can be a rename of. Kept
    # here rather than recomputed per archive, which made a first import quadratic.
    gone: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, output_dir: str, names: list[str], reserved) -> ImportState:
        record = SlugRecord(os.path.join(output_dir, RECORD_NAME))
        if not os.path.exists(record.path):
            seed(record, output_dir)
        if not isinstance(reserved, dict):
            reserved = {slug: "a hand-written post" for slug in reserved or ()}
        live = set(names)
        return cls(output_dir, record, dict(reserved), live, gone=record.archives() - live)

    def save(self) -> None:
        from .writer import write_atomic

        if self.record or os.path.exists(self.record.path):
            os.makedirs(self.output_dir, exist_ok=True)
            write_atomic(self.record.path, self.record.text())


def seed(record: SlugRecord, output_dir: str) -> None:
    """A first record from the imports already committed, so no published URL moves."""
    if not os.path.isdir(output_dir):
        return
    for folder in sorted(os.scandir(output_dir), key=lambda entry: entry.name):
        if not folder.is_dir():
            continue
        for name in sorted(os.listdir(folder.path)):
            if not name.endswith(".md"):
                continue
            meta = front_matter(os.path.join(folder.path, name))
            order = meta.get("source_order", "")
            if meta.get("slug") and meta.get("source_archive") and order.isdigit():
                record.add(meta["slug"], meta["source_archive"], int(order), html.unescape(meta.get("title", "")))


def adopt_renamed(state: ImportState, path: str, posts: list, out_dir: str) -> None:
    """A new archive holding most posts of one that is gone is that archive, renamed."""
    record, name = state.record, os.path.basename(path)
    if record.holds(name) or os.path.exists(out_dir) or not state.gone:
        return
    titles = {" ".join(post.title.split()) for post in posts}
    best, overlap = None, 0
    for old in sorted(state.gone):
        shared = len(titles & record.titles(old))
        if shared > overlap:
            best, overlap = old, shared
    if best is None or overlap * 2 < len(titles):
        return
    old_dir = os.path.join(state.output_dir, stem(best))
    if os.path.isdir(old_dir):
        os.rename(old_dir, out_dir)
    record.rename(best, name)
    state.gone.discard(best)
    log.warning("archive_import: %s:1: renamed from %s; its posts keep their URLs (%d found by title)",
                path, best, overlap)


def remove_gone(state: ImportState, archives_dir: str, output_dir: str) -> list[str]:
    """Remove the imports of archives that were deleted; one line per archive."""
    from .writer import REPORT_NAME, hand_edited

    names = {stem(archive): archive for archive in state.record.archives()}
    for archive in state.record.archives() - state.live:
        state.record.forget(archive)
    live = {stem(name) for name in state.live}
    lines = []
    for folder in sorted(os.scandir(output_dir), key=lambda e: e.name) if os.path.isdir(output_dir) else []:
        if not folder.is_dir() or folder.name in live or not os.path.exists(os.path.join(folder.path, REPORT_NAME)):
            continue
        removed, kept = 0, []
        for entry in sorted(os.listdir(folder.path)):
            path = os.path.join(folder.path, entry)
            if entry.endswith(".md"):
                with open(path, encoding="utf-8", errors="replace") as handle:
                    if hand_edited(handle.read()):
                        kept.append(path)
                        continue
                removed += 1
            if entry.endswith(".md") or entry == REPORT_NAME:
                os.unlink(path)
        if not os.listdir(folder.path):
            os.rmdir(folder.path)
        archive = os.path.join(archives_dir, names.get(folder.name, folder.name + ".txt"))
        line = f"{archive} is gone: removed its {removed} imported posts from {folder.path}"
        lines.append(line + (f"; kept {len(kept)} hand-edited: {', '.join(kept)}" if kept else ""))
    return lines
