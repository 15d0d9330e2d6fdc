"""A post page's furniture and author lines: related cards under it, its author's card or co-hosts over it, its footer.

Every page here is written by hand for the test; the expectations are what
the page plainly says.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

AUTHOR_CARD_PAGE = """Skip to content
Brindle Pay
Products
Support
The Brindle Pay Support Blog
Short notes from the people who answer your payout and card questions.
Imogen Farrow
Imogen Farrow
Payouts Team Lead
Imogen has answered payout questions for six years and writes about the calls that go well and the ones that do not.
Why a Payout Arrives a Day Late
Apr 9, 2024 10:15:00 AM
Most late payouts are not late at all: the bank posts them the next working morning.
We now say the working-day rule in the first reply, before anyone has to ask twice.
Topics: Payouts, Banking
Subscribe by email
Email*
Subscribe
Related posts
When a Card Is Declined Twice
Mar 20, 2024 9:30:00 AM
Three Questions Before a Refund
Mar 5, 2024 2:15:00 PM
Products
Card payments
Payouts
Support
Help centre
© 2024 Brindle Pay Ltd. Brindle Pay is a registered payment institution in the United Kingdom.
"""


def test_related_post_cards_and_the_author_card_are_not_posts():
    """A "Related posts" list of titles and dates with the site's footer under it, and an author's
    card (name, job, bio) over the title, are the page's: one post, with its own text only."""
    parsed = parse_archive(AUTHOR_CARD_PAGE.encode(), "page.txt")
    assert [post.title for post in parsed.posts] == ["Why a Payout Arrives a Day Late"]
    body = parsed.posts[0].body
    assert body.startswith("Most late payouts") and body.rstrip().endswith("before anyone has to ask twice.")
    assert parsed.posts[0].metadata.get("tags") == "Payouts, Banking"


FOOTER_PAGE = """Quillhaven Notes
Refund windows, explained
March 4, 2024
We give thirty days for most returns, and we say so in the first line of every reply about them.
Where an order was a gift, the thirty days start when the parcel arrives, not when it was bought.
About
Careers
Press
Help
Privacy
© 2024 Quillhaven Ltd. All rights reserved.
"""


def test_the_site_footer_over_its_copyright_line_ends_the_last_post():
    post = parse_archive(FOOTER_PAGE.encode(), "page.txt").posts[-1]
    assert post.body.rstrip().endswith("not when it was bought.")



def test_two_hosts_stacked_with_an_and_are_both_authors():
    page = ("Hold Line\nSubscribe\nEpisode 12: Refund Week\nTwo team leads compare notes on a hard week\nInes Okafor\nand\n"
            "Theo Brandvold\nMar 04, 2024\nThe refund backlog passed two thousand on a Tuesday, and we stopped guessing.\n"
            "We now tell every customer the real date, even when the real date is next week.\n")
    post = parse_archive(page.encode("utf-8"), "episode.txt").posts[0]
    assert post.authors == ["Ines Okafor", "Theo Brandvold"] and "and\n" not in post.body


def test_a_posters_badge_between_name_and_age_leaves_the_name_the_author():
    page = ("Calm Queue Collective\nEscalations Lounge\nFeed\nMembers\nMarisol Teague\nHost\n3d\n"
            "What I say when a customer asks for someone more senior\n"
            "Most of us have heard it a hundred times, and for a long time I treated it as a failure on my part.\n"
            "I do not see it that way any more, and I want to share what changed for our chat team.\n24 Likes\nComment\nShare\n")
    post = parse_archive(page.encode("utf-8"), "post.txt").posts[0]
    assert post.authors == ["Marisol Teague"]


SIDEBAR_AFTER_LISTING = """Harrowbeck Support News
Home
Opinion
Why Callback Queues Beat Hold Music
By Wren Aldous on 14 May 2024
Customers told us they would rather be called back than wait on hold, so the phone line now offers a callback after two minutes…
Five Things a Good Refund Email Says
By Ilse Moreau on 10 May 2024
A refund email should answer the question the customer has not asked yet: when will the money arrive, and what do they do if it does not…
Posts navigation
1 2 3 Next
Latest Posts
Rotas for a Team of Four
By Ilse Moreau on 2 May 2024
Writing Macros People Enjoy Reading
By Wren Aldous on 28 April 2024
Most Read This Month
Why Callback Queues Beat Hold Music
Rotas for a Team of Four
Five Things a Good Refund Email Says
Get the news by email
One short email every Friday with the week's support stories, and nothing else.
Subscribe
Privacy
Contact
"""


def test_the_last_card_of_a_dated_widget_list_does_not_take_the_sidebar_under_it_as_a_post():
    parsed = parse_archive(SIDEBAR_AFTER_LISTING.encode(), "news-home.txt")
    assert [post.title for post in parsed.posts] == ["Why Callback Queues Beat Hold Music",
                                                     "Five Things a Good Refund Email Says"]
    assert "One short email every Friday" not in parsed.posts[-1].body
