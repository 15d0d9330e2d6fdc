"""Who signs a card: a name over its "Read More", a byline of several names, the publication's "by" line.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


CARDS_SIGNED_OVER_READ_MORE = """Journal
3/26/24
The Refund We Approved Before the Customer Finished Typing
A subscriber's tin arrived with a split seal, and the refund went out before she had finished her message.
Hollis Marchetti
Read More

3/12/24
Subscription Pauses Are Not Cancellations
Finance worried the pause button would become a slow exit; most pauses end with the subscriber coming back.
Ruth Abernathy
Read More
"""


def test_a_name_between_a_cards_excerpt_and_its_read_more_is_the_cards_author():
    posts = parse_archive(CARDS_SIGNED_OVER_READ_MORE.encode(), "journal.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("The Refund We Approved Before the Customer Finished Typing", ["Hollis Marchetti"]),
        ("Subscription Pauses Are Not Cancellations", ["Ruth Abernathy"])]
    assert "Hollis Marchetti" not in posts[0].body


CREATOR_PAGE_SIGNED_AT_ITS_FOOT = """Quiet Escalations
Home
Posts
A short guide to the apology e-mail after an outage
March 4, 2025
Say what broke, who it affected and what you changed; skip the paragraph about valued customers.
Handing a ticket to engineering without losing the customer
February 25, 2025
Tell the customer who has it now and when they will hear next, even if the answer is next week.
Load more
Quiet Escalations
by Bartholomew Nakashima-Reyes
A weekly letter for support leads who get the difficult tickets.
Subscribe
"""


def test_a_publications_by_line_under_its_name_in_the_profile_block_signs_its_posts():
    """The creator's page prints no byline on its posts; "by X" under the publication's name, in the profile
    block under the list, names whose posts they are."""
    posts = parse_archive(CREATOR_PAGE_SIGNED_AT_ITS_FOOT.encode(), "profile.txt").posts
    assert [post.authors for post in posts] == [["Bartholomew Nakashima-Reyes"]] * 2


CARDS_SIGNED_UNDER_THEIR_EXCERPTS = """Escalations
A collection of 3 posts
Escalations
The Escalation Note Has Four Lines, No More
What the customer needs, what we tried, what is promised, and who owns it next. Nothing else.
Dev Rutherford
29 Sep 2020 • 4 min read
Escalations
Closing the Loop With the Agent Who Escalated
The agent who passed a ticket up hears how it ended, because otherwise they stop escalating at all.
Priya Castellane
20 Aug 2020 • 3 min read
Escalations
A Week of Escalations, Read Aloud on Friday Afternoons
Every Friday at four the team lead reads three escalated tickets to the floor, names removed.
Orla Fenwick
Priya Castellane
Tomasz Ilie
Multiple authors
16 Jul 2020 • 2 min read
Brindlewick Care © 2020
Latest Posts
"""


def test_the_last_card_keeps_its_byline_of_several_names_and_its_date():
    """The last card's byline names three people before its date: the card ends after the date, not at
    its first name (the cards above end after a byline of one name)."""
    posts = parse_archive(CARDS_SIGNED_UNDER_THEIR_EXCERPTS.encode(), "tag.txt").posts
    assert [post.metadata.get("date") for post in posts] == ["2020-09-29", "2020-08-20", "2020-07-16"]


CARDS_ONE_WITH_NO_AUTHOR = """Blog
Handing over a ticket in three sentences
When a ticket changes hands, the next agent should not have to read the whole…
March 12, 2024 by Noor Haddad
Notes From The Night Rota, Kept By Volunteers
Our Overnight Volunteers Kept A Shared Notebook Through December…
Jan. 18, 2024 by
Saying no to a refund without losing the customer
Sometimes the answer is no, and how we phrase it decides whether the customer comes back,…
Dec. 4, 2023 by Dara Whitlock
"""


def test_a_card_whose_author_field_is_empty_is_still_a_card_and_its_cut_excerpt_its_text():
    """"Jan. 18, 2024 by" (the theme prints "by" before an empty author list) dates its card; an excerpt cut
    with "…" is the card's text even when its words are capitalised like a subtitle's."""
    posts = parse_archive(CARDS_ONE_WITH_NO_AUTHOR.encode(), "cards.txt").posts
    assert [post.metadata.get("date") for post in posts] == ["2024-03-12", "2024-01-18", "2023-12-04"]
    assert [post.authors for post in posts] == [["Noor Haddad"], [], ["Dara Whitlock"]]
    assert "Our Overnight Volunteers Kept A Shared Notebook" in posts[1].body


CARDS_DATED_UNDER_THEIR_TEXT = """# callbacks
Callback slots, not callback promises
We used to tell customers we would call back shortly; now the booking page offers three fixed slots a day.
Posted 18. September 2024. 4 min read.
Link
What a missed callback costs us
We followed every missed callback for a quarter to see what happened next, and most customers wrote again within a day.
Posted 29. July 2024. 5 min read.
Link
Copyright © 2024.
Powered by Gridsome
"""


def test_the_last_cards_date_line_over_the_site_footer_stays_the_cards():
    """"Posted 18. September 2024. 4 min read." dates its card (a day written "18." as in German); the last
    card keeps its own date line though the site's footer follows it."""
    posts = parse_archive(CARDS_DATED_UNDER_THEIR_TEXT.encode(), "cards.txt").posts
    assert [post.title for post in posts] == ["Callback slots, not callback promises", "What a missed callback costs us"]
    assert [post.metadata.get("date") for post in posts] == ["2024-09-18", "2024-07-29"]


STACKED_AUTHORS_DOUBLE_SPACED = """Recent posts

Escalation paths that fit on one screen

Tier 2 office hours, three months in

Escalation paths that fit on one screen

October 8, 2024 · 6 min read

Noor Haddad

Noor Haddad

Head of Customer Support

Ilya Brandt

Ilya Brandt

Support Engineer

Our old escalation guide ran to twelve pages and ended in a flowchart nobody could read on a laptop.

Read More

Tier 2 office hours, three months in

August 22, 2024 · 4 min read

Ilya Brandt

Ilya Brandt

Support Engineer

In May the engineers on the billing service agreed to sit in a shared call for one hour every afternoon.

Read More
"""


def test_stacked_author_blocks_with_their_jobs_in_a_double_spaced_copy():
    """Docusaurus: each author's name (the avatar's alt text, then the name) and job, one block per author,
    a blank line between every line. The jobs are no authors and the sidebar's titles no posts."""
    posts = parse_archive(STACKED_AUTHORS_DOUBLE_SPACED.encode(), "tag.txt").posts
    assert [post.title for post in posts] == ["Escalation paths that fit on one screen",
                                              "Tier 2 office hours, three months in"]
    assert [post.authors for post in posts] == [["Noor Haddad", "Ilya Brandt"], ["Ilya Brandt"]]


BLANK_GROUPED_CARDS = """Skip to content
Ferrow Energy
Pricing
Blog
Start free trial
Billing Notes
What the billing team learns from the questions customers send us, and what we changed because of them.

Feb 12, 2024 · Ada Mensah · Billing
Estimated Reads, Explained Once
We rewrote the paragraph that explains an estimated read so it says when the next real read is due and how to send one.
billingmeters

Jan 30, 2024 · Luca Brandt · Payments
Direct Debit Dates Customers Can Choose
Letting customers pick their collection day cut the number of failed payments in the first month by almost half.
payments

Jan 9, 2024 · Ada Mensah · Billing
The Final Bill Nobody Expected
A customer moving home gets a final bill within two weeks now, with a sentence at the top saying why it is not the usual amount.
billingmoving

Newer posts
Older posts
Made by Ferrow Energy · All rights reserved.
"""


def test_cards_grouped_by_blank_lines_take_the_byline_above_their_title_and_the_blog_heading_is_no_post():
    """AstroWind prints each card's date and author over its title, a blank line between cards: the byline
    under the blog's description opens the first card, it does not close a post made of the description."""
    posts = parse_archive(BLANK_GROUPED_CARDS.encode(), "notes.txt").posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Estimated Reads, Explained Once", "2024-02-12", ["Ada Mensah"]),
        ("Direct Debit Dates Customers Can Choose", "2024-01-30", ["Luca Brandt"]),
        ("The Final Bill Nobody Expected", "2024-01-09", ["Ada Mensah"]),
    ]


CATEGORY_BEFORE_NAME = """Fenbrook Support Blog
Notes from a small help desk

Chargebacks Start as Support Tickets
February 5, 2024 Billing Hana Okoro
Most chargebacks we receive are not fraud. They are customers who could not reach us, or did not believe us.
Continue reading

The Tuesday Rule
January 8, 2024 Team Tomas Rieger
Every Tuesday at ten the whole team stops answering tickets for twenty minutes and reads five closed ones aloud.
Continue reading

Categories
Billing (5)
Team (4)
"""


def test_a_category_printed_between_the_date_and_the_author_is_no_part_of_the_name():
    """Bilberry prints date, category and author one space apart; the category list names the category."""
    posts = parse_archive(CATEGORY_BEFORE_NAME.encode(), "blog.txt").posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Chargebacks Start as Support Tickets", "2024-02-05", ["Hana Okoro"]),
        ("The Tuesday Rule", "2024-01-08", ["Tomas Rieger"]),
    ]


COMMENT_LINK_GLUED_TO_NAME = """Orchard Lane Bakery
Month: May 2024

Custom Cakes · Orders
Why We Ring Back About Every Cake Message
May 21, 2024 Tamsin Greave3 Comments
Cake messages are typed into a small box, and a name we do not know is easy to get wrong.
Since May someone calls every customer to read the message back before the cake is iced.

Wholesale
Standing Orders Over the Bank Holiday
May 6, 2024 Eamon ReillyLeave a comment
Every café on a standing order gets an e-mail two weeks before a bank holiday, asking what they want us to do.
Continue reading "Standing Orders Over the Bank Holiday" →
"""


def test_a_comment_link_glued_to_the_authors_name_is_no_part_of_it():
    """Button 2 prints date, author and comment link as inline boxes; a copy glues the link to the name."""
    posts = parse_archive(COMMENT_LINK_GLUED_TO_NAME.encode(), "blog.txt").posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Why We Ring Back About Every Cake Message", "2024-05-21", ["Tamsin Greave"]),
        ("Standing Orders Over the Bank Holiday", "2024-05-06", ["Eamon Reilly"]),
    ]


CATEGORIES_AFTER_THE_NAME = """Harefield Pool
Home
Lessons
Author: Oona Brightwater

May 2, 2025 Oona Brightwater Lessons, Timetable
Why the Waiting List Has No Numbers
Places open in blocks when a teacher joins, so a position on the list says very little about when a child will swim.
We now tell parents which term we expect to reach them in, and we write again if that changes.

April 14, 2025 Oona Brightwater Reception
Lost Goggles and Where They Go
Goggles left on the poolside are kept for a fortnight in the box behind the front desk, sorted by strap colour.
After that they go to the swimming club, which is glad of them.
"""


def test_categories_printed_after_the_name_are_no_part_of_it_even_when_no_menu_lists_them():
    """Ixion prints date, author and categories one space apart over each title; the author recurs, the rest varies."""
    posts = parse_archive(CATEGORIES_AFTER_THE_NAME.encode(), "author-page.txt").posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Why the Waiting List Has No Numbers", "2025-05-02", ["Oona Brightwater"]),
        ("Lost Goggles and Where They Go", "2025-04-14", ["Oona Brightwater"]),
    ]


def test_a_letters_archive_signed_under_its_masthead_credits_every_letter_to_its_writer():
    """TinyLetter's archive: "by Hanne Sol" under the letter's name, then dated teasers with no byline."""
    page = """TinyLetter
The Back Counter
by Hanne Sol
A letter every other Sunday about running a returns desk.
Subscribe
Archive
October 9, 2016
#41: The boot that came back three times
There is a pair of walking boots in our back room with three returns labels on the box, one over the other, and a story…
October 2, 2016
#40: Receipts are not the point
Half the arguments at the returns counter start with the word receipt, so I have stopped asking for one first…
Powered by TinyLetter
"""
    posts = parse_archive(page.encode(), "letters.txt").posts
    assert [(post.title, list(post.authors)) for post in posts] == [
        ("#41: The boot that came back three times", ["Hanne Sol"]), ("#40: Receipts are not the point", ["Hanne Sol"])]


# Substack prints the byline in capitals (CSS text-transform, which a copy keeps); the name is the person's.
CARDS_SIGNED_IN_CAPITALS = """Queue Talk
Subscribe
Sign in
Latest
Top
What the Night Desk Knows
A talk about handing a shift over in ten minutes, and which notes the morning team actually reads.
MAY 14, 2024
 • 
MARLO BECKETT
38:52
Refunds Nobody Asked For
Why a team started refunding before the customer wrote back, and what it cost them in the first month.
APR 30, 2024
 • 
MARLO BECKETT
41:07
Ready for more?
"""


def test_a_byline_printed_in_capitals_names_the_author_in_the_usual_case():
    posts = parse_archive(CARDS_SIGNED_IN_CAPITALS.encode(), "podcast.txt").posts
    assert [post.title for post in posts] == ["What the Night Desk Knows", "Refunds Nobody Asked For"]
    assert [list(post.authors) for post in posts] == [["Marlo Beckett"], ["Marlo Beckett"]]


# Docusaurus's blog list, page 2: the "Recent posts" sidebar right over the first post, each post's head a
# title, a date line, then its authors with their jobs, a line each.
LIST_UNDER_A_SIDEBAR_WITH_JOB_LINES = """Brightline Docs
Blog
Recent posts
Routing rules that survive a reorg
The queue view is now the default
Auto-close, reconsidered
Shared inboxes for teams of two
Writing macros your agents will not rewrite
February 20, 2024 · 6 min read
Tomas Wierzba
Support Operations, Brightline
Ines Calloway
Product Manager
Every support team has a macro library, and a third of its macros are sent exactly as written while the rest are rewritten by hand.
We compared eight months of macros with what agents actually sent after opening them, and three patterns explained most of it.
Tags:
macros
support-ops
Read more
Tagging conversations without a committee
February 6, 2024 · 4 min read
Delphine Marsh
Support Lead, Brightline
Most tagging schemes start with a meeting and end with a spreadsheet of ninety tags that nobody uses.
A tag has to answer a question someone asks every week, or it is a note.
Tags:
tagging
reporting
Read more
SLA timers and the weekend problem
January 23, 2024 · 5 min read
Tomas Wierzba
Support Operations, Brightline
A conversation that arrives at six on a Friday looks healthy on Monday morning, but the customer waited all weekend.
Tags:
sla
release
Read more
Newer entries
Older entries
"""


def test_a_card_head_of_names_and_jobs_under_a_dated_title_heads_the_text_under_it():
    from archive_import.bounds import _card_title_over, under_job_line
    from archive_import.lines import read_lines

    lines = read_lines(LIST_UNDER_A_SIDEBAR_WITH_JOB_LINES.split("\n"), ())
    text = next(line.index for line in lines if line.stripped.startswith("Every support team"))
    assert under_job_line(lines, text)  # it sits where an author box's bio would ...
    assert lines[_card_title_over(lines, text)].stripped == "Writing macros your agents will not rewrite"  # ... but heads a card
    bio = read_lines(["About the author", "Ines Calloway", "Product Manager",
                      "Ines has run support teams for ten years and writes about macros and tone."], ())
    assert _card_title_over(bio, 3) is None  # no date line between: an author box


def test_the_first_cards_text_under_its_authors_job_line_is_its_text_not_a_bio():
    posts = parse_archive(LIST_UNDER_A_SIDEBAR_WITH_JOB_LINES.encode(), "blog.txt").posts
    assert [post.title for post in posts] == ["Writing macros your agents will not rewrite",
                                              "Tagging conversations without a committee",
                                              "SLA timers and the weekend problem"]
    assert posts[0].body.lstrip().startswith("Every support team has a macro library")
    assert "Product Manager" not in posts[0].body


# Webflow's category template: each card a date, a title, a summary, then its author and job under it.
CARDS_SIGNED_UNDER_THEIR_SUMMARY = """Harbourside Home
Customer Care Blog
Deliveries
Everything about getting furniture from our warehouse to your front room.
3 articles
March 19, 2024
Two-Person Deliveries, Explained Properly
Why some orders arrive with a crew of two, how your slot is chosen, and what to do if the van is late.
Odile Brackett
Delivery Team Lead
March 5, 2024
The Sofa That Would Not Fit Through the Door
A measuring guide we wish we had written years ago, and what our crews can do when a doorway is narrow.
Femi Carraway
Customer Care Adviser
February 20, 2024
Delivery Windows: Why We Give You Four Hours
A shorter window sounds kinder, but it means more missed slots; here is how the routes are planned.
Saskia Delamere
Claims Coordinator
Browse other categories
Returns
"""


def test_a_name_under_a_cards_summary_is_that_cards_author_not_the_next_ones():
    posts = parse_archive(CARDS_SIGNED_UNDER_THEIR_SUMMARY.encode(), "category.txt").posts
    assert [post.title for post in posts] == ["Two-Person Deliveries, Explained Properly",
                                              "The Sofa That Would Not Fit Through the Door",
                                              "Delivery Windows: Why We Give You Four Hours"]
    assert [list(post.authors) for post in posts][:2] == [["Odile Brackett"], ["Femi Carraway"]]


# Found by the fuzz test: a title that reads like a name ("Customer Focus") heading the second post, and a
# name-like line ("Wow Customer Service") closing the page. No card may start past its own title.
NAME_LIKE_TITLE_AND_LAST_LINE = """

The Secret to Great Customer Experience

Monday, April 27th, 2020

What if you could see every customer as a chance to raise the bar from the last one you helped?

Instead of the same level of service, challenge yourself to outdo yourself with the next customer.

Customer Focus

Monday, November 20th, 2017



As organisations grow, one predictable pattern is that focus on the customer dwindles.

The fastest way back is to ask every day how we delight the customers we already have.

Wow Customer Service"""


def test_a_name_like_title_stays_its_posts_title_and_every_line_is_in_one_place():
    from tests.fuzz.properties import assert_sound

    assert_sound(NAME_LIKE_TITLE_AND_LAST_LINE.encode(), "posts.txt")
    posts = parse_archive(NAME_LIKE_TITLE_AND_LAST_LINE.encode(), "posts.txt").posts
    assert [post.title for post in posts] == ["The Secret to Great Customer Experience", "Customer Focus"]


# Nuxt UI's blog index: each card's date over its title and excerpt, its author's name and job under the excerpt.
CARDS_SIGNED_WITH_NAME_AND_JOB = """Brightmoor
Docs
Blog
Notes from the support team.
Refunds
Apr 10, 2024
Refunds that leave on the day we say
We now name the day a refund leaves us in the first reply, and we keep to it, which has cut the chasing emails by half.
Orla Penhale
Head of Support
Phones
Mar 28, 2024
Callbacks we can keep
We stopped offering callbacks in slots we could not staff, so every callback we offer now happens when we said it would.
Tamsin Greaves
Support Specialist
Tone
Mar 14, 2024
One apology is enough
A single apology in the first line reads as meant; a second one at the end reads as a form letter to most of our customers.
Orla Penhale
Head of Support
© 2024 Brightmoor
"""


def test_a_name_over_its_job_under_a_cards_excerpt_is_that_cards_author():
    posts = parse_archive(CARDS_SIGNED_WITH_NAME_AND_JOB.encode(), "blog.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Refunds that leave on the day we say", ["Orla Penhale"]),
        ("Callbacks we can keep", ["Tamsin Greaves"]),
        ("One apology is enough", ["Orla Penhale"]),
    ]


# Ghost's Casper 4 tag page: each card's author avatar alt text over the byline; a co-written card prints one
# avatar per author, then the line that names them both, then the date and read time.
CARDS_WITH_COAUTHOR_AVATARS = """Quayfield Journal
Home
Sign in

Refunds
Why refunds leave on the day we say
We now name the day a refund leaves us, and keep to it, which has cut the chasing emails by half.
Ines Calloway
Ines Calloway
12 Mar 2024 • 4 min read

Phones
Callbacks we can keep
Two of us rewrote how callbacks are booked, so every slot offered is one we can staff on the day.
Ines Calloway
Piet Ansel
Ines Calloway, Piet Ansel
27 Feb 2024 • 6 min read

Tone
One apology is enough
A single apology in the first line reads as meant; a second one reads like a form letter to most customers.
Piet Ansel
Piet Ansel
9 Feb 2024 • 3 min read
"""


def test_co_authors_avatars_over_the_line_that_names_them_belong_to_the_byline_not_the_title():
    posts = parse_archive(CARDS_WITH_COAUTHOR_AVATARS.encode(), "tag.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Why refunds leave on the day we say", ["Ines Calloway"]),
        ("Callbacks we can keep", ["Ines Calloway", "Piet Ansel"]),
        ("One apology is enough", ["Piet Ansel"]),
    ]


@pytest.mark.parametrize("byline, authors", [
    ("BY ODETTE VAN WYK, ELIAS MBEKI", ["Odette van Wyk", "Elias Mbeki"]),  # Ghost Headline: CSS capitals
    ("By Odette van Wyk and Elias Mbeki", ["Odette van Wyk", "Elias Mbeki"]),
    ("BY VAN MORRISON", ["Van Morrison"]),  # a particle opening a name is its first name
])
def test_names_with_a_particle_are_read_one_by_one_in_a_list_of_authors(byline, authors):
    page = (f"The queue that never empties\n{byline}\nMar 3, 2025\n\n"
            "We count the queue every morning at nine and every evening at five, and it has not been empty once.\n\n"
            "That turned out to be fine, once we stopped treating an empty queue as the goal of the day.\n")
    post, = parse_archive(page.encode(), "post.txt").posts
    assert list(post.authors) == authors
