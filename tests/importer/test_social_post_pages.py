"""A social network's page of one post (the post and its author's continuation; the replies are comments), and a profile's posts.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig

CAPTURED = ArchiveConfig(captured="2025-06-20")


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


POST_PAGE = """Sign in
Post
Wynne Albarrán
@wynne.bsky.social
Follow
We stopped asking customers for their order number in the first reply. Here is why.
April 3, 2025 at 6:05 PM
Everybody can reply
9 reposts
31 likes
Wynne Albarrán
 @wynne.bsky.social
· 2d
Nine times out of ten the order was already on the screen, attached to their email address.
3
12
Teo Marsh
 @teomarsh.bsky.social
· 1d
Same here: we look it up first and only ask when it is genuinely missing.
1
Wynne Albarrán
 @wynne.bsky.social
· 1d
Exactly, and it saves a whole round trip.
Privacy
Terms
"""


def test_a_post_page_is_its_post_and_the_authors_continuation_and_the_replies_are_comments():
    result = parse(POST_PAGE, CAPTURED)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.authors == ["Wynne Albarrán"] and post.metadata["date"] == "2025-04-03 18:05"
    assert post.body.startswith("We stopped asking") and "already on the screen" in post.body
    assert "genuinely missing" not in post.body and "whole round trip" not in post.body
    assert result.comments == 2  # the author's later reply to someone else is a comment too

THREADS_PAGE = """Log in
Thread
1.2K views
oona.frontline
11/14/24
We print the real queue wait on the help page now, straight from the phone system.
Translate
88
oona.frontline
11/14/24
It was 4 minutes on the page and 17 on the phone. Now the page says 17, and fewer people hang up.
Translate
12
tomas.desk
11/15/24
Same here with chat. Honest numbers cost nothing.
Translate
"""


def test_a_threads_post_page_is_the_post_and_the_authors_continuation():
    result = parse(THREADS_PAGE, CAPTURED)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.authors == ["oona.frontline"] and post.metadata["date"] == "2024-11-14"
    assert "fewer people hang up" in post.body and "Honest numbers" not in post.body
    assert result.comments == 1


THREADS_PROFILE = """Threads
Log in
Rhea Castellan
rhea.castellan
Support lead at a small ferry operator.
812 followers
Threads
Replies
rhea.castellan
3h
Cancelled sailings now get a text before the announcement, not after. Complaints halved.
Translate
rhea.castellan
2d
The refund form is one page now. It used to be four.
Translate
"""


def test_a_profiles_posts_are_by_the_name_over_the_username_each_post_repeats():
    posts = parse(THREADS_PROFILE, CAPTURED).posts
    assert len(posts) == 2 and all(post.authors == ["Rhea Castellan"] for post in posts)


COMMUNITY_POST_WITH_AGE_AND_CATEGORY = """First Reply Club
Community
Classroom
Members
6
Wendell Osei
3d • Wins
How we cut reopened tickets in half
Every closing reply now says what the customer should see next, and when they should see it.
Tickets that wait on the customer stay pending for two days before they close themselves.
24
6 comments
4
Sunniva Holt
2d
The pending rule is so simple. I am taking it to my lead tomorrow.
5
Reply
"""


def test_a_community_posts_age_and_category_line_dates_it_and_the_name_over_it_is_its_author():
    """"3d • Wins" is the post's age (counted from the day the page was copied) and its category; the name
    over it, under the member's level, is the author's."""
    (post,) = parse(COMMUNITY_POST_WITH_AGE_AND_CATEGORY, CAPTURED).posts
    assert post.title == "How we cut reopened tickets in half"
    assert post.metadata["date"].startswith("2025-06-17") and post.authors == ["Wendell Osei"]
    assert "pending rule" not in post.body


SPACE_FEED_WITH_BADGES = """Queue Talk
Day-to-day questions about running a support queue. Be kind, be specific.
New post
Latest
Pinned
Sabine Okonkwo
Admin
2w
How to get a useful answer in Queue Talk
Tell us your team size and what you have tried already; specific posts get specific answers.
Screenshots are welcome, but blur customer names and order numbers first.
See more
24 likes
3 comments
Teodor Blaine
2h
Do you let agents close tickets the customer hasn't replied to?
We close after three days of silence, and half the reopened tickets come from those.
See more
6 likes
9 comments
Priyanka Dale
Moderator
1d
Our first month with a weekend rota: what worked
Two people on Saturday mornings, one on Sunday, and a handover note that both shifts read.
See more
11 likes
4 comments
"""


def test_a_members_badge_between_their_name_and_the_posts_age_keeps_the_name_the_authors():
    posts = parse(SPACE_FEED_WITH_BADGES, ArchiveConfig(captured="2025-04-09")).posts
    assert [post.authors for post in posts] == [["Sabine Okonkwo"], ["Teodor Blaine"], ["Priyanka Dale"]]
