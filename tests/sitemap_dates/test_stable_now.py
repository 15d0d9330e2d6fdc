"""sitemap_dates: the sitemap's 'now' is the newest real change, written by hand below."""

import datetime
from types import SimpleNamespace

from sitemap_dates.stable_now import EPOCH, newest_content_date

UTC = datetime.timezone.utc


def post(date, precision=None, modified=None):
    return SimpleNamespace(date=date, date_precision=precision, modified=modified)


def test_the_newest_date_or_modification_wins():
    articles = [post(datetime.datetime(2015, 2, 23, 5, 21, tzinfo=UTC), "minute"),
                post(datetime.datetime(2014, 1, 1), "day", modified=datetime.datetime(2016, 3, 1))]
    assert newest_content_date([SimpleNamespace(articles=articles, pages=[])]) == datetime.datetime(2016, 3, 1)


def test_an_undated_post_s_placeholder_is_not_a_change():
    undated = post(datetime.datetime(1970, 1, 1), "unknown")
    assert newest_content_date([SimpleNamespace(articles=[undated], pages=[])]) == EPOCH
    dated = post(datetime.datetime(2011, 10, 1), "month")
    assert newest_content_date([SimpleNamespace(articles=[undated, dated])]) == datetime.datetime(2011, 10, 1)
