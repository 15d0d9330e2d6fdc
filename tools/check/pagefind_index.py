"""Pagefind's index, decoded into a form that ignores the order of filters.

Pagefind 1.5.2 writes its fragment and word-index files reproducibly, but
writes filter values (author, tags ...) in hash-map order, so the filter
files, the ``.pf_meta`` file that names them by content hash, and the
hash in ``pagefind-entry.json`` change from one build to the next with the
same input (upstream: Pagefind/pagefind#638, "other files will still
change, such as the filter/metadata indexes"). The search results are the
same. ``unstable_files`` names those files; ``semantic_view`` decodes them
(gzip, the ``pagefind_dcd`` signature, then CBOR) into sorted data, so two
indexes that differ only in that order compare equal, and any real
difference (a page, a filter value) still shows.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import cbor2

SIGNATURE = b"pagefind_dcd"
FILTER_GLOB = "filter/*.pf_filter"
META_GLOB = "pagefind.*.pf_meta"
ENTRY = "pagefind-entry.json"


def unstable_files(index: Path) -> set[str]:
    """The index files whose bytes depend on hash-map order (relative to ``index``)."""
    names = {ENTRY} if (index / ENTRY).is_file() else set()
    for pattern in (FILTER_GLOB, META_GLOB):
        names |= {path.relative_to(index).as_posix() for path in index.glob(pattern)}
    return names


def decode(path: Path):
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise ValueError(f"{path.name} is not a Pagefind index file")
    return cbor2.loads(raw[len(SIGNATURE):])


def semantic_view(index: Path) -> dict:
    """What the unstable files say, with filter order and content hashes taken out."""
    filters = {}
    for path in sorted(index.glob(FILTER_GLOB)):
        name, values = decode(path)
        filters[path.stem] = [name, sorted([value, sorted(pages)] for value, pages in values)]
    metas = {}
    for path in sorted(index.glob(META_GLOB)):
        language = path.name.split(".")[1].rsplit("_", 1)[0]
        metas[language] = _without_hashes(decode(path), filters)
    entry = json.loads((index / ENTRY).read_text(encoding="utf-8")) if (index / ENTRY).is_file() else {}
    for language in entry.get("languages", {}).values():
        language.pop("hash", None)
    return {"entry": entry, "meta": metas, "filters": sorted(filters.values())}


def _without_hashes(value, filters):
    """Replace each filter file's hash by its content; sort lists of filters."""
    if isinstance(value, str) and value in filters:
        return filters[value]
    if isinstance(value, list):
        items = [_without_hashes(item, filters) for item in value]
        names_filter = any(isinstance(item, str) and item in filters for item in _flatten_pairs(value))
        return sorted(items, key=repr) if names_filter else items
    return value


def _flatten_pairs(value):
    for item in value:
        if isinstance(item, list) and len(item) == 2:
            yield item[1]
