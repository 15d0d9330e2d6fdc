"""The labelled meta lines and separated bylines, each parser with lines that are and are not its kind.

Expectations written by hand from how themes print these lines.
"""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import.glued import read_glued
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
    ("Written by Hannah Oduya, Head of Support Operations", "by_role", {"author": "Hannah Oduya"}),
    ("Written by Gareth Nwosu, Board Secretary", "by_role", {"author": "Gareth Nwosu"}),
    ("Words by Jo Pemberton, Support Operations", "by_role", {"author": "Jo Pemberton"}),  # a letter's credit
    ("By Ama Boateng, Customer Service Representative", "by_role", {"author": "Ama Boateng"}),
    ("Continue reading ““I Don’t Know Where to Start”: Helping Overwhelmed Customers”", "teaser_link", {}),
    ("Read more about Why is my first bill an estimate?", "teaser_link", {}),  # a title may ask
    ("Continue ReadingHandovers Go Sideways, Not Up", "teaser_link", {}),  # OceanWP glues the title on
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
    "Read more about our refund policy below.",  # a sentence of the post, not a "Read more" link
])
def test_other_lines_are_not_labels(text):
    assert read_label(text) is None


SEGMENTED = [
    ("By Delia Marchetti · Head of Customer Care", {"author": "Delia Marchetti", "date_text": None}),  # the job after
    # A text export's tab-separated columns, and a time of day as a segment of its own.
    ("03/28/2024\t14:10\tD. Okafor", {"author": "D. Okafor", "date_text": "03/28/2024 14:10"}),
    ("March 28, 2024 · 14:10 · Dana Okafor", {"author": "Dana Okafor", "date_text": "March 28, 2024 14:10"}),
    # OceanWP's meta row, its icons lost: a slash joins two categories, no segments.
    ("Ilse Varga March 21, 2024 Repairs / Scheduling 3 Comments",
     {"author": "Ilse Varga", "date_text": "March 21, 2024", "category": "Repairs", "count": 3}),
    # GitHub Discussions: "on" before the date, then the thread's counts.
    ("on Mar 27 · 2 comments · 1 reply", {"date_text": "on Mar 27"}),
    # Avada's meta row under an excerpt: labelled categories (the first is the category), tags, a count.
    ("By Ilse Varga|May 2nd, 2024|Categories: Claims, Repairs|Tags: receipts, warranty|3 Comments",
     {"author": "Ilse Varga", "date_text": "May 2nd, 2024", "category": "Claims",
      "tags": ("Repairs", "receipts", "warranty"), "count": 3}),
    ("Lucas Brandt · June 12, 2019 · Stories", {"author": "Lucas Brandt", "date_text": "June 12, 2019",
                                               "category": "Stories"}),
    ("April 30, 2019 · by Mei Tanaka · 2 min read", {"author": "Mei Tanaka", "date_text": "April 30, 2019"}),
    ("Mara Sandoval  Jan 31, 2023  • 7 min read", {"author": "Mara Sandoval", "date_text": "Jan 31, 2023"}),
    ("March 4, 2023 · 3 min · Jane Doe", {"author": "Jane Doe", "date_text": "March 4, 2023"}),
    ("by Marit Olsen | 1,482 page views", {"author": "Marit Olsen", "count": 1482}),
    ("March 18, 2024 ~ Bridie Okafor ~ 4 Comments", {"author": "Bridie Okafor", "date_text": "March 18, 2024"}),
    # Hexo NexT prints labelled phrases with no separator; the first date is the post's.
    ("Posted on 2023-03-06 Edited on 2023-03-08 In Process Symbols count in article: 1.3k Reading time ≈ 1 mins.",
     {"date_text": "2023-03-06", "category": "Process", "author": None}),
    ("3 min read March 4, 2024", {"date_text": "March 4, 2024", "author": None}),  # Jekyll So Simple
    ("~1 min read February 6, 2024", {"date_text": "February 6, 2024"}),
    ("By Ines Abara • 7th Mar 2024 • 6 min read • Tags: triage, labels",  # Zola's tabi
     {"author": "Ines Abara", "date_text": "7th Mar 2024", "tags": ("triage", "labels")}),
    # Elementor's post info: its separators are icons, lost in the copy.
    ("Ruth Okereke March 21, 2024 9:40 am No Comments",
     {"author": "Ruth Okereke", "date_text": "March 21, 2024 9:40 am", "count": 0}),
    ("Jane Doe 4 March 2024", {"author": "Jane Doe", "date_text": "4 March 2024"}),
    ("Feb 14, 2024 6 min read Tone of Voice", {"date_text": "Feb 14, 2024", "category": "Tone of Voice"}),  # Dawn
    # OceanWP and Astra: a comment link with no count yet, a list of categories, the "By" name last.
    ("By Tobias Lind / Policy, Refunds / Leave a Comment", {"author": "Tobias Lind", "category": "Policy"}),
    ("Leave a Comment / Customer Care / By Nadia Petrescu", {"author": "Nadia Petrescu", "category": "Customer Care"}),
    # Hugo Terminal: "date :: author", the author's field empty on a post with none.
    ("2024-03-04 :: Dagny Oyelaran", {"author": "Dagny Oyelaran", "date_text": "2024-03-04"}),
    ("2024-02-09 ::", {"author": None, "date_text": "2024-02-09"}),
    ("in #customerservice • 3 days ago", {"category": "#customerservice", "date_text": "3 days ago"}),  # Hive
    # Spacious: icons lost, the categories before the comment count.
    ("Ruth Okonjo February 26, 2024 Payroll Questions, Tax 4 Comments",
     {"author": "Ruth Okonjo", "date_text": "February 26, 2024", "category": "Payroll Questions", "count": 4}),
    # ColorMag: the name after the date, then the count and the tags.
    ("April 3, 2024 Marcus Ilori 1 Comment refunds, tone",
     {"author": "Marcus Ilori", "date_text": "April 3, 2024", "count": 1}),
    # Sinatra: its hidden labels copied with the visible ones ("Posted by By", "Posted in").
    ("Posted by By Imogen Castell 12 February 2024 Posted in Response Times 4 Comments",
     {"author": "Imogen Castell", "date_text": "12 February 2024", "category": "Response Times", "count": 4}),
    # Independent Publisher: name, categories, comment link and date last; a category glued to the name.
    ("Greta Samuels Team Habits 4 Comments January 8, 2024",
     {"author": "Greta Samuels", "date_text": "January 8, 2024", "category": "Team Habits", "count": 4}),
    ("Greta Samuels Meters Leave a comment March 14, 2024",
     {"author": "Greta Samuels", "date_text": "March 14, 2024", "category": "Meters", "count": 0}),
    # Hugo Clarity: the tags in lower case after the date and the read time.
    ("Feb 26, 2024 · 4 min read · metrics sla", {"date_text": "Feb 26, 2024", "tags": ("metrics", "sla")}),
    # Enfold: boxes glued by a bare slash.
    ("March 5, 2024/4 Comments/in Customer Service/by Nadia Okafor",
     {"author": "Nadia Okafor", "date_text": "March 5, 2024", "category": "Customer Service", "count": 4}),
    # Hugo FixIt and LoveIt: facts parted by a no-break space where their icons were; published, then updated.
    ("Jane Doe\u00a0included in Phone Support", {"author": "Jane Doe", "date_text": None, "category": "Phone Support"}),
    ("2024-03-11\u00a02024-04-02\u00a0About 400 words\u00a02 minutes\u00a0214\u00a0views\u00a02\u00a0comments",
     {"author": None, "date_text": "2024-03-11", "count": 2}),
    ("3d • Wins", {"author": None, "date_text": "3d", "category": "Wins"}),  # a community post's age, its category
    ("Feb 26, 2024 Waste, Phones", {"date_text": "Feb 26, 2024", "category": "Waste"}),  # Chirpy: date, categories
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
    "The meeting on March 4, 2024",  # a title with a date: no name before it
    "Friday Links March 15, 2019",
    "March 4, 2024 Team Meeting",  # a date and words: a title, unless a read time says it is meta
    "Queue Notes ::",  # a dangling separator after no date
    "Refunds/Returns on 3/5/2024",  # slashes in a title and a numeric date
    "We answered 4 comments on March 4, 2024 about the new refund form",  # a sentence with a count and a date
    "Feb 26, 2024 · the day we closed",  # lower-case words after a date with no read time: a title
    "Refunds\u00a0& Returns",  # a no-break space inside a title
    "Jane Doe\u00a0in Support",  # a bare "in" with no date: a title-like phrase, not a byline
])
def test_titles_and_menus_are_not_bylines(text):
    assert read_segments(text) is None


def _parse(text: str):
    from archive_import import parse_archive
    return parse_archive(text.encode("utf-8"), "page.txt").posts


STACKED_TAGS_PAGE = """Returns desk notes
Why the label comes before the refund
March 3, 2024 · 4 min read
We print the return label the moment a customer asks, before anyone checks the order.
Checking first felt careful, but it only made the customer wait for an answer we nearly always give.
Tags:
returns
labels
Read More
Keeping the courier's promise
February 12, 2024 · 3 min read
When a courier misses a pickup we say so the same day, with the new date in the first line.
Nobody minds a second date as much as they mind silence about the first one.
Tags:
couriers
Read More
"""


def test_a_tag_label_over_its_terms_gives_the_posts_tags_and_leaves_the_text():
    posts = _parse(STACKED_TAGS_PAGE)
    assert [post.metadata.get("tags") for post in posts] == ["returns, labels", "couriers"]
    assert not any(word in post.body for post in posts for word in ("Tags:", "\nreturns", "\ncouriers"))


def test_a_list_under_a_categories_heading_inside_a_post_stays_text():
    text = STACKED_TAGS_PAGE.replace("before anyone checks the order.\n", "before anyone checks the order.\n"
                                     "Categories:\nDamaged items\nWrong sizes\n")
    body = _parse(text)[0].body
    assert "Damaged items" in body and "Wrong sizes" in body and "Checking first" in body


GLUED = [
    ("Posted byCorin ValeMarch 18, 2024Posted inEscalationsTags: escalation policy, promises6 CommentsEdit Our Promise",
     {"author": "Corin Vale", "date_text": "March 18, 2024", "category": "Escalations",
      "tags": ("escalation policy", "promises"), "count": 6}),
    ("by Aled ProsserMarch 3, 2024Complaints2 Comments", {"author": "Aled Prosser", "date_text": "March 3, 2024",
                                                         "category": "Complaints", "count": 2}),
    ("FeaturedPosted on May 2, 2019Author Elodie MarshCategories AboutLeave a comment",
     {"author": "Elodie Marsh", "date_text": "May 2, 2019", "category": "About"}),
    # Twenty Thirteen: the sticky flag, the date, the categories (a list) and the author, no space between boxes.
    ("StickyFebruary 12, 2024AnnouncementsPetra Lindgren",
     {"author": "Petra Lindgren", "date_text": "February 12, 2024", "category": "Announcements"}),
    ("March 4, 2024Callbacks, Phone Supportcallbacks, schedulingOwen Achterberg",
     {"author": "Owen Achterberg", "date_text": "March 4, 2024"}),
    # Neve: the comment count glued to the year ("2025" + "3 Comments").
    ("by Ines CarrowayMarch 3, 20253 Comments", {"author": "Ines Carroway", "date_text": "March 3, 2025", "count": 3}),
    ("Posted byNiamh OduyaMay 7, 202412 Comments", {"author": "Niamh Oduya", "date_text": "May 7, 2024", "count": 12}),
    # Zakra: the screen-reader text names the post after "No Comments".
    ("By Tariq MahmoodPosted on February 9, 2024Posted in AnnouncementsNo Comments on Our Easter opening hours",
     {"author": "Tariq Mahmood", "date_text": "February 9, 2024", "category": "Announcements"}),
]


@pytest.mark.parametrize("text, fields", GLUED, ids=[case[0][:24] for case in GLUED])
def test_a_meta_line_a_copy_glued_together_is_read_box_by_box(text, fields):
    cue = read_glued(text)
    assert cue is not None and cue.role == "byline"
    for name, value in fields.items():
        assert getattr(cue, name) == value


@pytest.mark.parametrize("text", [
    "We moved to WordPress in 2019 and our iPhone app followed.",  # camel case is no glue
    "Edited by the team in 2019Then we moved",  # a glued year, but no byline in it
    "McDonald and YouTube",
])
def test_words_with_capitals_inside_are_no_glued_byline(text):
    assert read_glued(text) is None


@pytest.mark.parametrize("text, date_text", [("OnMarch 4, 2025", "March 4, 2025"),  # Blocksy: "On" over its date
                                             ("Posted onFebruary 18, 2025", "February 18, 2025")])
def test_a_label_glued_to_its_date_is_the_labels_date_cue(text, date_text):
    cue = read_glued(text)
    assert cue is not None and (cue.role, cue.date_text) == ("date", date_text)
    assert read_glued("OnTuesday we went") is None


def test_a_glued_meta_line_with_no_author_still_dates_its_post():
    """Twenty Thirteen on a one-author blog: the date glued to the categories and tags, no author box."""
    cue = read_glued("February 20, 2024Refunds, Templatesrefund emails, wording")
    assert cue is not None and (cue.role, cue.date_text, cue.author) == ("date", "February 20, 2024", None)
    assert read_glued("Edited by the team in 2019Then we moved") is None  # a year is no day


def test_terms_a_copy_spaces_with_blank_lines_are_still_the_label_s_terms():
    # Docusaurus's tag pills copy one to a line with a blank line between them.
    spaced = STACKED_TAGS_PAGE.replace("Tags:\nreturns\nlabels\n", "Tags:\n\nreturns\n\nlabels\n\n").replace(
        "Tags:\ncouriers\n", "Tags:\n\ncouriers\n\n")
    posts = _parse(spaced)
    assert [post.metadata.get("tags") for post in posts] == ["returns, labels", "couriers"]
    assert not any(word in post.body for post in posts for word in ("Tags:", "\nreturns", "\ncouriers"))


def test_a_writers_job_after_the_comma_is_no_second_author():
    page = """Member News
Spring works on the estate
Written by Gareth Nwosu, Board Secretary
The scaffolding on Block C comes down in April, two weeks later than planned because of the rain.
We will write to every flat on the block before the lift is switched off for its service.
Questions go to the estate office as usual, and we answer within two working days.
"""
    posts = _parse(page)
    assert [list(post.authors) for post in posts] == [["Gareth Nwosu"]]


def test_by_is_never_part_of_the_name_a_pipe_separated_byline_gives():
    from archive_import.lines import read_line

    cue = read_line(0, "By Ilse Varga | May 2nd, 2024 | Categories: Claims", ()).cue
    assert cue is not None and cue.author == "Ilse Varga" and cue.category == "Claims"


def test_a_labelled_byline_with_blogger_comment_count_glued_after_it_is_still_read():
    from archive_import.lines import read_line

    cue = read_line(0, "Posted by Maren Holt at 3/12/2024 07:05:00 PM 3 comments:", ()).cue
    assert cue is not None and cue.author == "Maren Holt" and cue.date_text == "3/12/2024 07:05:00 PM"
