"""dates: whole-text dates with their precision, numeric order, relative dates, dates inside text."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from archive_import.dates import FoundDate, parse_date
from archive_import.text_dates import find_date_in, find_month, numeric_order

CAPTURED = date(2023, 1, 10)


@pytest.mark.parametrize("text, iso, precision", [
    ("March 4, 2019", "2019-03-04", "day"),
    ("4 March 2019", "2019-03-04", "day"),
    ("Mar 4th, 2019", "2019-03-04", "day"),
    ("Monday, March 4th, 2019", "2019-03-04", "day"),
    ("MAR 4, 2023", "2023-03-04", "day"),
    ("4th of March, 2019", "2019-03-04", "day"),
    ("04-Mar-2019", "2019-03-04", "day"),
    ("2019-03-04T10:32:00.000Z", "2019-03-04 10:32", "minute"),
    ("Sept. 30, 2019", "2019-09-30", "day"),
    ("March 04, 2019 at 10:32 AM", "2019-03-04 10:32", "minute"),
    ("April 16, 2024 / 6:12 pm", "2024-04-16 18:12", "minute"),  # Blocksy: a slash between the day and its time
    ("Mar 4, 2019, 10:32 AM", "2019-03-04 10:32", "minute"),
    ("March 4, 2019 @ 10:32 pm", "2019-03-04 22:32", "minute"),
    ("4 March 2019 22:05", "2019-03-04 22:05", "minute"),
    ("March 4, 2019 10 a.m.", "2019-03-04 10:00", "minute"),
    ("March 4, 2019 12:15 AM", "2019-03-04 00:15", "minute"),
    ("10:32 AM · Mar 4, 2024", "2024-03-04 10:32", "minute"),
    ("March 4, 2019.", "2019-03-04", "day"),
    ("March 2019", "2019-03-01", "month"),
    ("2019-03-04", "2019-03-04", "day"),
    ("2019/03/04", "2019-03-04", "day"),
    ("2019-03-04 10:32", "2019-03-04 10:32", "minute"),
    ("2019-03-04T10:32:00+05:00", "2019-03-04 10:32", "minute"),
    ("Mon, 04 Mar 2019 10:32:11 -0500", "2019-03-04 10:32", "minute"),
    ("Mon Mar  4 10:12:33 GMT 2024", "2024-03-04 10:12", "minute"),  # asctime, as mail archives print it
    ("3/14/2019", "2019-03-14", "day"),
    ("14.03.2019", "2019-03-14", "day"),
    ("05/05/2019", "2019-05-05", "day"),
    ("14/03/19", "2019-03-14", "day"),
])
def test_whole_text_dates(text, iso, precision):
    found = parse_date(text)
    assert found is not None, text
    assert (found.iso(), found.precision) == (iso, precision)


@pytest.mark.parametrize("text, offset", [
    ("Mon, 04 Mar 2019 10:32:11 -0500", "-05:00"),
    ("2019-03-04T10:32:00+05:00", "+05:00"),
    ("2019-03-04T10:32:00Z", "+00:00"),
    ("4 March 2019 10:32 EST", "-05:00"),
    ("4 March 2019 10:32 GMT+2", "+02:00"),  # as people mean it, not POSIX's reversed sign
    ("Wed, 4 Sep 2019 10:32:11 +0000 (UTC)", "+00:00"),
    ("March 4, 2019 10:32 AM", None),
])
def test_zones_become_utc_offsets(text, offset):
    found = parse_date(text)
    assert found.utc_offset == offset
    assert found.value.tzinfo is None  # the wall-clock time as written


def test_numeric_flag():
    assert parse_date("04/03/2019").numeric and parse_date("2019-03-04").numeric
    assert not parse_date("March 4, 2019").numeric


def test_order_reads_ambiguous_numeric_dates():
    assert parse_date("04/03/2019", order="dmy").iso() == "2019-03-04"
    assert parse_date("04/03/2019", order="mdy").iso() == "2019-04-03"
    assert parse_date("04-03-2019", order="dmy").iso() == "2019-03-04"
    # Only one reading is a date: the order does not matter.
    assert parse_date("14/03/2019", order="mdy").iso() == "2019-03-14"


def test_ambiguous_numeric_date_without_order_is_known_to_its_year():
    found = parse_date("04/03/2019")
    assert (found.precision, found.value) == ("year", datetime(2019, 1, 1))
    assert found.iso() == "2019-01-01"


@pytest.mark.parametrize("text", [
    "2019", "12", "1.5", "1.2.3", "1.2.19", "3 min read", "$19.99", "€5,00", "Part 2", "Chapter 12",
    "555-123-4567", "(555) 123-4567", "+1 555 123 4567", "v2.10.4", "10:32", "I was born on March 4, 2019.",
    "Posted 3 years ago", "Feb 30, 2019", "13/13/2019", "March 4, 2019 10", "2D", "5M", "May the force",
    "Friday links, March 8, 2019", "", "   ", "x" * 500, "Friday",  # (a chat's day divider alone)
])
def test_non_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize("text", ["3 years ago", "3 yr. ago", "2 wks ago", "2 days ago", "an hour ago", "5h", "2d",
                                  "yesterday", "Mar 4"])
def test_relative_and_yearless_dates_are_unknown_without_a_capture_day(text):
    assert parse_date(text) == FoundDate(None, "unknown")
    assert parse_date(text).iso() == ""


@pytest.mark.parametrize("text, iso, precision", [
    ("3 years ago", "2020-01-01", "year"),
    ("a year ago", "2022-01-01", "year"),
    ("2 months ago", "2022-11-01", "month"),
    ("2 days ago", "2023-01-08", "day"),
    ("2w", "2022-12-27", "day"),
    ("2y ago", "2021-01-01", "year"),  # new Reddit
    ("Friday at 4:30 PM", "2023-01-06 16:30", "minute"),  # a weekday with its clock: the last Friday
    ("Thu 7:05 AM", "2023-01-05 07:05", "minute"),  # a mail client's short form (Mailspring)
    ("Tue, 9:15", "2023-01-03 09:15", "minute"),  # the captured day's own weekday: a week before
    ("5d ago", "2023-01-05", "day"),
    ("5h", "2023-01-10", "day"),
    ("45 minutes ago", "2023-01-10", "day"),
    ("yesterday", "2023-01-09", "day"),
    ("Yesterday at 10:32 AM", "2023-01-09 10:32", "minute"),  # a day and its clock
    ("Today at 7:05 PM", "2023-01-10 19:05", "minute"),
    ("Mar 4", "2022-03-04", "day"),  # would be after the capture day this year: last year
    ("Jan 2", "2023-01-02", "day"),
])
def test_capture_day_places_relative_and_yearless_dates(text, iso, precision):  # captured: Tue 10 Jan 2023
    found = parse_date(text, captured=CAPTURED)
    assert (found.iso(), found.precision) == (iso, precision)


def test_hours_ago_from_a_capture_time():
    found = parse_date("5h", captured=datetime(2023, 1, 10, 3, 0))
    assert found.iso() == "2023-01-09"


def test_numeric_order():
    assert numeric_order(["Posted 14/03/2019", "3/4/2019"]) == "dmy"
    assert numeric_order(["3/14/2019", "by Jane Doe"]) == "mdy"
    assert numeric_order(["3/4/2019", "05/05/2019", "March 14, 2019"]) is None
    assert numeric_order([]) is None
    assert numeric_order(["14/03/2019", "3/14/2019"]) is None  # a contradiction decides nothing
    assert numeric_order(["14/03/2019"] * 20 + ["3/14/2019"]) == "dmy"  # one stray date does not


@pytest.mark.parametrize("text, iso, precision", [
    ("Friday links, March 8, 2019", "2019-03-08", "day"),
    ("for the week of 4 March 2019", "2019-03-04", "day"),
    ("October 2011 Mashup", "2011-10-01", "month"),
    ("Release notes 2019-03-04 and more", "2019-03-04", "day"),
])
def test_find_date_in(text, iso, precision):
    found = find_date_in(text)
    assert (found.iso(), found.precision) == (iso, precision)


def test_find_date_in_and_find_month_reject_text_without_dates():
    assert find_date_in("Top 5 tips for 2019") is None
    assert find_date_in("The Market 2019 review") is None
    assert find_month("Volume 1: October 2011 Mashup").iso() == "2011-10-01"
    assert find_month("nothing here") is None


def test_found_date_is_a_frozen_record():
    found = parse_date("March 4, 2019")
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.precision = "minute"


def test_a_weekday_tells_an_ambiguous_numeric_dates_order():
    """"Wed 3/6/2024": 6 March 2024 was a Wednesday and 3 June a Monday, so only one reading fits."""
    assert parse_date("Wed 3/6/2024 10:02 AM").value == datetime(2024, 3, 6, 10, 2)
    assert parse_date("Mon 3/6/2024").value == datetime(2024, 6, 3)
    assert parse_date("3/6/2024").precision == "year"  # no weekday: the archive's other dates must decide


def test_a_year_written_with_an_apostrophe():
    assert parse_date("Mar 5 '23").value == datetime(2023, 3, 5)


def test_an_ambiguous_numeric_date_reads_the_way_the_same_day_is_named_on_the_page():
    """"3/10/25" is March 10 or 3 October; a "March 10, 2025" day divider over it decides, and a page that
    names no such day leaves it undecided."""
    from archive_import.text_dates import numeric_order

    assert numeric_order(["March 10, 2025", "Maren Solberg — 3/10/25, 8:47 AM"]) == "mdy"
    assert numeric_order(["10 March 2025", "posted 10/3/2025"]) == "dmy"
    assert numeric_order(["3/10/25", "April 2, 2025"]) is None


def test_a_vague_age_is_a_date_of_unknown_precision_even_with_a_capture_day():
    """Intercom's "Updated this week": an age, so its line is a date line, but no day can be counted from it."""
    for text in ("this week", "Last month", "this year"):
        found = parse_date(text, captured=date(2024, 3, 12))
        assert found is not None and found.value is None and found.precision == "unknown"
    assert parse_date("last weekend") is None and parse_date("this weekly meeting") is None


def test_a_count_of_minutes_with_a_space_is_a_reading_time_not_an_age():
    """Quarto prints "5 min" under each card's author: its reading time. "5min" and "5m" stay ages."""
    assert parse_date("5 min") is None
    assert parse_date("5m").precision == "unknown" and parse_date("5min").precision == "unknown"
