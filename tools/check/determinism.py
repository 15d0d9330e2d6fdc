"""Determinism: two clean builds of the same commit are byte-identical.

Builds the project twice, exactly as ``make html`` does, into two fresh
temporary folders (so nothing from an earlier build survives), then
compares every file byte for byte and names each that differs or exists
in only one build.

Pagefind's index (``pagefind/``) is published, so it is compared too,
byte for byte: the ``search_index`` plugin rewrites the files Pagefind
writes in hash-map order (``plugins/search_index/stable_order.py``).
"""

from __future__ import annotations

import filecmp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tools.check.site import Finding


PROJECT_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 900


def build_command(output: Path, settings: str = "pelicanconf.py", content: str = "content") -> list[str]:
    return [sys.executable, "-m", "tools.build", "--fatal", "errors", content, "-o", str(output), "-s", settings]


def tree_files(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


def compare(first: Path, second: Path) -> list[Finding]:
    """Every file that differs between two output folders."""
    one, two = tree_files(first), tree_files(second)
    findings = [Finding(name, "written by the first build only") for name in sorted(one - two)]
    findings += [Finding(name, "written by the second build only") for name in sorted(two - one)]
    for name in sorted(one & two):
        if not filecmp.cmp(first / name, second / name, shallow=False):
            findings.append(Finding(name, "differs between two builds of the same commit"))
    return findings


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
