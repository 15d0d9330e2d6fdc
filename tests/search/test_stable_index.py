"""Pagefind's filter index comes out byte-identical from run to run."""

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from search_index.stable_order import read_record, stabilise

AUTHORS = ["Zed Young", "Ann Archer", "Mo Patel", "Lee Chan", "Kim Ortiz", "Bo Diaz", "Eve Hart", "Ida Lund"]


def write_site(root: Path):
    for number, author in enumerate(AUTHORS):
        page = root / f"post-{number}" / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(
            "<!DOCTYPE html><html lang='en'><head><title>Post</title></head><body>"
            f"<main data-pagefind-body><h1>Post {number}</h1>"
            f"<p data-pagefind-filter='author'>{author}</p>"
            f"<p data-pagefind-filter='series'>Series {number % 3}</p>"
            f"<p data-pagefind-filter='source'>Blog {number % 2}</p>"
            "<p>Customer service words for the index.</p></main></body></html>",
            encoding="utf-8")


def indexed_copy(template: Path, target: Path) -> Path:
    shutil.copytree(template, target)
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(target)], check=True, capture_output=True)
    stabilise(target)
    return target / "pagefind"


def differences(first: Path, second: Path):
    comparison = filecmp.dircmp(first, second)
    found = []

    def walk(node, prefix=""):
        found.extend(prefix + name for name in node.left_only + node.right_only + node.diff_files)
        for name, child in node.subdirs.items():
            walk(child, f"{prefix}{name}/")

    walk(comparison)
    return found


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    write_site(root)
    return root


def test_repeated_indexing_is_byte_identical(template, tmp_path):
    first = indexed_copy(template, tmp_path / "one")
    # Pagefind's hash-map order differs from run to run; several runs make a
    # lucky identical order unlikely to hide a regression.
    for run in range(3):
        again = indexed_copy(template, tmp_path / f"again-{run}")
        assert differences(first, again) == []


def test_filters_keep_every_value_and_page(template, tmp_path):
    index = indexed_copy(template, tmp_path / "site")
    filters = {}
    for path in (index / "filter").glob("*.pf_filter"):
        name, values = read_record(path)
        filters[name] = values
    assert sorted(filters) == ["author", "series", "source"]
    authors = [value for value, _pages in filters["author"]]
    assert authors == sorted(AUTHORS)
    assert sum(len(pages) for _value, pages in filters["author"]) == len(AUTHORS)
    meta = next(index.glob("pagefind.*.pf_meta"))
    assert meta.name.startswith("pagefind.en_")
    assert meta.name.removeprefix("pagefind.").removesuffix(".pf_meta") in (index / "pagefind-entry.json").read_text()
