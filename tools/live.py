"""Live preview (`make devserver`, `make regenerate`): stop cleanly, serve 404.html, no false alarms.

Pelican starts watching for changes only after a build ends, so a file saved
during a build (an archive, a post, an image) went unnoticed until the next
save; ``catch_changes_during_builds`` looks for those first.

Pelican runs its watcher and its server as two child processes. Ctrl-C
reaches all three; stopping the make process (or this one) does not reach
the children by itself, which then keep the port. ``prepare`` makes this
process stop when make goes, and take its children with it.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import time

PR_SET_PDEATHSIG = 1


class MissingStaticPathFilter(logging.Filter):
    """content/ is watched as a whole, images/ included once it exists: no warning needed."""

    def __init__(self, content: str):
        super().__init__()
        self.content = os.path.abspath(content)

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith("Unable to watch path"):
            return True
        missing = os.path.abspath(str(record.args[0] if record.args else ""))
        return not missing.startswith(self.content + os.sep)


def stop(signum, frame) -> None:
    for child in multiprocessing.active_children():
        child.terminate()
    for child in multiprocessing.active_children():
        child.join(timeout=5)
    os._exit(0)


def die_with_parent() -> None:
    """Linux: get SIGTERM when the parent (make) exits, however it was stopped."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass
    if os.getppid() == 1:  # make already went
        stop(signal.SIGTERM, None)


def changed_since(since: float, roots: list[str], skip: set[str]) -> set:
    """(change, path) for files and folders under ``roots`` modified after ``since``."""
    from watchfiles import Change

    found = set()
    for root in roots:
        if not root or not os.path.exists(root):
            continue
        if os.path.isfile(root):
            if os.stat(root).st_mtime > since:
                found.add((Change.modified, os.path.abspath(root)))
            continue
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".") and os.path.join(folder, d) not in skip]
            for name in [""] + [f for f in files if not f.startswith((".", "#"))]:
                path = os.path.join(folder, name) if name else folder
                try:
                    if os.stat(path).st_mtime > since:
                        found.add((Change.modified, os.path.abspath(path)))
                except FileNotFoundError:
                    found.add((Change.deleted, os.path.abspath(path)))
    return found


def catch_changes_during_builds() -> None:
    import pelican

    original = pelican.wait_for_changes
    state = {"since": time.time()}

    def wait_for_changes(settings_file, settings):
        content = os.path.abspath(settings.get("PATH", "content"))
        options = settings.get("ARCHIVE_IMPORT")
        imported = options.get("output_dir", "imported") if isinstance(options, dict) else "imported"
        skip = {os.path.join(content, imported)}  # written by the build itself
        roots = [settings_file, settings.get("THEME", ""), content]
        changed = changed_since(state["since"], roots, skip) or original(settings_file, settings)
        state["since"] = time.time()
        return changed

    pelican.wait_for_changes = wait_for_changes


def prepare(content: str | None) -> None:
    import pelican

    from tools.serve import SiteRequestHandler

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    die_with_parent()
    pelican.ComplexHTTPRequestHandler = SiteRequestHandler  # what pelican.listen() serves with
    catch_changes_during_builds()
    logging.getLogger("pelican.utils").addFilter(MissingStaticPathFilter(content or "content"))
