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
from .neighbours import before, previous_filled

# A reply's subject: "Re: [support-leads] Handing over key accounts", "AW: …", "Sv: …".
REPLY_SUBJECT = re.compile(r"^(?:re|aw|sv|antw|r)\s*:\s*(?P<subject>\S.*)$", re.I)
# A message's subject sits in its head, among its sender, fields and date.
SUBJECT_REACH = 6


def thread_replies(lines: list[Line], template: Template, threads: list[Thread]) -> tuple[Template, list[Thread]]:
    """The template without the records that reply to an earlier one, and the threads with those replies."""
    subjects: dict[str, tuple[int, int]] = {}  # an earlier message's subject: (its line, its kept record)
    kept: list[Record] = []
    replies: list[Thread] = []
    for record in template.records:
        quoted = _quoted_subject(lines, record, subjects)
        if quoted is not None and kept:
            (subject, owner), start = quoted
            start = max(min(start, record.start), kept[-1].start + 1)
            replies.append(Thread(start, record.end, 1))
            kept[-1] = replace(kept[-1], end=min(kept[-1].end, start))
            kept[owner] = _titled_by(lines, kept[owner], subject, kept[owner - 1].end if owner else 0)
            continue
        kept.append(record)
        for line in _head(lines, record):
            subjects.setdefault(_normal(_unprefixed(line.stripped)), (line.index, len(kept) - 1))
    if not replies:
        return template, threads
    return replace(template, records=kept), sorted([*threads, *replies], key=lambda thread: thread.start)


def _head(lines: list[Line], record: Record) -> list[Line]:
    """The lines around a record's start: a message's sender and subject may sit right over its date (the
    block of short lines there, up to a blank line or a paragraph: the message above ends there)."""
    above: list[Line] = []
    for line in before(lines, record.start):
        if line.blank or line.prose or len(above) >= SUBJECT_REACH:
            break
        above.append(line)
    return [*reversed(above), *[line for line in lines[record.start:record.end] if not line.blank][:SUBJECT_REACH]]


def _quoted_subject(lines: list[Line], record: Record,
                    subjects: dict[str, tuple[int, int]]) -> tuple[tuple[int, int], int] | None:
    """(the earlier subject this record's "Re:" line quotes, where the reply's head starts: its sender's
    line right over the "Re:"), if any."""
    for line in _head(lines, record):
        quoted = _normal(_unprefixed(line.stripped))
        if REPLY_SUBJECT.match(line.stripped) and quoted in subjects:
            return subjects[quoted], _sender_over(lines, line.index)
    return None


def _unprefixed(subject: str) -> str:
    """The subject without its "Re:" prefixes ("Re: Re: AW: X" is X)."""
    while (match := REPLY_SUBJECT.match(subject)) is not None:
        subject = match["subject"]
    return subject


def _sender_over(lines: list[Line], subject: int) -> int:
    """The sender's name line right over a message's subject, else the subject line itself."""
    above = previous_filled(lines, subject)
    return above.index if above is not None and above.is_text and above.is_name else subject


def _titled_by(lines: list[Line], record: Record, subject: int, floor: int) -> Record:
    """The message the replies answer takes the subject they quote as its title (not its greeting), its
    sender's line with it (never past ``floor``, the end of the record above)."""
    if subject >= record.end or subject < floor or record.title == subject:
        return record
    lines[subject].chrome, lines[subject].fixed = None, False
    return replace(record, start=max(floor, min(record.start, _sender_over(lines, subject))), title=subject)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()
