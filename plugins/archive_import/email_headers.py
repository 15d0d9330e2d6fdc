"""E-mail header blocks inside an archive (newsletters and post notifications
saved as text).

Contract: ``read_headers(lines, start)`` returns ``EmailHeaders`` when
``lines[start:]`` opens with an RFC 2822 header block, optionally after an
mbox "From " separator line, else None.  The block is every header line
(folded continuation lines included, fields in any order) up to the first
blank line, which it includes; a line that is neither a header nor a
continuation also ends it (pasted mail often lost its blank line).  The
standard library parses the block: encoded words (=?utf-8?q?...?=) are
decoded, the author is the From display name (else the address's local
part), the date keeps its UTC offset, and the title is the Subject without
"Re:", "Fwd:", "[New post]" or "[List name]" prefixes.  A block without From,
or with neither Subject nor Date, is not a mail header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header
from email.parser import HeaderParser
from email.utils import parseaddr, parsedate_to_datetime

from .dates import FoundDate, parse_date

# A header block longer than this is no header block (long Received: chains
# of a real mail stay well under it).
MAX_HEADER_LINES = 100
# "From jane@example.com Mon Mar  4 10:32:11 2019" (mbox separator; an
# optional zone before the year).
MBOX_FROM = re.compile(
    r"^From \S+\s+(?:[A-Z][a-z]{2}\s+){2}\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:\S+\s+)?\d{4}\s*$")
# "Name: value" (RFC 5322 field names; mail programs always put a space or
# nothing after the colon).
FIELD = re.compile(r"^[A-Za-z][A-Za-z0-9-]{0,76}:(?:[ \t]|$)")
# The fields a mail's header block holds, by name: a double-spaced copy may put a blank line between them.
KNOWN_FIELD = re.compile(r"^(?:from|to|cc|bcc|date|subject|reply-to|sent|message-id|mime-version|content-type"
                         r"|content-transfer-encoding|return-path|received|list-id|list-unsubscribe|x-[\w-]+):[ \t]", re.I)
# Subject prefixes added by mail programs and lists, repeated any number of times.
SUBJECT_PREFIX = re.compile(r"^(?:\s*(?:\[[^\]]{1,80}\]|(?:re|fwd?|fw|aw|sv|tr)\s*:))+\s*", re.I)


@dataclass(frozen=True, slots=True)
class EmailHeaders:
    """One parsed header block: ``lines[start:end]`` (separator, headers, blank line)."""

    start: int
    end: int  # the index after the blank line ending the block
    author: str | None  # the From display name, or the local part of its address
    address: str | None  # the From address
    date: FoundDate | None  # minute precision, with utc_offset when the mail gave one
    title: str | None  # the Subject without Re:/Fwd:/[List] prefixes
    headers: tuple[str, ...]  # the raw header lines (without separator and blank line)


def read_headers(lines: list[str], start: int) -> EmailHeaders | None:
    """The header block opening ``lines[start:]``, or None."""
    if not 0 <= start < len(lines):
        return None
    first = start + 1 if MBOX_FROM.match(lines[start]) else start
    index, limit = first, min(len(lines), first + MAX_HEADER_LINES)
    while index < limit:
        line = lines[index]
        if not line.strip() and index + 1 < limit and KNOWN_FIELD.match(lines[index + 1]) and index > first \
                and not lines[index - 1].strip() == "":
            index += 1  # a double-spaced copy: a blank line between two of the mail's own fields
            continue
        if not line.strip():
            break
        if not (FIELD.match(line) or (index > first and line[:1] in " \t")):
            break
        index += 1
    if index == first:
        return None
    raw = tuple(line.rstrip("\r\n") for line in lines[first:index] if line.strip())
    end = index + 1 if index < len(lines) and not lines[index].strip() else index
    return _parse(raw, start, end)


def _parse(raw: tuple[str, ...], start: int, end: int) -> EmailHeaders | None:
    message = HeaderParser().parsestr("\n".join(raw) + "\n\n")
    sender = _decoded(message.get("From"))
    subject = _decoded(message.get("Subject"))
    date_text = _decoded(message.get("Date") or message.get("Sent"))  # "Sent:": Outlook's forwarded mail
    if not sender or not (subject or date_text):
        return None
    name, address = parseaddr(sender)
    author = name.strip().strip('"') or address.split("@")[0] or None
    title = SUBJECT_PREFIX.sub("", subject).strip() if subject else None
    return EmailHeaders(start, end, author, address or None, _date(date_text), title or None, raw)


def _decoded(value: str | None) -> str | None:
    """The header value unfolded, with encoded words decoded."""
    if value is None:
        return None
    try:
        value = str(make_header(decode_header(value)))
    except (LookupError, UnicodeDecodeError, ValueError):  # an unknown charset or a broken encoded word
        value = str(value)
    return " ".join(value.split()) or None


def _date(text: str | None) -> FoundDate | None:
    """An RFC 2822 date at minute precision with its offset; other forms through ``parse_date``."""
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return parse_date(text)
    offset = moment.utcoffset()
    zone = None
    if offset is not None:
        minutes = int(offset.total_seconds()) // 60
        zone = f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return FoundDate(moment.replace(tzinfo=None), "minute", zone)
