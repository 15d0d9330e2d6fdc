"""The render cache's pieces on their own: settings, digests, the manifest."""

from __future__ import annotations

import datetime
import json
import logging
import os
import subprocess
import sys

from render_cache import fingerprint
from render_cache.cache import MANIFEST_FORMAT, Entry, Manifest, RenderCache
from render_cache.settings import settings_for

from tests.sitebuild import ROOT


def test_follows_the_content_cache_unless_told(tmp_path):
    assert settings_for({"LOAD_CONTENT_CACHE": True})["enabled"] is True
    assert settings_for({"LOAD_CONTENT_CACHE": False})["enabled"] is False
    assert settings_for({"LOAD_CONTENT_CACHE": True, "RENDER_CACHE": {"enabled": False}})["enabled"] is False
    assert settings_for({"CACHE_PATH": str(tmp_path)})["manifest"] == str(tmp_path / "render_cache.json")


def test_bad_settings_are_logged_with_the_prefix_and_replaced(caplog):
    with caplog.at_level(logging.WARNING):
        options = settings_for({"LOAD_CONTENT_CACHE": True, "CACHE_PATH": "cache",
                                "RENDER_CACHE": {"enabled": "yes", "manifest": "/etc/passwd", "colour": 1}})
    assert options["enabled"] is True
    assert options["manifest"] == os.path.join("cache", "render_cache.json")
    messages = [record.getMessage() for record in caplog.records]
    assert all(message.startswith("render_cache:") for message in messages)
    assert any("'colour'" in message for message in messages)
    assert any("enabled" in message for message in messages)
    assert any("manifest" in message for message in messages)


def test_canonical_values_carry_no_memory_address():
    class Opaque:
        pass

    value = {"when": datetime.date(2026, 11, 23), "how": [Opaque(), len, {3, 1, 2}], "module": os}
    described = repr(fingerprint.canonical(value))
    assert "0x" not in described
    assert "2026-11-23" in described and "(1, 2, 3)" in described and "'os'" in described


def test_the_settings_digest_is_the_same_in_two_processes():
    """Else a warm build could never reuse a page."""
    script = ("import runpy, sys; sys.path[:0] = ['plugins']; "
              "from render_cache.fingerprint import code_and_settings_digest; "
              "settings = {k: v for k, v in runpy.run_path('pelicanconf.py').items() if k.isupper()}; "
              "print(code_and_settings_digest(settings))")
    digests = {subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                              check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2")}
    assert len(digests) == 1 and len(digests.pop().strip()) == 32


def test_a_theme_file_changes_the_code_digest(tmp_path):
    (tmp_path / "templates").mkdir()
    page = tmp_path / "templates" / "base.html"
    page.write_text("<p>one</p>", encoding="utf-8")
    before = fingerprint.files_digest([str(tmp_path)])
    page.write_text("<p>two</p>", encoding="utf-8")
    assert fingerprint.files_digest([str(tmp_path)]) != before


def test_the_manifest_round_trips_and_is_written_atomically(tmp_path):
    path = tmp_path / "cache" / "render_cache.json"
    manifest = Manifest("code", {"index.html": Entry("k", [["index.html", 10, 20]])}, {"body": "summary"})
    manifest.save(str(path))
    loaded = Manifest.load(str(path))
    assert loaded == manifest
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == MANIFEST_FORMAT
    assert [item.name for item in path.parent.iterdir()] == ["render_cache.json"]  # no temporary left


def test_an_unreadable_or_foreign_manifest_starts_empty(tmp_path, caplog):
    path = tmp_path / "render_cache.json"
    path.write_bytes(b"\xff\xfe not json")
    with caplog.at_level(logging.WARNING):
        assert Manifest.load(str(path)) == Manifest()
    assert str(path) in caplog.text
    path.write_text(json.dumps({"format": MANIFEST_FORMAT + 1, "entries": {"x": 1}}), encoding="utf-8")
    assert Manifest.load(str(path)) == Manifest()
    assert Manifest.load(str(tmp_path / "missing.json")) == Manifest()


def test_a_file_changed_since_the_last_build_is_not_reused(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<p>built</p>", encoding="utf-8")
    stat = page.stat()
    previous = Manifest("code", {"index.html": Entry("key", [["index.html", stat.st_size, stat.st_mtime_ns]])})

    def next_build():  # one RenderCache per build: it remembers its answers for that build
        return RenderCache(str(tmp_path), str(tmp_path / "m.json"), previous, "code")

    assert next_build().unchanged("index.html", "key") is not None
    assert next_build().unchanged("index.html", "other key") is None
    page.write_text("<p>edited by hand</p>", encoding="utf-8")
    assert next_build().unchanged("index.html", "key") is None
    page.unlink()
    assert next_build().unchanged("index.html", "key") is None


def test_new_code_or_settings_forget_the_last_build(tmp_path):
    previous = Manifest("old code", {"index.html": Entry("key", [["index.html", 1, 1]])}, {"b": "s"})
    cache = RenderCache(str(tmp_path), str(tmp_path / "m.json"), previous, "new code")
    assert cache.previous.entries == {} and cache.previous.summaries == {}
