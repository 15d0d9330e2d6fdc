"""Skip archives whose import cannot have changed: ``content/imported/_import_digests.tsv``.

One committed line per imported archive: its name, the digest of what its
import is made from (the archive's bytes, its ``archives.toml`` table as
merged with the settings, and the importer's own source files), the digest
of its import folder as the importer left it, and the row facts of the
``make import`` table (JSON). An archive whose inputs and folder both match
its line is not parsed again: its row comes from the line. Anything else (a
changed archive, table or importer file, a deleted, added or hand-edited
file in its folder, a hand-written post taking one of its URLs) imports it
afresh, exactly as before.
"""

from __future__ import annotations

import functools
import glob
import hashlib
import json
import os
from dataclasses import asdict

from .model import ArchiveConfig, ArchiveResult

RECORD_NAME = "_import_digests.tsv"  # beside the imports; Pelican has no reader for .tsv
RECORD_HEADER = ("# Archives imported unchanged: archive, digest of (bytes, archives.toml table, importer code),\n"
                 "# digest of its import folder, row facts (JSON). Written by the importer and committed,\n"
                 "# so an unchanged archive is not parsed again. Delete a line to force its re-import.\n")
# Temp files of an interrupted atomic write (writer.write_atomic) are not part of a folder.
TEMP_PREFIX = ".tmp-"
# Row facts copied from an import to the record and back: the ``make import`` table's columns.
FACTS = ("shape", "confidence", "posts", "dated", "undated", "authors", "dropped", "unsure")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@functools.cache
def importer_version() -> str:
    """Digest of the importer's own ``*.py`` files: any code change re-imports every archive."""
    return source_digest(os.path.dirname(os.path.abspath(__file__)))


def source_digest(folder: str) -> str:
    """Digest of the names and bytes of the ``*.py`` files in ``folder``."""
    digest = hashlib.sha256()
    for path in sorted(glob.glob(os.path.join(glob.escape(folder), "*.py"))):
        with open(path, "rb") as handle:
            digest.update(os.path.basename(path).encode() + b"\0" + _sha(handle.read()).encode())
    return digest.hexdigest()


def input_digest(data: bytes, config: ArchiveConfig) -> str:
    """Digest of everything an archive's import is made from."""
    table = json.dumps(asdict(config), sort_keys=True, default=str)
    return _sha("\0".join((_sha(data), _sha(table.encode()), importer_version())).encode())[:32]


def folder_digest(out_dir: str) -> str | None:
    """Digest of the names and bytes of the files in ``out_dir``; None when it is missing."""
    try:
        names = sorted(entry for entry in os.listdir(out_dir) if not entry.startswith(TEMP_PREFIX))
    except OSError:
        return None
    digest = hashlib.sha256()
    for name in names:
        path = os.path.join(out_dir, name)
        if os.path.isfile(path):
            with open(path, "rb") as handle:
                digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + _sha(handle.read()).encode())
    return digest.hexdigest()[:32]


class DigestRecord:
    """The committed digest record (see the module's docstring)."""

    def __init__(self, output_dir: str) -> None:
        self.path = os.path.join(output_dir, RECORD_NAME)
        self.rows: dict[str, tuple[str, str, str]] = {}  # archive -> (input digest, folder digest, facts)
        try:
            with open(self.path, encoding="utf-8") as handle:
                for line in handle:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 4 and not line.startswith("#"):
                        self.rows[parts[0]] = (parts[1], parts[2], parts[3])
        except (FileNotFoundError, UnicodeDecodeError):
            pass  # no record (or a mangled one): every archive is imported

    def unchanged(self, name: str, inputs: str, out_dir: str, path: str) -> ArchiveResult | None:
        """The recorded row of ``name`` when neither its inputs nor its folder changed, else None."""
        row = self.rows.get(name)
        if row is None or row[0] != inputs or row[1] != folder_digest(out_dir):
            return None
        try:
            facts = json.loads(row[2])
            result = ArchiveResult(archive=name, series="-", **{key: facts[key] for key in FACTS})
        except (ValueError, TypeError, KeyError):
            return None
        result.warnings = [warning.replace(f"{name}:", f"{path}:", 1) for warning in facts.get("warnings", [])]
        result.kept_hand_edited = [os.path.join(out_dir, kept) for kept in facts.get("kept", [])]
        result.unchanged = sorted(os.path.join(out_dir, entry) for entry in os.listdir(out_dir)
                                  if entry.endswith(".md") and entry not in facts.get("kept", []))
        result.skipped = True
        return result

    def remember(self, name: str, inputs: str, out_dir: str, path: str, result: ArchiveResult) -> None:
        """Record an archive just imported in full; a failed one is never skipped."""
        folder = folder_digest(out_dir)
        if result.failed or folder is None:
            self.rows.pop(name, None)
            return
        facts = {key: getattr(result, key) for key in FACTS}
        facts["warnings"] = [warning.replace(f"{path}:", f"{name}:", 1) for warning in result.warnings]
        facts["kept"] = sorted(os.path.basename(kept) for kept in result.kept_hand_edited)
        self.rows[name] = (inputs, folder, json.dumps(facts, sort_keys=True, ensure_ascii=False))

    def forget(self, name: str) -> None:
        self.rows.pop(name, None)

    def save(self, live: set[str]) -> None:
        """Write the lines of the archives present now, atomically, if there is anything to say."""
        from .writer import write_atomic

        rows = {name: row for name, row in self.rows.items() if name in live}
        if not rows and not os.path.exists(self.path):
            return
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        write_atomic(self.path, RECORD_HEADER + "".join(f"{name}\t{a}\t{b}\t{c}\n"
                                                        for name, (a, b, c) in sorted(rows.items())))
