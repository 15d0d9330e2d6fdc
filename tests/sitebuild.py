"""Build a real site the way `make html` does, for tests to inspect.

Tests build with ``--fatal errors`` so a plugin that fails to load, or any
logged error, fails the test instead of quietly dropping a feature.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BuiltSite:
    """A finished build: where it is and how to read its pages."""

    output: Path
    log: str

    def path(self, url: str) -> Path:
        """The file a URL (relative to the site root) is served from."""
        url = url.split("#", 1)[0].split("?", 1)[0].lstrip("/")
        target = self.output / url
        if url == "" or url.endswith("/") or target.is_dir():
            target = target / "index.html"
        return target

    def html(self, url: str) -> BeautifulSoup:
        return BeautifulSoup(self.path(url).read_text(encoding="utf-8"), "html.parser")

    def text(self, url: str) -> str:
        return self.path(url).read_text(encoding="utf-8")


def build(
    output: Path,
    content: Path | None = None,
    settings: Path | None = None,
    overrides: dict | None = None,
    fatal: str = "errors",
    check: bool = True,
) -> BuiltSite:
    """Run `python -m tools.build` over ``content`` into ``output``.

    ``overrides`` are passed as Pelican ``-e NAME=json`` settings.
    """
    command = [
        sys.executable, "-m", "tools.build",
        str(content or ROOT / "content"),
        "-o", str(output),
        "-s", str(settings or ROOT / "pelicanconf.py"),
        "--log-handler", "plain",
    ]
    if fatal:
        command += ["--fatal", fatal]
    if overrides:
        command += ["-e", *[f"{key}={json.dumps(value)}" for key, value in overrides.items()]]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env)
    log = result.stdout + result.stderr
    if check and result.returncode != 0:
        raise AssertionError(f"build failed (exit {result.returncode}):\n{log}")
    return BuiltSite(output=output, log=log)
