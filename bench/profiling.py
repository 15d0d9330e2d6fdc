"""Where a build spends its time in *our* code: plugins/ and theme/.

Runs a build under pyinstrument (sampling, so the build runs near full
speed), keeps the session and a text rendering next to the results, and
sums the time of the outermost frames that belong to our plugins or our
theme's templates: the figure the lead needs when a target is missed.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.measure import ROOT, run_step

# Code whose cost counts as "ours" (the theme's Jinja templates compile
# to frames whose file is the template).
OUR_CODE = (ROOT / "plugins", ROOT / "theme")
# Hotspots listed in BENCHMARKS.md per profile.
TOP_HOTSPOTS = 8


@dataclass(frozen=True)
class Hotspot:
    where: str          # "plugins/site_extras/related.py:43 RelatedIndex.related"
    seconds: float


@dataclass(frozen=True)
class Profile:
    text_path: Path
    total_seconds: float            # sampled wall time
    ours_seconds: float
    hotspots: list[Hotspot]
    cpu_seconds: float = 0.0

    def share(self, seconds: float) -> float:
        """Part of the sampled time, in %: comparable across runs on a busy machine."""
        return 100 * seconds / self.total_seconds if self.total_seconds else 0.0


def is_ours(path: str | None) -> bool:
    if not path:
        return False
    return any(Path(path).is_relative_to(root) for root in OUR_CODE)


def place(frame) -> str:
    where = Path(frame.file_path).relative_to(ROOT)
    name = f"{frame.class_name}.{frame.function}" if frame.class_name else frame.function
    return f"{where}:{frame.line_no} {name}"


def walk(frame, on_stack: tuple, inclusive: dict, outermost: list) -> None:
    """Inclusive time per place in our code (recursion counted once)."""
    here = on_stack
    if is_ours(frame.file_path):
        spot = place(frame)
        if not on_stack:
            outermost.append(frame.time)
        if spot not in on_stack:
            inclusive[spot] += frame.time
            here = on_stack + (spot,)
    for child in frame.children:
        walk(child, here, inclusive, outermost)


def hotspots_of(session) -> tuple[float, float, list[Hotspot]]:
    """(sampled seconds, seconds in our code, our places by inclusive time)."""
    root = session.root_frame()
    if root is None:
        return 0.0, 0.0, []
    inclusive: dict[str, float] = defaultdict(float)
    outermost: list[float] = []
    walk(root, (), inclusive, outermost)
    ranked = sorted(inclusive.items(), key=lambda item: (-item[1], item[0]))
    return root.time, sum(outermost), [Hotspot(w, s) for w, s in ranked[:TOP_HOTSPOTS]]


def profile_command(command: list[str], target: Path, log: Path) -> Profile:
    """Run ``python -m ...`` command under pyinstrument; ``target`` gets .txt and .pyisession."""
    from pyinstrument.renderers import ConsoleRenderer
    from pyinstrument.session import Session

    session_path = target.with_suffix(".pyisession")
    if command[:2] != [sys.executable, "-m"]:
        raise ValueError("profile_command expects `python -m module ...`")
    run_step([sys.executable, "-m", "pyinstrument", "-r", "pyisession", "-o", str(session_path), *command[1:]], log)
    session = Session.load(str(session_path))
    text_path = target.with_suffix(".txt")
    text_path.write_text(ConsoleRenderer(unicode=True, color=False, show_all=False).render(session),
                         encoding="utf-8")
    total, ours, spots = hotspots_of(session)
    return Profile(text_path, total, ours, spots, cpu_seconds=getattr(session, "cpu_time", 0.0) or 0.0)
