"""Part labels to sort keys, and dates shown at the precision they are known."""

import datetime
from types import SimpleNamespace

import pytest

from series.dates import series_date, series_date_iso
from series.naming import date_order, label_order, number_order


@pytest.mark.parametrize("label, order", [("2", 2), ("#10", 10), ("IV", 4), ("xii", 12), ("two", 2), ("Twelve", 12), ("many", None)])
def test_numbers_and_roman_numerals(label, order):
    assert number_order(label) == order


def test_dates_in_titles_sort_by_day():
    assert date_order("February 9, 2015") < date_order("February 16, 2015") < date_order("Feb 23 2015")
    assert date_order("next week") is None


def test_named_parts_follow_the_planned_list_then_the_question_words():
    planned = ("Who", "What", "When", "Where", "Why", "How")
    assert [label_order(w, planned) for w in ("how", "When", "WHO")] == [6, 3, 1]
    assert label_order("Where") == 4 and label_order("Chapter") is None


@pytest.mark.parametrize("precision, shown, iso", [
    ("minute", "February 23, 2015", "2015-02-23T05:21"),
    ("day", "February 23, 2015", "2015-02-23"),
    ("month", "February 2015", "2015-02"),
    ("year", "2015", "2015"),
    ("unknown", "Date unknown", ""),
])
def test_dates_show_only_what_is_known(precision, shown, iso):
    article = SimpleNamespace(date=datetime.datetime(2015, 2, 23, 5, 21), date_precision=precision)
    assert (series_date(article), series_date_iso(article)) == (shown, iso)


def test_the_theme_s_date_text_wins_when_present():
    article = SimpleNamespace(date=datetime.datetime(2015, 2, 23), date_precision="day", date_display="23 Feb 2015")
    assert series_date(article) == "23 Feb 2015"


def test_series_pages_write_the_time_zone_offset_as_article_pages_do():
    when = datetime.datetime(2015, 2, 23, 5, 21, tzinfo=datetime.timezone.utc)
    article = SimpleNamespace(date=when, date_precision="minute")
    assert series_date_iso(article) == "2015-02-23T05:21+00:00"
