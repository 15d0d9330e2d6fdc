"""A post page's head: which of its short lines is the title, and what its byline says.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.segments import read_segments

POST_WITH_TITLE_BYLINE_DEK = """Lamplight Desk
Why we stopped saying sorry twice
Written by Ines Varga — March  7, 2024
A shorter apology turned out to be the more sincere one, and customers noticed the change
Our replies used to open with an apology and close with another. Customers read the second one as a formula, and a few told us so.
We now apologise once, in the first line, for the specific thing that went wrong, and spend the rest of the reply on what happens next.
Support
Apologies
"""


def test_strftime_padded_day_is_one_date_in_a_byline():
    cue = read_segments("Written by Ines Varga — March  7, 2024")
    assert cue is not None and cue.author == "Ines Varga" and cue.date_text == "March 7, 2024"


def test_the_line_over_the_byline_is_the_title_and_the_line_under_it_the_subtitle():
    (post,) = parse_archive(POST_WITH_TITLE_BYLINE_DEK.encode(), "post.txt").posts
    assert post.title == "Why we stopped saying sorry twice"
    assert post.authors == ["Ines Varga"] and post.metadata["date"] == "2024-03-07"
    assert "Our replies used to open with an apology" in post.body


def test_read_more_about_a_long_quoted_title_is_the_cards_teaser_link_not_a_sentence():
    from archive_import.lines import read_lines
    (line,) = read_lines(["Read more about 'Why store credit is no longer the first thing we offer'..."], [])
    assert line.cue is not None and line.cue.role == "teaser"
    (body,) = read_lines(["Read more about how we handle refunds in our help centre, which has every step."], [])
    assert body.cue is None and body.is_text


def test_a_link_aggregators_user_and_community_in_a_byline():
    cue = read_segments("r/HelpdeskHeadaches • u/quiet_escalation • Feb 27 '24")
    assert cue is not None and cue.author == "quiet_escalation" and cue.date_text == "Feb 27 '24"
    assert cue.category == "r/HelpdeskHeadaches"
