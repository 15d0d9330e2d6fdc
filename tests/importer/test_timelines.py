"""Timelines: dated posts, some or all without titles (journals, Micro.blog), each its own post.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


def parse(text: str):
    return parse_archive(text.encode("utf-8"), "page.txt")


JOURN


TIMEL
