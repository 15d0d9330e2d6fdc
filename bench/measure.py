"""Run one step in a fresh process; collect wall time and peak memory.

A fresh process per step makes each peak RSS that step's own: the
kernel's ``wait4`` rusage of the child covers the child and every
process it waited for (Pagefind's binary under its Python launcher), and
nothing from the benchmark runner itself.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class StepFailed(RuntimeError):
    """A measured command exited non-zero; the message ends with its log."""


@dataclass(frozen=True)
class Sample:
    """One run of one step."""

    seconds: float
    peak_mb: float
    log: str = ""
    # Whatever the step reported about itself on its last stdout line (JSON).
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Spread:
    low: float
    median: float
    high: float

    @classmethod
    def of(cls, values: list[float]) -> "Spread":
        if not values:
            raise ValueError("no values to summarise")
        return cls(min(values), statistics.median(values), max(values))


def child_env() -> dict:
    # Same hash seed as the tests' builds: deterministic set iteration.
    return {**os.environ, "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


def run_step(command: list[str], log_path: Path, cwd: Path = ROOT, check: bool = True) -> Sample:
    """Run ``command``; its stdout and stderr go to ``log_path``."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w", encoding="utf-8") as log:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=log, stderr=subprocess.STDOUT,
                                   env=child_env())
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    if check and process.returncode != 0:
        tail = "\n".join(text.splitlines()[-15:])
        raise StepFailed(f"{' '.join(map(str, command))} exited {process.returncode}:\n{tail}")
    # ru_maxrss is in KiB on Linux.
    return Sample(seconds=seconds, peak_mb=usage.ru_maxrss / 1024, log=text, extra=last_json_line(text))


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{") and line.endswith("}"):
            try:
                return json.loads(line)
            except ValueError:
                return {}
    return {}
