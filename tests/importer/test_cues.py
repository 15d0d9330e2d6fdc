"""cues: every parser in the table with lines it reads and lines it must not read; names."""

from __future__ import annotations

import time

import pytest

from archive_import.cues import CUE_PARSERS, Cue, plausible_name, read_cue

# kind -> [(line, the fields the cue must have)]
POSITIVE: dict[str, list[tuple[str, dict]]] = {
    "syndication": [
        ("The post How to Listen appeared first on Example Blog.",
         {"title": "How to Listen", "source": "Example Blog"}),
        ("The post 5 Tips: Part 2 appeared first on Acme Notes", {"title": "5 Tips: Part 2", "source": "Acme Notes"}),
    ],
    "typepad_comment": [
        ("Posted by: Jane Doe | March 04, 2019 at 10:32 AM",
         {"author": "Jane Doe", "date_text": "March 04, 2019 at 10:32 AM"}),
        ("Posted by: jdoe | 04/03/2019 at 10:32 PM", {"author": "jdoe", "date_text": "04/03/2019 at 10:32 PM"}),
    ],
    "posted_by_handle": [("Posted by u/quietheadset", {"author": "quietheadset"}),
                         ("Posted by @night_desk", {"author": "night_desk"})],
    "posted_by_at": [
        ("Posted by Jane Doe at 10:32 AM", {"author": "Jane Doe", "date_text": None, "role": "byline"}),
        ("Posted by jdoe at 9:05 PM", {"author": "jdoe"}),
        ("POSTED BY JANE DOE AT 10:32 AM", {"author": "JANE DOE"}),
        ("Posted by Jane Doe at 04:12 PM | Comments (3) | TrackBack (0)", {"author": "Jane Doe", "count": 3}),
    ],
    "posted_by_on": [
        ("Posted by Jane Doe on March 04, 2019 at 10:32 AM in Customer Service | Permalink | Comments (2)",
         {"author": "Jane Doe", "date_text": "March 04, 2019 at 10:32 AM", "category": "Customer Service", "count": 2}),
        ("Posted by J. R. Smith on March 4, 2019", {"author": "J. R. Smith", "date_text": "March 4, 2019"}),
    ],
    "posted_on_by": [
        ("Posted on March 4, 2019 by Jane Doe", {"author": "Jane Doe", "date_text": "March 4, 2019"}),
        ("Posted March 4, 2019 by Mary-Jo O'Brien in News", {"author": "Mary-Jo O'Brien", "category": "News"}),
    ],
    "posted_on": [
        ("Posted on March 4, 2019", {"date_text": "March 4, 2019", "role": "date"}),
        ("Posted March 4, 2019", {"date_text": "March 4, 2019"}),
        ("Posted: 2019-03-04 10:32", {"date_text": "2019-03-04 10:32"}),
        ("Posted on Mar 4 • Updated on Mar 6", {"date_text": "Mar 4", "role": "date"}),
        ("Posted Mar 4, 2023 Updated Mar 10, 2023", {"date_text": "Mar 4, 2023"}),
    ],
    "published": [
        ("Published on March 4, 2019 10:32", {"date_text": "March 4, 2019 10:32"}),
        ("Published March 4, 2019", {"date_text": "March 4, 2019"}),
        ("Published March 4, 2019 · Last updated March 9, 2019", {"date_text": "March 4, 2019"}),
        ("Pub: 04 Mar 2024 02:37 UTC", {"date_text": "04 Mar 2024 02:37 UTC"}),  # rentry
    ],
    "updated": [("Updated: March 4, 2019", {"date_text": "March 4, 2019"}),
                ("Last updated March 4, 2019", {"date_text": "March 4, 2019"})],
    "joined": [("Joined March 2019", {"date_text": "March 2019"}), ("Joined: Nov 8, 2022", {"date_text": "Nov 8, 2022"})],
    "submitted_by": [("submitted 5 hours ago by mint_and_receipts", {"author": "mint_and_receipts", "date_text": "5 hours ago"}),
                     ("submitted 3 years ago * (last edited 3 years ago) by quiet_ledger - stickied post",
                      {"author": "quiet_ledger", "date_text": "3 years ago"})],
    "reddit_comment": [("[–]brasstackscs 864 points 3 years ago", {"author": "brasstackscs", "date_text": "3 years ago"}),
                       ("[–]quietledger[S] 301 points 3 years ago", {"author": "quietledger"})],
    "name_dash_date": [("Marisol Etxeberria - Monday, March 4, 2024 10:12:33 AM UTC", {"author": "Marisol Etxeberria"}),
                       ("Jane Doe – March 4, 2024", {"author": "Jane Doe", "date_text": "March 4, 2024"})],
    "asked_by": [("Question asked by Lena Harcastle on Mar 5, 2024 10:18 AM", {"author": "Lena Harcastle"}),
                 ("Asked by Jane Doe on June 2, 2023", {"author": "Jane Doe", "date_text": "June 2, 2023"})],
    "answer_by": [("Correct Answer by Gareth Oyelaran on Mar 5, 2024 1:40 PM", {"author": "Gareth Oyelaran"}),
                  ("Helpful Answer by Priyanka Doshi", {"author": "Priyanka Doshi"})],
    "via_ago": [("via quayfield_ana 5 days ago | 11 comments", {"author": "quayfield_ana", "date_text": "5 days ago"}),
                ("via jdoe 3 hours ago", {"author": "jdoe"})],
    "user_ago": [("brennick 4 days ago", {"author": "brennick", "date_text": "4 days ago"}),
                 ("brennick edited 4 days ago", {"author": "brennick"})],
    "reputation": [("Moira Tennent 35 Reputation points", {"author": "Moira Tennent"}),
                   ("Kofi Lane • Follow 11,940 Reputation points • Moderator", {"author": "Kofi Lane"})],
    "started_conversation": [("odalys-brenner started this conversation in Ideas",
                              {"author": "odalys-brenner", "category": "Ideas"}),
                             ("Jane Doe asked this question in Q&A", {"author": "Jane Doe", "category": "Q&A"})],
    "on_date": [("on Feb 26", {"date_text": "Feb 26"}), ("on March 4, 2024", {"date_text": "March 4, 2024"})],
    "edited_in": [("March 4 edited March 5 in Refunds & Billing", {"date_text": "March 4", "category": "Refunds & Billing"}),
                  ("Jan 9, 2024 edited Jan 10 in Announcements", {"date_text": "Jan 9, 2024", "category": "Announcements"})],
    "last_edited": [("Last Edit: March 04, 2024, 09:40:02 AM by marisol_v", {"date_text": "March 04, 2024, 09:40:02 AM"}),
                    ("Edited on June 2, 2023", {"date_text": "June 2, 2023"})],
    "written_by": [
        ("Written by Jane Doe", {"author": "Jane Doe"}),
        ("WRITTEN BY JANE DOE", {"author": "JANE DOE"}),
        ("Written By Ludwig van Beethoven", {"author": "Ludwig van Beethoven"}),
    ],
    "about_author": [("About the Author Jane Doe", {"author": "Jane Doe", "role": "byline"}),
                     ("About the author: J. R. Smith", {"author": "J. R. Smith"})],
    "by_date": [
        ("By Jane Doe | March 4, 2019 | 3 Comments", {"author": "Jane Doe", "date_text": "March 4, 2019", "count": 3}),
        ("By Jane Doe / 3/14/2019 / 2 Comments", {"author": "Jane Doe", "date_text": "3/14/2019", "count": 2}),
        ("By Jane Doe · Mar 4, 2019", {"author": "Jane Doe", "date_text": "Mar 4, 2019"}),
        ("By Seán D'Arcy on 4 March 2019", {"author": "Seán D'Arcy", "date_text": "4 March 2019"}),
    ],
    "by": [("By Jane Doe", {"author": "Jane Doe"}), ("BY JANE DOE", {"author": "JANE DOE"}),
           ("By J.R.R. Tolkien", {"author": "J.R.R. Tolkien"}),
           ("By Jane Doe and John Roe", {"author": "Jane Doe and John Roe"})],
    "date_by": [
        ("March 4, 2019 by Mary-Jo O'Brien", {"author": "Mary-Jo O'Brien", "date_text": "March 4, 2019"}),
        ("March 4, 2019 by J. R. Smith in News", {"author": "J. R. Smith", "category": "News"}),
        ("March 4, 2019 by Jane Doe Leave a Comment", {"author": "Jane Doe"}),
        ("2019-03-04 by jdoe", {"author": "jdoe", "date_text": "2019-03-04"}),
    ],
    "read_time_date": [
        ("Jane Doe · 5 min read · Mar 4, 2019", {"author": "Jane Doe", "date_text": "Mar 4, 2019", "count": 5}),
        ("5 min read·Mar 4, 2019", {"author": None, "date_text": "Mar 4, 2019", "count": 5}),
    ],
    "date_read_time": [
        ("Mar 4, 2019 · 5 min read", {"date_text": "Mar 4, 2019", "count": 5}),
        ("Mar 4, 2019 • 4 min read", {"count": 4}),
        ("Jane Doe  Mar 4, 2019  • 4 min read", {"author": "Jane Doe", "date_text": "Mar 4, 2019"}),
    ],
    "read_time": [("3 min read", {"count": 3, "role": "footer"}), ("12 minute read", {"count": 12})],
    "name_date_fields": [
        ("jdoe | March 4, 2019 at 10:32 am | Tags: service, support | Categories: News | URL: https://wp.me/p1-2",
         {"author": "jdoe", "date_text": "March 4, 2019 at 10:32 am", "tags": ("service", "support"),
          "category": "News", "url": "https://wp.me/p1-2"}),
        ("Jane Doe | March 4, 2019", {"author": "Jane Doe", "date_text": "March 4, 2019"}),
    ],
    "disqus_comment": [("Jane Doe • 2 years ago",
                        {"author": "Jane Doe", "date_text": "2 years ago", "role": "comment"}),
                       ("jdoe · 5 days ago", {"author": "jdoe"})],
    "by_ago": [("by Anders Lindqvist 4 months ago", {"author": "Anders Lindqvist", "role": "comment"}),
               ("by Priya Ramsey 3 days ago", {"date_text": "3 days ago"})],
    "name_dot_date": [("Jane Doe · Mar 4, 2019", {"author": "Jane Doe", "date_text": "Mar 4, 2019"}),
                      ("JANE DOE • 4 March 2019", {"author": "JANE DOE"})],
    "says": [
        ("Jane Doe says:", {"author": "Jane Doe", "role": "comment"}),
        ("Jane Doe says: March 4, 2019 at 10:32 am", {"date_text": "March 4, 2019 at 10:32 am"}),
        ("jdoe says", {"author": "jdoe"}),
    ],
    "said": [("Jane Doe on March 4, 2019 at 10:32 am said:", {"author": "Jane Doe", "role": "comment"}),
             ("Pat O'Neil on 2019-03-04 said:", {"author": "Pat O'Neil"})],
    "tags": [("Labels: customer service, support", {"tags": ("customer service", "support"), "role": "taxonomy"}),
             ("Tags: a, b", {"tags": ("a", "b")}), ("Tag: onboarding", {"tags": ("onboarding",)})],
    "tagged": [("Tagged a, b", {"tags": ("a", "b")}), ("Tagged With: a, b", {"tags": ("a", "b")}),
               ("Tagged: a, b", {"tags": ("a", "b")})],
    "filed_under": [("Filed under Customer Service", {"category": "Customer Service"}),
                    ("Filed under: Habits | 3 Comments", {"category": "Habits", "count": 3}),
                    ("Filed Under: News Tagged With: a, b", {"category": "News", "tags": ("a", "b")})],
    "posted_in": [("Posted in Customer Service", {"category": "Customer Service"}),
                  ("Posted in News | Tagged a, b | Leave a comment", {"category": "News", "tags": ("a", "b")})],
    "categories": [("Categories: News, Events", {"category": "News", "tags": ("Events",)}),
                   ("Category: Uncategorized", {"category": "Uncategorized"})],
    "hashtags": [("#customer service #support", {"tags": ("customer service", "support")}),
                 ("#onboarding", {"tags": ("onboarding",)})],
    "comment_count": [("3 comments:", {"count": 3, "role": "footer"}), ("No comments:", {"count": 0}),
                      ("12 Comments", {"count": 12}), ("0 comments", {"count": 0}), ("2 Responses", {"count": 2})],
    "comments_paren": [("Comments (2)", {"count": 2}), ("comments(0)", {"count": 0})],
    "counter": [("12 notes", {"count": 12}), ("12 views", {"count": 12}), ("1.2k likes", {"count": 1200})],
    "date_name_glued": [("March 14, 2023Elin Marsh", {"author": "Elin Marsh", "date_text": "March 14, 2023"}),
                        ("4 March 2023Tom Ashby", {"author": "Tom Ashby"})],
    "counter_label": [("Hits: 1418", {"count": 1418}), ("Views: 1,204", {"count": 1204})],
    "in_category": [("in Escalations", {"category": "Escalations"}), ("in Customer Care", {"category": "Customer Care"})],
    "categorized_as": [("Categorized as Returns Tagged refunds, store credit",
                        {"category": "Returns", "tags": ("refunds", "store credit")}),
                       ("Categorised as Warehouse", {"category": "Warehouse"})],
    "time_of_day": [("10:42 pm", {"role": "date", "date_text": None}), ("8:15 AM", {"role": "date"})],
    "journal_state": [("Current Mood: thoughtful", {"role": "footer"}), ("Current Music: the radio", {})],
    "comment_links": [("(3 comments | Leave a comment)", {"count": 3}), ("(Leave a comment)", {"count": None})],
    "counter_paren": [("Reblog (0)", {"count": 0}), ("Like (3)", {"count": 3})],
    "count_row": [("• 0 comments • like", {"count": 0}), ("3 notes · reply", {"count": 3})],
    "share_row": [("Share", {}), ("Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest", {}),
                  ("Like Comment Share", {}), ("Share on Twitter", {}), ("Tweet | Share | Email", {}), ("Shares", {})],
    "furniture": [("Permalink", {}), ("Reply", {}), ("Leave a comment", {}), ("Leave a Reply", {}),
                  ("Add a comment", {})],
    "teaser": [("Continue reading →", {"role": "teaser"}),
               ("Continue reading “How to Listen”", {"title": "How to Listen"}),
               ("Read more", {}), ("Read More »", {}), ("Read more of this post", {})],
    "ellipsis": [("[…]", {"role": "teaser"}), ("[...]", {})],
    "date": [("March 4, 2019", {"date_text": "March 4, 2019", "role": "date"}),
             ("Monday, March 4th, 2019", {"date_text": "Monday, March 4th, 2019"}), ("04/03/2019", {})],
}

# kind -> lines that must not be read as that kind (most are no cue at all).
NEGATIVE: dict[str, list[str]] = {
    "syndication": ["The post office was closed."],
    "typepad_comment": ["Posted by: the team | March 4, 2019"],
    "posted_by_handle": ["Posted by u/", "Posted by @ the desk"],
    "by_ago": ["by the way, two weeks ago", "By Jane Doe"],
    "posted_by_at": ["Posted by Jane Doe at the office"],
    "posted_by_on": ["Posted by Jane Doe on the website"],
    "posted_on_by": ["Posted on Monday by the team"],
    "posted_on": ["Posted on the wall", "Posted in the morning I went out"],
    "published": ["Published by Penguin in 2019"],
    "updated": ["Updated the design today"],
    "joined": ["Joined the team in spring"],
    "submitted_by": ["submitted my notice by email"],
    "reddit_comment": ["[–] collapse all 3 points"],
    "name_dash_date": ["Support Notes — April 2023", "Refunds - a guide for new starters"],
    "asked_by": ["Asked by customers every day since the launch"],
    "answer_by": ["Correct answer by the end of the week, hopefully"],
    "via_ago": ["via the back door two days ago"],
    "user_ago": ["Jane Doe 4 days ago", "refunds went up 3 days ago"],
    "reputation": ["Our reputation points system was retired"],
    "started_conversation": ["We started this conversation in spring"],
    "on_date": ["on the other hand", "on Monday we start"],
    "edited_in": ["I edited the macro in March", "3w • Edited • in Feed"],
    "last_edited": ["Edited by the team last spring", "Last edit was a mess, honestly"],
    "written_by": ["Written by the team", "Written by hand, in ink, over a long weekend"],
    "about_author": ["About the author of this book"],
    "by_date": ["By the way, March 4, 2019 was a Monday"],
    "by": ["By the team", "By the way, I think so", "By Friday"],
    "date_by": ["March 4, 2019 by the river"],
    "read_time_date": ["I read it · Mar 4, 2019"],
    "date_read_time": ["Mar 4, 2019 · I read it"],
    "read_time": ["3 min read was what they promised"],
    "name_date_fields": ["Jane Doe | not a date"],
    "disqus_comment": ["Jane Doe • March 4, 2019", "the team • 2 years ago"],
    "name_dot_date": ["Jane Doe · Customer Service"],
    "says": ["The customer says that we are wrong"],
    "said": ["Jane Doe on the phone said:"],
    "tags": ["Tags: this is a long sentence that goes on and on."],
    "tagged": ["Tagged in a photo by my old friend"],
    "filed_under": ["Filed under: my notes about all the things I did today."],
    "posted_in": ["Posted in the morning I went out"],
    "categories": ["Categories: there are many kinds of them here."],
    "hashtags": ["# Heading here", "#1 rule for great customer service"],
    "comment_count": ["3 comments about the design"],
    "comments_paren": ["Comments (please be kind)"],
    "counter": ["12 notes on customer service"],
    "date_name_glued": ["March 14, 2023The Team", "In 2023Elin Marsh"],
    "counter_label": ["Hits: the songs we hold to", "Views: mixed"],
    "in_category": ["In Summary", "in the morning we open the phones"],
    "categorized_as": ["Categorized as rude by the first three callers, she kept going.", "Categorized as"],
    "time_of_day": ["10:42 pm is when the queue empties", "10:42 to 11:15"],
    "journal_state": ["Current mood of the team: tired", "Current Mood"],
    "comment_links": ["(Leave a comment if you disagree)", "(3 comments)"],
    "counter_paren": ["Like (this one)"],
    "count_row": ["• 0 comments • and more"],
    "share_row": ["Share your thoughts below"],
    "furniture": ["Reply to all"],
    "teaser": ["Read more books this year"],
    "ellipsis": ["[… and more]"],
    "date": ["2019", "12", "Part 2", "3 min read", "$19.99", "I was born on March 4, 2019."],
}


@pytest.mark.parametrize("kind, line, fields", [
    (kind, line, fields) for kind, cases in POSITIVE.items() for line, fields in cases])
def test_parser_reads_its_lines(kind, line, fields):
    cue = read_cue(line)
    assert cue is not None and cue.kind == kind, (line, cue)
    for name, value in fields.items():
        assert getattr(cue, name) == value, (line, name)
    assert read_cue(f"  {line}  ") == cue  # the stripped line counts


@pytest.mark.parametrize("kind, line", [(kind, line) for kind, lines in NEGATIVE.items() for line in lines])
def test_parser_rejects_other_lines(kind, line):
    cue = read_cue(line)
    assert cue is None or cue.kind != kind, (line, cue)


def test_every_parser_has_positive_and_negative_examples():
    for parser in CUE_PARSERS:
        assert len(POSITIVE.get(parser.name, [])) >= 2, parser.name
        assert NEGATIVE.get(parser.name), parser.name


def test_roles():
    roles = {parser.role for parser in CUE_PARSERS}
    assert roles == {"byline", "date", "taxonomy", "footer", "teaser", "comment", "syndication", "profile"}


@pytest.mark.parametrize("line", [
    "The customer is always right", "Friday links, March 8, 2019", "Part 2", "12", "",
    "Customer service is everyone's job, by the way.", "x" * 300, "By " + "word " * 60,
])
def test_prose_is_no_cue(line):
    assert read_cue(line) is None


@pytest.mark.parametrize("name", [
    "Jane Doe", "J. R. Smith", "J.R.R. Tolkien", "Mary-Jo O'Brien", "Ludwig van Beethoven", "Seán D'Arcy",
    "JANE DOE", "jdoe", "jane_doe", "McKay", "Jane Doe and John Roe",
])
def test_plausible_names(name):
    assert plausible_name(name)


@pytest.mark.parametrize("text", ["the team", "The Team", "Our Staff", "I", "Friday", "March", "the way I think", ""])
def test_implausible_names(text):
    assert not plausible_name(text)


def test_cue_is_a_frozen_record():
    cue = read_cue("By Jane Doe")
    assert isinstance(cue, Cue)
    with pytest.raises(AttributeError):
        cue.author = "John Roe"


@pytest.mark.parametrize("line", [
    "By " + "J. " * 60, "By " + "Aa " * 60, "Posted by " + "Jane " * 40 + "on", "Jane Doe · " * 15,
    "Posted on " + "March 4, 2019 " * 12 + "by", "#a " * 60, "Share " * 30 + "x", "Jane Doe, " * 18 + "says:",
    "March 4, 2019 by " + "Aa Bb " * 28 + "x",
])
def test_no_catastrophic_backtracking(line):
    # A guard against exponential backtracking (seconds to hours on these lines), not a speed target:
    # how fast the importer reads lines is measured by ``make bench``.
    started = time.perf_counter()
    read_cue(line)
    assert time.perf_counter() - started < 0.1
