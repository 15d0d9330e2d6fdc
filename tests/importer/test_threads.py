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


READER_VIEW_WITH_COUNTS_OVER_THE_TITLE = """Reader
Back
Visit Site
Wenna Trelawney
Quayside Appliance Help
Follow
6 Comments
23 Likes
Why We Stopped Writing "Valued Customer"
4 days ago
For eight years every email our team sent began with the same three words, and nobody remembered why.
In March we took them out, and the discussion inside the team was more interesting than the change.
Share
Reblog
More in Quayside Appliance Help
Spare Parts We Now Keep in the Office
A short list of the seals and filters we used to order in for every repair, and why we stopped waiting.
2 comments
Tamsin Rowe
3 days ago
We did the same with "Dear Sir or Madam" last year and nobody missed it.
Reply
Wenna Trelawney
3 days ago
Nobody owned the template, so nobody felt allowed to change it.
Reply
"""


def test_a_comment_count_over_a_posts_title_and_date_is_its_count_not_a_thread():
    """"6 Comments" and "23 Likes" head the post in a reader app: the title and its age under them are the
    post's; the thread starts at "2 comments" below it."""
    parsed = parse_archive(READER_VIEW_WITH_COUNTS_OVER_THE_TITLE.encode(), "reader.txt",
                           ArchiveConfig(captured="2024-05-16"))
    (post,) = parsed.posts
    assert post.title == 'Why We Stopped Writing "Valued Customer"'
    assert post.metadata["date"].startswith("2024-05-12") and parsed.comments == 2
    assert "In March we took them out" in post.body and "Dear Sir" not in post.body
