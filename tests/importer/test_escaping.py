"""Archive text that looks like Markdown or HTML renders as the same text."""

from __future__ import annotations


import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings, strategies as st

from tests.importer.helpers import ROOT  # noqa: F401  (puts plugins/ on sys.path)

from archive_import.markdown_body import escape

# The site's own Markdown set-up (pelicanconf.MARKDOWN).
EXTENSIONS = ["markdown.extensions.extra", "markdown.extensions.meta", "markdown.extensions.toc"]
TRICKY = st.sampled_from(list("*_`#[]()<>&!|{}:~=+-.\\\"'^") + ["1. ", "<script>", "&amp;", "[x](y)",
                                                                 "![a](b)", "```", "~~~", "***", "[^1]", "*[X]:"])


def shown(markdown_text: str) -> str:
    # Imported files always open with front matter, which the meta extension consumes.
    rendered = markdown.markdown("Title: x\n\n" + markdown_text, extensions=EXTENSIONS, output_format="html5")
    return " ".join(BeautifulSoup(rendered, "html.parser").get_text(" ").split())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TRICKY, st.text(alphabet=st.characters(blacklist_categories=["Cc", "Cs", "Zl", "Zp"]),
                                          max_size=6)), min_size=1, max_size=12))
def test_escaped_text_renders_as_written(parts):
    text = " ".join("".join(parts).split())
    if not text:
        return
    assert shown(escape(text)) == text


def test_known_tricky_lines():
    for text in ['Never paste <script>alert("hi")</script> here', "* star", "# hash", "1. one", "~~~",
                 "[click](http://x.y)", "&copy; &amp;", "a | b", "{: #id}", "Term", ": definition",
                 "2015. A year", "+ plus", "> quote", "=== rule", "--- rule", "    indented"]:
        assert shown(escape(text)) == " ".join(text.split()), text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.one_of(TRICKY, st.text(alphabet="ab ~`-=*#:", max_size=4)), min_size=1, max_size=6),
                min_size=2, max_size=6))
def test_escaped_paragraphs_render_as_written(paragraphs):
    texts = [" ".join("".join(parts).split()) for parts in paragraphs]
    texts = [text for text in texts if text]
    assert shown("\n\n".join(escape(text) for text in texts)) == " ".join(" ".join(texts).split())
