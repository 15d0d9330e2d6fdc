"""Shared fixtures: one real build of the whole site per test session."""

import pytest

from tests.sitebuild import ROOT, build

# One Chromium and one local server for every test folder that drives a browser.
pytest_plugins = ["tests.browser.fixtures"]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The real site (content/, pelicanconf.py) built once into a temp folder."""
    return build(tmp_path_factory.mktemp("site") / "output")


@pytest.fixture(scope="session")
def project_root():
    return ROOT
