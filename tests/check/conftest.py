"""A small valid site (``sample_site/``) that each test copies and breaks in one way.

Where the truth comes from: ``sample_site/`` is **hand-written** and
hand-checked (seven files, no generator): a valid page, feed and sitemap
that every check must pass (``test_sample_site_passes``). Each other test
breaks one thing and states by hand the one problem expected.
"""

import shutil
from pathlib import Path

import pytest

from tools.check.site import BuiltOutput

SAMPLE_SITE = Path(__file__).with_name("sample_site")


@pytest.fixture
def sample(tmp_path):
    """A fresh copy of the sample site; edit its files, then check ``BuiltOutput(sample)``."""
    root = tmp_path / "output"
    shutil.copytree(SAMPLE_SITE, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(findings, page):
    """The problems reported for one page, for readable assertions."""
    return [finding.problem for finding in findings if finding.page == page]


def site_of(root: Path) -> BuiltOutput:
    return BuiltOutput(root)
