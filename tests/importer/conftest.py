"""Fixtures shared by the importer tests."""

from __future__ import annotations

import shutil

import pytest

from tests.importer.helpers import SEED_ARCHIVES


@pytest.fixture
def seeds(tmp_path):
    """A copy of the site's archives to import: (archives folder, import folder not yet made)."""
    archives = tmp_path / "archives"
    shutil.copytree(SEED_ARCHIVES, archives)
    return archives, tmp_path / "imported"
