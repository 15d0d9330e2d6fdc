"""Rewrite Pagefind's filter indexes in a fixed order, so builds are reproducible.

Pagefind 1.5 writes each filter's values (authors, series, sources) in
hash-map order, which changes from run to run (Pagefind/pagefind#638).
Those files are named by content hash, so the metadata file that lists
them, and ``pagefind-entry.json`` that names the metadata, change too.

Each file is gzip of the marker ``pagefind_dcd`` followed by CBOR:
- ``filter/<hash>.pf_filter``: ``[name, [[value, [page numbers]], ...]]``
- ``pagefind.<hash>.pf_meta``: ``[version, pages, index chunks, [[filter name, filter hash], ...], ...]``
  (the filter list is in hash-map order too)
We sort every filter's values, rename each file by a hash of its new
content, and point the metadata and entry file at the new names. Search
results are unchanged; the filter values simply list alphabetically.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import cbor2

MARKER = b"pagefind_dcd"
# Pagefind names filter files with 7 hex digits and metadata with 10.
FILTER_HASH_DIGITS = 7
META_HASH_DIGITS = 10
META_FILTERS_FIELD = 3


class UnexpectedIndex(ValueError):
    """The index is not laid out as this Pagefind version writes it."""


def read_record(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(MARKER):
        raise UnexpectedIndex(f"{path.name} does not start with {MARKER!r}")
    return cbor2.loads(data[len(MARKER):])


def write_record(directory: Path, prefix: str, language: str, suffix: str, digits: int, record) -> str:
    """Write ``record`` under a name made from its content; return the hash part of the name."""
    payload = MARKER + cbor2.dumps(record)
    digest = f"{language}_{hashlib.sha256(payload).hexdigest()[:digits]}"
    (directory / f"{prefix}{digest}{suffix}").write_bytes(gzip.compress(payload, mtime=0))
    return digest


def sorted_filter(record):
    name, values = record
    return [name, sorted(values, key=lambda entry: (entry[0], entry[1]))]


def stabilise_language(bundle: Path, language: str, entry: dict) -> None:
    meta_path = bundle / f"pagefind.{entry['hash']}.pf_meta"
    meta = read_record(meta_path)
    try:
        filters = meta[META_FILTERS_FIELD]
    except (IndexError, TypeError) as error:
        raise UnexpectedIndex(f"{meta_path.name} has no filter list") from error
    renamed = []
    for filter_name, filter_hash in filters:
        old = bundle / "filter" / f"{filter_hash}.pf_filter"
        new_hash = write_record(bundle / "filter", "", language, ".pf_filter", FILTER_HASH_DIGITS,
                                sorted_filter(read_record(old)))
        if new_hash != filter_hash:
            old.unlink()
        renamed.append([filter_name, new_hash])
    meta[META_FILTERS_FIELD] = sorted(renamed)
    new_meta = write_record(bundle, "pagefind.", language, ".pf_meta", META_HASH_DIGITS, meta)
    if new_meta != entry["hash"]:
        meta_path.unlink()
    entry["hash"] = new_meta


def stabilise(site: Path) -> None:
    """Make ``site/pagefind`` independent of Pagefind's hash-map order."""
    stabilise_bundle(site / "pagefind")


def stabilise_bundle(bundle: Path) -> None:
    """Make one Pagefind bundle folder independent of Pagefind's hash-map order."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for language, details in sorted(entry.get("languages", {}).items()):
        stabilise_language(bundle, language, details)
    # Same separators as Pagefind's own file.
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
