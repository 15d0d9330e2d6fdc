"""The sample site, built once per session the local way and the publish way."""

import json
import sys

import pytest

from tests.sitebuild import ROOT
from tests.theme.sample import build_sample

# Plugins import each other as top-level packages, as pelicanconf.py arranges for builds.
if str(ROOT / "plugins") not in sys.path:
    sys.path.insert(0, str(ROOT / "plugins"))


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("theme-local"))


@pytest.fixture(scope="session")
def published_sample_site(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("theme-published"), published=True)


def json_ld(soup, kind):
    """The page's JSON-LD documents of one @type."""
    found = []
    for script in soup.find_all("script", type="application/ld+json"):
        data = json.loads(script.string)
        if data.get("@type") == kind:
            found.append(data)
    return found
