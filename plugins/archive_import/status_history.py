"""Status pages: each incident is a post, and its updates are its text.

A status page's history (Statuspage, Instatus, Better Stack, Cachet) lists
incidents under day or month headings. Each incident is a title over its
updates, newest first; each update is a status label on a line of its own
("Resolved", "Monitoring", "Identified", "Investigating"), its text and its
time. The labels and times are the page's template, the update texts the
incident's words. The incident happened when its first update was posted:
the last time under its title, so the times above it are furniture.
"""

from __future__ import annotations

import re

from .lines import Line
from .structure import Record, Template
from .neighbours import next_filled

# The labels status pages print over each update (Cachet: "Watching", "Fixed"; maintenance: "In progress").
STATUS_LABEL = re.compile(r"^(?:resolved|monitoring|identified|investigating|update|updated|completed|in progress"
                          r"|scheduled|verifying|postmortem|post-mortem|watching|fixed)$", re.I)
# Lines of the page's own furniture: the overall banner, each component's state, quiet days.
STATUS_FURNITURE = re.compile(r"^(?:all systems operational|operational|degraded performance|partial outage"
                              r"|major outage|under maintenance|no incidents reported(?: today)?\.?"
                              r"|(?:lasted|duration) (?:for )?\d.{0,40}|affected(?: components)?:.{0,120}"
                              r"|this incident has been resolved\.?)$", re.I)
# A page is a status history when its labels head this many updates, under two incidents or more.
MIN_UPDATES = 3
MIN_INCIDENTS = 2
TEMPLATE_CONFIDENCE = 0.8


def _label(line: Line) -> bool:
    return not line.blank and STATUS_LABEL.match(line.stripped) is not None


def _next_shown(lines: list[Line], i: int) -> Line | None:
    return next_filled(lines, i)


def _incident_titles(lines: list[Line]) -> list[int]:
    """Title lines: a line of text, no label, right over an update's label, where no update runs on above."""
    titles, previous = [], None
    for line in lines:
        if line.blank:
            continue
        below = _next_shown(lines, line.index)
        if below is not None and _label(below) and line.is_text and not _label(line) and not line.prose \
                and not STATUS_FURNITURE.match(line.stripped) \
                and not (previous is not None and previous.prose):
            titles.append(line.index)
        previous = line
    return titles


def status_template(lines: list[Line]) -> Template | None:
    """One record per incident, or None when the page is no status history."""
    if sum(1 for line in lines if _label(line)) < MIN_UPDATES:
        return None
    titles = _incident_titles(lines)
    if len(titles) < MIN_INCIDENTS:
        return None
    for line in lines:
        if not line.blank and STATUS_FURNITURE.match(line.stripped):
            line.chrome, line.fixed, line.title_like, line.prose = "status update", True, False, False
    records = [Record(title, _incident_end(lines, title, titles[k + 1] if k + 1 < len(titles) else len(lines)), title)
               for k, title in enumerate(titles)]
    for record in records:
        _mark_updates(lines, record)
    return Template("status", ["status updates"], "+0", records, TEMPLATE_CONFIDENCE)


def _incident_end(lines: list[Line], title: int, limit: int) -> int:
    """An incident ends with its last update's time, before the next day's heading or the page's footer."""
    end = title + 1
    for line in lines[title + 1:limit]:
        if line.blank:
            continue
        if line.date is not None or _label(line) or line.prose or STATUS_FURNITURE.match(line.stripped):
            end = line.index + 1 if line.date is None or line.date.precision == "minute" else end
            if line.date is not None and line.date.precision != "minute":
                break  # a day or month heading: the next day's incidents
            continue
        if not line.is_text:
            break
        end = line.index + 1
    return end


def _mark_updates(lines: list[Line], record: Record) -> None:
    """Labels and furniture are the page's; every update time but the first posted (the last shown) too."""
    times = [line for line in lines[record.start:record.end] if line.date is not None]
    for line in lines[record.start + 1:record.end]:
        if _label(line) or STATUS_FURNITURE.match(line.stripped):
            line.chrome, line.fixed, line.title_like, line.prose = "status update", True, False, False
    for line in times[:-1]:
        line.chrome, line.fixed, line.date, line.cue = "status update", True, None, None
