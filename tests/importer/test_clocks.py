"""A plain "16:16" is read without dateutil, exactly as dateutil reads it."""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from dateutil import parser as dateutil_parser

from archive_import.clocks import CLOCK_DAY, _clock


def _dateutil(clock: str):
    try:
        return dateutil_parser.parse(f"{CLOCK_DAY} {clock}").timetz()
    except (ValueError, OverflowError):
        return None


def test_plain_clocks_read_as_dateutil_reads_them():
    for hour in range(30):
        for minute in range(0, 100, 3):
            for clock in {f"{hour}:{minute:02d}", f"{hour:02d}:{minute:02d}"}:
                assert _clock.__wrapped__(clock) == _dateutil(clock), clock
