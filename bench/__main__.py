"""`make bench`: ``python -m bench [--quick] [--runs N] [--sizes N ...] [--output FILE]``."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import shlex
import sys
import tempfile
from pathlib import Path

from bench.environment import describe
from bench.measure import ROOT
from bench.one_archive import run_one_archive, section as one_archive_section
from bench.report import render
from bench.suite import Config, run_all, say

DEFAULT_SIZES = [1000, 5000]
DEFAULT_IMPORT_SIZES = [1000, 5000, 10000]
# One archive file holding every post, at two sizes: the import's time must grow linearly with its length.
# 8,000 posts make 19 MB, under the importer's 20 MiB limit for one archive (10,000 would be refused).
DEFAULT_ONE_ARCHIVE_SIZES = [1000, 8000]
# The warm-rebuild time target is set at 1,000 posts; 5,000 shows how it
# grows and checks the memory target for warm rebuilds too.
DEFAULT_WARM_SIZES = [1000, 5000]
DEFAULT_RUNS = 3
# --quick: a smoke run that exercises every step in seconds.
QUICK_SIZES = [60]
QUICK_RUNS = 2
# A fixed default seed: BENCHMARKS.md figures come from a corpus anyone can regenerate.
DEFAULT_SEED = 20111001
# BENCHMARKS.md's hand-measured section (``python -m bench.whole_html``) is not
# something ``make bench`` measures, so a rewrite of the file keeps it as it is.
HAND_MEASURED_HEADING = "## The whole `make html` against plain Pelican, measured by hand"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", help=f"corpus sizes to build (default {DEFAULT_SIZES})")
    parser.add_argument("--import-sizes", type=int, nargs="*",
                        help=f"corpus sizes to import (default {DEFAULT_IMPORT_SIZES})")
    parser.add_argument("--one-archive-sizes", type=int, nargs="*",
                        help=f"posts in one long archive to import (default {DEFAULT_ONE_ARCHIVE_SIZES})")
    parser.add_argument("--warm-sizes", type=int, nargs="*",
                        help=f"corpus sizes to rebuild warm after one edit (default {DEFAULT_WARM_SIZES})")
    parser.add_argument("--runs", type=int, default=None,
                        help=f"runs per step (default $BENCH_RUNS or {DEFAULT_RUNS})")
    parser.add_argument("--size-runs", nargs="*", default=[], metavar="SIZE=RUNS",
                        help="runs for one corpus size, e.g. 5000=1 (default: --runs for every size)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--quick", action="store_true",
                        help=f"smoke run: {QUICK_SIZES} posts, {QUICK_RUNS} runs, report in bench/results/")
    parser.add_argument("--output", type=Path, help="report file (default BENCHMARKS.md; --quick: bench/results/)")
    parser.add_argument("--workdir", type=Path, help="where corpora and outputs go (default a temp folder)")
    parser.add_argument("--keep", action="store_true", help="keep corpora and outputs in --workdir")
    args = parser.parse_args(argv)
    runs = args.runs or int(os.environ.get("BENCH_RUNS") or 0) or (QUICK_RUNS if args.quick else DEFAULT_RUNS)
    if runs < 1:
        parser.error("--runs must be at least 1")
    args.runs = runs
    try:
        args.size_runs = {int(k): int(v) for k, v in (item.split("=", 1) for item in args.size_runs)}
    except ValueError:
        parser.error("--size-runs takes SIZE=RUNS pairs, e.g. 5000=1")
    args.sizes = args.sizes or (QUICK_SIZES if args.quick else DEFAULT_SIZES)
    if args.import_sizes is None:
        args.import_sizes = QUICK_SIZES if args.quick else DEFAULT_IMPORT_SIZES
    if args.one_archive_sizes is None:
        args.one_archive_sizes = QUICK_SIZES if args.quick else DEFAULT_ONE_ARCHIVE_SIZES
    if args.warm_sizes is None:
        args.warm_sizes = args.sizes if args.quick else DEFAULT_WARM_SIZES
    if args.output is None:
        args.output = ROOT / "bench" / "results" / "BENCHMARKS-quick.md" if args.quick else ROOT / "BENCHMARKS.md"
    return args


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return ""


def hand_measured(path: Path) -> str:
    """The hand-measured section of an existing report (from its heading to the end), or ""."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    start = text.find("\n" + HAND_MEASURED_HEADING)
    return text[start:] if start >= 0 else ""


def write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    started = dt.datetime.now(dt.timezone.utc)
    load_at_start = load_average()
    command = "python -m bench" + (" " + shlex.join(argv) if argv else "")
    environment = describe()
    raw = ROOT / "bench" / "results" / "results.json"
    one_archive: dict = {}  # posts in the one long archive -> its import Step

    def write_outputs(results, imports) -> None:
        """Rewritten after every size, so an interrupted run still leaves its figures."""
        report = render(results, imports, environment, args.runs, args.seed, command, started,
                        load=(load_at_start, load_average()))
        report = report.rstrip("\n") + "\n\n" + "\n".join(one_archive_section(one_archive)) if one_archive else report
        kept = hand_measured(args.output)
        write_atomically(args.output, report.rstrip("\n") + "\n" + kept if kept else report)
        write_atomically(raw, json.dumps({"results": [dataclasses.asdict(r) for r in results],
                                          "imports": {k: dataclasses.asdict(v) for k, v in imports.items()},
                                          "one_archive": {k: dataclasses.asdict(v) for k, v in one_archive.items()}},
                                         default=str, indent=1))

    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        config = Config(sizes=args.sizes, import_sizes=args.import_sizes, warm_sizes=args.warm_sizes,
                        runs=args.runs, seed=args.seed, workdir=workdir, keep=args.keep,
                        size_runs=args.size_runs)
        say(f"sizes {args.sizes}, import sizes {args.import_sizes}, {args.runs} runs, work in {workdir}")
        results, imports = run_all(config, progress=write_outputs)
        for size in args.one_archive_sizes:
            one_archive[size] = run_one_archive(config, size)
            write_outputs(results, imports)
    write_outputs(results, imports)
    minutes = (dt.datetime.now(dt.timezone.utc) - started).total_seconds() / 60
    say(f"report written to {args.output} ({minutes:.1f} min); raw figures in {raw}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
