"""Determinism and Pagefind: an index whose filter files differ only in
the order Pagefind wrote them passes; one that says something different fails."""

import gzip
import shutil
import subprocess
import sys

import cbor2
import pytest

from tests.check.conftest import edit
from tools.check import determinism, pagefind_index

pytestmark = pytest.mark.slow


def index_site(root, author):
    edit(root / "posts/first/index.html", "<main>", f'<main data-pagefind-body><p data-pagefind-filter="author">{author}</p>')
    edit(root / "index.html", '<main id="content">', '<main id="content" data-pagefind-body><p data-pagefind-filter="author">Zed</p>')
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(root)], check=True, capture_output=True)


@pytest.fixture
def two_builds(tmp_path, sample):
    second = tmp_path / "second"
    shutil.copytree(sample, second)
    return sample, second


def reorder_filter_values(index, like):
    """Rewrite each filter file of ``index`` with its values in the opposite order
    to the same file in ``like``, as another Pagefind run may write them."""
    orders = dict(pagefind_index.decode(path) for path in like.glob("filter/*.pf_filter"))
    for path in index.glob("filter/*.pf_filter"):
        name, values = pagefind_index.decode(path)
        other_order = [value for value, _ in orders[name]][::-1]
        values = sorted(values, key=lambda item: other_order.index(item[0]))
        path.write_bytes(gzip.compress(pagefind_index.SIGNATURE + cbor2.dumps([name, values]), mtime=0))


def unstable_bytes(root):
    index = root / "pagefind"
    return {name: (index / name).read_bytes() for name in pagefind_index.unstable_files(index)}


def test_filter_order_alone_is_not_a_difference(two_builds):
    first, second = two_builds
    index_site(first, "Ann")
    index_site(second, "Ann")
    reorder_filter_values(second / "pagefind", like=first / "pagefind")
    assert unstable_bytes(first) != unstable_bytes(second), "the test changed nothing"
    assert determinism.compare(first, second) == []


def test_a_real_difference_in_the_index_is_named(two_builds):
    first, second = two_builds
    index_site(first, "Ann")
    index_site(second, "Bob")
    problems = {str(finding) for finding in determinism.compare(first, second)}
    assert "posts/first/index.html: differs between two builds of the same commit" in problems
    assert any(problem.startswith("pagefind/filter/") for problem in problems), problems
