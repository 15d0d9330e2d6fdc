"""Preformatted text: a code block or a config export, copied as indented lines.

A browser copies a ``<pre>`` block with its indentation, so indented lines
that follow each other are one block the author wrote that way: its repeated
keys ("- name: P1", "- name: P2") are the author's, never page furniture, and
its lines keep their indentation in the Markdown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lines import Line

INDENTS = ("\t", "    ")
# Where most lines are indented, indenting marks no block: the whole page was copied that way.
MAX_INDENTED_SHARE = 0.5


def indented(line: Line) -> bool:
    return not line.blank and line.text.startswith(INDENTS)


def preformatted(lines: list[Line]) -> set[int]:
    """Positions in ``lines`` of indented lines in a run of two or more, unless the lines indent everything."""
    flags = [indented(line) for line in lines]
    if sum(flags) > MAX_INDENTED_SHARE * sum(not line.blank for line in lines):
        return set()
    return {i for i, flag in enumerate(flags) if flag and (i > 0 and flags[i - 1] or i + 1 < len(flags) and flags[i + 1])}
