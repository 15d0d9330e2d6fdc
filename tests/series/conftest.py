"""Build the series scenarios (small content folders) with a real Pelican run.

Where the truth comes from: ``scenarios/`` holds **hand-written** input
posts, never output; every expectation about them is written by hand in
the tests, none is read from a stored file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sitebuild import ROOT, build


HERE = Path(__file__).resolve().parent
SCENARIOS = HERE / "scenarios"


def scenario_overrides(extra: dict | None = None) -> dict:
    """The real settings and theme; Pagefind off (search is tested elsewhere)."""
    return {"SEARCH_INDEX": {"enabled": False}, **(extra or {})}


def build_scenario(content: Path, output: Path, extra: dict | None = None, **kwargs):
    return build(output, content=content, overrides=scenario_overrides(extra), **kwargs)


@pytest.fixture(scope="session")
def scenario(tmp_path_factory):
    """scenario("no_index") -> BuiltSite, each scenario built once per session."""
    built = {}

    def get(name: str):
        if name not in built:
            built[name] = build_scenario(SCENARIOS / name, tmp_path_factory.mktemp(name) / "output")
        return built[name]

    return get


def write_posts(folder: Path, posts: dict[str, str]) -> Path:
    """Write {file name: Markdown} into folder/posts and return folder."""
    (folder / "posts").mkdir(parents=True, exist_ok=True)
    for name, text in posts.items():
        (folder / "posts" / name).write_text(text, encoding="utf-8")
    return folder
