"""BENCHMARKS.md from measured results: targets first, then the detail.

Time targets are judged on the median of the runs, memory targets on
the highest peak seen (memory hardly varies, and a limit is a limit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from bench.environment import Environment
from bench.measure import Spread
from bench.suite import SizeResult, Step
from bench.targets import (COLD_RATIO_LIMIT, IMPORT_BIG_MB, IMPORT_BIG_POSTS, IMPORT_BIG_SECONDS,
                           IMPORT_RATE_LIMIT, MEMORY_AT_POSTS, MEMORY_LIMIT_MB, WARM_AT_POSTS,
                           WARM_LIMIT_SECONDS)


@dataclass(frozen=True)
class Verdict:
    target: str
    measured: str
    passed: bool | None             # None: could not be measured
    cpu_measured: str = "–"         # the same figure from CPU seconds, for time targets
    cpu_passed: bool | None = None


def median_of(step: Step | None, measure: str) -> float | None:
    """Median wall (or import-call) seconds, CPU seconds, or highest peak MB of a step."""
    if not (step and step.ok):
        return None
    if measure == "cpu":
        return step.cpu.median
    if measure == "peak":
        return step.peak_mb.high
    return step.seconds.median


def ratio(top: Step | None, bottom: Step | None, measure: str = "wall") -> float | None:
    a, b = median_of(top, measure), median_of(bottom, measure)
    return a / b if a is not None and b else None


def import_rate(size: int, step: Step | None, measure: str = "wall") -> float | None:
    """Posts the archives hold per second (hand-written posts are not imported)."""
    seconds = median_of(step, measure)
    return step.notes.get("in_archives", size) / seconds if seconds else None


def verdict(target: str, value: float | None, passes: Callable[[float], bool], fmt: str,
            why: str = "", cpu_value: float | None = None) -> Verdict:
    if value is None:
        return Verdict(target, f"not measured{': ' + why if why else ''}", None)
    if cpu_value is None:
        return Verdict(target, fmt.format(value), passes(value))
    return Verdict(target, fmt.format(value), passes(value), fmt.format(cpu_value), passes(cpu_value))


def skip_reason(step: Step | None) -> str:
    return step.skipped if step and step.skipped else "size not run"


def time_verdict(target, step, passes, fmt, value=median_of, **kwargs) -> Verdict:
    """A time target judged twice: on wall seconds and on CPU seconds."""
    return verdict(target, value(step, "wall"), passes, fmt, skip_reason(step),
                   cpu_value=value(step, "cpu"), **kwargs)


def memory_verdict(target: str, step: Step | None, limit: float) -> Verdict:
    return verdict(target, median_of(step, "peak"), lambda v: v < limit, "{:.0f} MB", skip_reason(step))


def verdicts(results: list[SizeResult], imports: dict[int, Step]) -> list[Verdict]:
    out = []
    by_size = {r.size: r for r in results}
    for r in results:
        ours, plain = r.steps.get("cold_ours"), r.steps.get("cold_plain")
        out.append(verdict(f"Cold build ≤ {COLD_RATIO_LIMIT}× plain Pelican, {r.size:,} posts",
                           ratio(ours, plain), lambda v: v <= COLD_RATIO_LIMIT, "{:.2f}×",
                           cpu_value=ratio(ours, plain, "cpu")))
    warm = by_size.get(WARM_AT_POSTS)
    out.append(time_verdict(f"Warm rebuild after one edit < {WARM_LIMIT_SECONDS:g} s, {WARM_AT_POSTS:,} posts",
                            warm.steps.get("warm_ours") if warm else None,
                            lambda v: v < WARM_LIMIT_SECONDS, "{:.2f} s"))
    for size, step in imports.items():
        out.append(time_verdict(f"Import ≥ {IMPORT_RATE_LIMIT:,} posts/s, {size:,} posts", step,
                                lambda v: v >= IMPORT_RATE_LIMIT, "{:,.0f} posts/s",
                                value=lambda s, m, size=size: import_rate(size, s, m)))
    big = by_size.get(MEMORY_AT_POSTS)
    for key, label in (("cold_ours", "cold build"), ("warm_ours", "warm rebuild")):
        out.append(memory_verdict(f"Peak memory of our {label} < {MEMORY_LIMIT_MB} MB, {MEMORY_AT_POSTS:,} posts",
                                  big.steps.get(key) if big else None, MEMORY_LIMIT_MB))
    # `make html` runs Pagefind after Pelican: its peak is the build's too.
    out.append(memory_verdict(f"Peak memory of search indexing (Pagefind, run by `make html`) < {MEMORY_LIMIT_MB} MB, "
                              f"{MEMORY_AT_POSTS:,} posts", big.steps.get("pagefind") if big else None,
                              MEMORY_LIMIT_MB))
    out.append(memory_verdict(f"Peak memory of the import < {MEMORY_LIMIT_MB} MB, {MEMORY_AT_POSTS:,} posts",
                              imports.get(MEMORY_AT_POSTS), MEMORY_LIMIT_MB))
    step = imports.get(IMPORT_BIG_POSTS)
    out.append(time_verdict(f"Import of {IMPORT_BIG_POSTS:,} posts < {IMPORT_BIG_SECONDS:g} s", step,
                            lambda v: v < IMPORT_BIG_SECONDS, "{:.2f} s"))
    out.append(memory_verdict(f"Import of {IMPORT_BIG_POSTS:,} posts < {IMPORT_BIG_MB} MB", step, IMPORT_BIG_MB))
    return out


def spread(values: Spread, fmt: str = "{:.2f}") -> str:
    return " / ".join(fmt.format(v) for v in (values.low, values.median, values.high))


def step_row(label: str, step: Step | None, note: str = "") -> str:
    if step is None:
        return f"| {label} | – | – | – | not run |"
    if not step.ok:
        return f"| {label} | – | – | – | {'skipped: ' + step.skipped if step.skipped else 'not measured: a step failed'} |"
    return f"| {label} | {spread(step.seconds)} | {spread(step.cpu)} | {spread(step.peak_mb, '{:.0f}')} | {note} |"


def build_note(step: Step | None) -> str:
    if not step or not step.notes:
        return ""
    n = step.notes
    return f"{n.get('articles')} articles; {n.get('errors', 0)} errors, {n.get('warnings', 0)} warnings logged"


def size_section(r: SizeResult) -> list[str]:
    s = r.steps
    cold, hugo = ratio(s.get("cold_ours"), s.get("cold_plain")), ratio(s.get("cold_ours"), s.get("hugo"))
    cold_cpu = ratio(s.get("cold_ours"), s.get("cold_plain"), "cpu")
    warm = ratio(s.get("warm_ours"), s.get("warm_plain"), "cpu")
    some = next((st for st in s.values() if st.samples), None)
    lines = [f"## {r.size:,} posts" + (f" ({len(some.samples)} runs)" if some else ""), "",
             "| Step | wall s (min / median / max) | CPU s (min / median / max) | peak RSS MB (min / median / max) | notes |",
             "|---|---|---|---|---|",
             step_row("Cold build, our site", s.get("cold_ours"), build_note(s.get("cold_ours"))),
             step_row("Cold build, plain Pelican", s.get("cold_plain"), build_note(s.get("cold_plain"))),
             step_row("Warm rebuild after one edit, our site", s.get("warm_ours"),
                      "content cache and render cache on"),
             step_row("Warm rebuild after one edit, plain Pelican", s.get("warm_plain"), "content cache on"),
             step_row("Hugo, same posts", s.get("hugo"),
                      f"{s['hugo'].notes.get('pages')} article pages" if s.get("hugo") and s["hugo"].ok else ""),
             step_row("Pagefind over our output", s.get("pagefind")),
             "", "Ratios of medians:", ""]
    lines.append(f"- our cold build / plain Pelican: **{cold:.2f}×** wall, **{cold_cpu:.2f}×** CPU"
                 if cold and cold_cpu else "- our cold build / plain Pelican: –")
    lines.append(f"- our warm rebuild / plain Pelican's: {warm:.2f}× CPU" if warm
                 else "- our warm rebuild / plain Pelican's: –")
    lines.append(f"- our cold build / Hugo: {hugo:.1f}× wall (Hugo uses every core; Pelican one)" if hugo
                 else "- our cold build / Hugo: –")
    counts = {name: (s.get(f"cold_{name}").notes or {}).get("articles") for name in ("ours", "plain")
              if s.get(f"cold_{name}")}
    if len(set(counts.values())) > 1:
        lines.append(f"- **the two builds processed different numbers of articles**: {counts}")
    if r.pagefind_pages:
        lines.append(f"- Pagefind index: {r.pagefind_bytes / 1048576:.1f} MiB for {r.pagefind_pages:,} pages, "
                     f"{r.pagefind_bytes / r.pagefind_pages / 1024:.1f} KiB per page")
    if "failed" in s:
        lines += ["", f"A step failed: `{s['failed'].skipped.splitlines()[0]}`"]
    return lines + [""]


def import_note(size: int, step: Step) -> str:
    n = step.notes
    note = f"{n.get('written')} Markdown files written for the {n.get('in_archives', size):,} posts in the archives"
    if n.get("failed_archives"):
        note += f"; {n['failed_archives']} archives failed"
    if n.get("warnings"):
        note += f"; {n['warnings']} warnings"
    return note


def import_section(imports: dict[int, Step]) -> list[str]:
    lines = ["## Import (archives → Markdown)", "",
             "Wall and CPU seconds inside `archive_import.import_archives` (interpreter start-up excluded), "
             "rate = posts in the archives / median seconds; peak RSS of the whole process.", "",
             "| Posts | seconds (min / median / max) | posts/s (median) | CPU s (min / median / max) | peak RSS MB (min / median / max) | notes |",
             "|---|---|---|---|---|---|"]
    for size, step in imports.items():
        if not step.ok:
            lines.append(f"| {size:,} | – | – | – | – | skipped: {step.skipped} |")
            continue
        lines.append(f"| {size:,} | {spread(step.seconds)} | {import_rate(size, step):,.0f} | {spread(step.cpu)} "
                     f"| {spread(step.peak_mb, '{:.0f}')} | {import_note(size, step)} |")
    return lines + [""]


def render(results: list[SizeResult], imports: dict[int, Step], env: Environment,
           runs: int, seed: int, command: str, when: dt.datetime, load: tuple[str, str] = ("", "")) -> str:
    checks = verdicts(results, imports)
    marks = {True: "pass", False: "**FAIL**", None: "not measured"}
    dirty = " plus uncommitted changes" if env.dirty else ""
    versions = ", ".join(f"{k} {v}" for k, v in env.packages.items())
    lines = ["# Benchmarks", "",
             f"Written by `{command}` on {when:%Y-%m-%d %H:%M} UTC from commit `{env.commit}`{dirty}; "
             f"{runs} runs of every step unless a table says otherwise, corpus seed {seed}. "
             "Generated: rerun rather than edit.", "",
             "## Targets", "",
             "Time targets use the median run, memory targets the highest peak. Each time target is judged "
             "twice: on wall-clock seconds (what a user waits) and on CPU seconds (user + system, which other "
             "work on a shared machine hardly changes; on an idle machine Pelican's wall time is close to it).", "",
             "| Target | Measured (wall) | Result (wall) | Measured (CPU) | Result (CPU) |", "|---|---|---|---|---|"]
    lines += [f"| {v.target} | {v.measured} | {marks[v.passed]} | {v.cpu_measured} "
              f"| {marks[v.cpu_passed] if v.cpu_measured != '–' else '–'} |" for v in checks]
    lines += ["", "## Machine and versions", "",
              f"- CPU: {env.cpu}, {env.cores} cores; RAM {env.ram_gib:.1f} GiB",
              f"- OS: {env.os}, Linux {env.kernel}",
              f"- Python {env.python}; {versions}",
              f"- Hugo {env.hugo} (Debian package); Pagefind binary {env.pagefind_binary}",
              *([f"- Load average (1/5/15 min) at start {load[0]}, at end {load[1]}: other work on the "
                 f"machine slows every step alike; the ratios compare runs interleaved in time"] if load[0] else []),
              "",
              "## How to rerun", "", "```",
              "make bench                                   # 1,000 and 5,000 posts; import also 10,000, "
              "and one archive of 1,000 and 8,000; 3 runs",
              ".venv/bin/python -m bench --runs 5           # more runs (or BENCH_RUNS=5 make bench)",
              ".venv/bin/python -m bench --sizes 1000 --import-sizes 1000 --output /tmp/b.md",
              ".venv/bin/python -m bench --quick            # smoke run on a tiny corpus",
              "```", "",
              "## What is measured", "",
              "- **Corpus**: `bench/corpus.py` generates N posts (seeded) from a short description of five "
              "archive layouts (`LAYOUTS`: posts per file, where the date sits and how precise it is, chrome "
              "lines) and a small vocabulary; bullets, numbered lists, undated posts and series titles "
              "(5 W’s, Monthly Mash, Top 5 of the week, Guest Blog) included, plus 2% hand-written posts with "
              "`Series:`. They are written as archives, Pelican Markdown and a Hugo site.",
              "- **Cold build**: `python -m pelican` with `pelicanconf.py`, content caches off, Pagefind off "
              "(measured on its own), against the same command with `PLUGINS=[]` and `THEME=\"notmyidea\"`. "
              "Every step runs in a fresh process; peak RSS is that process's `ru_maxrss`.",
              "- **Warm rebuild**: a primed build with `CACHE_CONTENT` and `LOAD_CONTENT_CACHE` on, then one "
              "post gets a new sentence and the site is rebuilt. For our site that also turns on "
              "`plugins/render_cache`, which renders only pages whose inputs changed (as `make devserver` "
              "does); `tests/render_cache` checks its output is byte-identical to a cold build.",
              "- **Hugo**: `hugo --quiet` over the same posts with a minimal built-in layout.",
              "- **Pagefind**: `plugins/search_index` over our cold build output, in batches as `make html` runs it.",
              "- **Import**: `archive_import.import_archives` over the generated archives. Both Pelican builds "
              "read the generator's own Markdown (the same posts Hugo gets), so build figures do not depend "
              "on how many posts the importer recovers.", ""]
    lines += import_section(imports)
    for r in results:
        lines += size_section(r)
    return "\n".join(lines).rstrip() + "\n"
