"""A newsletter digest: an e-mail whose "In this issue" list (or ruled-off headings) names its articles, each a post.

Mailchimp and Constant Contact digests open with a list of the issue's
articles, then print each under its own heading, often with a byline and
a "Read more" link. Each heading the list names starts a post, dated by
the e-mail; the greeting before the first and the sign-off after the last
"Read more" belong to no article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .header_blocks import HeaderBlock
from .lines import Line
from .structure import Record, Template

ISSUE_INDEX = re.compile(r"^(?:in this (?:issue|edition|email|newsletter)|inside this (?:issue|edition)"
                         r"|this (?:week|month)['’]s (?:issue|contents|stories)|what['’]s inside)\s*:?$", re.I)
# The index lists headings: short lines; two found again further down make the e-mail a digest.
MAX_ENTRY_WORDS = 16
MIN_ARTICLES = 2
# A plain-text letter's rule: a row of dashes, equals signs or underscores.
RULE = re.compile(r"^[-=_~*]{5,}$")


def split_digests(lines: list[Line], template: Template,
                  emails: dict[int, HeaderBlock]) -> tuple[Template, dict[int, HeaderBlock]]:
    """Each e-mail that is a digest becomes one record per article, each dated by the e-mail."""
    records: list[Record] = []
    emails = dict(emails)
    for record in template.records:
        block = emails.get(record.start)
        headings = (_headings(lines, record) or _ruled_headings(lines, record)) if block is not None else []
        if len(headings) < MIN_ARTICLES:
            records.append(record)
            continue
        ends = headings[1:] + [record.end]
        for heading, end in zip(headings, ends):
            records.append(Record(heading, _teaser_end(lines, heading, end), heading))
            emails[heading] = block
    if len(records) == len(template.records):
        return template, emails
    return replace(template, records=records), emails


def _headings(lines: list[Line], record: Record) -> list[int]:
    """The lines further down that the e-mail's "In this issue" list names, in order."""
    index = next((i for i in range(record.start, record.end) if ISSUE_INDEX.match(lines[i].stripped)), None)
    if index is None:
        return []
    entries = []
    for line in lines[index + 1:record.end]:
        if line.blank or line.prose or len(line.stripped.split()) > MAX_ENTRY_WORDS:
            break
        entries.append(line.stripped)
    after = index + 1 + len(entries)
    found: list[int] = []
    for entry in entries:  # the list ends where a line names nothing further down ("Hi Priya,")
        match = next((i for i in range(after, record.end) if lines[i].stripped == entry), None)
        if match is None or found and match <= found[-1]:
            break
        found.append(match)
    return found


def _ruled_headings(lines: list[Line], record: Record) -> list[int]:
    """A plain-text letter's section headings: short lines ruled off above and below ("-----" / "TITLE" /
    "-----"); two or more make the e-mail a digest."""
    shown = [line for line in lines[record.start:record.end] if not line.blank]
    found = [line.index for above, line, below in zip(shown, shown[1:], shown[2:])
             if RULE.match(above.stripped) and RULE.match(below.stripped) and not line.prose
             and len(line.stripped.split()) <= MAX_ENTRY_WORDS]
    return found if len(found) >= MIN_ARTICLES else []


def _teaser_end(lines: list[Line], start: int, end: int) -> int:
    """An article ends with its "Read more", or at the rule under its text; the sign-off after the last one
    is the e-mail's."""
    teasers = [i for i in range(start, end) if lines[i].cue is not None and lines[i].cue.role == "teaser"]
    if teasers:
        return teasers[-1] + 1
    rules = [i for i in range(start + 2, end) if RULE.match(lines[i].stripped)]
    return rules[-1] if rules and any(lines[i].prose for i in range(start, rules[-1])) else end
