"""The whole `make html` (import + Pelican + plugins + theme + Pagefind) against plain Pelican, by hand.

Usage: .venv/bin/python -m bench.whole_html [--size 1000] [--runs 3] [--workdir /tmp/whole-html] [--kinds plain ours]

A quick measurement for BENCHMARKS.md's hand-measured section, not part of
``make bench``: one corpus from ``bench.corpus`` (seeded), then ``--runs``
interleaved rounds of three cold builds, each in a fresh process:

- ``plain``: plain Pelican (no plugins, default theme) on the corpus's Markdown;
- ``ours``: ``make html`` on the archives as a checkout holds them, imports
  and their digest record committed (the importer skips unchanged archives);
- ``ours-first-import``: ``make html`` with no imports yet (every archive parsed);
- ``ours-serial``: ``make html`` as ``ours`` with ``SERIAL_BUILD`` on (one thread of one process).

Prints one JSON line per run and a summary with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
from pathlib import Path

from bench.__main__ import DEFAULT_SEED
from bench.corpus import generate_posts
from bench.measure import ROOT, run_step
from bench.suite import COMMON_OVERRIDES, pelican_command, plain_overrides
from bench.writers import write_corpus

ORDER = ("plain", "ours", "ours-first-import", "ours-serial")


def make_html(content: Path, output: Path, options: str = "") -> list[str]:
    return ["make", "--no-print-directory", "-C", str(ROOT), "html", f"INPUTDIR={content}", f"OUTPUTDIR={output}",
            f"PELICANOPTS={options}"]


def our_content(paths, work: Path) -> Path:
    """The corpus as our checkout holds it: archives, hand-written posts, pages; imports come from the archives."""
    content = work / "ours-content"
    shutil.rmtree(content, ignore_errors=True)
    shutil.copytree(paths.content, content, ignore=shutil.ignore_patterns("imported"))
    shutil.copytree(paths.archives, content / "archives")
    return content


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def one_run(kind: str, paths, content: Path, work: Path, run: int) -> dict:
    output = work / f"out-{kind}"
    shutil.rmtree(output, ignore_errors=True)
    if kind == "plain":
        command = pelican_command(paths.content, output, {**COMMON_OVERRIDES, **plain_overrides(paths, work)})
    else:
        if kind == "ours-first-import":
            shutil.rmtree(content / "imported", ignore_errors=True)
        command = make_html(content, output, "-e SERIAL_BUILD=true" if kind == "ours-serial" else "")
    before = load()
    sample = run_step(command, work / "logs" / f"{kind}-{run}.log")
    return {"kind": kind, "run": run, "wall": round(sample.seconds, 2), "cpu": round(sample.cpu_seconds, 2),
            "peak_mb": round(sample.peak_mb), "load_before": before, "load_after": load()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/whole-html"))
    parser.add_argument("--kinds", nargs="+", choices=ORDER, default=list(ORDER), help="which builds to time")
    args = parser.parse_args(argv)
    kinds = [kind for kind in ORDER if kind in args.kinds]
    work = args.workdir
    shutil.rmtree(work, ignore_errors=True)
    paths = write_corpus(generate_posts(args.size, DEFAULT_SEED), work / "corpus")
    content = our_content(paths, work)
    run_step(make_html(content, work / "out-warmup"), work / "logs" / "warmup.log")  # imports once
    results = []
    for run in range(args.runs):
        for kind in kinds:
            if kind == "ours" and not (content / "imported").is_dir():
                run_step(make_html(content, work / "out-warmup"), work / "logs" / f"reimport-{run}.log")
            results.append(one_run(kind, paths, content, work, run))
            print(json.dumps(results[-1]), flush=True)
    for kind in kinds:
        walls = [r["wall"] for r in results if r["kind"] == kind]
        cpus = [r["cpu"] for r in results if r["kind"] == kind]
        print(f"{kind}: wall min/median/max {min(walls):.2f}/{statistics.median(walls):.2f}/{max(walls):.2f} s, "
              f"CPU median {statistics.median(cpus):.2f} s")
    print(f"cores: {os.cpu_count()}; load average now {load()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
