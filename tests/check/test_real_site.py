"""`make check` over the real site: every gate passes on what `make html` builds.

One test per check, so a failure names the gate; each lists every finding.
"""

import pytest

from tools.check import budget, determinism, feeds, html_validation, links, outside_requests, sitemap
from tools.check.site import BuiltOutput

GATES = {
    "html": html_validation.check,
    "links": links.check,
    "feeds": feeds.check,
    "sitemap": sitemap.check,
    "outside requests": outside_requests.check,
    "budget": budget.check,
}


@pytest.fixture(scope="module")
def built(site):
    return BuiltOutput(site.output)


@pytest.mark.parametrize("gate", GATES)
def test_real_site_passes(built, gate):
    findings = GATES[gate](built)
    assert not findings, f"{len(findings)} {gate} problem(s):\n" + "\n".join(map(str, findings[:50]))


def test_real_site_lists_articles_in_its_sitemap(built):
    """The sitemap check has something to check: articles, pages, indexes."""
    expected = sitemap.expected_urls(built)
    assert any(url.startswith("posts/") for url in expected)
    assert {"", "archives/", "about/"} <= expected


@pytest.mark.slow
def test_two_clean_builds_are_byte_identical():
    findings = determinism.check()
    assert not findings, "\n".join(map(str, findings))
