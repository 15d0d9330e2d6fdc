"""Run one step in a fresh process; collect wall time and peak memory.

A fresh process per step makes each peak RSS that step's own.  The peak
comes from GNU ``time`` (``/usr/bin/time -f %M``) when present: Linux
carries a process's RSS high-water mark across ``exec``, so a child
forked straight from this runner would report at least the runner's own
size; forked from ``time`` (a 2 MB process) it reports what the step
used.  ``time``'s figure covers the step and every process it waited for
(Pagefind's binary under its Python launcher).  Without GNU time, the
child's ``wait4`` rusage is used, with that floor.
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
GNU_TIME = Path("/usr/bin/time")


class StepFailed(RuntimeError):
    """A measured command exited non-zero; the message ends with its log."""


@dataclass(frozen=True)
class Sample:
    """One run of one step."""

    seconds: float              # wall clock
    peak_mb: float
    log: str = ""
    # User + system CPU seconds of the step and its children: hardly moved
    # by other work on a shared machine, unlike wall time.
    cpu_seconds: float = 0.0
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
    rss_path = log_path.with_suffix(".maxrss")
    timed = ([str(GNU_TIME), "-f", "%M %U %S", "-o", str(rss_path), *command] if GNU_TIME.exists()
             else command)
    with open(log_path, "w", encoding="utf-8") as log:
        start = time.perf_counter()
        process = subprocess.Popen(timed, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, env=child_env())
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log_path.read_text(encoding="utf-8", errors="replace")
    peak_kib = usage.ru_maxrss  # KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    if timed is not command and rss_path.exists():
        # The last line; GNU time writes "Command exited with ..." above it on failure.
        lines = rss_path.read_text().strip().splitlines()
        figures = lines[-1].split() if lines else []
        if len(figures) == 3:
            peak_kib, cpu = int(figures[0]), float(figures[1]) + float(figures[2])
    if check and process.returncode != 0:
        tail = "\n".join(text.splitlines()[-15:])
        raise StepFailed(f"{' '.join(map(str, command))} exited {process.returncode}:\n{tail}")
    return Sample(seconds=seconds, peak_mb=peak_kib / 1024, log=text, extra=last_json_line(text),
                  cpu_seconds=cpu)


def last_json_line(text: str) -> dict:
    for line in reversed(text.strip().splitlines()):
        if line.startswith("{") and line.endswith("}"):
            try:
                return json.loads(line)
            except ValueError:
                return {}
    return {}
