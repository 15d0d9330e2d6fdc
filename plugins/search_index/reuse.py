"""Which bundles a live rebuild can keep: each batch's posts with their size and mtime.

A bundle is a function of its posts' files, this plugin's code, Pagefind's
version and the options (``indexer_digest``); when none of those changed
since the last build, indexing again would write the same bytes.
"""

import hashlib
import json
import logging
from importlib import metadata as distributions
from pathlib import Path

from common.files import write_atomic

log = logging.getLogger(__name__)


def stamps(output: Path, pages: list[Path]) -> list:
    found = []
    for page in pages:
        stat = page.stat()
        found.append([str(page.relative_to(output)), stat.st_size, stat.st_mtime_ns])
    return found


def indexer_digest(settings) -> str:
    """What makes every bundle stale at once: this plugin's code, Pagefind's version, the options."""
    hasher = hashlib.blake2b(digest_size=16)
    for source in sorted(Path(__file__).parent.glob("*.py")):
        hasher.update(source.read_bytes())
    try:
        hasher.update(distributions.version("pagefind").encode())
    except distributions.PackageNotFoundError:
        pass
    hasher.update(json.dumps([settings["command"], settings["batch_pages"]]).encode())
    return hasher.hexdigest()


def load_stamps(path: Path, digest: str) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("digest") != digest or not isinstance(data.get("bundles"), dict):
        return {}
    return data["bundles"]


def save_stamps(path: Path, digest: str, bundles: dict) -> None:
    """Atomically, so a stopped build leaves the last good record."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"digest": digest, "bundles": bundles}, sort_keys=True).encode("utf-8"))
    except OSError as error:
        log.warning("search_index: could not save %s (%s); the next build indexes every post", path, error)
