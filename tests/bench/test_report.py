"""BENCHMARKS.md: the right verdict for each target, every figure in its table."""

import datetime as dt

from bench.environment import Environment
from bench.measure import Sample
from bench.report import render, verdicts
from bench.suite import SizeResult, Step

ENV = Environment(cpu="Test CPU", cores=2, ram_gib=8.0, os="Debian GNU/Linux 12", kernel="6.1",
                  python="3.11.7", packages={"pelican": "4.12.0"}, hugo="v0.111.3",
                  pagefind_binary="pagefind 1.5.2", commit="abc123")


def step(seconds, peaks=(100.0,), **notes):
    peaks = list(peaks) * len(seconds) if len(peaks) == 1 else peaks
    # CPU seconds: half the wall time, as on a machine busy with other work.
    return Step(samples=[Sample(s, m, cpu_seconds=s / 2) for s, m in zip(seconds, peaks)], notes=notes)


def size_result(size, ours, plain, warm, peak=200.0):
    r = SizeResult(size)
    r.steps = {"cold_ours": step(ours, (peak,), articles=size, errors=0, warnings=1),
               "cold_plain": step(plain, articles=size, errors=0, warnings=0),
               "warm_ours": step(warm, (peak,)), "warm_plain": step(warm),
               "hugo": step([0.5, 0.6, 0.7], pages=size), "pagefind": step([1.0, 1.1, 1.2])}
    r.pagefind_bytes, r.pagefind_pages = 2 * 1048576, 1024
    return r


def imported(size, seconds, peak=50.0):
    s = step(seconds, (peak,))
    s.notes.update(inner_time=True, in_archives=size - 20, written=size - 20, failed_archives=0, warnings=2)
    return s


def by_target(checks):
    return {v.target: v for v in checks}


def test_each_target_passes_or_fails_on_its_figure():
    results = [size_result(1000, [1.0, 1.1, 1.2], [1.0, 1.0, 1.0], [1.5, 1.9, 1.8]),
               size_result(5000, [7.0, 8.0, 9.0], [5.0, 5.0, 5.0], [3.0, 3.0, 3.0], peak=600.0)]
    imports = {1000: imported(1000, [0.5, 0.6, 0.7]), 10000: imported(10000, [12.0, 11.0, 13.0])}
    checks = by_target(verdicts(results, imports))
    assert checks["Cold build ≤ 1.3× plain Pelican, 1,000 posts"].passed is True
    assert checks["Cold build ≤ 1.3× plain Pelican, 1,000 posts"].measured == "1.10×"
    assert checks["Cold build ≤ 1.3× plain Pelican, 5,000 posts"].passed is False
    assert checks["Warm rebuild after one edit < 2 s, 1,000 posts"].measured == "1.80 s"
    assert checks["Warm rebuild after one edit < 2 s, 1,000 posts"].passed is True
    assert checks["Warm rebuild after one edit < 2 s, 1,000 posts"].cpu_measured == "0.90 s"
    assert checks["Import ≥ 1,000 posts/s, 1,000 posts"].measured == "1,633 posts/s"
    assert checks["Import ≥ 1,000 posts/s, 10,000 posts"].passed is False
    assert checks["Import of 10,000 posts < 10 s"].passed is False
    assert checks["Import of 10,000 posts < 10 s"].cpu_passed is True
    assert checks["Peak memory of our cold build < 500 MB, 5,000 posts"].measured == "600 MB"
    assert checks["Peak memory of our cold build < 500 MB, 5,000 posts"].passed is False
    assert checks["Peak memory of the import < 500 MB, 5,000 posts"].passed is None
    pagefind = checks["Peak memory of search indexing (Pagefind, run by `make html`) < 500 MB, 5,000 posts"]
    assert pagefind.measured == "100 MB" and pagefind.passed is True


def test_a_size_not_run_is_not_measured_rather_than_passed():
    checks = by_target(verdicts([], {}))
    check = checks["Import of 10,000 posts < 10 s"]
    assert check.passed is None and check.measured == "not measured: size not run"


def test_report_holds_machine_commands_and_min_median_max():
    results = [size_result(1000, [1.0, 1.1, 1.2], [1.0, 1.0, 1.0], [0.4, 0.5, 0.6])]
    text = render(results, {1000: imported(1000, [0.5, 0.6, 0.7])}, ENV, runs=3, seed=9,
                  command="python -m bench", when=dt.datetime(2026, 11, 23, 14, 0))
    assert "commit `abc123`" in text and "seed 9" in text
    assert "Test CPU, 2 cores" in text and "Hugo v0.111.3" in text and "pelican 4.12.0" in text
    assert "make bench" in text
    assert ("| Cold build, our site | 1.00 / 1.10 / 1.20 | 0.50 / 0.55 / 0.60 | 200 / 200 / 200 "
            "| 1000 articles; 0 errors, 1 warnings") in text
    assert ("| 1,000 | 0.50 / 0.60 / 0.70 | 1,633 | 0.25 / 0.30 / 0.35 | 50 / 50 / 50 "
            "| 980 Markdown files written for the 980 posts in the archives; 2 warnings |") in text
    assert "our cold build / plain Pelican: **1.10×** wall, **1.10×** CPU" in text
    assert "2.0 KiB per page" in text
    assert "| Cold build ≤ 1.3× plain Pelican, 1,000 posts | 1.10× | pass | 1.10× | pass |" in text
    assert "| Peak memory of the import < 500 MB, 5,000 posts | not measured: size not run | not measured | – | – |" in text


def test_a_rewrite_keeps_the_hand_measured_section(tmp_path):
    from bench.__main__ import HAND_MEASURED_HEADING, hand_measured

    report = tmp_path / "BENCHMARKS.md"
    section = f"\n{HAND_MEASURED_HEADING} (issue 13)\n\n| build | s |\n|---|---|\n| plain | 3.26 |\n"
    report.write_text("# Benchmarks\n\n## 1,000 posts\n\nold figures\n" + section, encoding="utf-8")
    assert hand_measured(report) == section
    report.write_text("# Benchmarks\n\nno such section\n", encoding="utf-8")
    assert hand_measured(report) == ""
    assert hand_measured(tmp_path / "missing.md") == ""
