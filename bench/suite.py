"""The measurements, each step in fresh subprocesses, several runs each.

Per corpus size: cold builds of our site and of plain Pelican (runs
interleaved so drift on the machine hits both alike), Hugo on the same
posts, Pagefind over our output (``make html`` runs it too), then warm
rebuilds after one edit with Pelican's content cache on. Imports are
measured on their own list of sizes (10,000 posts for the importer's
target).
"""

from __future__ import annotations

import json
import os
import re
import runpy
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from bench.corpus import generate_posts
from bench.measure import ROOT, Sample, Spread, StepFailed, run_step
from bench.writers import CorpusPaths, write_archives, write_corpus

PY = sys.executable
# Both Pelican builds: caches off (cold), and a date for undated posts so
# plain Pelican builds every post too (our importer plugin replaces it
# with its own sentinel for posts whose date_precision is unknown).
COMMON_OVERRIDES = {"CACHE_CONTENT": False, "LOAD_CONTENT_CACHE": False, "DEFAULT_DATE": [2000, 1, 1]}
# Our site as `make html` builds it, minus Pagefind (measured on its own).
OURS_OVERRIDES = {"SEARCH_INDEX": {"enabled": False}}
# Plain Pelican: no plugins, its default theme and direct templates (our
# theme adds search/), every other setting ours.
PLAIN_OVERRIDES = {"PLUGINS": [], "THEME": "notmyidea",
                   "DIRECT_TEMPLATES": ["index", "tags", "categories", "authors", "archives"]}
WARM_OVERRIDES = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
PROCESSED = re.compile(r"Processed (\d+) articles?")
LOGGED_PROBLEM = re.compile(r"^\s*(?:\[[^\]]*\]\s*)?(ERROR|WARNING)\b", re.MULTILINE)
PAGEFIND_PAGES = re.compile(r"Indexed (\d+) pages?")


@dataclass
class Step:
    """All runs of one measured step (or why it was skipped)."""

    samples: list[Sample] = field(default_factory=list)
    skipped: str | None = None
    notes: dict = field(default_factory=dict)

    @property
    def seconds(self) -> Spread:
        return Spread.of([s.extra.get("seconds", s.seconds) if self.notes.get("inner_time") else s.seconds
                          for s in self.samples])

    @property
    def wall(self) -> Spread:
        return Spread.of([s.seconds for s in self.samples])

    @property
    def cpu(self) -> Spread:
        return Spread.of([s.extra.get("cpu_seconds", s.cpu_seconds) if self.notes.get("inner_time")
                          else s.cpu_seconds for s in self.samples])

    @property
    def peak_mb(self) -> Spread:
        return Spread.of([s.peak_mb for s in self.samples])

    @property
    def ok(self) -> bool:
        return bool(self.samples) and not self.skipped


@dataclass
class SizeResult:
    size: int
    steps: dict[str, Step] = field(default_factory=dict)
    pagefind_bytes: int = 0
    pagefind_pages: int = 0


@dataclass
class Config:
    sizes: list[int]
    import_sizes: list[int]
    warm_sizes: list[int]
    runs: int
    seed: int
    workdir: Path
    keep: bool = False
    # Runs for particular sizes (e.g. {5000: 1}) when the default would take too long.
    size_runs: dict[int, int] = field(default_factory=dict)


def pelican_command(content: Path, output: Path, overrides: dict) -> list[str]:
    return [PY, "-m", "pelican", str(content), "-o", str(output), "-s", str(ROOT / "pelicanconf.py"),
            "--log-handler", "plain",
            "-e", *[f"{key}={json.dumps(value)}" for key, value in overrides.items()]]


def build_notes(sample: Sample) -> dict:
    found = PROCESSED.search(sample.log)
    problems = LOGGED_PROBLEM.findall(sample.log)
    return {"articles": int(found.group(1)) if found else None,
            "errors": problems.count("ERROR"), "warnings": problems.count("WARNING")}


def say(message: str) -> None:
    print(f"bench: {message}", flush=True)


def plain_overrides(paths: CorpusPaths, work: Path) -> dict:
    """PLAIN_OVERRIDES, plus a page template for each ``Template:`` our pages name.

    Our pages may ask for templates only our theme has (404); plain Pelican
    renders them with its ``page.html`` so both builds write the same pages.
    """
    import pelican
    folder = work / "plain-templates"
    folder.mkdir(parents=True, exist_ok=True)
    notmyidea = Path(pelican.__file__).parent / "themes" / "notmyidea" / "templates"
    for page in sorted(paths.content.glob("pages/**/*.md")):
        head = page.read_text(encoding="utf-8").split("\n\n", 1)[0]
        for name in re.findall(r"^Template:\s*(\S+)", head, re.MULTILINE | re.IGNORECASE):
            if not (notmyidea / f"{name}.html").exists():
                (folder / f"{name}.html").write_text('{% extends "page.html" %}\n', encoding="utf-8")
    return {**PLAIN_OVERRIDES, "THEME_TEMPLATES_OVERRIDES": [str(folder)]}


def measure_builds(paths: CorpusPaths, work: Path, runs: int, result: SizeResult) -> None:
    sites = {"ours": OURS_OVERRIDES, "plain": plain_overrides(paths, work)}
    for name in sites:
        result.steps[f"cold_{name}"] = Step()
    for run in range(runs):
        for name, overrides in sites.items():
            output = work / f"out-{name}"
            shutil.rmtree(output, ignore_errors=True)
            sample = run_step(pelican_command(paths.content, output, {**COMMON_OVERRIDES, **overrides}),
                              work / "logs" / f"cold-{name}-{run}.log")
            step = result.steps[f"cold_{name}"]
            step.samples.append(sample)
            step.notes = build_notes(sample)
            say(f"{result.size} posts: cold build {name} run {run + 1}: {sample.seconds:.2f} s, {sample.peak_mb:.0f} MB")


def measure_hugo(paths: CorpusPaths, work: Path, runs: int, result: SizeResult) -> None:
    step = result.steps["hugo"] = Step()
    hugo = shutil.which("hugo")
    if not hugo:
        step.skipped = "hugo not found on PATH (Debian: apt-get install hugo)"
        return
    for run in range(runs):
        output = work / "out-hugo"
        shutil.rmtree(output, ignore_errors=True)
        sample = run_step([hugo, "--quiet", "--source", str(paths.hugo), "--destination", str(output),
                           "--cacheDir", str(work / "hugo-cache")], work / "logs" / f"hugo-{run}.log")
        step.samples.append(sample)
        say(f"{result.size} posts: hugo run {run + 1}: {sample.seconds:.2f} s")
    step.notes = {"pages": sum(1 for _ in (work / "out-hugo" / "posts").glob("*/index.html"))}


def measure_pagefind(work: Path, runs: int, result: SizeResult) -> None:
    step = result.steps["pagefind"] = Step()
    site = work / "out-ours"
    # The pages search indexes are where pelicanconf.py writes posts.
    article_save_as = runpy.run_path(str(ROOT / "pelicanconf.py"))["ARTICLE_SAVE_AS"]
    for run in range(runs):
        shutil.rmtree(site / "pagefind", ignore_errors=True)
        # As `make html` runs it: plugins/search_index, Pagefind in batches of posts.
        sample = run_step([PY, "-m", "search_index", str(site), article_save_as],
                          work / "logs" / f"pagefind-{run}.log", cwd=ROOT / "plugins")
        step.samples.append(sample)
        say(f"{result.size} posts: pagefind run {run + 1}: {sample.seconds:.2f} s")
    found = PAGEFIND_PAGES.search(step.samples[-1].log)
    result.pagefind_pages = int(found.group(1)) if found else 0
    result.pagefind_bytes = sum(f.stat().st_size for f in (site / "pagefind").rglob("*") if f.is_file())


def measure_warm(paths: CorpusPaths, work: Path, runs: int, result: SizeResult, edit: Path) -> None:
    """Prime a cached build, then per run: change one post and rebuild."""
    sites = {"ours": OURS_OVERRIDES, "plain": plain_overrides(paths, work)}
    commands = {}
    for name, overrides in sites.items():
        output = work / f"warm-{name}"
        shutil.rmtree(output, ignore_errors=True)
        cache = {"CACHE_PATH": str(work / f"cache-{name}")}
        commands[name] = pelican_command(paths.content, output,
                                         {**COMMON_OVERRIDES, **overrides, **WARM_OVERRIDES, **cache})
        run_step(commands[name], work / "logs" / f"warm-{name}-prime.log")
        result.steps[f"warm_{name}"] = Step()
    original = edit.read_text(encoding="utf-8")
    try:
        for run in range(runs):
            edit.write_text(original + f"\nOne more sentence, edit number {run + 1}.\n", encoding="utf-8")
            for name in sites:
                sample = run_step(commands[name], work / "logs" / f"warm-{name}-{run}.log")
                result.steps[f"warm_{name}"].samples.append(sample)
                say(f"{result.size} posts: warm rebuild {name} run {run + 1}: {sample.seconds:.2f} s")
    finally:
        edit.write_text(original, encoding="utf-8")


def measure_import(archives: Path, work: Path, runs: int, size: int, in_archives: int) -> Step:
    """Each run imports into a folder of its own; all are deleted after the last run.

    Deleting thousands of just-written files between runs leaves the kernel
    work behind (ext4 discards, inode reclaim) and the next run pays for
    it: on the 2-core VM 10,000 posts took 7 s after a quiet disk but 13 s
    straight after such a clean-up. An author imports once, on a quiet disk.
    """
    step = Step(notes={"inner_time": True, "in_archives": in_archives})
    outputs = [work / f"import-{run}" for run in range(runs)]
    for output in outputs:
        shutil.rmtree(output, ignore_errors=True)
    os.sync()  # earlier steps' writes and deletions are flushed before the clock starts
    try:
        for run, output in enumerate(outputs):
            sample = run_step([PY, "-m", "bench.import_step", str(archives), str(output)],
                              work / "logs" / f"import-{run}.log")
            step.samples.append(sample)
            step.notes.update({key: sample.extra.get(key) for key in ("written", "failed_archives", "warnings")})
            say(f"{size} posts: import run {run + 1}: {sample.extra['seconds']:.2f} s, {sample.peak_mb:.0f} MB")
    finally:
        for output in outputs:
            shutil.rmtree(output, ignore_errors=True)
    return step


def archived(posts: list) -> int:
    """Posts the archives hold (hand-written ones are Markdown only)."""
    return sum(not post.hand_written for post in posts)


def run_size(config: Config, size: int) -> SizeResult:
    runs = config.size_runs.get(size, config.runs)
    work = config.workdir / f"size-{size}"
    shutil.rmtree(work, ignore_errors=True)
    posts = generate_posts(size, config.seed)
    paths = write_corpus(posts, work / "corpus")
    say(f"{size} posts: corpus written to {paths.root}")
    result = SizeResult(size)
    middle = [p for p in posts if not p.hand_written][size // 2]
    try:
        measure_builds(paths, work, runs, result)
        measure_hugo(paths, work, runs, result)
        measure_pagefind(work, runs, result)
        if size in config.warm_sizes:
            measure_warm(paths, work, runs, result, paths.content / "imported" / f"{middle.slug}.md")
    except StepFailed as failure:
        say(f"{size} posts: a step failed: {failure}")
        result.steps.setdefault("failed", Step(skipped=str(failure)))
    if size in config.import_sizes:
        result.steps["import"] = measure_import(paths.archives, work, runs, size, archived(posts))
    if not config.keep:
        shutil.rmtree(work, ignore_errors=True)
    return result


def run_import_only(config: Config, size: int) -> Step:
    work = config.workdir / f"import-{size}"
    shutil.rmtree(work, ignore_errors=True)
    posts = generate_posts(size, config.seed)
    write_archives(posts, work / "archives")
    step = measure_import(work / "archives", work, config.runs, size, archived(posts))
    if not config.keep:
        shutil.rmtree(work, ignore_errors=True)
    return step


def run_all(config: Config, progress: Callable[[list, dict], None] = lambda results, imports: None
            ) -> tuple[list[SizeResult], dict[int, Step]]:
    """Every size, then the remaining import sizes; ``progress`` sees the results so far after each."""
    results: list[SizeResult] = []
    imports: dict[int, Step] = {}
    for size in config.sizes:
        results.append(run_size(config, size))
        if "import" in results[-1].steps:
            imports[size] = results[-1].steps.pop("import")
        progress(results, dict(sorted(imports.items())))
    for size in config.import_sizes:
        if size not in imports:
            imports[size] = run_import_only(config, size)
            progress(results, dict(sorted(imports.items())))
    return results, dict(sorted(imports.items()))
