"""Records that open with a header block: e-mails (From, Date, Subject) and "Key: value" exports.

A header block names its post's fields, so each block starts a record:
``email_headers`` reads RFC 2822 blocks with the standard library's parser,
``keyvalue`` reads "Title: … / Date: … / Author: …" blocks. Both become a
``HeaderBlock`` for the fields stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import FoundDate, parse_date
from .text_dates import agreed_reading, numeric_order
from .email_headers import FIELD, read_headers
from .keyvalue import find_blocks
from .lines import Line
from .mail_view import SENDER_SUFFIX
from .structure import Record, Template


# A mail client's header pane: a field's label, a tab, its value (no colon), near the top of the copy.
PANE_FIELDS = {"from": "From", "subject": "Subject", "to": "To", "cc": "Cc", "date": "Date", "reply to": "Reply-To"}
TAB_FIELD = re.compile(r"^(from|subject|to|cc|date|reply to)\t", re.I)
MAX_PANE_LINES = 30
# A letter's own dates (its issue banner, its byline) sit in its first lines.
LETTER_DATE_REACH = 15
# A subject is a line of a few words.
MAX_SUBJECT_WORDS = 16


@dataclass(frozen=True, slots=True)
class HeaderBlock:
    """What a record's header block says (``lines[start:end]``)."""

    start: int
    end: int
    kind: str  # "e-mail" | "key-value"
    title: str | None
    author: str | None
    date: FoundDate | None
    tags: tuple[str, ...] = ()
    category: str | None = None
    url: str | None = None


def _with_colons(texts: list[str]) -> list[str]:
    """Thunderbird's header pane copies each field as "From<TAB>value", with no colon: read as "From: value"."""
    if not any("\t" in text for text in texts[:MAX_PANE_LINES]):
        return texts
    return [TAB_FIELD.sub(lambda match: f"{PANE_FIELDS[match[1].lower()]}: ", text) if k < MAX_PANE_LINES else text
            for k, text in enumerate(texts)]


def _emails(texts: list[str]) -> dict[int, HeaderBlock]:
    texts = _with_colons(texts)
    blocks: dict[int, HeaderBlock] = {}
    i = 0
    while i < len(texts):
        # A block opens with any field ("Return-Path:", "Received:"), not only From, Date or Subject.
        opens_block = (i == 0 or not texts[i - 1].strip()) and FIELD.match(texts[i])
        if opens_block or texts[i][:5] in ("From ", "From:") or texts[i][:5].lower() in ("from:", "date:", "subje"):
            found = read_headers(texts, i)
            if found is not None:
                start, title = found.start, found.title
                if title is None and _subject_over(texts, start):
                    start -= 1  # webmail prints the subject as a heading over the fields (Horde)
                    title = texts[start].strip()
                blocks[start] = HeaderBlock(start, found.end, "e-mail", title, found.author,
                                            _corroborated(texts, found.start, found.end, found.date))
                i = max(found.end, i + 1)
                continue
        i += 1
    return blocks


def _corroborated(texts: list[str], start: int, end: int, sent: FoundDate | None) -> FoundDate | None:
    """A numeric Date field that reads both ways ("03/12/2024 08:15 AM" is known to its year only) read the way
    a date the letter prints with its month named agrees with ("Issue 41 · 12 March 2024", or only the
    month: "April 2025 · Issue 14" makes "08/04/2025" the 8th of April)."""
    if sent is None or sent.precision != "year" or not sent.numeric:
        return sent
    raw = next((text.split(":", 1)[1].strip() for text in texts[start:end] if text.lower().startswith("date:")), None)
    return (agreed_reading(raw, texts[end:end + LETTER_DATE_REACH]) if raw else None) or sent


def _subject_over(texts: list[str], start: int) -> bool:
    """A header block with no Subject field, under a short line that is no field: its subject."""
    if start == 0 or not texts[start - 1].strip():
        return False
    above = texts[start - 1].strip()
    return not FIELD.match(above) and len(above.split()) <= MAX_SUBJECT_WORDS and above[-1:] not in ".:;,"


def _key_values(texts: list[str]) -> dict[int, HeaderBlock]:
    blocks = find_blocks(texts)
    order = numeric_order(block.date_text for block in blocks.values() if block.date_text)  # "3/14" reads "4/2"
    return {start: HeaderBlock(block.start, block.end, "key-value", block.title, block.author,
                               parse_date(block.date_text, order=order) if block.date_text else None, block.tags,
                               block.category, block.url)
            for start, block in blocks.items()}


def header_template(texts: list[str], lines: list[Line]) -> tuple[Template, dict[int, HeaderBlock]] | None:
    """Records from header blocks, e-mail ones first, or None when the archive has none."""
    for kind, blocks in (("e-mail headers", _emails(texts)), ("key-value headers", _key_values(texts))):
        if blocks:
            starts = sorted(blocks)
            records = [Record(start, starts[k + 1] if k + 1 < len(starts) else len(lines), None,
                              head_end=blocks[start].end) for k, start in enumerate(starts)]
            return Template(kind.split()[0], [kind], "none", records, 1.0), blocks
    return None


# A person's name is a few words; a longer sender name is a company's team.
MAX_SENDER_WORDS = 3


def email_author(email: HeaderBlock) -> str | None:
    """The sender's name without the list or blog it writes for ("Ruth from The Desk" → "Ruth"); none when
    the sender is a company's team ("Harbourline Energy Customer Care"), not a person."""
    if not email.author:
        return None
    name = SENDER_SUFFIX.sub("", email.author).strip() or email.author
    return name if len(name.split()) <= MAX_SENDER_WORDS else None
