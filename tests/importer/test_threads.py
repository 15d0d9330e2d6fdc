"""Threads and comments: a numbered thread is one post; reader comments are never its text.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


POST_PAGE_WITH_REACTIONS = """Skip to content
Learners Hub
Log in

7
Add reaction
Like
Heart
Raised Hands
Jump to Comments
2
Save

Tomasz Wieczorek
Tomasz Wieczorek
Posted on Mar 4 • Updated on Mar 6

Notes From a Year on the Night Queue
#support #nightshift
Nights on the queue are quiet until they are not, and the quiet hours are when the real work happens.
I kept a notebook of every ticket that came in after midnight, and three patterns stood out by spring.
Top comments (2)
Subscribe

Add to Discussion

Ilse Brandt
Ilse Brandt
• Mar 5

The notebook idea is one I am stealing for our weekend rota.
Like Reply
Tomasz Wieczorek
Tomasz Wieczorek
• Mar 5

Please do, and tell me what patterns you find.
Like Reply
"""


def test_a_post_page_with_reaction_bar_and_top_comments():
    post, = parse(POST_PAGE_WITH_REACTIONS, ArchiveConfig(captured="2024-05-01")).posts
    assert post.title == "Notes From a Year on the Night Queue"
    assert post.metadata["date"] == "2024-03-04"
    assert post.authors == ["Tomasz Wieczorek"]  # not "Raised Hands", a two-word label further up
    assert "rota" not in post.body and "Please do" not in post.body
    assert post.body.rstrip().endswith("three patterns stood out by spring.")


THREAD = """Home
Explore
Conversation
Priya Anand
@priya_queue
1/ Notes from eight years of running phone support, because a new team lead asked for the short version.
10:32 AM · Mar 4, 2024
48.2K
Views
Priya Anand
@priya_queue
Mar 4
2/ Hold music is rarely the complaint: not knowing how long the hold will last is. Say the wait in minutes.
3
21
Priya Anand
@priya_queue
Mar 4
3/3 Callbacks are promises. Put a time on each one and treat it like a meeting, not a favour.
6
34
Halima Osei
@halima_answers
Mar 4
Saving this for my team, the callback one especially.
"""


def test_a_numbered_thread_is_one_post_and_the_replies_are_not_in_it():
    post, = parse(THREAD).posts
    assert post.metadata["date"] == "2024-03-04 10:32"
    assert post.authors == ["Priya Anand"]
    assert "2/ Hold music" in post.body and post.body.rstrip().endswith("not a favour.")
    assert "Saving this" not in post.body and "review" in post.metadata  # no title: one made to check


REDDIT_POST = """r/helplinetales
Posted by u/quietheadset
3 yr. ago
What I tell every new starter on their first day
Advice
Every cohort gets the same little speech before they take a live call, so I wrote it down here.
Write your notes for the next person, not for yourself, and make every call back you promise.
87 comments
Share
Save
Sort By: Best
level 1
brackenfield_cs
· 3 yr. ago
Number two forever. I once inherited a note that just said see previous, and there was no previous.
118
Reply
level 2
Thin_Kettle_88
· 2 yr. ago
Learning the names of the people in billing made half my job easier.
Reply
"""


def test_a_forum_post_keeps_its_text_and_its_reader_comments_stay_out():
    parsed = parse(REDDIT_POST, ArchiveConfig(captured="2024-03-20"))
    post, = parsed.posts
    assert post.title == "What I tell every new starter on their first day"
    assert post.authors == ["quietheadset"]
    assert "call back you promise" in post.body
    assert "see previous" not in post.body and "billing" not in post.body
    assert parsed.comments >= 2


CHIRPY_POST = """Slowtide
Support notes from a ferry booking desk
Home
Writing refund replies people can follow
Posted Mar 4, 2023 Updated Mar 10, 2023
By Tomasz Wilk
5 min read
Refunds are the tickets where a clumsy sentence costs us the most, so we rewrote every refund reply.
A refund reply now opens with the amount and the day it was sent, and everything else comes after.
Support, Writing
refunds replies templates
This post is licensed under CC BY 4.0 by the author.
Further Reading
A week without canned apologies
We took every apology out of our saved replies for five days to see what would happen.
Trending Tags
refunds
"""


def test_a_post_ends_at_its_licence_line_and_the_sidebar_after_it_is_chrome():
    post, = parse(CHIRPY_POST).posts
    assert post.title == "Writing refund replies people can follow"
    assert post.metadata["date"] == "2023-03-04" and post.authors == ["Tomasz Wilk"]
    assert "canned apologies" not in post.body and "licensed under" not in post.body


JOINED_POST_PAGES = """Quiet Desk
Holding a chat while you check an order
Published on March 18, 2024
Say what you are checking before you go quiet, so the customer is not left watching the dots.
Then write the answer once you have it, in one message rather than four short ones.
Thoughts? Leave a comment
Name (optional):
Comment:
Comments
Rufus Adeyemi — Mar 19, 2024:
We started doing this last month and the "are you still there?" messages stopped almost at once.
---
Quiet Desk
Why our greeting has no exclamation marks
Published on March 5, 2024
An exclamation mark in the first line reads as cheerful to us and as careless to someone with a broken parcel.
We kept the warmth in the words instead, and the complaints about tone went away.
"""


def test_a_comment_whose_header_ends_in_a_colon_is_no_post_and_the_next_page_is_one():
    parsed = parse(JOINED_POST_PAGES)
    assert [post.title for post in parsed.posts] == ["Holding a chat while you check an order",
                                                     "Why our greeting has no exclamation marks"]
    assert parsed.comments == 1
    assert not any("Rufus" in post.body or "are you still there" in post.body for post in parsed.posts)


AUTHOR_ANSWERS = """Refundcraft
The refund email nobody reads past line two
Hallie Okonjo
Apr 9, 2024
We moved the amount and the date to the first line, and replies asking when the money arrives nearly stopped.
The policy paragraph went to a link at the foot, where the few who want it still find it.
Comments (2)
Write a comment
Marek Duda
Apr 10, 2024
Did legal push back on dropping the policy paragraph from the email itself?
Reply
Hallie Okonjo
Author
Apr 10, 2024
A little. We kept a link to the full policy in the footer, which satisfied everyone.
Reply
Written by
Hallie Okonjo
"""


def test_the_posts_author_answering_in_its_thread_is_a_comment_not_a_new_post():
    parsed = parse(AUTHOR_ANSWERS)
    assert [post.title for post in parsed.posts] == ["The refund email nobody reads past line two"]
    assert parsed.comments == 2
    assert "A little." not in parsed.posts[0].body


BLOGGER_CLASSIC = """Ferrygate Counter
Notes from behind the returns desk of a family hardware shop on Ferrygate Lane.
Monday, March 4, 2024
The Customer Who Kept the Receipt
On Saturday a man came to the counter with a hose reel and a receipt so faded you had to tilt it to read it.
Why I did not say no
Something about the receipt stopped me, so I asked him to leave the reel with me for an hour.
Posted by Bram Oosterhuis at 9:15 AM
2 comments:
Greta Vonk said...
The spares drawer! Ours is a biscuit tin under the till and it has saved us more times than I can count.
March 4, 2024 at 7:41 PM
Anonymous said...
Lovely story. Did he come back for the key cutting?
March 5, 2024 at 10:32 AM
Post a Comment
"""


def test_blogger_classic_comments_under_a_post_with_inner_headings():
    """ "Name said..." opens each comment, its time under it; the blog's tagline over the date is not the post's
    dek, and "Why I did not say no" stays a heading inside the one post."""
    parsed = parse_archive(BLOGGER_CLASSIC.encode(), "post.txt")
    assert [post.title for post in parsed.posts] == ["The Customer Who Kept the Receipt"]
    assert "Why I did not say no" in parsed.posts[0].body and parsed.comments == 2


QUESTION_WITH_ANSWERS = """Community
Back to Questions
Odile Ferrant
asked in #Billing
May 2, 2024
Refund lands twice when the agent retries the payment screen
Twice this week a refund went out two times after an agent pressed the button again on a slow screen.
Is there a setting that makes the second press wait for the first one to finish?
Upvote
Answer
Share
Follow
2 answers
Sort by: Most Helpful
Kasimir Oyelaran
May 3, 2024
Turn on the duplicate check in the payment settings; it holds a second refund for the same order for a minute.
Upvote
Reply
Odile Ferrant
May 3, 2024
That stopped it, thank you.
Upvote
Reply
"""


def test_answers_under_a_question_are_comments_and_its_button_row_is_no_text():
    """"2 answers" opens the thread as "2 comments" would; "Answer" between "Upvote" and "Share" is a
    button, though no list names it."""
    parsed = parse(QUESTION_WITH_ANSWERS)
    assert [post.title for post in parsed.posts] == ["Refund lands twice when the agent retries the payment screen"]
    body = parsed.posts[0].body
    assert body.splitlines()[-1] == "Is there a setting that makes the second press wait for the first one to finish?"
    assert "duplicate check" not in body and "Answer" not in body.split()
    assert parsed.comments == 2
    post = parsed.posts[0]
    assert post.authors == ["Odile Ferrant"] and post.metadata["category"] == "Billing"


def test_a_members_company_after_the_name_is_no_part_of_it():
    from archive_import.names import names_in
    assert names_in("Priya Raman (Harbourline Energy)") == ("Priya Raman",)
    assert names_in("Refunds (Part Two) and Other Things") == ()


def test_the_other_answers_under_more_answers_below_are_comments():
    page = ("Why do customers ask for a manager?\nIlse Brandt\nSupport lead\nMar 4, 2024\n"
            "Most of the time they want to know that someone can change the outcome, not a new face.\n"
            "We now say who can decide, and the request for a manager mostly goes away.\n"
            "More answers below\nTheo Marchbank\nFormer store manager\nMar 5, 2024\n"
            "In retail the manager was the only one allowed to refund, so the customers were right to ask.\n")
    parsed = parse(page)
    assert len(parsed.posts) == 1 and "refund, so the customers" not in parsed.posts[0].body
    assert parsed.comments == 1


def test_a_heading_of_numbered_phrases_and_a_version_label_are_nobodys_name():
    from archive_import.names import names_in
    from archive_import.patterns import USERNAME
    assert names_in("One Inbox, Four People, No Assignments") == ()
    assert names_in("Nell Harrow, Ada Ferrin") == ("Nell Harrow", "Ada Ferrin")
    assert USERNAME.match("v4.8") is None and USERNAME.match("4.8.1") is None and USERNAME.match("jane_doe")


SCORED_THREAD_UNDER_A_FOOT_DATE = """> deskbook
Posts
3 minutes read
Closing Tickets Nobody Asked Us to Close
For years a ticket that waited three days on the customer closed itself, and we called that tidy.

In January we turned the timer off for a month, and the count of new tickets quietly fell.
auto-close
612 Words
2024-02-11 08:40
Want to add to the discussion?
Comment anonymously
M
Mikkel Dahl
7 points
1 months ago
We auto-closed after two days for years and never noticed the duplicates it made.
T
Tove Lind
4 points
1 months ago
Same here. The reopen rate looked fine while the new tickets were not new at all.
"""


def test_comments_scored_in_points_are_a_thread_and_a_date_under_the_tags_dates_the_post():
    """Commento prints a score where others print a date; the post's date sits under its tags and word count."""
    parsed = parse(SCORED_THREAD_UNDER_A_FOOT_DATE, ArchiveConfig(captured="2024-03-20"))
    post, = parsed.posts
    assert post.metadata["date"] == "2024-02-11 08:40"
    assert "duplicates it made" not in post.body and "new tickets were not new" not in post.body
    assert parsed.comments >= 1


DOUBLED_NAMES_THREAD = """Frontline Community
Bea Lindahl
Bea Lindahl
Posted on Mar 5, 2023
Our First Month With a Shared Escalation Channel
A month ago we retired the escalation form and gave the team one shared channel instead.
Speed went up, and newer agents learned from reading other people's escalations as they happened.
Top comments (2)
Add to the discussion
Rafael Montoya
Rafael Montoya
• Mar 5 '23
What we learned running the same thing for two years
Whoever posts an escalation stays on it until it is written back to the ticket.
Like Reply
Kit Okonjo
Kit Okonjo
• Mar 6 '23
Did engineers join the channel, or is it support only?
Like Reply
"""


def test_comments_under_top_comments_are_comments_even_with_doubled_names_and_a_title_like_first_line():
    parsed = parse(DOUBLED_NAMES_THREAD)
    post, = parsed.posts
    assert post.title == "Our First Month With a Shared Escalation Channel"
    assert "What we learned" not in post.body and "engineers join" not in post.body
    assert parsed.comments == 2


def test_disqus_join_the_discussion_with_its_ellipsis_opens_the_thread_past_its_login_lines():
    page = ("Local\nLines Stay Open Until Eight\nLeona Pryce\nMarch 11, 2024\n"
            "The council will keep its phone lines open until eight on weekdays from April.\n"
            "Residents asked for evening hours in a survey that more than two thousand people answered.\n"
            "3 Comments\n1 Login\nJoin the discussion…\nLog in with\nor sign up with Disqus or pick a name\n"
            "Share\nBest\nNewest\nOldest\nGraham Oduya\n3 days ago\n"
            "About time. I work shifts and have never once been able to ring them after five.\n12\nReply\n")
    parsed = parse(page, ArchiveConfig(captured="2024-03-14"))
    post, = parsed.posts
    assert post.title == "Lines Stay Open Until Eight" and "About time" not in post.body
