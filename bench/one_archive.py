"""One long archive: does the import's time grow with the archive's length, not its square?

The many-archive rows import files of 1 to 20 posts each. A maintainer may
drop in one file holding a whole blog, so this step writes every post into a
single archive in the author-blog layout (dated bylines, footers, the
longest template) and imports it at two sizes or more. The rate at the
largest size, over the rate at the smallest, says whether the time stays
linear: a quadratic step (copying the rest of the page once per line) shows
as that share falling with the size.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from bench.corpus import FIRST_POST, LAST_POST, LAYOUTS, PostFactory
from bench.report import import_rate, spread
from bench.suite import Config, Step, measure_import
from bench.writers import post_fields

LAYOUT = next(layout for layout in LAYOUTS if layout.key == "author-blog")
# Linear time keeps the rate at the largest size within this share of the smallest size's rate
# (file-system and allocator effects alone move it by about a tenth).
LINEAR_RATE_SHARE = 0.75


def write_one_archive(size: int, seed: int, folder: Path) -> Path:
    """``size`` posts, evenly dated, in one archive file under ``folder``."""
    rng = random.Random(seed)
    factory = PostFactory(rng)
    gap = (LAST_POST - FIRST_POST) / max(size, 1)
    posts = [factory.post(LAYOUT, FIRST_POST + gap * number) for number in range(size)]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "one_long_archive.txt"
    text = LAYOUT.header.format(page=1) + "".join(LAYOUT.post.format(**post_fields(post)) for post in posts)
    path.write_text(text, encoding="utf-8")
    return path


def run_one_archive(config: Config, size: int) -> Step:
    work = config.workdir / f"one-archive-{size}"
    shutil.rmtree(work, ignore_errors=True)
    write_one_archive(size, config.seed, work / "archives")
    step = measure_import(work / "archives", work, config.runs, size, size)
    step.notes["bytes"] = (work / "archives" / "one_long_archive.txt").stat().st_size
    if not config.keep:
        shutil.rmtree(work, ignore_errors=True)
    return step


def rate_share(steps: dict[int, Step]) -> float | None:
    """Rate at the largest size over the rate at the smallest (1.0: perfectly linear)."""
    measured = sorted(size for size, step in steps.items() if step.ok and not step.notes.get("failed_archives"))
    if len(measured) < 2:
        return None
    small, large = measured[0], measured[-1]
    return import_rate(large, steps[large]) / import_rate(small, steps[small])


def section(steps: dict[int, Step]) -> list[str]:
    if not steps:
        return []
    share = rate_share(steps)
    lines = ["## Import of one long archive", "",
             "Every post in one archive file (the author-blog layout), imported by "
             "`archive_import.import_archives`; seconds inside the call.", "",
             "| Posts in the one archive | size | seconds (min / median / max) | posts/s (median) "
             "| peak RSS MB (max) | files written |", "|---|---|---|---|---|---|"]
    for size, step in sorted(steps.items()):
        if not step.ok or step.notes.get("failed_archives"):
            why = step.skipped or "the importer refused the archive (over its size limit?)"
            lines.append(f"| {size:,} | – | – | – | – | {why} |")
            continue
        lines.append(f"| {size:,} | {step.notes['bytes'] / 1e6:.1f} MB | {spread(step.seconds)} "
                     f"| {import_rate(size, step):,.0f} | {step.peak_mb.high:.0f} | {step.notes.get('written')} |")
    if share is not None:
        verdict = "linear" if share >= LINEAR_RATE_SHARE else "**not linear**"
        lines += ["", f"Rate at the largest size / rate at the smallest: **{share:.2f}** ({verdict}; "
                      f"linear keeps it ≥ {LINEAR_RATE_SHARE})."]
    return lines + [""]
