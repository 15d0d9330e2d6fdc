"""plugins/livereload: live-preview pages poll a change token; production pages carry no script."""

from __future__ import annotations

import logging
import re
import subprocess
from types import SimpleNamespace

import pytest

from tests.sitebuild import ROOT, build
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content

from livereload import plugin

CSP = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">')


def html_pages(site):
    return sorted(site.output.rglob("*.html"))


def every_file(site):
    return {str(path.relative_to(site.output)): path.read_bytes()
            for path in sorted(site.output.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def live_sites(tmp_path_factory):
    """The sample built twice as `make devserver` builds it (LIVERELOAD on)."""
    tmp = tmp_path_factory.mktemp("livereload")
    content = sample_content(tmp / "content")
    overrides = {**SAMPLE_OVERRIDES, "LIVERELOAD": True}
    return [build(tmp / f"output-{n}", content=content, overrides=overrides) for n in (1, 2)]


@pytest.mark.parametrize("which", ["sample_site", "published_sample_site"])
def test_make_html_and_publish_output_has_no_livereload(which, request):
    site = request.getfixturevalue(which)
    assert not (site.output / plugin.TOKEN_NAME).exists()
    assert not (site.output / plugin.SCRIPT_NAME).exists()
    mentions = [name for name, data in every_file(site).items() if b"livereload" in data.lower()]
    assert mentions == []


def test_every_live_page_loads_the_script_from_the_site_itself(live_sites, sample_site):
    site = live_sites[0]
    pages = html_pages(site)
    assert len(pages) > 10
    for page in pages:
        text = page.read_text(encoding="utf-8")
        sources = re.findall(r'<script src="([^"]*livereload\.js)" defer></script>', text)
        assert len(sources) == 1, page
        assert (page.parent / sources[0]).resolve() == (site.output / plugin.SCRIPT_NAME).resolve(), page
        production = sample_site.output / page.relative_to(site.output)
        assert CSP.findall(text) == CSP.findall(production.read_text(encoding="utf-8")), "the CSP is unchanged"
    assert "script-src 'self'" in CSP.findall(pages[0].read_text(encoding="utf-8"))[0]


def test_live_build_writes_the_script_and_a_new_token_each_build(live_sites):
    first, second = live_sites
    script = (first.output / plugin.SCRIPT_NAME).read_text(encoding="utf-8")
    assert '".livereload"' in script and "location.reload()" in script and "fetch(" in script
    tokens = [(site.output / plugin.TOKEN_NAME).read_text(encoding="ascii") for site in live_sites]
    assert all(token.strip() for token in tokens) and tokens[0] != tokens[1]
    files = [every_file(site) for site in live_sites]
    for found in files:
        found.pop(plugin.TOKEN_NAME)
    assert files[0] == files[1], "apart from the token, two live builds are byte-identical"


def test_live_output_differs_from_production_only_by_the_script(live_sites, sample_site):
    live, production = every_file(live_sites[0]), every_file(sample_site)
    assert set(live) - set(production) == {plugin.SCRIPT_NAME, plugin.TOKEN_NAME}
    tag = re.compile(rb'\n?<script src="[^"]*livereload\.js" defer></script>')
    for name, data in production.items():
        assert tag.sub(b"", live[name]) == data, name


def test_a_build_with_the_setting_off_removes_what_a_live_build_left(tmp_path):
    (tmp_path / plugin.SCRIPT_NAME).write_text("old", encoding="utf-8")
    (tmp_path / plugin.TOKEN_NAME).write_text("1", encoding="utf-8")
    plugin.after_build(SimpleNamespace(settings={"OUTPUT_PATH": str(tmp_path), "LIVERELOAD": False}))
    assert list(tmp_path.iterdir()) == []
    plugin.after_build(SimpleNamespace(settings={"OUTPUT_PATH": str(tmp_path), "LIVERELOAD": True}))
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([plugin.SCRIPT_NAME, plugin.TOKEN_NAME])


def test_a_bad_setting_is_a_warning_and_off(caplog):
    with caplog.at_level(logging.WARNING):
        assert plugin.enabled({"LIVERELOAD": "yes"}) is False
    assert "livereload: LIVERELOAD must be true or false" in caplog.text


def test_only_make_devserver_turns_it_on():
    def dry(target):
        return subprocess.run(["make", "--no-print-directory", "-n", "-C", str(ROOT), target],
                              capture_output=True, text=True, encoding="utf-8", check=True).stdout

    assert re.search(r"-e CACHE_CONTENT=true LOAD_CONTENT_CACHE=true LIVERELOAD=true", dry("devserver"))
    for target in ("html", "publish", "regenerate"):
        assert "LIVERELOAD" not in dry(target), target
