"""Creator and docs pages.

Creator pages (Buy Me a Coffee, Patreon, Ko-fi): the creator writes every post, and a members-only post
shows a reader who is not a member only its title, date and a lock notice. A docs site's blog post lists
other posts, its own title among them, in a sidebar above it.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

CREATOR_PAGE = """Explore creators
Log in
Marta Lindqvist
Notes from a one-woman repair counter
212 supporters
Home
Posts
The toaster with two receipts
Oct 2, 2024
A customer brought back a toaster with two receipts, one from us and one from the shop next door.
We refunded ours and walked her over to theirs, which took five minutes and made two friends.
14
Share
What I charge for a second look
Sep 20, 2024
Members only
Join my membership to unlock this post
Join now
Why I write the fault on the ticket in plain words
Sep 12, 2024
A ticket that says the element failed means nothing to the person who has to collect the kettle.
I write what broke, what I did, and what to watch for, in words I would say across the counter.
9
Share
"""


def test_the_creator_writes_every_post_and_a_locked_post_is_no_post_and_gives_no_date():
    posts = parse_archive(CREATOR_PAGE.encode("utf-8"), "creator.txt").posts
    assert [(post.title, post.metadata["date"], post.metadata.get("author")) for post in posts] == [
        ("The toaster with two receipts", "2024-10-02", "Marta Lindqvist"),
        ("Why I write the fault on the ticket in plain words", "2024-09-12", "Marta Lindqvist")]
    assert not any("Members only" in post.body or "second look" in post.body for post in posts)


DOCS_POST = """Skip to main content
Parcelway Developers
Docs
Blog
Recent posts
Webhook retries now back off for an hour
Why our refund API answers in two steps
A quieter status page
Why our refund API answers in two steps
May 2, 2024 · 4 min read
Imani Roux
A refund request gets an answer at once, and the money moves later, and for a long time we hid the gap.
Now the first answer says the refund is accepted and gives the day the bank will see it, in plain words.
Tags:
refunds
"""


def test_a_sidebar_that_lists_the_posts_own_title_above_it_gives_way_to_the_title_nearest_the_text():
    post = parse_archive(DOCS_POST.encode("utf-8"), "post.txt").posts[0]
    assert post.title == "Why our refund API answers in two steps"
    assert post.metadata["date"] == "2024-05-02"


VITEPRESS_POST = """Harbourwick Support
Blog
2024
Status updates customers can skim
Naming incidents so customers recognise them
On this page
Lead with what changed
Say what to do
\u200bStatus updates customers can skim
Jonah Petrakis · March 12, 2024
When something breaks, our status page gets more readers in an hour than our blog does in a month.
\u200bLead with what changed
Every update opens with one sentence saying what is different since the last one.
\u200bSay what to do
The second sentence tells the reader whether they need to do anything at all.
Edit this page
"""


def test_a_docs_post_opens_under_its_outline_and_its_headings_keep_their_place():
    post = parse_archive(VITEPRESS_POST.encode("utf-8"), "post.txt").posts[0]
    assert post.title == "Status updates customers can skim"  # right under the outline, zero-width space gone
    assert post.metadata["author"] == "Jonah Petrakis" and post.metadata["date"] == "2024-03-12"
    assert "Lead with what changed" in post.body and "\u200b" not in post.body
    assert post.body.index("Lead with what changed") > post.body.index("When something breaks")


AUTHOR_AT_THE_FOOT = """Quillstead
Home
Subscribe
The Apology Paragraph We Deleted
Feb 14, 2024 6 min read Tone of Voice
Our refund replies opened with three sentences of sorry, and customers skipped every one of them.
The new template opens with the amount and the day, and the apology follows in a single line.
Published by:
Maud Ferreira
Share
"""


def test_an_author_named_only_under_the_post_is_its_author_and_a_meta_line_without_separators_dates_it():
    post = parse_archive(AUTHOR_AT_THE_FOOT.encode("utf-8"), "post.txt").posts[0]
    assert (post.title, post.metadata["date"], post.metadata.get("author")) == (
        "The Apology Paragraph We Deleted", "2024-02-14", "Maud Ferreira")
    assert "Maud Ferreira" not in post.body and "min read" not in post.body
