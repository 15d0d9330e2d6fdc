"""The machine, the tool versions and the commit a benchmark ran on."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pelican", "markdown", "jinja2", "pelican-sitemap", "pagefind")


@dataclass
class Environment:
    cpu: str
    cores: int
    ram_gib: float
    os: str
    kernel: str
    python: str
    packages: dict[str, str] = field(default_factory=dict)
    hugo: str = "not installed"
    pagefind_binary: str = "not installed"
    commit: str = "unknown"
    dirty: bool = False


def read_first(path: str, prefix: str, default: str = "unknown") -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(prefix):
                    return line.split("=" if "=" in prefix else ":", 1)[1].strip().strip('"')
    except OSError:
        pass
    return default


def command_output(command: list[str], cwd: Path = ROOT) -> str | None:
    try:
        result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, encoding="utf-8", errors="replace", timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout.strip() if result.returncode == 0 else None


def describe() -> Environment:
    mem_kib = read_first("/proc/meminfo", "MemTotal:", "0 kB").split()[0]
    env = Environment(
        cpu=read_first("/proc/cpuinfo", "model name", platform.processor() or "unknown"),
        cores=os.cpu_count() or 0,
        ram_gib=int(mem_kib) / 1024 / 1024,
        os=read_first("/etc/os-release", "PRETTY_NAME=", platform.system()),
        kernel=platform.release(),
        python=sys.version.split()[0],
    )
    for name in PACKAGES:
        try:
            env.packages[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            env.packages[name] = "not installed"
    if shutil.which("hugo"):
        env.hugo = (command_output(["hugo", "version"]) or "unknown").split("+")[0].split()[-1]
    env.pagefind_binary = command_output([sys.executable, "-m", "pagefind", "--version"]) or env.pagefind_binary
    env.commit = command_output(["git", "rev-parse", "--short=12", "HEAD"]) or "unknown"
    status = command_output(["git", "status", "--porcelain", "--untracked-files=no"]) or ""
    env.dirty = any(not line.endswith("BENCHMARKS.md") for line in status.splitlines())
    return env
