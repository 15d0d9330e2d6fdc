"""Each step's peak memory is its own process's; failures carry their log."""

import sys

import pytest

from bench.measure import Spread, StepFailed, run_step

ALLOCATE_80_MB = "b = bytearray(80 * 1024 * 1024); b[::4096] = b'x' * len(b[::4096]); print('{\"ok\": 1}')"


def test_peak_memory_is_the_child_process(tmp_path):
    big = run_step([sys.executable, "-c", ALLOCATE_80_MB], tmp_path / "big.log")
    small = run_step([sys.executable, "-c", "pass"], tmp_path / "small.log")
    assert big.peak_mb >= 80
    assert small.peak_mb < 80
    assert big.extra == {"ok": 1}


def test_failing_step_raises_with_its_log(tmp_path):
    with pytest.raises(StepFailed, match="boom"):
        run_step([sys.executable, "-c", "import sys; print('boom'); sys.exit(4)"], tmp_path / "fail.log")


def test_spread_is_min_median_max():
    assert Spread.of([3.0, 1.0, 2.0, 10.0]) == Spread(1.0, 2.5, 10.0)
    with pytest.raises(ValueError):
        Spread.of([])


def test_peak_memory_does_not_include_the_runner(tmp_path):
    ballast = bytearray(150 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # make the runner itself big
    small = run_step([sys.executable, "-c", "pass"], tmp_path / "small.log")
    assert small.peak_mb < 100
    del ballast
