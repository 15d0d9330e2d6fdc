"""Cards whose date and taxonomy sit in a footer under the excerpt, not in a byline over it.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


FOOTER_DATED_CATEGORY_PAGE = """Skip to content
Millbrook Water Help
Home
Contact
Category: Leaks

This is where the leaks team writes about the calls it takes most often, from dripping meters to burst pipes in winter.

For an emergency please ring the number on your bill; comments here are read once a day.

Why We Ask for a Photo of the Meter
A photo settles most disputes about readings in a minute, because the dials show what the bill cannot. We now ask for one before anything else, and the…
Continue reading Why We Ask for a Photo of the Meter
Published May 6, 2024
Categorized as Leaks
Tagged meters, photos

Frozen Pipes and the Out-of-Hours Line
Last winter the out-of-hours line took more calls in one night than in the whole of November. This is what we changed, and what we would still like to fix before the frost comes back.
Published April 22, 2024
Categorized as Leaks

Telling a Customer the Leak Is on Their Side
Nobody enjoys hearing that the pipe which burst belongs to them. We wrote down how to say it plainly, and how to say what help is still on offer, so that the…
Continue reading Telling a Customer the Leak Is on Their Side
Published April 8, 2024
Categorized as Leaks
Tagged boundaries, difficult calls

Search
Recent Posts
Why We Ask for a Photo of the Meter
"""


def test_a_footer_that_names_its_post_in_continue_reading_closes_that_post_and_dates_it():
    """Twenty Twenty-One prints each card's date after its excerpt: "Continue reading <title>" says whose it is,
    a card whose excerpt is whole prints the same footer without it, and the category's description is no post."""
    posts = parse_archive(FOOTER_DATED_CATEGORY_PAGE.encode(), "leaks.txt", ArchiveConfig()).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Why We Ask for a Photo of the Meter", "2024-05-06"),
        ("Frozen Pipes and the Out-of-Hours Line", "2024-04-22"),
        ("Telling a Customer the Leak Is on Their Side", "2024-04-08"),
    ]
    assert "leaks team writes" not in " ".join(post.body for post in posts)
    assert posts[0].body.startswith("A photo settles most disputes")


CHIPPED_LISTING = """Lowfield Billing Help
About
Categories
All (3)
refunds (2)
tone (1)
From the billing desk
Short notes from the people who answer the billing queue.
Order By
Refunds That Arrive in Two Parts
refunds
tone
A split refund looks like a mistake to the customer who sees only the first half land. We now say in the first reply that two amounts are coming, and on which days.
3/12/24
Hana Okafor
4 min
The Word We Stopped Using in Refund Replies
refunds
We used to tell customers their refund had been processed. To them that sounded like the money had arrived, so we now say which day it left us and when the bank should show it.
2/20/24
Rui Castell
3 min
A Calmer Way to Say the Card Was Declined
tone
Nobody likes reading that their card was declined. We put the reason first and the next step second, and the follow-up questions dropped by a third within a month.
1/30/24
Hana Okafor
5 min
Copyright 2024, Lowfield Energy
Built with Quarto
"""


def test_a_listing_whose_cards_end_with_date_author_and_reading_time_gives_each_card_its_own_byline():
    """Quarto's listing prints title, category chips and description, then date, author and a bare "4 min": the
    first card's title sits over its chips like the others', and the last card keeps its author over the footer."""
    posts = parse_archive(CHIPPED_LISTING.encode(), "listing.txt", ArchiveConfig()).posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Refunds That Arrive in Two Parts", "2024-03-12", ["Hana Okafor"]),
        ("The Word We Stopped Using in Refund Replies", "2024-02-20", ["Rui Castell"]),
        ("A Calmer Way to Say the Card Was Declined", "2024-01-30", ["Hana Okafor"]),
    ]
    assert "min" not in " ".join(post.body for post in posts).split()


AUTHOR_ARCHIVE_PAGE = """Skip to content
Tallybrook Parcel Help
Home
Support blog

Author: Noor Castell

Noor runs the weekend shift on the help desk and writes about claims, couriers and the words we use.

Delivered Is Not Received
Our tracking page says "Delivered" the moment the courier's scanner beeps, which is not always the moment the parcel reaches the customer's hands, and the…
Continue reading Delivered Is Not Received
Published January 30, 2024
Categorized as Couriers

Claims Forms That Ask for Less
We cut our lost-parcel claim form from fourteen fields to six, and we now ask for the rest only when a claim needs it.
Published January 16, 2024
Categorized as Claims

Saying Sorry Once
I counted the apologies in thirty of my own replies from November. The average was three an email, and by the third the word stops…
Continue reading Saying Sorry Once
Published December 5, 2023
Categorized as Language

What the Day Before Christmas Looks Like
Last year we took more chats before noon on that day than in an ordinary week; here is how the day went, hour by hour.
Published November 28, 2023
Categorized as Team

Posts navigation
Older Posts
"""


def test_an_author_archive_names_every_posts_author_and_whole_excerpts_close_their_cards_too():
    """Twenty Twenty-One's author archive: "Author: X" heads the page; a card whose excerpt is whole prints its
    footer without "Continue reading", and closes its card all the same."""
    posts = parse_archive(AUTHOR_ARCHIVE_PAGE.encode(), "author.txt", ArchiveConfig()).posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Delivered Is Not Received", "2024-01-30", ["Noor Castell"]),
        ("Claims Forms That Ask for Less", "2024-01-16", ["Noor Castell"]),
        ("Saying Sorry Once", "2023-12-05", ["Noor Castell"]),
        ("What the Day Before Christmas Looks Like", "2023-11-28", ["Noor Castell"]),
    ]


# A block theme's grid: each card's date under its excerpt, a blank line over the date and none under it,
# so the blank lines group each date with the next card's title; the last date has only the pager under it.
DATES_UNDER_EXCERPTS_GROUPED_DOWN = """Skip to content
Fernwick Garden Help
Shop
Returns
Author: Orla Penhaligon
Seed parcels that arrive after the sowing window

When a seed order arrives too late to sow this season, we now refund it or hold it for next spring, whichever the customer prefers, and nobody has to argue about…

May 14, 2024
Why our plant guarantee now lasts a full year

Plants die for all sorts of reasons, and most of them are nobody's fault. We used to cover thirty days. We now cover a year, because the shorter window mostly rewarded people who…

April 30, 2024
The delivery note that tells you where we left it

Couriers leave parcels behind bins and under hedges, and customers used to find out only when they rang us. The note now says exactly where the parcel was put, and…

April 2, 2024
Older Posts→
Proudly powered by WordPress
"""


def test_dates_under_excerpts_close_their_cards_even_where_blank_lines_group_them_with_the_next_title():
    posts = parse_archive(DATES_UNDER_EXCERPTS_GROUPED_DOWN.encode(), "author.txt", ArchiveConfig()).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Seed parcels that arrive after the sowing window", "2024-05-14"),
        ("Why our plant guarantee now lasts a full year", "2024-04-30"),
        ("The delivery note that tells you where we left it", "2024-04-02"),
    ]
    assert "When a seed order arrives too late" in posts[0].body


# A Tumblr theme's index: each post, an untitled ask or a titled text post, closes with its date, notes count,
# tags and links; the blog's tagline and menu sit over the first.
TUMBLR_INDEX_WITH_ASKS = """the counter log
notes from the returns counter of a small bike shop. receipts, tyres and the stories that come back with them.
ask me anything
submit
archive
rss

Anonymous asked:
i lost my receipt for a helmet i bought in march. can i still return it?
Yes. If you paid by card, bring the card and we will find the sale in a minute. Cash is fine too, for an exchange.
April 9, 2024
8 notes
#asks #receipts
reblog
permalink

Why we fit the saddle before you pay
Half the bikes that came back last year came back because the saddle was wrong, not the bike.
Now we set the saddle height at the counter, and returns for "it doesn't feel right" have nearly stopped.
April 4, 2024
21 notes
#fitting
reblog
permalink

kettle_and_crank asked:
do you take back gloves that have been worn once?
Once is fine if they are clean. If they are not the right size, we would rather swap them than have you put up with it.
March 28, 2024
5 notes
#asks #gloves
reblog
permalink

The bench by the door
There is a bench by the returns counter, and it does more for a tense conversation than any policy we have written.
People sit, try the other size, and more than once a return has become a swap for something they like better.
March 21, 2024
14 notes
#the shop
reblog
permalink

« older
"""


def test_runs_that_close_their_cards_close_an_untitled_card_above_the_first_run_too():
    from archive_import.closing_runs import closed_cards
    from archive_import.lines import read_lines
    from archive_import.runs import find_runs

    lines = read_lines(TUMBLR_INDEX_WITH_ASKS.split("\n"), [])
    runs = [run for run in find_runs(lines, set()) if any(key.startswith("cue:") for key in run.shapes)]
    titles = [run.end + 2 for run in runs]  # (past the blank line under each run: the next post's first line)
    kept, closing = closed_cards(lines, runs, titles, (6, None), set())
    assert kept == titles[:-1] and set(kept) <= closing  # every run closes the post above it; the last slot is the pager
