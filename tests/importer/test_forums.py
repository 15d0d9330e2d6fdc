"""Forum topics: the opening post is the post; the replies under it are comments.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig

TOPIC = """Pellgrove Support Forum
Home › Contact Centre › Rotas
How we stopped the Monday rota scramble
rhona_t
Senior Member
Posts: 2,114
Joined: Mar 2018
#1
04-22-2024, 08:31 AM
Every Monday the first hour went on swapping shifts by chat, so we moved swaps to a shared sheet that closes on Friday at noon.
Anyone who still needs a swap after that asks their lead directly, and the lead writes it in the sheet.
Reply
Quote
kwame.b
Member
Posts: 87
Joined: Jan 2023
#2
04-22-2024, 10:02 AM
Did the Friday cut-off cause trouble for part-timers who only work weekends?
Reply
Quote
rhona_t
Senior Member
Posts: 2,114
Joined: Mar 2018
#3
04-22-2024, 11:15 AM
A little at first; weekend staff now have until Saturday evening.
Reply
Quote
"""


def parse(text: str):
    return parse_archive(text.encode("utf-8"), "topic.txt", ArchiveConfig())


def test_the_opening_post_is_the_post_with_its_title_author_and_date():
    result = parse(TOPIC)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "How we stopped the Monday rota scramble"
    assert post.authors == ["rhona_t"]
    assert post.metadata["date"] == "2024-04-22 08:31"
    assert post.body.startswith("Every Monday") and "writes it in the sheet" in post.body


def test_the_member_block_and_the_replies_are_no_body_text():
    result = parse(TOPIC)
    body = result.posts[0].body
    for chrome in ("Senior Member", "Posts: 2,114", "part-timers", "Saturday evening", "kwame.b"):
        assert chrome not in body
    assert result.comments == 2


NUMBERED_TOPIC = """Harbourline Help Community
Saying no to a refund without losing the customer
Team Leads
refunds, tone
ilse_v
May 2, 2024,  9:40am
1
When the answer is no, we now lead with what the customer can still do, and only then explain the rule.
Complaints about refusals dropped by a third in the first month.
4 Likes
petra.k
May 2, 2024, 11:02am
2
Do you let agents offer a goodwill credit, or is that a lead's decision?
1 Like
ilse_v
May 3, 2024,  8:15am
3
Agents can offer up to ten pounds without asking.
Powered by Discourse, best viewed with JavaScript enabled
"""


def test_a_topic_numbered_post_by_post_is_one_post_and_its_replies():
    result = parse(NUMBERED_TOPIC)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "Saying no to a refund without losing the customer"
    assert post.authors == ["ilse_v"] and post.metadata["date"] == "2024-05-02 09:40"
    assert "dropped by a third" in post.body and "goodwill credit" not in post.body and "ten pounds" not in post.body
    assert result.comments == 2


LIST_TOPIC = """Stonebridge Support Leads
Saying sorry once, properly
Previous Topic
Next Topic
Maeve Adler
Apr 3
#3312
We are cutting the second apology from our refund replies: one, at the top, in plain words.
Two apologies read as nerves, and customers answer the nerves instead of the news.
Reply
Tobias Grell
Apr 3
#3315
Agreed; ours now apologise once and then say what happens next.
Reply
"""


def test_a_list_topic_numbered_by_message_ids_is_the_opening_message_and_its_replies():
    result = parse(LIST_TOPIC)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "Saying sorry once, properly" and post.authors == ["Maeve Adler"]
    assert "answer the nerves" in post.body and "what happens next" not in post.body
    assert result.comments == 1


QUESTION = """Questions
Tags
Why does our shared inbox answer every customer twice?
Ines Wharton 12 Reputation points
2024-05-02T08:14:00+00:00
Every customer who writes to support@ gets our auto-reply twice, a minute apart.
We have one rule on the server and, as far as we know, nothing in Outlook.
I have the same question (3)
Sign in to comment
Answer accepted by question author
Dara Quint • Follow 8,210 Reputation points • Moderator
2024-05-02T09:30:00+00:00
A second copy a minute later usually means a rule in someone's Outlook answers too.
Was this answer helpful?
Yes No
"""


def test_a_question_is_the_post_and_its_answers_are_comments():
    result = parse(QUESTION)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "Why does our shared inbox answer every customer twice?"
    assert post.authors == ["Ines Wharton"] and post.metadata["date"] == "2024-05-02 08:14"
    assert "nothing in Outlook" in post.body and "someone's Outlook" not in post.body
    assert "Sign in to comment" not in post.body


CONVERSATION = """Groups
Conversations
Quayside Care Leads
Callbacks after six: yes or no?
41 views
Skip to first unread message
Rosa Kettering
unread,
Apr 9, 2024, 4:02:10 PM
to Quayside Care Leads
Should we offer callbacks after six in the evening, or stop the offer at five?
Most callers who ask after six want the morning anyway.
Emeka Dunn
unread,
Apr 9, 2024, 4:30:55 PM
to Rosa Kettering, Quayside Care Leads
Stop at five. We tried six for a month and nobody took it.
"""


def test_a_list_conversation_is_its_first_message_and_the_replies_are_comments():
    result = parse(CONVERSATION)
    assert len(result.posts) == 1
    post = result.posts[0]
    assert post.title == "Callbacks after six: yes or no?" and post.authors == ["Rosa Kettering"]
    assert post.metadata["date"] == "2024-04-09 16:02"
    assert "morning anyway" in post.body and "nobody took it" not in post.body and "to Quayside" not in post.body
    assert result.comments == 1


HANDLE_TOPIC = """Harbourline Agents Circle
Billing & Refunds
When a refund needs a second approver
Reply
Original Post
1 of 4 posts
wren_okafor
4 Mar
Refunds above our limit wait for a second approver, and the customer hears nothing while they wait.
We now tell them the approver's working hours in the first reply, so the silence has an end date.
Like
Reply
jonah.mbeki and tess_m like this.
jonah.mbeki
4 Mar
wren_okafor We do the same, and we also name the approver so the customer knows a person has it.
Like
Reply
a month later
tess_m
5 Apr
Coming back to say this halved our chasers on refunds over the limit.
Like
Reply
ines.c
6 Apr
Stealing this for our returns queue as well.
"""


def test_a_topic_headed_by_handles_is_one_post_and_its_replies():
    """Flarum prints no member block: each post has its poster's handle over its date. The opener is the
    post, under the topic's title; three other posters' replies are comments."""
    parsed = parse(HANDLE_TOPIC)
    assert [post.title for post in parsed.posts] == ["When a refund needs a second approver"]
    post = parsed.posts[0]
    assert post.authors == ["wren_okafor"]
    assert post.body.rstrip().endswith("so the silence has an end date.")
    assert parsed.comments == 3
    dropped = {line.text for line in parsed.dropped}
    assert {"1 of 4 posts", "a month later", "jonah.mbeki and tess_m like this."} <= dropped


def test_one_accounts_handle_over_every_post_is_a_feed_not_a_topic():
    feed = "\n".join(f"harbourline_help\n{day} Mar\nShort note number {day} about the queue today, and what we changed."
                     for day in (4, 5, 6, 7))
    assert len(parse(feed).posts) == 4


def test_comment_counts_under_a_listings_bylines_are_not_post_positions():
    """Under each card's byline a news theme prints its comment count ("3", "0", "1", "2"): a "1" and a "2"
    among them do not make the page a numbered topic."""
    cards = []
    for title, day, count in (("Monday queues run long", 8, 3), ("Scoring calls fairly", 6, 0),
                              ("What new starters remember", 4, 1), ("Night shifts are different", 2, 2)):
        cards.append(f"{title}\nRuth Okonjo - March {day}, 2024\n{count}\n"
                     f"We asked forty agents what they still used from their first week, and the answers surprised us...")
    assert len(parse("\n".join(cards)).posts) == 4
