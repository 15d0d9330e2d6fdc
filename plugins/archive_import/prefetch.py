"""Archives parsed ahead in worker processes, for ``make import`` on a machine with several cores.

``parse_archive`` is pure (bytes, name and settings in, ``ParsedArchive`` out), so
an archive can be parsed in any process at any time. The writer still takes the
archives one by one in name order and does every write, slug and record update
itself: the files and the report are those of a serial import. A parse made
ahead is used only if the archive's inputs are still the ones it was made from.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

from .digests import input_digest
from .model import ArchiveConfig, ParsedArchive
from .parser import parse_archive

# Archives parsed ahead per worker: enough to keep every worker busy while the
# writer writes, few enough that only a handful of archives sit in memory.
AHEAD_PER_WORKER = 3


def _parse_file(path: str, name: str, config: ArchiveConfig) -> tuple[str, ParsedArchive]:
    """In a worker: the archive's parse, and the digest of the inputs it was made from."""
    with open(path, "rb") as handle:
        data = handle.read()
    return input_digest(data, config), parse_archive(data, name, config)


class Parses:
    """``parsed()`` gives each archive's parse: made ahead by ``workers`` forked processes, else here.

    ``jobs``: (name, path, config) of the archives that will likely be parsed, in the order the
    writer takes them; the others (unchanged, refused) are never parsed ahead, but by ``parse`` here.
    """

    def __init__(self, workers: int, jobs: list[tuple[str, str, ArchiveConfig]],
                 parse: Callable[[bytes, str, ArchiveConfig], ParsedArchive]) -> None:
        self.parse = parse  # the writer's, for the archives parsed here
        self.pending = list(reversed(jobs))  # popped from the end: the writer's order
        self.ahead: dict[str, Future] = {}
        self.pool = None
        self.window = min(workers, len(jobs)) * AHEAD_PER_WORKER
        if workers > 1 and len(jobs) > 1:  # one archive: nothing to overlap, so no process to start
            # Forked, as the build's other workers: no interpreter start-up, the importer already loaded.
            self.pool = ProcessPoolExecutor(min(workers, len(jobs)), mp_context=multiprocessing.get_context("fork"))
            self._top_up()

    def _top_up(self) -> None:
        while self.pool is not None and self.pending and len(self.ahead) < self.window:
            name, path, config = self.pending.pop()
            self.ahead[name] = self.pool.submit(_parse_file, path, name, config)

    def parsed(self, data: bytes, name: str, config: ArchiveConfig, inputs: str) -> ParsedArchive:
        """The parse of ``data``; ``inputs`` is its ``input_digest``."""
        made = None
        while name in self.ahead:  # parses made ahead of archives passed over (skipped after all) go
            first, future = next(iter(self.ahead.items()))
            del self.ahead[first]
            if first == name:
                made = future
            else:
                future.cancel()
        self._top_up()
        if made is not None:
            try:
                made_from, parsed = made.result()
            except Exception:  # a worker died (out of memory?): parse here, as a serial import would
                made_from = None
            if made_from == inputs:
                return parsed
        return self.parse(data, name, config)  # serial, not foreseen, or changed since

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def default_workers() -> int:
    """Worker processes for ``make import``: one per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
