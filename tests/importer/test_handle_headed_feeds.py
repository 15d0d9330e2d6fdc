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
