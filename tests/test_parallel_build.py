"""A build that runs parts in parallel writes the same bytes as a serial one.

``SERIAL_BUILD`` (plugins/common/parallel.py) forces everything into one
thread of one process; every file of the output tree must come out the same.
"""

import logging
from types import SimpleNamespace

import pytest
from common.parallel import serial
from search_index import background
from search_index.background import matches

from tests.sitebuild import ROOT, build
from tests.theme.sample import SAMPLE_OVERRIDES, sample_content


def logged(log):
    """The build's log lines but Pelican's closing count and time: each problem once, in either mode."""
    return sorted(line for line in log.splitlines() if not line.startswith("Done:") and " seconds." not in line)


def tree(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


# Enough posts for several chunks of Markdown (parallel_read) and of pages
# (parallel_write), each process's share among them, and several Pagefind batches.
GENERATED_POSTS = 40


def add_posts(content):
    for number in range(GENERATED_POSTS):
        summary = f"Summary: Part *{number}* of the [drill](https://example.org/{number}).\n" if number % 3 else ""
        (content / "posts" / f"drill-{number:02}.md").write_text(
            f"Title: Service drill {number}\nDate: 2020-01-{number % 28 + 1:02} 09:{number:02}\n"
            f"Category: Drills\nTags: drill, tag-{number % 4}\nAuthor: Pat Example\n{summary}\n"
            f"Drill **{number}**: greet, listen, [answer](https://example.org/answer/{number}).\n\n"
            f"- one\n- two\n\nMore text about customers and service, part {number}.\n"
            # A warning while its page is rendered (in parallel_write's child, then again by the build).
            + ("\nSee [the missing post]({filename}/posts/missing.md).\n" if number == 29 else ""),
            encoding="utf-8")
    return content


def test_serial_and_parallel_builds_write_identical_trees(tmp_path):
    content = add_posts(sample_content(tmp_path / "content", extra=True))
    # Batches of 10 posts: several Pagefind bundles, all made in the background.
    overrides = {**SAMPLE_OVERRIDES, "SEARCH_INDEX": {"batch_pages": 10}}
    one = build(tmp_path / "serial", content=content, overrides={**overrides, "SERIAL_BUILD": True})
    two = build(tmp_path / "parallel", content=content, overrides={**overrides, "SERIAL_BUILD": False})
    serial_tree, parallel_tree = tree(one.output), tree(two.output)
    assert logged(one.log) == logged(two.log)
    assert sum("missing.md" in line for line in logged(two.log)) == 1
    assert (one.output / "pagefind" / "more" / "3" / "pagefind-entry.json").is_file()
    assert (one.output / "posts" / "service-drill-39" / "index.html").is_file()
    assert sorted(serial_tree) == sorted(parallel_tree)
    assert [name for name in serial_tree if serial_tree[name] != parallel_tree[name]] == []


def test_post_page_patterns_match_as_path_glob_does():
    assert matches("posts/a-post/index.html", "posts/*/index.html")
    assert not matches("posts/a/b/index.html", "posts/*/index.html")
    assert not matches("drafts/a-post/index.html", "posts/*/index.html")
    assert matches("2011/10/a-post.html", "*/*/*.html")


def test_the_serial_knob(monkeypatch, caplog):
    monkeypatch.delenv("BUILD_SERIAL", raising=False)
    assert not serial({})
    assert serial({"SERIAL_BUILD": True})
    with caplog.at_level(logging.WARNING):
        assert serial({"SERIAL_BUILD": "no"})  # not a bool: warned, and serial to be safe
    assert "SERIAL_BUILD" in caplog.text
    monkeypatch.setenv("BUILD_SERIAL", "1")
    assert serial({"SERIAL_BUILD": False})


def background_run(tmp_path, index_pages, names=("a", "b")):
    """A background run over fake post pages, each written and announced as Pelican would."""
    output = tmp_path / "out"
    context = {"generated_content": {name: SimpleNamespace(save_as=f"posts/{name}/index.html") for name in names}}
    settings = {"OUTPUT_PATH": str(output)}
    background.prepare(context, settings, {"enabled": True, "reuse_bundles": False}, "posts/*/index.html",
                       index_pages)
    pages = []
    for name in names:
        page = output / "posts" / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(name, encoding="utf-8")
        background.note_written(str(page), {**context, "output_file": f"posts/{name}/index.html"})
        pages.append(page)
    return settings, pages


def count_and_mark(output, pages, settings, *rest):
    (output / "indexed").write_text(",".join(page.parent.name for page in pages), encoding="utf-8")
    return len(pages)


def fail_to_index(output, pages, settings, *rest):
    raise RuntimeError("Pagefind said no")


def test_the_background_run_indexes_the_posts_in_path_order(tmp_path):
    settings, pages = background_run(tmp_path, count_and_mark, names=("b-10", "b", "a"))
    assert background.finish(settings, sorted(pages))
    assert (tmp_path / "out" / "indexed").read_text(encoding="utf-8") == "a,b,b-10"
    assert background.RUN_KEY not in settings


def test_a_post_page_changed_after_indexing_began_is_indexed_again(tmp_path):
    settings, pages = background_run(tmp_path, count_and_mark)
    pages[0].write_text("a longer page than before", encoding="utf-8")
    assert not background.finish(settings, pages)  # the caller indexes the site the usual way


def test_an_error_while_indexing_fails_the_build_in_its_own_process(tmp_path):
    settings, pages = background_run(tmp_path, fail_to_index)
    with pytest.raises(RuntimeError, match="Pagefind said no"):
        background.finish(settings, pages)


def test_the_preread_reader_reads_each_post_as_pelicans_own_reader_does(tmp_path):
    from pelican.readers import MarkdownReader
    from pelican.settings import DEFAULT_CONFIG
    from parallel_read.reader import PrereadMarkdownReader

    posts = sorted(str(path) for path in (ROOT / "tests" / "theme" / "content" / "posts").glob("*.md"))
    broken = tmp_path / "not-utf8.md"
    broken.write_bytes(b"Title: \xff\xfe broken\n\nText.\n")
    settings = {**DEFAULT_CONFIG, "MARKDOWN": {"extension_configs": {"markdown.extensions.extra": {}}}}
    ours = PrereadMarkdownReader(settings)
    ours.start(posts + [str(broken)])
    pelicans = MarkdownReader(settings)
    for path in posts:
        assert ours.read(path) == pelicans.read(path), path
    with pytest.raises(UnicodeDecodeError):  # read again by Pelican's code, which raises as it always does
        ours.read(str(broken))
    ours.stop()
    assert ours.children == []
