"""The Pelican hooks: import on start-up and on rebuilds, sentinel dates for undated posts."""

from __future__ import annotations

import shutil
from types import SimpleNamespace

from tests.importer.helpers import SEED_ARCHIVES

from archive_import.plugin import date_undated, reimport_if_changed, run_import


def fake_pelican(content):
    return SimpleNamespace(settings={"PATH": str(content), "ARCHIVE_IMPORT": {}})


def test_new_archive_is_imported_on_the_next_rebuild(tmp_path):
    content = tmp_path / "content"
    (content / "archives").mkdir(parents=True)
    shutil.copy(SEED_ARCHIVES / "001_3737e59bf32f37dd.txt", content / "archives")
    pelican = fake_pelican(content)
    run_import(pelican)
    assert len(list((content / "imported").rglob("*.md"))) == 5
    shutil.copy(SEED_ARCHIVES / "003_b151c76038c7a4d1.txt", content / "archives")
    reimport_if_changed(pelican)  # what autoreload triggers before generating
    assert len(list((content / "imported").rglob("*.md"))) == 11


def test_disabled_importer_touches_nothing(tmp_path):
    content = tmp_path / "content"
    (content / "archives").mkdir(parents=True)
    shutil.copy(SEED_ARCHIVES / "001_3737e59bf32f37dd.txt", content / "archives")
    pelican = SimpleNamespace(settings={"PATH": str(content), "ARCHIVE_IMPORT": {"enabled": False}})
    run_import(pelican)
    reimport_if_changed(pelican)
    assert not (content / "imported").exists()


def article(order, precision="unknown"):
    return SimpleNamespace(metadata={"date_precision": precision, "source_order": str(order)},
                           settings={"TIMEZONE": "UTC"})


def test_undated_articles_get_sentinel_dates_in_archive_order():
    first, second, dated = article(1), article(2), article(1, "day")
    for item in (first, second, dated):
        date_undated(item)
    assert first.date > second.date, "newest-first listings keep the archive's order"
    assert first.date.year == 1969 and first.date.tzinfo is not None
    assert not hasattr(dated, "date"), "dated articles keep their own date"


def test_imported_slugs_avoid_hand_written_posts(tmp_path):
    content = tmp_path / "content"
    (content / "archives").mkdir(parents=True)
    (content / "posts").mkdir()
    shutil.copy(SEED_ARCHIVES / "001_3737e59bf32f37dd.txt", content / "archives")
    (content / "posts" / "mine.md").write_text("Title: Customer Focus\n\nMy own post.\n", encoding="utf-8")
    pelican = SimpleNamespace(settings={"PATH": str(content), "ARCHIVE_IMPORT": {},
                                        "ARTICLE_PATHS": ["posts", "imported"]})
    run_import(pelican)
    names = sorted(p.name for p in (content / "imported" / "001_3737e59bf32f37dd").glob("*.md"))
    assert "customer-focus-2.md" in names and "customer-focus.md" not in names
