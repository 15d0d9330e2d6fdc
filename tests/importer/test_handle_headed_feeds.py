"""Feeds whose posts open with their author's display name over a handle and close with their date.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

FEDIVERSE_PROFILE = """Harbour Social
Kestrel Desk
@kestreldesk@harbour.example
Posts
Kestrel Desk
@kestreldesk
Pinned: we answer on weekdays, and a person reads every message, even the angry ones.
Corrections to anything we post here are welcome, the sharper the better.
Jan 12, 2024, 09:10
3
3 replies
en
Kestrel Desk
@kestreldesk
Reminder that a refund shows on your statement three to five working days after we send it, whatever the app says.
Mar 02, 2024, 14:25
0
0 replies
en
Kestrel Desk
@kestreldesk
Spent the morning rewriting our delivery delay message so that it says what we will do next instead of what went wrong.
Mar 05, 2024, 11:40
1
1 reply
en
Show older
"""


def test_a_feed_whose_posts_open_with_name_and_handle_and_close_with_their_date():
    """A Fediverse profile's web page: name / handle / text / date / counts. Each post opens at the name,
    is signed by it, and is dated by the date under its text, not the one over the next post."""
    posts = parse_archive(FEDIVERSE_PROFILE.encode(), "profile.txt").posts
    assert [post.metadata["date"] for post in posts] == ["2024-01-12 09:10", "2024-03-02 14:25", "2024-03-05 11:40"]
    assert posts[0].body.startswith("Pinned: we answer on weekdays") and "sharper the better" in posts[0].body
    assert "Reminder that a refund shows" in posts[1].body and "delivery delay" in posts[2].body
    assert all(post.authors == ["Kestrel Desk"] for post in posts)


CHANNEL_UPDATES = """Brookline Water
18.2K followers
2/26/2024
Planned works on Mill Lane start on Monday and last about ten days.

Pedestrian access stays open the whole time, and the bus stop moves to Church Street.
9:00 AM
👍❤️ 212
2/28/2024
Bottled water is available at the community centre from nine until six today.

If someone you live with needs water delivered, call us and we will bring it.
3:00 PM
👍 58
3/1/2024
Your online account has a new look, and your login stays the same as before.

If the page asks you to set a new password, that is expected the first time.
4:30 PM
👍🙏 96
3/4/2024
A burst main on Northgate Road means low pressure this morning for about forty homes.

Our engineers have been on site since five and expect repairs to take most of the day.
7:45 AM
😢🙏 340
"""


def test_a_reaction_tally_in_the_title_slot_is_no_title():
    """A channel's updates have no titles; the emoji-and-count line that closes the update above is none."""
    posts = parse_archive(CHANNEL_UPDATES.encode(), "channel.txt").posts
    assert len(posts) == 4 and not any(mark in post.title for post in posts for mark in "👍❤😢")
    assert all("review" in post.metadata for post in posts[1:])  # (the first is titled by the count above it)
