"""A post page's text goes on past what breaks it: a subscribe box inside it, a back link over it.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


NEWSLETTER_POST_WITH_SUBSCRIBE_BOX = """Quiet Queue
Subscribe
Sign in
Why We Stopped Closing Tickets on Fridays
What a week of reopened tickets told us
Ada Lindqvist
Apr 08, 2024
31
12
Share
On Fridays we used to close every ticket that had waited three days for a reply from the customer.

On Mondays half of them came back, and the customers who reopened them were rarely in a good mood.

Thanks for reading Quiet Queue! Subscribe for free to receive new posts.
Subscribe
The week we waited

We left the Friday tickets open for one week and wrote to each customer on Monday morning instead.

Only four came back angry, and all four had been waiting on us, not the other way round.

31 Likes
31
12
Share
"""


def test_a_subscribe_box_inside_a_post_does_not_split_it_where_its_share_row_repeats():
    """The share row over the text and under it is one post's: the text after the box has no title or
    date of its own, so it is the same post."""
    parsed = parse_archive(NEWSLETTER_POST_WITH_SUBSCRIBE_BOX.encode(), "post.txt")
    assert [post.title for post in parsed.posts] == ["Why We Stopped Closing Tickets on Fridays"]
    body = parsed.posts[0].body
    assert "The week we waited" in body and body.rstrip().endswith("not the other way round.")


PASTED_PAGES_WITH_BACK_LINKS = """About
Posts
Search
Callbacks that keep their promise
Lena Oduya,
4/2/2024
•
callbacks
Back
We stopped promising callbacks "soon" and started giving each customer a two-hour window instead.
The window is written on the ticket, so whoever picks it up knows what was promised and by whom.
© 2024 Lena Oduya.
About
Posts
Search
A shorter hold message
Lena Oduya,
4/16/2024
•
tone
Back
Our hold message used to run for forty seconds before it said anything useful to the caller.
Now it gives the expected wait first, and the rest of the script only if the caller stays on.
© 2024 Lena Oduya.
"""


def test_post_pages_pasted_together_keep_every_word_and_a_back_link_over_the_text_is_no_menu():
    parsed = parse_archive(PASTED_PAGES_WITH_BACK_LINKS.encode(), "pages.txt")
    assert [post.title for post in parsed.posts] == ["Callbacks that keep their promise", "A shorter hold message"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2024-04-02", "2024-04-16"]
    assert "the rest of the script only if the caller stays on." in parsed.posts[1].body
    assert "two-hour window" in parsed.posts[0].body



def test_a_date_printed_under_the_author_box_before_the_comments_dates_the_post():
    """Twenty Fifteen: text, "Published by" / name / bio, then "Posted on D" with its boxes glued, then comments."""
    page = ("Pennant Line\nRebooking Calls During a Storm Day\n"
            "On a storm day the phones ring before the first train is cancelled, and they do not stop until late.\n"
            "We now say the options before the apology, and we hold the caller's seat while we talk.\n"
            "Published by\nKeira Adebayo\n"
            "Keira runs the evening shift on the phone desk and has rebooked more trains than she can count.\n"
            "Posted on October 14, 2023Author Keira AdebayoCategories Disruption, Phone Desk\n"
            "4 thoughts on “Rebooking Calls During a Storm Day”\nSamir Okoye says:\nOctober 14, 2023 at 8:52 pm\n"
            "I was one of the callers that day, and the seat hold is exactly what helped.\nReply\n")
    post, = parse_archive(page.encode(), "post.txt").posts
    assert post.metadata["date"] == "2023-10-14" and post.authors == ["Keira Adebayo"]
    assert "seat hold is exactly" not in post.body


LETTER_PAGE_SIGNED_OVER_THE_FOOTER = """The Harbour Letter
Home
Archive
Issue 9: Fewer macros, better replies
BY TOMAS REYES IN NOTES — APR 2, 2024
We deleted forty macros in March and kept eleven. Replies got shorter to write and longer to read.

The eleven we kept each answer one question that customers ask in the same words every week.

Everything else now starts from a blank reply, and our satisfaction scores went up by four points.

Until next time,
Tomas
PREVIOUS ISSUE
BROWSE ARCHIVE
The Harbour Letter © 2024
Powered by Ghost
"""


@pytest.mark.parametrize("valediction", ["Until next time,", "Until next Sunday,", "Talk soon,", "Take care,"])
def test_a_letter_pages_sign_off_stays_in_the_post_over_the_sites_footer(valediction):
    """ "Until next time," and the name under it sign the letter; the footer starts after them. The
    capitals byline names the author, the category and the date."""
    page = LETTER_PAGE_SIGNED_OVER_THE_FOOTER.replace("Until next time,", valediction)
    parsed = parse_archive(page.encode(), "letter.txt")
    (post,) = parsed.posts
    assert post.title == "Issue 9: Fewer macros, better replies"
    assert post.authors == ["Tomas Reyes"] and post.metadata["date"].startswith("2024-04-02")
    assert post.body.rstrip().endswith("Tomas") and valediction in post.body
    assert "PREVIOUS ISSUE" not in post.body and "Powered by" not in post.body


NOTE_WITH_TAG_PILLS_UNDER_ITS_DATE = """Support Garden
Explorer
Home
❯
Escalation ladder
Escalation ladder
Mar 05, 2024, 5 min read
playbooks
escalation
evergreen
Every escalation should move a customer closer to a person who can decide.
The customer should always know which rung of the ladder they are on.
Graph View
Created with Quartz v4.2.3 © 2024
"""


def test_tag_pills_under_a_notes_date_are_no_username():
    """A lower-case word under the date can be the author's username, but not when more such words follow:
    those are the note's tags."""
    (post,) = parse_archive(NOTE_WITH_TAG_PILLS_UNDER_ITS_DATE.encode(), "note.txt").posts
    assert post.title == "Escalation ladder" and post.metadata["date"].startswith("2024-03-05")
    assert post.authors == []


POST_WITH_FOOTNOTES_AND_NO_HEADING = """The Waiting List
Why the First Reply Should Be Honest About the Wait
Apr 02, 2024
We used to promise a reply within an hour, and we kept that promise about half the time.1
Now the auto-reply says how long the queue really is, and complaints about waiting fell by a third.2
1
We could only count the replies sent in office hours, so the real share is probably lower.
2
The sample was small, about four hundred tickets, so treat it as a hint.
31 Likes
"""


def test_numbered_footnotes_without_a_heading_keep_their_numbers():
    """"1" and "2" counting up, each over its note's sentence, are the footnotes' marks (no like counts)."""
    (post,) = parse_archive(POST_WITH_FOOTNOTES_AND_NO_HEADING.encode(), "post.txt").posts
    paragraphs = post.body.split("\n\n")
    assert paragraphs[paragraphs.index("1") + 1].startswith("We could only count")
    assert paragraphs[paragraphs.index("2") + 1].startswith("The sample was small")
    assert post.body.rstrip().endswith("treat it as a hint.") and "31 Likes" not in post.body


EXPORTED_ARTICLE_WITH_HEADINGS = """The Escalation Matrix Nobody Opens

Created on 2024-03-04 10:12

Published on 2024-03-05 09:00

Every contact centre I have led had an escalation matrix, and nobody opened it during a call.

Why agents walk past it

It answered who to call, but the agent's question was whether to call anyone at all.

What we replaced it with

Three questions on one card, asked in order, and a name beside each answer.
"""


def test_a_dated_article_with_undated_headings_is_one_article():
    """Only the head carries a date: the headings under it head the article's sections, not posts."""
    (post,) = parse_archive(EXPORTED_ARTICLE_WITH_HEADINGS.encode(), "article.txt").posts
    assert post.title == "The Escalation Matrix Nobody Opens" and post.metadata["date"] == "2024-03-05 09:00"
    assert "## Why agents walk past it" in post.body and post.body.rstrip().endswith("a name beside each answer.")


TWO_POST_PAGES_WITH_A_THREAD_BETWEEN = """Hold Steady
Subscribe
Sign in
The Customer Who Apologised to Me
Wren Castellanos
Apr 09, 2024
A customer apologised to me for being angry, and I realised nobody had told her what would happen next.
Since then every reply I send ends with the next step and the day it will happen.
48 Likes
Discussion about this post
Comments
Odile Marsh
Apr 10
We added a next-step line to our macros last year and the apologies stopped.
Like (3)
Reply
Top
Latest
Ready for more?
Subscribe
© 2024 Wren Castellanos
Privacy ∙ Terms ∙ Collection notice
Start Writing
Get the app
Hold Steady
Subscribe
Sign in
Paying Down Our Macro Debt
Every saved reply is a small loan against your future tone
Wren Castellanos
Mar 26, 2024
22
1
Share
Every saved reply is a small loan: it saves time now and costs tone later, when nobody has reread it.
Once a quarter we read our twenty most used macros aloud, and we rewrite the ones that make us wince.
"""


def test_a_thread_ends_where_the_next_pasted_page_starts_with_the_sites_name():
    """The first page's comments run to its footer; the site's name over its menu again starts the second
    page, whose post is a post, not part of the thread."""
    parsed = parse_archive(TWO_POST_PAGES_WITH_A_THREAD_BETWEEN.encode(), "pages.txt")
    assert [post.title for post in parsed.posts] == ["The Customer Who Apologised to Me", "Paying Down Our Macro Debt"]
    assert parsed.posts[1].body.rstrip().endswith("the ones that make us wince.") and parsed.comments == 1
