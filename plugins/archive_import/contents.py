"""A page's table of contents: the headings it lists are one article's inner headings.

A rentry, GitBook or wiki page opens with "Contents" and a list of its own
section headings, each repeated further down over its section (a help
centre may print the list last). A title in that list is no post's title:
the sections are one post, and a heading two articles share is no furniture.
"""

from __future__ import annotations

from .lines import Line

# Entries are headings: short lines, and the list ends at a blank line.
MAX_ENTRY_WORDS = 12
# Two entries found again further down make it a table of contents, not a short list.
MIN_ENTRIES = 2


def mark_contents(lines: list[Line]) -> None:
    """The list under a "Contents" line is chrome; the headings it names are inner headings."""
    for line in lines:
        if line.chrome != "table of contents" or line.cue is not None:
            continue
        entries = _entries(lines, line.index)
        headings = _headings(lines, entries)
        found = {heading.stripped for heading in headings}
        while entries and entries[-1].stripped not in found:
            entries.pop()  # the list ends at its last heading: the post's title may follow it unspaced
        if len(found) < MIN_ENTRIES:
            continue
        for entry in entries:
            entry.chrome, entry.fixed, entry.title_like = "table of contents", True, False
        for heading in headings:  # the article's own, even when two articles share one ("Next steps")
            heading.inner_heading, heading.recurring = True, False


def _headings(lines: list[Line], entries: list[Line]) -> list[Line]:
    """The headings the entries name: under the list, or over it when the page prints its contents last
    (Document360), whichever side holds more of them (a sidebar over the list may repeat one entry)."""
    if not entries:
        return []
    texts = {entry.stripped for entry in entries}
    first, last = entries[0].index, entries[-1].index
    above = [other for other in lines[:first] if (other.title_like or other.recurring) and other.stripped in texts]
    below = [other for other in lines[last + 1:] if (other.title_like or other.recurring) and other.stripped in texts]
    return below if len({h.stripped for h in below}) >= len({h.stripped for h in above}) else above


def _entries(lines: list[Line], header: int) -> list[Line]:
    entries = []
    for line in lines[header + 1:]:
        if line.blank and not entries:
            continue
        if line.blank or line.fixed or len(line.stripped.split()) > MAX_ENTRY_WORDS:
            break
        entries.append(line)
    return entries
