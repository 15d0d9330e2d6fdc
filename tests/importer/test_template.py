"""The template stage on small pages written for each rule: what a reader of the page would expect.

Every archive here is written by hand for the test; the expectations are
what the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


BLOGGER_DAY = """Counter Notes
Showing posts with label refunds. Show all posts

Monday, March 4, 2019
Refunds Without Waiting
We changed the refund rule last month. Agents now approve small refunds on the spot.
Nobody has asked for the old way back.
Posted by Marta Kowalczyk at 10:32 AM 3 comments:
Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest
Labels: policy, refunds

Why Customers Ask Twice
A second message about the same refund is almost never about the refund itself.
It is about silence, and silence is cheap to fix.
Posted by Teodor Vance at 8:05 AM No comments:
Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest
Labels: email, refunds

Newer Posts Home Older Posts
Powered by Blogger.
"""


def test_two_posts_under_one_date_header_each_get_their_own_time_and_author():
    parsed = parse(BLOGGER_DAY)
    assert [post.title for post in parsed.posts] == ["Refunds Without Waiting", "Why Customers Ask Twice"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2019-03-04 10:32", "2019-03-04 08:05"]
    assert [post.authors for post in parsed.posts] == [["Marta Kowalczyk"], ["Teodor Vance"]]
    assert parsed.posts[1].metadata["tags"] == "email, refunds"
    for post in parsed.posts:
        assert "Posted by" not in post.body and "Labels" not in post.body and "Share to" not in post.body


POST_PAGE = """The Patient Line
12 Shares

{title}

Shares

{body} It was a long week, and the queue was longer than usual for everyone.

The fix was small: we told callers where they were in the queue.

About the Author {author}

By {author}. {author} runs a support team at a small energy company.

follow me on:

Leave a Comment:
"""


def test_post_pages_pasted_one_after_another_are_separate_posts():
    pages = [POST_PAGE.format(title="Hold Music Is a Promise", body="Callers listen closely.", author="Priya Nair"),
             POST_PAGE.format(title="What the Pharmacy Taught Me", body="Queues are personal.", author="Tomas Berg")]
    parsed = parse("\n".join(pages))
    assert [post.title for post in parsed.posts] == ["Hold Music Is a Promise", "What the Pharmacy Taught Me"]
    assert [post.authors for post in parsed.posts] == [["Priya Nair"], ["Tomas Berg"]]
    assert all("Shares" not in post.body for post in parsed.posts)


THREAD = """When Should an Agent Escalate?
Posted on July 22, 2018 by Annelise Fjeld
Escalation has a reputation problem, and it is one we made ourselves over the years.

Here is the short checklist we now use on every shift, and why it works for us.

3 thoughts on “When Should an Agent Escalate?”
Moritz Adler says:
July 23, 2018 at 8:41 am
This is going straight onto our team wiki, thank you for writing it down.
Reply
Annelise Fjeld says:
July 23, 2018 at 9:02 am
Thanks, Moritz! Tell me how it goes after a month of using it.
Reply
Leave a Reply Cancel reply
"""


def test_a_comment_thread_is_neither_a_post_nor_body_text():
    parsed = parse(THREAD)
    assert [post.title for post in parsed.posts] == ["When Should an Agent Escalate?"]
    assert "wiki" not in parsed.posts[0].body and "Moritz" not in parsed.posts[0].body
    assert parsed.comments == 2
    assert any(item.reason == "comment" and "wiki" in item.text for item in parsed.dropped)


MAILBOX = """From donotreply@example.com Mon Mar  4 15:33:02 2019
From: Jane Roe from The Desk <desk@example.com>
Subject: [New post] Scripts are a floor, not a ceiling
Date: Mon, 04 Mar 2019 10:32:41 -0500

Every contact centre I know has a script, and every one of them argues about it.

A script should tell you the least you must say, and nothing more than that.

Unsubscribe to no longer receive posts from The Desk.
"""


def test_an_e_mail_gives_its_subject_sender_and_date():
    post, = parse(MAILBOX).posts
    assert post.title == "Scripts are a floor, not a ceiling"
    assert post.authors == ["Jane Roe"]
    assert (post.metadata["date"], post.date_precision) == ("2019-03-04 10:32", "minute")
    assert "Unsubscribe" not in post.body


STREAM = """I set this blog up again after a long break, and this is the first post in a long while here.


The evening shift is a different job

People think the evening shift is the day shift with fewer calls, and they are wrong about it.

Who calls after six

During the day we hear from office managers. After six we hear from people who are worried.


Asking for the order number

Small thing, big difference: we now ask for the order number last, not first, on every call.

Why it helps

People feel heard before they feel processed, and the call goes better from there.


A bad day, honestly

Today went badly, and I want to write it down while it still stings a little.
"""


def test_in_a_stream_parted_by_wide_gaps_inner_headings_stay_headings():
    parsed = parse(STREAM)
    titles = [post.title for post in parsed.posts]
    assert titles[1:] == ["The evening shift is a different job", "Asking for the order number", "A bad day, honestly"]
    assert "review" in parsed.posts[0].metadata  # the first post lost its title; the title is generated
    assert "## Who calls after six" in parsed.posts[1].body
    assert "## Why it helps" in parsed.posts[2].body


NUMERIC = """By Ana Ruiz | 04-03-2019 | 2 Comments
Winter opening hours
We open an hour later on Mondays from now on, so the workshop can catch up on repairs.

By Ana Ruiz | 19-02-2019 | 0 Comments
A new booking system
Booking a repair now takes two clicks instead of a phone call during opening hours.
"""


def test_numeric_dates_read_in_the_order_the_archive_proves():
    parsed = parse(NUMERIC)
    assert [post.metadata.get("date") for post in parsed.posts] == ["2019-03-04", "2019-02-19"]


RELATIVE = """nightshift notes

Posted 3 years ago
The queue is never empty
It just gets quieter, and then it gets weird, and then the sun comes up again.
12 notes

Posted 2 days ago
Handover notes matter
Write the handover note as if the person reading it has had no coffee at all.
4 notes
"""


def test_relative_dates_need_the_day_the_page_was_copied():
    undated = parse(RELATIVE)
    assert [post.date_precision for post in undated.posts] == ["unknown", "unknown"]
    dated = parse(RELATIVE, ArchiveConfig(captured="2024-05-01"))
    assert [(post.metadata.get("date"), post.date_precision) for post in dated.posts] == [
        ("2021-01-01", "year"), ("2024-04-29", "day")]


TEASERS = """Category: Onboarding

Welcome Emails That Get Read
By Amadou Fofana
April 19, 2021
2 Comments

Most welcome emails are written by marketing and read by nobody, and ours were no exception.
Continue reading “Welcome Emails That Get Read”

Why We Call on Day Three
By Cecilia Vargas
March 30, 2021
No Comments

Day one is too early and day seven is too late: on day three the customer has tried things.
Continue reading “Why We Call on Day Three”
"""


def test_teasers_are_marked_as_excerpts():
    parsed = parse(TEASERS)
    assert [post.metadata.get("excerpt") for post in parsed.posts] == ["true", "true"]
    assert [post.metadata.get("category") for post in parsed.posts] == ["Onboarding", "Onboarding"]


def test_a_title_case_headline_with_full_stops_is_a_title_and_a_sentence_is_not():
    from archive_import.title_shape import title_like

    assert title_like("Callback Queues Are a Promise. Keep It.")
    assert title_like("Stop. Listen. Then Answer the Customer")
    assert not title_like("We changed the refund rule. Agents now approve small refunds.")
    assert not title_like("It works. Mostly.")  # too few capitalised words to tell
    assert title_like("2.\t\tTiny SQLite extension for postcodes (github.com/marrowby)")  # a listing table's row
    assert not title_like("2. Print the label and drop it off.")  # a numbered step
    assert title_like("Late fees are gone. Here is what replaced them")  # a statement, then a short teaser
    assert not title_like("Thanks for reading. See you next week.")




DEKS = """Queue Notes
The Refund Email We Rewrote Eleven Times
What changed between the first draft and the one we send

Posted on April 22, 2024

Our refund confirmation is the message customers read most carefully, because it is about their money.

Queue Triage on a Small Team

Posted on April 8, 2024

With four of us on email, chat and the phone, triage sounded like something for bigger teams.
"""


def test_a_title_in_title_case_over_its_dek_in_sentence_case_is_the_title():
    posts = parse_archive(DEKS.encode("utf-8"), "index.txt").posts
    assert [post.title for post in posts] == ["The Refund Email We Rewrote Eleven Times", "Queue Triage on a Small Team"]
    assert posts[0].metadata.get("subtitle") == "What changed between the first draft and the one we send"


CARDS = """Bramble Notes
Latest

Returns
Why we stopped asking what is wrong with it
The returns form opened with a mandatory reason box; we took it out in January and the numbers held.
By Orla Finn
Mar 12, 2024

Delivery
The courier says delivered. The doormat disagrees.
A missing parcel is one of the few tickets where the customer and the tracking page flatly disagree.
By Dev Rana
Feb 27, 2024
"""


def test_a_short_line_in_the_title_slot_is_the_title_even_with_two_sentences():
    posts = parse_archive(CARDS.encode("utf-8"), "cards.txt").posts
    assert [post.title for post in posts] == ["Why we stopped asking what is wrong with it",
                                              "The courier says delivered. The doormat disagrees."]
    assert [post.authors for post in posts] == [["Orla Finn"], ["Dev Rana"]]



def test_a_byline_with_its_comment_link_after_a_dash_dates_and_signs_the_post_under_it():
    page = ("Journal\nPosted on May 20, 2024 by Ines Calder — 4 Comments\nThe Returns Email We Rewrote\n"
            "Every return starts with the same automated email, and for years nobody owned its wording at all.\n"
            "Category: Returns\nPosted on May 9, 2024 by Tobias Erne — Leave a comment\nPhotos of Damaged Parcels\n"
            "We used to ask for a photo of the damage, and we got photos of the inside of a box lid instead.\n"
            "Category: Claims\n")
    posts = parse_archive(page.encode(), "journal.txt").posts
    assert [post.title for post in posts] == ["The Returns Email We Rewrote", "Photos of Damaged Parcels"]
    assert [post.authors for post in posts] == [["Ines Calder"], ["Tobias Erne"]]
    assert [post.metadata["date"] for post in posts] == ["2024-05-20", "2024-05-09"]
