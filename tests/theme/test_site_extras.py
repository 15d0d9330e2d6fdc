"""The site_extras plugin's pieces, on their own: dates, JSON-LD, settings, archive chart."""

import json
import logging
from datetime import datetime
from types import SimpleNamespace

import pytest

from site_extras import archive, dates, structured_data
from site_extras.settings import DEFAULTS, settings_for


@pytest.mark.parametrize(("metadata", "date", "expected"), [
    (None, datetime(2015, 2, 25, 5, 33), "minute"),
    (None, datetime(2015, 2, 25), "day"),
    ("Month", datetime(2011, 10, 1), "month"),
    ("unknown", datetime(1970, 1, 1), "unknown"),
    ("nonsense", datetime(2015, 2, 25), "day"),
    (None, None, "unknown"),
])
def test_precision_is_normalised_for_hand_written_posts(metadata, date, expected):
    assert dates.normalised_precision(metadata, date) == expected


@pytest.mark.parametrize(("precision", "shown", "iso"), [
    ("minute", "February 5, 2015", "2015-02-05T05:33"),
    ("day", "February 5, 2015", "2015-02-05"),
    ("month", "February 2015", "2015-02"),
    ("year", "2015", "2015"),
    ("unknown", "Date unknown", None),
])
def test_display_and_iso_follow_precision(precision, shown, iso):
    date = datetime(2015, 2, 5, 5, 33)
    assert dates.date_display(date, precision) == shown
    assert dates.date_iso(date, precision) == iso


class Author(SimpleNamespace):
    def __str__(self):
        return self.name


def series_article():
    return SimpleNamespace(
        title="Five W&#8217;s of <em>service</em>", url="posts/five-ws-2/", date_iso="2012-03",
        authors=[Author(name="Shep Hyken", url="author/shep-hyken/")],
        summary="<p>Who, what &amp; why.</p>", category=None, tags=[], word_count=120, source=None,
        series=SimpleNamespace(name="5 W's", url="series/5-ws/", index=2),
    )


def test_blog_posting_carries_series_and_position():
    posting = structured_data.blog_posting(series_article(), "https://example.org/blog", "Notes")
    assert posting["@type"] == "BlogPosting"
    assert posting["headline"] == "Five W’s of service"
    assert posting["datePublished"] == "2012-03"
    assert posting["author"] == {"@type": "Person", "name": "Shep Hyken",
                                 "url": "https://example.org/blog/author/shep-hyken/"}
    assert posting["description"] == "Who, what & why."
    assert posting["isPartOf"] == {"@type": "CreativeWorkSeries", "name": "5 W's",
                                   "url": "https://example.org/blog/series/5-ws/"}
    assert posting["position"] == 2


def test_script_json_escapes_closing_tags_and_round_trips():
    data = {"headline": "a </script><!-- b"}
    text = structured_data.to_script_json(data)
    assert "</" not in text and "<!--" not in text
    assert json.loads(text) == data


def test_bad_settings_are_logged_and_defaults_kept(caplog):
    with caplog.at_level(logging.WARNING):
        merged = settings_for({"SITE_EXTRAS": {"related_max": "four", "colour": "red"}})
    assert merged["related_max"] == DEFAULTS["related_max"]
    assert "site_extras" in caplog.text and "colour" in caplog.text and "related_max" in caplog.text
    with caplog.at_level(logging.WARNING):
        assert settings_for({"SITE_EXTRAS": ["not", "a", "dict"]}) == DEFAULTS


def test_the_archive_chart_has_no_size_settings(caplog):
    """The chart's bars stretch with the page (CSS sizes each row's SVG), so a
    width or height in SVG units would mean nothing: such keys are unknown, and
    a site that still sets them is told so instead of silently ignored."""
    assert not {"chart_width", "chart_height"} & set(DEFAULTS)
    with caplog.at_level(logging.WARNING):
        merged = settings_for({"SITE_EXTRAS": {"chart_width": 640, "chart_height": 120}})
    assert merged == DEFAULTS
    assert "unknown SITE_EXTRAS key 'chart_height'" in caplog.text
    assert "unknown SITE_EXTRAS key 'chart_width'" in caplog.text


def test_year_bars_scale_to_the_busiest_year_and_need_two_years():
    posts = [SimpleNamespace(date=datetime(2011, 11, 3), date_precision="day"),
             SimpleNamespace(date=datetime(2011, 11, 9), date_precision="minute"),
             SimpleNamespace(date=datetime(2011, 2, 1), date_precision="month"),
             SimpleNamespace(date=datetime(2010, 1, 1), date_precision="year"),
             SimpleNamespace(date=datetime(1970, 1, 1), date_precision="unknown")]
    years, undated = archive.group_by_period(posts)
    assert [(bar.year, bar.count, bar.percent) for bar in archive.year_bars(years)] == [(2011, 3, 100), (2010, 1, 33)]
    assert len(undated) == 1
    one_year, _ = archive.group_by_period(posts[:3])
    assert archive.year_bars(one_year) == []