"""Social feeds: untitled posts headed by a name, a badge and an age; comment threads under them.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig

CAPTURED = ArchiveConfig(captured="2025-06-20")

GROUP_FEED = """Groups
Counter Staff Circle
Public group · 912 members
Write something...
Most relevant
Hallam Oduya
Admin
June 2 at 9:15 AM ·
Rota swaps for the bank holiday go in the pinned sheet, not in the comments of random posts.
Anything posted anywhere else will be missed, and then somebody works a double by accident.
All reactions:
23
2 comments
Like
Comment
Share
Most relevant
Petra Sund
Top contributor
Done, thanks for the reminder about the sheet.
3d
Like
Reply
View more comments
Marisol Quenby
4d ·
Does anyone else print the refund policy on the back of the receipt? We started last month and the arguments at the till have almost stopped, which I did not expect at all.
All reactions:
41
9 comments
Like
Comment
Share
Anonymous participant
5d ·
Honest question from a new starter: how long did it take before the phone stopped making your stomach drop every time it rang?
All reactions:
77
30 comments
Like
Comment
Share
"""


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "feed.txt", config)


def test_a_group_feed_is_one_untitled_post_per_member_post():
    result = parse(GROUP_FEED, CAPTURED)
    bodies = [post.body for post in result.posts]
    assert len(result.posts) == 3, [post.title for post in result.posts]
    assert bodies[0].startswith("Rota swaps") and "somebody works a double" in bodies[0]
    assert bodies[1].startswith("Does anyone else print")
    assert bodies[2].startswith("Honest question")
    assert [post.metadata.get("date") for post in result.posts] == ["2025-06-02 09:15", "2025-06-16", "2025-06-15"]


def test_the_badge_under_a_name_is_the_bylines_and_an_anonymous_post_has_no_author():
    posts = parse(GROUP_FEED, CAPTURED).posts
    assert [post.authors for post in posts] == [["Hallam Oduya"], ["Marisol Quenby"], []]
    assert not any(badge in post.body for post in posts for badge in ("Admin", "Top contributor"))


def test_like_comment_share_is_no_thread_and_view_more_comments_ends_the_one_there_is():
    result = parse(GROUP_FEED, CAPTURED)
    assert not any("Done, thanks" in post.body for post in result.posts)  # the comment is no post's text
    assert result.comments == 1
    assert any("Done, thanks" in dropped.text for dropped in result.dropped)


NOTES_FEED = """Notes
For you
Following
What's on your mind?
Post
Lorna Eke
3h
Shorter apology, longer explanation. That is the whole trick for delayed orders and it took me four years.
12
2
Bram Okafor restacked
Sefa Lindgren
Jun 9
We stopped sending the survey with the fix. It now goes out two days later, and the scores finally mean something.
40
7
"""


def test_a_restack_notice_and_the_composers_button_are_not_titles():
    posts = parse(NOTES_FEED, CAPTURED).posts
    assert len(posts) == 2
    assert [post.authors for post in posts] == [["Lorna Eke"], ["Sefa Lindgren"]]
    assert all(post.title not in ("Post", "Bram Okafor restacked") for post in posts)
    assert not any("restacked" in post.body for post in posts)


BLOGGER_POST_WITH_COMMENTS = """Tuesday, April 8, 2025
Why We Answer Email Before Chat on Mondays
Monday mornings bring the weekend's email, and most of it has waited two days already.
We answer it first, and chat waits ten minutes longer than usual; nobody has complained yet.
Posted by Idris Pelham at 8:05 AM
Labels: email, rotas
3 comments:
Unknown
April 8, 2025 at 9:12 AM
Do you tell chat customers about the wait, or just let it happen?
Anonymous
April 8, 2025 at 11:40 AM
We do the opposite and it works for us, but our email is mostly invoices.
Idris Pelham
April 9, 2025 at 7:30 AM
We show the expected wait in the chat window. That is all it took.
Post a Comment
"""


def test_a_blogger_comment_count_with_a_colon_opens_the_thread_and_unknown_is_a_commenter():
    result = parse(BLOGGER_POST_WITH_COMMENTS)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "Why We Answer Email Before Chat on Mondays"
    assert post.authors == ["Idris Pelham"]
    assert "nobody has complained yet" in post.body
    assert not any(text in post.body for text in ("Do you tell chat", "mostly invoices", "expected wait"))
    assert result.comments == 3


ACTIVITY_FEED = """Posts
Comments
Feed post number 1
Odile Brannagh
Odile Brannagh
 • 2nd
Head of Member Services at Tallow Credit Union
3w • Edited •
Follow
We moved the phone menu's "speak to someone" option from fifth place to first.
Calls got shorter, not longer, because people stopped pressing random numbers to escape the menu.
Ezra Quill and 41 others
6 comments
3 reposts
Like
Comment
Repost
Send
Comments
Reactions
Add a comment…
Most relevant
Ezra Quill
 • 3rd+
Contact Centre Manager at Brightwater
2w
We did the same last spring and never looked back.
Like
Reply
Load more comments
Feed post number 2
Odile Brannagh reposted this
Ruth Mensah-Kaye
Ruth Mensah-Kaye
 • 3rd+
Director of Customer Care at Pellmore
1mo •
Follow
A complaint answered in the customer's own words is half resolved before the fix even lands.
That is the only rule in our new style guide that nobody argued about.
Like
Comment
Repost
Send
Accessibility
Help Center
Privacy & Terms
LinkedIn Corporation © 2025
"""


def test_a_linkedin_activity_feed_keeps_each_post_its_author_and_age_and_nothing_else():
    result = parse(ACTIVITY_FEED, CAPTURED)
    posts = result.posts
    assert [post.authors for post in posts] == [["Odile Brannagh"], ["Ruth Mensah-Kaye"]]
    assert [post.metadata.get("date") for post in posts] == ["2025-05-30", "2025-05-01"]  # "1mo": to the month
    assert posts[0].body.startswith("We moved the phone menu") and "random numbers" in posts[0].body
    assert posts[1].body.startswith("A complaint answered") and posts[1].body.rstrip().endswith("argued about.")
    everything = "\n".join(post.body + post.title for post in posts)
    for chrome in ("never looked back", "reposted this", "41 others", "3 reposts", "Help Center", "Edited"):
        assert chrome not in everything
    assert result.comments == 1




MASTODON_PROFILE = """Lior Abend
@lior@queue.social
Follow
Joined
Jan 3, 2023
Posts
Posts and replies
2h
Lior Abend
@lior@queue.social
The refund form now says when the money lands, not when we press the button. Three fewer chats an hour.
0
4
12
Lior Abend boosted
Jun 12
Ama Boateng
@ama@helpdesk.town
A macro is a first draft. Read it before you send it, every single time.
1+
20
51
"""


def test_a_mastodon_profile_reads_date_name_handle_heads_and_a_boost_is_its_authors():
    posts = parse(MASTODON_PROFILE, CAPTURED).posts
    assert [post.authors for post in posts] == [["Lior Abend"], ["Ama Boateng"]]
    assert [post.metadata.get("date") for post in posts] == ["2025-06-20", "2025-06-12"]
    assert posts[0].body.startswith("The refund form") and "boosted" not in posts[0].body + posts[1].body
    assert all("Joined" not in post.body and "2023" not in post.metadata.get("date", "") for post in posts)


NOTES_WITH_CARD = """Notes
Pia Lindahl
5h
This is the piece I hand every new lead on their first day.
The Patient Queue
Answer the question, then the next one
Why the second reply matters more than the first
Hana Oduya
·
Mar 2
Read more
31
4
Pia Lindahl
Mar 1
Refund emails now say the day the money lands. Nobody has asked "where is my refund" since.
12
"""


def test_a_post_card_inside_a_note_is_chrome_not_a_post():
    posts = parse(NOTES_WITH_CARD, CAPTURED).posts
    assert len(posts) == 2
    assert [post.authors for post in posts] == [["Pia Lindahl"], ["Pia Lindahl"]]
    assert not any("Answer the question" in post.body + post.title for post in posts)

