"""Determinism: two clean builds of the same commit are byte-identical.

Builds the project twice, exactly as ``make html`` does, into two fresh
temporary folders (so nothing from an earlier build survives), then
compares every file byte for byte and names each that differs or exists
in only one build.

Pagefind's index (``pagefind/``) is published, so it is compared too, all
of it byte for byte except the few files Pagefind writes in hash-map
order (see ``pagefind_index``): those must say the same thing once
decoded and sorted, and the ones that differ only in order are logged
as a note, not a failure.
"""

from __future__ import annotations

import filecmp
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.check import pagefind_index
from tools.check.site import Finding

log = logging.getLogger(__name__)

NAME = "determinism"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 900
SEARCH_INDEX_DIR = "pagefind"


def build_command(output: Path, settings: str = "pelicanconf.py", content: str = "content") -> list[str]:
    return [sys.executable, "-m", "tools.build", "--fatal", "errors", content, "-o", str(output), "-s", settings]


def tree_files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def compare(first: Path, second: Path) -> list[Finding]:
    """Every file that differs between two output folders."""
    one, two = tree_files(first), tree_files(second)
    reordered = _search_index_reordered(first, second)
    if reordered is not None:
        one -= reordered
        two -= reordered
    findings = [Finding(name, "written by the first build only") for name in sorted(one - two)]
    findings += [Finding(name, "written by the second build only") for name in sorted(two - one)]
    for name in sorted(one & two):
        if not filecmp.cmp(first / name, second / name, shallow=False):
            findings.append(Finding(name, "differs between two builds of the same commit"))
    return findings


def _search_index_reordered(first: Path, second: Path) -> set[str] | None:
    """The Pagefind files to leave out of the byte comparison: those that
    differ only in filter order. None when the two indexes really differ
    (then every file is compared byte for byte and named)."""
    indexes = first / SEARCH_INDEX_DIR, second / SEARCH_INDEX_DIR
    if not all(index.is_dir() for index in indexes):
        return None
    unstable = [pagefind_index.unstable_files(index) for index in indexes]
    try:
        same = pagefind_index.semantic_view(indexes[0]) == pagefind_index.semantic_view(indexes[1])
    except (OSError, ValueError, EOFError) as error:
        log.warning("determinism: could not decode the Pagefind index: %s", error)
        return None
    if not same:
        return None
    names = {f"{SEARCH_INDEX_DIR}/{name}" for name in unstable[0] | unstable[1]}
    differing = sorted(name for name in names if not (first / name).is_file() or not (second / name).is_file()
                       or not filecmp.cmp(first / name, second / name, shallow=False))
    if differing:
        log.info("determinism: note: %d Pagefind file(s) differ only in the order Pagefind writes filter values "
                 "(upstream Pagefind/pagefind#638); decoded, they are the same: %s", len(differing), ", ".join(differing))
    return names


def check(project_root: Path = PROJECT_ROOT, settings: str = "pelicanconf.py", content: str = "content") -> list[Finding]:
    with tempfile.TemporaryDirectory(prefix="determinism-") as scratch:
        outputs = [Path(scratch) / "first", Path(scratch) / "second"]
        for output in outputs:
            try:
                result = subprocess.run(build_command(output, settings, content), cwd=project_root,
                                        capture_output=True, text=True, encoding="utf-8", errors="replace",
                                        timeout=TIMEOUT_SECONDS, check=False, env=_build_env())
            except (OSError, subprocess.TimeoutExpired) as error:
                return [Finding("(determinism)", f"the build did not run: {error}")]
            if result.returncode != 0:
                tail = " | ".join((result.stderr or result.stdout).strip().splitlines()[-5:])
                return [Finding("(determinism)", f"the build failed (exit {result.returncode}): {tail}")]
        return compare(*outputs)


def _build_env() -> dict:
    # Each build gets a different hash seed, as two separate `make html` runs do:
    # output that depends on set or dict-of-str ordering then shows up as a difference.
    env = dict(os.environ)
    env.pop("PYTHONHASHSEED", None)
    return env
