"""The labelled meta lines and separated bylines, each parser with lines that are and are not its kind.

Expectations written by hand from how themes print these lines.
"""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import.labels import read_label
from archive_import.segments import read_segments

LABELLED = [
    ("Author Hannah Broek", "author_label", {"author": "Hannah Broek"}),
    ("Tags hiring, process, small teams", "tags_label", {"tags": ("hiring", "process", "small teams")}),
    ("Categories Support Teams", "categories_label", {"category": "Support Teams"}),
    ("3 Comments on Building a Support Team, Part 3", "comments_on", {"title": "Building a Support Team, Part 3"}),
    ("Leave a comment on A Note on Holiday Cover", "comments_on", {"title": "A Note on Holiday Cover"}),
    ("This entry was posted in Refunds and tagged policy, speed by Alan Pike.", "entry_posted_in",
     {"category": "Refunds", "tags": ("policy", "speed"), "author": "Alan Pike"}),
    ("This entry was posted in Returns and tagged forms, returns policy on March 4, 2019 by Hollis Brandt.",
     "entry_posted_in", {"category": "Returns", "tags": ("forms", "returns policy"), "author": "Hollis Brandt",
                         "date_text": "March 4, 2019"}),
    ("Submitted by jdoe on Mon, 03/04/2019 - 10:32", "submitted_by",
     {"author": "jdoe", "date_text": "Mon, 03/04/2019 10:32"}),
    ("Posted by Gwen Albright at March 04, 2019", "submitted_by",
     {"author": "Gwen Albright", "date_text": "March 04, 2019"}),
    ("By Priya Lindqvist, Head of Customer Support", "by_role", {"author": "Priya Lindqvist"}),
    ("Continue reading ““I Don’t Know Where to Start”: Helping Overwhelmed Customers”", "teaser_link", {}),
]


@pytest.mark.parametrize("text, kind, fields", LABELLED, ids=[case[1] + ":" + case[0][:20] for case in LABELLED])
def test_labelled_lines_are_read(text, kind, fields):
    cue = read_label(text)
    assert cue is not None and cue.kind == kind
    for name, value in fields.items():
        assert getattr(cue, name) == value


@pytest.mark.parametrize("text", [
    "author picture",  # an image's label, not a user called "picture"
    "Tags matter.",  # a sentence
    "Categories of complaint differ from team to team, and so should the replies to them",
    "Posted by Gwen Albright at 10:32 AM",  # a clock time alone: the cue table's, with the day above
    "Authors often forget the reader.",
])
def test_other_lines_are_not_labels(text):
    assert read_label(text) is None


SEGMENTED = [
    ("Lucas Brandt · June 12, 2019 · Stories", {"author": "Lucas Brandt", "date_text": "June 12, 2019",
                                               "category": "Stories"}),
    ("April 30, 2019 · by Mei Tanaka · 2 min read", {"author": "Mei Tanaka", "date_text": "April 30, 2019"}),
    ("Mara Sandoval  Jan 31, 2023  • 7 min read", {"author": "Mara Sandoval", "date_text": "Jan 31, 2023"}),
    ("March 4, 2023 · 3 min · Jane Doe", {"author": "Jane Doe", "date_text": "March 4, 2023"}),
    ("by Marit Olsen | 1,482 page views", {"author": "Marit Olsen", "count": 1482}),
    # Hexo NexT prints labelled phrases with no separator; the first date is the post's.
    ("Posted on 2023-03-06 Edited on 2023-03-08 In Process Symbols count in article: 1.3k Reading time ≈ 1 mins.",
     {"date_text": "2023-03-06", "category": "Process", "author": None}),
    # OceanWP and Astra: a comment link with no count yet, a list of categories, the "By" name last.
    ("By Tobias Lind / Policy, Refunds / Leave a Comment", {"author": "Tobias Lind", "category": "Policy"}),
    ("Leave a Comment / Customer Care / By Nadia Petrescu", {"author": "Nadia Petrescu", "category": "Customer Care"}),
]


@pytest.mark.parametrize("text, fields", SEGMENTED, ids=[case[0][:24] for case in SEGMENTED])
def test_separated_bylines_are_read(text, fields):
    cue = read_segments(text)
    assert cue is not None and cue.role == "byline"
    for name, value in fields.items():
        assert getattr(cue, name) == value


@pytest.mark.parametrize("text", [
    "Friday Links – March 15, 2019",  # a title with a date in it
    "Support Notes — April 2023",  # a newsletter's title and its month
    "Café Service – A Windows Archive",  # two capitalised phrases
    "Support Stories · Part 2",
    "Refunds | Returns | Exchanges",  # a menu
    "Posted on the wall in Reception for everyone",  # no date after "Posted on"
    "Leave a Comment / Share",  # no name, no date
])
def test_titles_and_menus_are_not_bylines(text):
    assert read_segments(text) is None
