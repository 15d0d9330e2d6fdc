"""Index the posts while Pelican is still writing the rest of a cold build.

Pelican writes every post page first (``ArticlesGenerator.generate_articles``),
then listings, feeds, series and the other pages; Pagefind reads post pages
only. So once the last post page is written (heard through
``content_written``), a forked process runs the batches as ``finalized`` would,
while Pelican writes the rest on the main thread: Pagefind's own process
uses the second core. At ``finalized`` the thread is joined; if the post
pages on disk are not exactly the ones indexed, each with the size and
modification time it had when indexing began (a page written twice, a
static file among the posts), the site is indexed again the usual way, so
the index is always the one a serial build makes.

Only for builds that index every batch afresh (``reuse_bundles`` off, as in
``make html``); live rebuilds index at ``finalized`` as before. The run lives
in the build's settings (``RUN_KEY``) and context, never in this module.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import multiprocessing
from pathlib import Path
from typing import Callable

from common.parallel import serial

log = logging.getLogger(__name__)

# Where the build's Run lives: the generators' context (content_written
# gets a copy of it) and Pelican's settings (finalized gets the Pelican).
RUN_KEY = "_SEARCH_INDEX_RUN"


def matches(relative: str, pattern: str) -> bool:
    """Does a path relative to the output folder match the glob ``pattern``, as ``Path.glob`` would?"""
    parts, wanted = relative.split("/"), pattern.split("/")
    return len(parts) == len(wanted) and all(fnmatch.fnmatchcase(part, want) for part, want in zip(parts, wanted))


def stamps_of(pages: list[Path]) -> list:
    found = []
    for page in pages:
        try:
            stat = page.stat()
        except OSError:
            return []
        found.append((stat.st_size, stat.st_mtime_ns))
    return found


def index_in_child(index: Callable[[], int], connection) -> None:
    """The forked child: index, then send back the count or the exception."""
    try:
        outcome = ("count", index())
    except BaseException as error:  # re-raised in the build's own process by finish()
        outcome = ("error", error)
    try:
        connection.send(outcome)
    except Exception:  # an exception that does not pickle
        connection.send(("error", RuntimeError(repr(outcome[1]))))
    connection.close()


class Run:
    """One build's background indexing. Not a dataclass: its repr is fixed, so the
    render cache's digest of the settings it sits in does not change from run to run."""

    def __init__(self, output: Path, pages: list[Path], index: Callable[[], int], written_under: str):
        self.output = output                    # resolved output folder
        self.written_under = written_under      # the output folder as Pelican's writer names it, with "/"
        self.pages = pages                      # the post pages to index, in path order
        self.pending = {str(page.relative_to(output)).replace(os.sep, "/") for page in pages}
        self.index = index                      # indexes ``pages``: the number indexed, or -1
        self.process = None
        self.connection = None
        self.stamps: list = []                  # each page's (size, mtime) when indexing began

    def __repr__(self) -> str:
        return "search_index.background.Run"

    def note_written(self, relative: str) -> None:
        self.pending.discard(relative)
        if not self.pending and self.process is None:
            self.start()

    def start(self) -> None:
        """A forked process, not a thread: staging and waiting on Pagefind would queue for the GIL."""
        self.stamps = stamps_of(self.pages)
        fork = multiprocessing.get_context("fork")
        self.connection, child_end = fork.Pipe(duplex=False)
        self.process = fork.Process(target=index_in_child, args=(self.index, child_end), name="search-index")
        self.process.start()
        child_end.close()

    def wait(self) -> int:
        """The child's count (-1: failed and logged); its exception is raised here."""
        try:
            kind, value = self.connection.recv()
        except EOFError:
            kind, value = "error", RuntimeError("search_index: the indexing process died without a word")
        self.process.join()
        self.connection.close()
        if kind == "error":
            raise value
        return value


def prepare(context: dict, pelican_settings: dict, settings: dict, pattern: str, index_pages: Callable) -> None:
    """At ``all_generators_finalized``: which post pages Pelican will write, to start on the last one."""
    pelican_settings.pop(RUN_KEY, None)
    context.pop(RUN_KEY, None)
    if not settings["enabled"] or settings["reuse_bundles"] or not pattern or serial(pelican_settings):
        return
    written_under = os.path.join(os.path.abspath(pelican_settings["OUTPUT_PATH"]), "")
    output = Path(written_under).resolve()
    generated = context.get("generated_content") or {}
    relative = {content.save_as for content in generated.values()
                if content is not None and matches(getattr(content, "save_as", "") or "", pattern)}
    if not relative:
        return
    pages = sorted(output / name for name in relative)  # Path order, as post_pages lists them
    # The glob is checked at finish(): the pages on disk must be exactly these.
    run = Run(output, pages, lambda: index_pages(output, pages, settings, None, pattern), written_under)
    context[RUN_KEY] = pelican_settings[RUN_KEY] = run


def note_written(path, context):
    """``content_written``: start indexing once every post page is on disk."""
    run = (context or {}).get(RUN_KEY)
    # The writer joins OUTPUT_PATH and the page's save_as: a prefix, no need to ask the file system.
    if isinstance(run, Run) and run.pending and path.startswith(run.written_under):
        run.note_written(path[len(run.written_under):].replace(os.sep, "/"))


def finish(pelican_settings: dict, post_pages: list[Path]) -> bool:
    """At ``finalized``: True when the background run indexed exactly ``post_pages`` as they are now."""
    run = pelican_settings.pop(RUN_KEY, None)
    if not isinstance(run, Run) or run.process is None:
        return False
    result = run.wait()
    if result < 0:
        return True  # failed and logged as a serial build would; indexing again would fail alike
    if post_pages != run.pages or stamps_of(post_pages) != run.stamps:
        log.info("search_index: post pages changed while they were indexed; indexing them again")
        return False
    return True
