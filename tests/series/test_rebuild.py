"""No state survives between builds: `make devserver` rebuilds in one process."""

import logging

from bs4 import BeautifulSoup
from pelican import Pelican
from pelican.settings import read_settings

from tests.series.conftest import SCENARIOS, build_scenario, scenario_overrides, write_posts
from tests.sitebuild import ROOT


def build_in_process(content, output, extra=None):
    overrides = {**scenario_overrides(extra), "PATH": str(content), "OUTPUT_PATH": str(output)}
    Pelican(read_settings(str(ROOT / "pelicanconf.py"), override=overrides)).run()


def names_on_index(output):
    page = BeautifulSoup((output / "series" / "index.html").read_text(encoding="utf-8"), "html.parser")
    return [a.get_text(strip=True) for a in page.select(".series-list__name a")]


def two_part_series(folder, name):
    return write_posts(folder, {
        f"{name.lower()}-{n}.md": f"Title: {name} {n}\nDate: 2024-01-0{n}\nSeries: {name}\n\n{name} words.\n"
        for n in (1, 2)})


def test_two_builds_in_one_process_do_not_share_series(tmp_path):
    build_in_process(two_part_series(tmp_path / "a", "Alpha"), tmp_path / "out-a")
    build_in_process(two_part_series(tmp_path / "b", "Beta"), tmp_path / "out-b")
    assert names_on_index(tmp_path / "out-a") == ["Alpha"]
    assert names_on_index(tmp_path / "out-b") == ["Beta"]
    assert not (tmp_path / "out-b" / "series" / "alpha").exists()
    # Rebuilding the same site again (as the devserver does) counts parts once.
    build_in_process(tmp_path / "b", tmp_path / "out-b")
    article = (tmp_path / "out-b" / "posts" / "beta-2" / "index.html").read_text(encoding="utf-8")
    assert "Part 2 of 2" in article


def test_same_content_builds_byte_identical_series_output(tmp_path):
    first = build_scenario(SCENARIOS / "imported", tmp_path / "one")
    second = build_scenario(SCENARIOS / "imported", tmp_path / "two")
    files = sorted(p.relative_to(first.output) for p in first.output.rglob("*")
                   if p.is_file() and ("series" in p.parts or "posts" in p.parts))
    assert any("feeds" in f.parts for f in files) and any(f.parts[0] == "series" for f in files)
    for relative in files:
        assert (first.output / relative).read_bytes() == (second.output / relative).read_bytes(), relative


def test_bad_settings_are_logged_with_the_plugin_prefix_and_the_site_still_builds(tmp_path, caplog):
    bad = {"SERIES": {"known": [{"name": "Broken", "title": "(unclosed"}, {"title": "no name"}],
                      "colour": "blue"}}
    content = two_part_series(tmp_path / "c", "Gamma")
    with caplog.at_level(logging.WARNING):
        build_in_process(content, tmp_path / "out", bad)
    messages = [r.getMessage() for r in caplog.records if r.getMessage().startswith("series:")]
    assert any("'Broken'" in m and "pattern" in m for m in messages), messages
    assert any("needs a dict with a 'name'" in m for m in messages), messages
    assert any("'colour'" in m for m in messages), messages
    assert names_on_index(tmp_path / "out") == ["Gamma"]


def test_bad_series_index_names_the_file_and_falls_back_to_date(tmp_path, caplog):
    content = write_posts(tmp_path / "d", {
        "one.md": "Title: Delta one\nDate: 2024-01-01\nSeries: Delta\nSeries_index: first\n\nx\n",
        "two.md": "Title: Delta two\nDate: 2024-01-02\nSeries: Delta\n\ny\n",
    })
    with caplog.at_level(logging.WARNING):
        build_in_process(content, tmp_path / "out")
    assert any("one.md" in r.getMessage() and "Series_index" in r.getMessage() for r in caplog.records)
    page = (tmp_path / "out" / "series" / "delta" / "index.html").read_text(encoding="utf-8")
    assert page.index("Delta one") < page.index("Delta two")
