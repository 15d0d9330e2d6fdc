"""Replies printed as posts of their own: a mail thread's "Re: <subject>" messages under the first one.

A mail client or a list archive shows a conversation as a run of messages,
each with its sender, its subject and its date: the template stage reads
every message as a record. A message whose subject is "Re:" (or "AW:", "SV:")
with the subject of an earlier message answers it: it is a reply, which
goes to the chrome report as a comment, never a post. The subject the
replies quote is the first message's title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .comments import Thread
from .lines import Line
from .structure import Record, Template

# A reply's subject: "Re: [support-leads] Handing over key accounts", "AW: …", "Sv: …".
REPLY_SUBJECT = re.compile(r"^(?:re|aw|sv|antw|r)\s*:\s*(?P<subject>\S.*)$", re.I)
# A message's subject sits in its head, among its sender, fields and date.
SUBJECT_REACH = 6


def thread_replies(lines: list[Line], template: Template, threads: list[Thread]) -> tuple[Template, list[Thread]]:
    """The template without the records that reply to an earlier one, and the threads with those replies."""
    subjects: dict[str, int] = {}  # an earlier message's subject line, by its text
    kept: list[Record] = []
    replies: list[Thread] = []
    for record in template.records:
        quoted = _quoted_subject(lines, record, subjects)
        if quoted is not None and kept:
            subject, start = quoted
            start = min(start, record.start)
            replies.append(Thread(start, record.end, 1))
            kept[-1] = replace(_titled_by(lines, kept[-1], subject), end=min(kept[-1].end, start))
            continue
        kept.append(record)
        for line in _head(lines, record):
            subjects.setdefault(_normal(line.stripped), line.index)
    if not replies:
        return template, threads
    return replace(template, records=kept), sorted([*threads, *replies], key=lambda thread: thread.start)


def _head(lines: list[Line], record: Record) -> list[Line]:
    """The lines around a record's start: a message's sender and subject may sit over its date."""
    above = [line for line in reversed(lines[:record.start]) if not line.blank][:SUBJECT_REACH]
    return [*reversed(above), *[line for line in lines[record.start:record.end] if not line.blank][:SUBJECT_REACH]]


def _quoted_subject(lines: list[Line], record: Record, subjects: dict[str, int]) -> tuple[int, int] | None:
    """(the earlier subject line this record's "Re:" line quotes, where the reply's head starts: its
    sender's line right over the "Re:"), if any."""
    head = _head(lines, record)
    for k, line in enumerate(head):
        match = REPLY_SUBJECT.match(line.stripped)
        if match is not None and _normal(match["subject"]) in subjects:
            sender = head[k - 1] if k and head[k - 1].is_text and head[k - 1].is_name else line
            return subjects[_normal(match["subject"])], sender.index
    return None


def _titled_by(lines: list[Line], record: Record, subject: int) -> Record:
    """The message the replies answer takes the subject they quote as its title (not its greeting)."""
    if subject >= record.end or record.title == subject:
        return record
    lines[subject].chrome, lines[subject].fixed = None, False
    above = next((line for line in reversed(lines[:subject]) if not line.blank), None)
    start = above.index if above is not None and above.is_text and above.is_name else subject  # its sender
    return replace(record, start=min(record.start, start), title=subject)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()
