"""Post pages pasted one after another: each copy opens with the site's header, word for word.

A browser's select-all copies the whole page, so when a maintainer pastes
several post pages of one site into one file, the lines that open the file
(skip link, site name, tagline, menu) open every page again. Those repeats
part the file into pages, and each page is read on its own, as if it were
the only page: a post page, or a listing that happens to be pasted twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from .lines import Line
from .structure import Record, Template

# The opening lines that must repeat, in order, for a copy of the page to start there:
# a site name alone repeats in every footer, a name plus menu items does not.
HEADER_LINES = 3


def page_starts(lines: list[Line]) -> list[int]:
    """Indexes where a copy of the file's opening lines starts (the first is the file's start), or []."""
    texts = [line for line in lines if not line.blank]
    if len(texts) < 2 * HEADER_LINES:
        return []
    opening = [line.stripped for line in texts[:HEADER_LINES]]
    starts = [texts[k].index for k in range(len(texts) - HEADER_LINES + 1)
              if texts[k].stripped == opening[0]
              and [line.stripped for line in texts[k:k + HEADER_LINES]] == opening]
    return starts if len(starts) > 1 else []


def each_page(lines: list[Line], masked: set[int], starts: list[int],
              induce: Callable[[set[int]], Template]) -> Template:
    """One template for the file: ``induce`` run on every page with the rest of the file masked."""
    ends = starts[1:] + [len(lines)]
    records, shapes, confidence, kinds, unsure = [], set(), 1.0, [], []
    for start, end in zip(starts, ends):
        outside = set(range(0, start)) | set(range(end, len(lines)))
        found = induce(masked | outside)
        records += [replace(record, end=min(record.end, end)) for record in found.records if start <= record.start < end]
        shapes.update(found.shapes)
        confidence = min(confidence, found.confidence)
        kinds.append(found.kind)
        unsure += found.unsure
    records = _without_link_copies(lines, masked, records)
    kind = kinds[0] if len(set(kinds)) == 1 else "pages"
    return Template(kind, sorted(shapes), f"{len(starts)} pages", records, confidence, unsure)


def _without_link_copies(lines: list[Line], masked: set[int], records: list[Record]) -> list[Record]:
    """A page's "Recent posts" card for a post that another page holds whole is a link, not a post."""
    titles = Counter(lines[record.title].stripped for record in records if record.title is not None)
    return [record for record in records if record.title is None or titles[lines[record.title].stripped] == 1
            or any(lines[i].prose for i in range(record.start, record.end) if i not in masked)]
