"""common.dates: precision, display, ISO 8601 with offset, known dates, feed entries.

Expected values are written by hand from ISO 8601 and the README ("Date
unknown", months spelled out); none is computed by the code under test.
"""

import datetime
from types import SimpleNamespace

import pytest

from common import dates

UTC = datetime.timezone.utc
PARIS_WINTER = datetime.timezone(datetime.timedelta(hours=1))


@pytest.mark.parametrize("stamp, precision, shown, iso", [
    (datetime.datetime(2015, 2, 23, 5, 21, tzinfo=UTC), "minute", "February 23, 2015", "2015-02-23T05:21+00:00"),
    (datetime.datetime(2015, 2, 23, 5, 21, tzinfo=PARIS_WINTER), "minute", "February 23, 2015",
     "2015-02-23T05:21+01:00"),
    (datetime.datetime(2015, 2, 23, 5, 21), "minute", "February 23, 2015", "2015-02-23T05:21"),
    (datetime.datetime(2015, 2, 23, tzinfo=UTC), "day", "February 23, 2015", "2015-02-23"),
    (datetime.datetime(2011, 10, 1, tzinfo=UTC), "month", "October 2011", "2011-10"),
    (datetime.datetime(2011, 1, 1, tzinfo=UTC), "year", "2011", "2011"),
    (datetime.datetime(1970, 1, 1, tzinfo=UTC), "unknown", "Date unknown", None),
    (None, "day", "Date unknown", None),
])
def test_display_and_iso_at_each_precision(stamp, precision, shown, iso):
    assert dates.date_display(stamp, precision) == shown
    assert dates.date_iso(stamp, precision) == iso


@pytest.mark.parametrize("given, stamp, expected", [
    ("Month", datetime.datetime(2011, 10, 1), "month"),
    (None, datetime.datetime(2020, 5, 1, 9, 30), "minute"),
    ("", datetime.datetime(2020, 5, 1), "day"),
    ("fortnight", datetime.datetime(2020, 5, 1), "day"),
    ("day", None, "unknown"),
])
def test_precision_fills_in_what_hand_written_posts_omit(given, stamp, expected):
    assert dates.normalised_precision(given, stamp) == expected


def test_known_dates_and_feed_entries():
    dated = SimpleNamespace(date=datetime.datetime(2015, 2, 23), date_precision="day")
    hand_written = SimpleNamespace(date=datetime.datetime(2024, 1, 1, 8, 0))
    undated = SimpleNamespace(date=datetime.datetime(1970, 1, 1), date_precision="unknown")
    page = SimpleNamespace()
    assert [dates.has_known_date(item) for item in (dated, hand_written, undated, page)] == [
        True, True, False, False]
    assert dates.feed_items([undated, dated, page, hand_written]) == [dated, hand_written]


def test_naive_compares_aware_and_naive_dates():
    aware = datetime.datetime(2020, 1, 1, 12, tzinfo=PARIS_WINTER)
    assert dates.naive(aware) == datetime.datetime(2020, 1, 1, 12)
    assert dates.naive(datetime.datetime(2020, 1, 1)) == datetime.datetime(2020, 1, 1)
