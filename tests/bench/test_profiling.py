"""Hotspots: time is charged to our own code, recursion counted once."""

import importlib.util

from pyinstrument import Profiler

from bench import profiling

BUSY_MODULE = '''
def spin(n):
    total = 0
    for i in range(n):
        total += i * i
    return total


def outer(depth=3):
    if depth:
        return outer(depth - 1)
    return spin(3_000_000)
'''


def test_hotspots_charge_our_functions_inclusively(tmp_path, monkeypatch):
    plugin = tmp_path / "plugins" / "busy.py"
    plugin.parent.mkdir()
    plugin.write_text(BUSY_MODULE)
    spec = importlib.util.spec_from_file_location("busy", plugin)
    busy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(busy)
    monkeypatch.setattr(profiling, "ROOT", tmp_path)
    monkeypatch.setattr(profiling, "OUR_CODE", (tmp_path / "plugins",))

    profiler = Profiler(interval=0.001)
    profiler.start()
    busy.outer()
    sum(i for i in range(300_000))  # not ours
    profiler.stop()
    total, ours, spots = profiling.hotspots_of(profiler.last_session)

    places = {spot.where.split()[-1]: spot.seconds for spot in spots}
    assert set(places) == {"outer", "spin"}
    assert places["outer"] >= places["spin"] > 0
    # Recursive outer() is charged once, not once per level.
    assert places["outer"] <= ours + 1e-9
    assert 0 < ours < total
    assert all(spot.where.startswith("plugins/busy.py:") for spot in spots)
