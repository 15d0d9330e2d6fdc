"""The sample site, built once per session the local way and the publish way."""

import json

import pytest

from tests.sitebuild import ROOT
from tests.theme.sample import build_sample



@pytest.fixture(scope="session")
def sample_site(tmp_path_factory):
    return build_sample(tmp_path_factory.mktemp("theme-local"))


@pytest.fixture(scope="session")
def extended_sample_site(tmp_path_factory):
    """The sample plus tests/theme/extra_content (an excerpt without author)."""
    return build_sample(tmp_path_factory.mktemp("theme-extended"), extra=True)


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
