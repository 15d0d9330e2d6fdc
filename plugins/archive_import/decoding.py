"""Bytes to lines of text: encodings, mojibake, binary files.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files), so line
numbers match what an editor shows. UTF-16 files (with a byte-order mark, or
without one when every other byte is NUL) are text, not binary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import ftfy

# A file whose first 8 KiB hold a NUL byte, or more than this share of
# control bytes, is binary: text archives never contain them.
BINARY_SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.10
# UTF-16 without a byte-order mark: ASCII-range text has a NUL in every other byte.
UTF16_NUL_SHARE = 0.6
_CONTROL_BYTES = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}
# Characters that mojibake (UTF-8 read as cp1252/latin-1) leaves behind;
# only lines holding one are handed to ftfy, which is slow on clean text.
MOJIBAKE_HINT = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
FTFY_CONFIG = ftfy.TextFixerConfig(
    uncurl_quotes=False,  # typography is kept
    fix_line_breaks=False,  # line numbers must not move
    normalization=None,  # keep what the author typed (no-break spaces too)
    fix_character_width=False,
    explain=False,
)


@dataclass
class DecodedText:
    lines: list[str]
    binary: bool = False
    notes: list[str] = field(default_factory=list)  # "line N: ..." warnings


def normalise(data: bytes) -> bytes:
    """UTF-16 as UTF-8, and every line end (CR LF, lone CR) as LF."""
    data = utf16_to_utf8(data)
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data


def split_lines(data: bytes) -> list[bytes]:
    """The lines an editor shows (see ``normalise``), without their line ends."""
    data = normalise(data)
    if not data:
        return []
    parts = data.split(b"\n")
    if data.endswith(b"\n"):
        parts.pop()
    return parts


def looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, bytes(sorted(_CONTROL_BYTES))))
    return controls / len(sample) > BINARY_CONTROL_SHARE


def _decode_line(raw: bytes) -> tuple[str, str | None]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "latin-1"


def utf16_to_utf8(data: bytes) -> bytes:
    """UTF-16 text as UTF-8 bytes; other data unchanged."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        sample = data[:BINARY_SNIFF_BYTES - BINARY_SNIFF_BYTES % 2]
        pairs = len(sample) // 2
        if pairs < 2 or len(data) % 2:
            return data
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd >= UTF16_NUL_SHARE * pairs and even == 0:
            encoding = "utf-16-le"
        elif even >= UTF16_NUL_SHARE * pairs and odd == 0:
            encoding = "utf-16-be"
        else:
            return data
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return data
    return text.lstrip("\ufeff").encode("utf-8")


def decode(data: bytes) -> DecodedText:
    """Decode ``data`` line by line (UTF-8, else cp1252, else latin-1) and repair mojibake."""
    data = normalise(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        return DecodedText([raw.decode("latin-1") for raw in split_lines(data)], binary=True)
    lines: list[str] = []
    notes: list[str] = []
    legacy_lines: list[int] = []
    try:  # the common case: the whole file is UTF-8
        texts = data.decode("utf-8").split("\n") if data else []
        if data.endswith(b"\n"):
            texts.pop()
        decoded = [(text, None) for text in texts]
    except UnicodeDecodeError:
        decoded = [_decode_line(raw) for raw in split_lines(data)]
    for number, (text, legacy) in enumerate(decoded, start=1):
        if legacy:
            legacy_lines.append(number)
        if not text.isascii() and MOJIBAKE_HINT.search(text):
            fixed = ftfy.fix_text(text, FTFY_CONFIG)
            if fixed != text:
                notes.append(f"line {number}: repaired mojibake")
                text = fixed
        lines.append(text)
    if legacy_lines:
        shown = ", ".join(map(str, legacy_lines[:5])) + (" ..." if len(legacy_lines) > 5 else "")
        notes.insert(0, f"line {legacy_lines[0]}: not UTF-8, decoded as cp1252/latin-1 (lines {shown})")
    return DecodedText(lines, notes=notes)
