"""Listings of cards that print no date: a tag, a title, an excerpt and "Read more" make each card a post.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def titles_and_dates(page: str, name: str = "page.txt") -> list[tuple[str, str | None]]:
    """Each post's title and date, as the importer reads ``page``."""
    return [(post.title, post.metadata.get("date")) for post in parse_archive(page.encode(), name).posts]

UNDATED_CARDS_CUT_MID_SENTENCE = """Harbour Desk
Home
About
Subscribe
Refunds
The Refund That Took Three Teams
A refund for a broken kettle passed through billing, stores and our own desk before anyone paid it. Here is the
Read more
Phone lines
Why We Answer on the Third Ring
Callers told us the first two rings feel like a pause to breathe, and the fourth like being forgotten by everyone.
Read more
Refunds
Saying Yes Before the Receipt Arrives
For small amounts we now refund first and ask for the receipt after, which sounded risky until we counted the
Read more
Recent Posts
The Refund That Took Three Teams
Jan 22, 2024
Harbour Desk © 2024
Powered by Ghost
"""


def test_each_undated_card_is_a_post_even_when_its_excerpt_stops_mid_sentence():
    """An excerpt cut at a word count ends without a full stop; it is still the card's text, and the card with
    its "Read more" is a post of the listing, not the tail of the card above."""
    parsed = parse_archive(UNDATED_CARDS_CUT_MID_SENTENCE.encode(), "cards.txt")
    assert [post.title for post in parsed.posts] == [
        "The Refund That Took Three Teams", "Why We Answer on the Third Ring", "Saying Yes Before the Receipt Arrives"]
    assert parsed.posts[2].body.strip().startswith("For small amounts we now refund first")
    assert "Why We Answer" not in parsed.posts[0].body


CARDS_WITH_GLUED_LABELS_OVER_A_SIDEBAR = """Fern Desk
Home
Archives
Fern Desk
Field notes from a small support team
Start Here: Who Writes This Blog
Sticky|Created2023-06-02|Updated2024-01-15|Meta|9 comments
We are the five people who answer the phones and the inbox, and this is where we write down what we learn.
The Parts Return That Took Eleven Emails
Created2024-03-11|Updated2024-03-14|Returns|4 comments
A customer sent back a part that did not fit. It should have taken one reply, and it took eleven over nine days.
Phone Callbacks Without the Guesswork
Created2024-02-26|Updated2024-02-26|Phone|2 comments
We used to promise a call back later today, then ring at twenty to seven when nobody could talk.
123
Nadia Okafor
Support lead. Writes about queues, handovers and the habits that keep a team sane.
Articles
23
Recent Post
The Parts Return That Took Eleven Emails
2024-03-11
Phone Callbacks Without the Guesswork
2024-02-26
Tags
returns phone callbacks
©2024 By Nadia Okafor
"""


def test_cards_whose_meta_glues_labels_to_dates_end_where_the_sidebar_starts():
    """"Created2024-03-11|Updated…|Returns|4 comments" dates each card (the pinned card's too, though its
    five parts look like a menu); each card is a title and one excerpt, so the last one ends after its
    excerpt and the sidebar's author box and recent posts are the page's."""
    parsed = parse_archive(CARDS_WITH_GLUED_LABELS_OVER_A_SIDEBAR.encode(), "cards.txt")
    assert [(post.title, post.metadata["date"]) for post in parsed.posts] == [
        ("Start Here: Who Writes This Blog", "2023-06-02"), ("The Parts Return That Took Eleven Emails", "2024-03-11"),
        ("Phone Callbacks Without the Guesswork", "2024-02-26")]
    last = parsed.posts[-1].body
    assert last.strip().endswith("when nobody could talk.") and "Support lead" not in last


QUERY_LOOP_WITH_A_TEAM_BYLINE = """Hollowmere Water Help
Blog
Month: March 2024
Why your meter reading and your bill disagree
Mar 28, 2024
—
by
Anwen Price
in Billing, Meters
Most calls about high bills turn out to be about timing, because the bill counts from the last reading we took…
Low pressure on the Ridgeway estate: what we know
Mar 21, 2024
—
by
Hollowmere Customer Team
in Incidents
Since Monday morning homes on the upper half of the estate have had low pressure, worst between seven and nine…
Paying in smaller amounts, more often
Mar 1, 2024
—
by
Tomos Griffith
in Billing
A lot of people told us last winter that one large bill every six months was harder to manage than the amount…
Hollowmere Water Help
Answers from the Hollowmere Water customer team
Privacy Policy
Designed with WordPress
"""


def test_a_team_signs_a_card_and_the_last_card_keeps_its_excerpt():
    """"by" over "Hollowmere Customer Team" names the team as the author; the byline lines inside a card do
    not make its last line a footer, so the last card ends with its excerpt, not before it."""
    posts = parse_archive(QUERY_LOOP_WITH_A_TEAM_BYLINE.encode(), "loop.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Why your meter reading and your bill disagree", ["Anwen Price"]),
        ("Low pressure on the Ridgeway estate: what we know", ["Hollowmere Customer Team"]),
        ("Paying in smaller amounts, more often", ["Tomos Griffith"])]
    assert posts[-1].body.strip().startswith("A lot of people told us") and "Privacy" not in posts[-1].body


INDEX_WITH_AN_EDITED_DATE_AND_A_PAGER = """Skip to main content
Kelder Notes
Archive
The Twelve-Minute Rule for Holding Calls
Elin Marsh
2024-03-11 16:40
3 Comments
If a caller has been on hold for twelve minutes, the agent comes back and says honestly what is happening.
Most callers would rather hear that than music, and long holds are down by more than half since March.
Tone Notes for Written Replies
Farid Osei
2024-02-26 09:05 (updated 2024-02-28 14:30)
1 Comment
Start with the answer, use the customer's words for the problem, and apologise once, near the top.
Sign with a first name, and end with the next step rather than a sign-off phrase.
Older posts
About this blog
Kelder Notes is written by the people who answer the phones and the inbox at Kelder Water.
Elsewhere
Service status
Contents © 2024 Elin Marsh - Powered by Nikola
"""


def test_a_date_with_its_edit_in_brackets_dates_the_post_and_the_pager_ends_the_last_one():
    """"2024-02-26 09:05 (updated 2024-02-28 14:30)" is the post's date line (its first date); "Older posts"
    under the last post ends it: the blurb and links under the pager are the site's."""
    posts = parse_archive(INDEX_WITH_AN_EDITED_DATE_AND_A_PAGER.encode(), "index.txt").posts
    assert [(post.title, post.metadata["date"], post.authors) for post in posts] == [
        ("The Twelve-Minute Rule for Holding Calls", "2024-03-11 16:40", ["Elin Marsh"]),
        ("Tone Notes for Written Replies", "2024-02-26 09:05", ["Farid Osei"])]
    assert "written by the people" not in posts[-1].body


CARDS_WITH_VIEW_AND_COMMENT_COUNTS = """Customer Care Notes
All Posts
Log in / Sign up
Odile Fairbanks
Mar 28
4 min read
What 400 Order-Status Emails Taught Us
In February we read every order-status email that reached the desk, all four hundred of them, and sorted them...
58 views
3 comments
Post not marked as liked
6
Kwame Asante
Mar 14
3 min read
Why the Chat Window Now Closes at 6 pm
For a year our live chat stayed open until ten at night, staffed by whoever drew the short straw that week...
31 views
0 comments
Post not marked as liked
"""


def test_a_cards_comment_count_under_its_view_count_opens_no_thread():
    """"3 comments" under "58 views" is the card's counts: the next card (a name over "Mar 14") is a post of
    the listing, not a comment."""
    posts = parse_archive(CARDS_WITH_VIEW_AND_COMMENT_COUNTS.encode(), "feed.txt",
                          ArchiveConfig(captured="2024-04-02")).posts
    assert [(post.title, post.authors, post.metadata["date"]) for post in posts] == [
        ("What 400 Order-Status Emails Taught Us", ["Odile Fairbanks"], "2024-03-28"),
        ("Why the Chat Window Now Closes at 6 pm", ["Kwame Asante"], "2024-03-14")]


LABELLED_CARDS_AFTER_DATED_CARDS = """Hold Tight Weekly
Posts
All Posts
Premium
Free

Premium
The Escalation Ladder, Rung by Rung
How a complaint climbs from a chat window to the director's inbox, and where to catch it.
Tomasz Wierzbicki
Mar 11, 2025

Your Refund Policy Is a Support Script
Customers read the policy page once: when something has already gone wrong.
Ines Carvalho
Mar 4, 2025

Premium
Benchmarks: What 40 Teams Told Us About First Response
Median first-response times, and how many teams do not measure weekends at all.
Tomasz Wierzbicki, Ines Carvalho
Feb 25, 2025

Premium
Holiday Rota Templates (With the Spreadsheet)
Three rota patterns for the Christmas fortnight that spare your most reliable agents.
Ines Carvalho
Feb 4, 2025

1
2
Next
Powered by beehiiv
"""


def test_a_label_over_a_cards_title_belongs_to_that_card_not_to_the_byline_above_it():
    """"Premium" after the blank line under a card's date heads the next card; a title's aside in brackets
    makes no person's name."""
    posts = parse_archive(LABELLED_CARDS_AFTER_DATED_CARDS.encode(), "archive.txt").posts
    assert [(post.title, post.metadata["date"]) for post in posts] == [
        ("The Escalation Ladder, Rung by Rung", "2025-03-11"), ("Your Refund Policy Is a Support Script", "2025-03-04"),
        ("Benchmarks: What 40 Teams Told Us About First Response", "2025-02-25"),
        ("Holiday Rota Templates (With the Spreadsheet)", "2025-02-04")]
    assert posts[2].authors == ["Tomasz Wierzbicki", "Ines Carvalho"]


DATED_LEADS = """Lanternfold Notes
Articles
Topics
The oldest ticket is usually the one that matters
June 4th, 2024 — Sorting by newest feels responsive, but it teaches the team that old tickets belong to someone else...
Round robin is fair to agents, not to customers
May 21st, 2024 — Strict rotation kept our workloads even and left customers waiting whenever a hard question landed badly...
Why we cap every agent at twelve open tickets
April 2nd, 2024 — A hard limit on open tickets sounded bureaucratic until we saw who was quietly hoarding forty of them...
© 2024 Lanternfold Notes – Powered by Statamic
"""


def test_cards_whose_text_opens_with_their_date():
    """No template line marks the cards: each is a title over one line that opens with its date and a dash.
    The line stays the card's text (every word of it), and its date dates the card."""
    posts = parse_archive(DATED_LEADS.encode(), "topic.txt").posts
    assert [post.title for post in posts] == ["The oldest ticket is usually the one that matters",
                                              "Round robin is fair to agents, not to customers",
                                              "Why we cap every agent at twelve open tickets"]
    assert [post.metadata.get("date") for post in posts] == ["2024-06-04", "2024-05-21", "2024-04-02"]
    assert posts[0].body.startswith("June 4th, 2024 — Sorting by newest")
    assert "Powered by Statamic" not in posts[-1].body



PAGE_RESULT_NAMED_LIKE_A_MENU_ITEM = """Search Results for: refund
Refunds Sent Before the Parcel Comes Back
May 3, 2024 by Ines Walker
We used to wait for a returned parcel to reach the warehouse before refunding it, which added a week for most customers and a fortnight for some of them. In April we started refunding as soon as the carrier scans ... Read more
Categories Refunds
Leave a comment
Contact Us
You can reach the refunds team by phone on weekdays from nine until six, or through the form on this page, and someone will reply within one working day. For questions about an order that ... Read more
Partial Refunds Without the Argument
April 22, 2024 by Tom Okafor
A partial refund is where a good conversation most often turns sour, because the customer hears the part we are keeping and not the part we are giving back. We now say the amount coming back first ... Read more
Categories Refunds
2 Comments
"""


def test_a_page_among_dated_search_results_keeps_its_excerpt_even_when_its_title_is_a_menu_word():
    posts = parse_archive(PAGE_RESULT_NAMED_LIKE_A_MENU_ITEM.encode(), "search.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Refunds Sent Before the Parcel Comes Back", "2024-05-03"), ("Contact Us", None),
        ("Partial Refunds Without the Argument", "2024-04-22")]
    assert "refunds team by phone" in posts[1].body


TITLE_THAT_READS_LIKE_A_LINK = """Harbour Help Notes
Refunds
Refunds Before the Parcel Returns
We used to wait for a parcel to reach the warehouse before refunding it, which added a week for most customers and more…
Read More About Our Refund Policy Below
That title is a running joke in the team, because it used to end every refund macro we had and sent people hunting…
Store Credit, Offered First
Store credit used to come up only after a refund had been refused, so it felt like a consolation prize; we now offer…
"""


def test_a_card_title_that_reads_like_a_read_more_link_is_a_title_over_its_excerpt():
    posts = parse_archive(TITLE_THAT_READS_LIKE_A_LINK.encode(), "label.txt").posts
    assert [post.title for post in posts] == ["Refunds Before the Parcel Returns",
                                              "Read More About Our Refund Policy Below", "Store Credit, Offered First"]
    assert "running joke" in posts[1].body


# Zendesk's search results: each card a title, the help centre's name, its section path, the author, the
# date, then one line of text. The first card sits right under the filters, the last right over the footer.
SEARCH_RESULTS = """Harbour Gym Help Center
Search results
Filter by
Knowledge base (3)
Community (1)
4 results for "cancel"
How to cancel your membership
Harbour Gym Help Center
Memberships
Changing or cancelling
Lorna Fitzgerald
September 24, 2024
You can cancel online, at reception, or by replying to any email from us, and it takes effect at the end of the month.
Freezing your membership instead of cancelling
Harbour Gym Help Center
Memberships
Changing or cancelling
Lorna Fitzgerald
August 12, 2024
If you are injured or travelling you can freeze your membership for one to three months for a small monthly fee.
Will I get a refund if I cancel mid-month?
Harbour Gym Help Center
Billing and payments
Refunds
Samir Qureshi
July 2, 2024
Membership is billed monthly in advance, and part months are not refunded unless a doctor advises you to stop.
Tip: cancel the direct debit last, not first
Harbour Gym Help Center
Community
Member tips
Dev Anand
March 8, 2024
I cancelled the direct debit with my bank before cancelling with the gym, and the missed payment was flagged as arrears.
Harbour Gym Help Center home page
Powered by Zendesk
"""


def test_search_result_cards_are_each_a_post_the_first_under_the_filters_and_the_last_over_the_footer():
    posts = parse_archive(SEARCH_RESULTS.encode(), "search.txt").posts
    assert [post.title for post in posts] == [
        "How to cancel your membership", "Freezing your membership instead of cancelling",
        "Will I get a refund if I cancel mid-month?", "Tip: cancel the direct debit last, not first"]
    assert posts[0].body.strip().startswith("You can cancel online")
    assert posts[-1].body.strip().startswith("I cancelled the direct debit")


def test_search_result_cards_spaced_by_blank_lines_are_still_each_a_post():
    spaced = SEARCH_RESULTS.replace("\nHarbour Gym Help Center\n", "\n\nHarbour Gym Help Center\n")
    posts = parse_archive(spaced.encode(), "search.txt").posts
    assert len(posts) == 4 and posts[0].title == "How to cancel your membership"
    assert posts[0].body.strip().startswith("You can cancel online")


# Joomla's category blog: each card closes with "Read more: <title>", and a "Most Read" module lists some of
# the same titles again under the cards. A title printed twice is still its card's title.
CARDS_WHOSE_TITLES_A_SIDEBAR_REPEATS = """Eastmere Help Desk
Home
Articles
Refund timing in plain words
Details
Written by: Oona Keller
Category: Customer Care
Published: 12 March 2024
Hits: 318
Refunds
Policy
We now tell customers the day their refund leaves us and the days their bank usually takes, in one sentence at the top.
Read more: Refund timing in plain words
Why callbacks come in the afternoon
Details
Written by: Piet Ansel
Category: Customer Care
Published: 28 February 2024
Hits: 241
Phones
Morning callbacks kept landing in meetings, so we moved them to the afternoon and the answered share went up.
Read more: Why callbacks come in the afternoon
What we do when a parcel goes missing
Details
Written by: Oona Keller
Category: Customer Care
Published: 14 February 2024
Hits: 187
Deliveries
Refunds
A missing parcel gets a replacement or a refund on the first reply, and the courier claim is our problem, not yours.
Read more: What we do when a parcel goes missing
Most Read
Why callbacks come in the afternoon
What we do when a parcel goes missing
Latest Articles
Refund timing in plain words
"""


def test_a_cards_title_a_sidebar_repeats_is_no_furniture_when_its_read_more_link_names_it():
    from archive_import.lines import read_lines

    lines = read_lines(CARDS_WHOSE_TITLES_A_SIDEBAR_REPEATS.split("\n"), [])
    titles = ("Refund timing in plain words", "Why callbacks come in the afternoon", "What we do when a parcel goes missing")
    assert not any(line.recurring for line in lines if line.stripped in titles)


# Material for MkDocs' blog index, copied with a blank line between every two lines: the blog's blurb, then
# cards of date / category / read time / title / excerpt / "Continue reading". The blurb is no card.
SPACED_INDEX_WITH_BLURB = "\n\n".join("""Harbourgate Handbook
Blog
Notes from the support team; the procedures themselves live in the handbook, these posts are where we think first.
April 8, 2024
in Refunds
3 min read
Refund emails that say the date
We rewrote the refund confirmation so that it names the day the money leaves us, not a vague number of days.
Continue reading
March 25, 2024
in Phones
5 min read
Callbacks before lunch
Callers who book a callback in the morning now get it before lunch, because afternoons were overbooked.
Continue reading
March 11, 2024
in Tone
2 min read
One apology per reply
An apology in the first line is enough; a second one at the end reads like a form letter to most customers.
Continue reading
Made with Material for MkDocs""".split("\n")) + "\n"


def test_a_spaced_index_keeps_each_cards_head_whole_and_its_blurb_is_no_card():
    assert titles_and_dates(SPACED_INDEX_WITH_BLURB) == [
        ("Refund emails that say the date", "2024-04-08"),
        ("Callbacks before lunch", "2024-03-25"),
        ("One apology per reply", "2024-03-11"),
    ]


# Blogger's Soho template: the blog's tagline, "Search This Blog" right over the first card's date, then cards of
# date / title / excerpt… / Read more / Share / Labels / comment count, so each date ends the card above's run.
SOHO_ARCHIVE_WITH_SEARCH_OVER_FIRST_DATE = """Skip to main content
Wrenfold Bakery Care Notes
What the counter team at Wrenfold Bakery learns from orders, allergies and the morning queue
Search This Blog
April 18, 2024
Allergen Labels We Now Print Twice
Every box now carries the allergen list on the lid and on the side, because lids go in the bin before anyone reads them and a customer with a nut allergy asked us why…
Read more
Share
Labels: allergens, labels
4 comments
April 9, 2024
Why Cake Orders Close at Noon
Orders placed after noon used to be accepted and then quietly baked overnight by whoever was on shift, which meant tired bakers and the occasional wrong name iced on top…
Read more
Share
Labels: cake orders, policy
2 comments
March 28, 2024
Refunds for a Squashed Box
A squashed box is refunded on a photo, no return needed, and we now say so on the receipt so nobody has to argue with a courier about whose fault it was…
Read more
Share
Labels: refunds
1 comment
Ada Lindqvist
Visit profile
Archive
"""


def test_a_menu_line_over_the_first_cards_date_is_no_card_and_every_date_stays_with_its_card():
    assert titles_and_dates(SOHO_ARCHIVE_WITH_SEARCH_OVER_FIRST_DATE) == [
        ("Allergen Labels We Now Print Twice", "2024-04-18"),
        ("Why Cake Orders Close at Noon", "2024-04-09"),
        ("Refunds for a Squashed Box", "2024-03-28"),
    ]


# A one-person blog's home page: the owner's name over a bio in her own voice, then undated-author cards.
ONE_PERSON_BLOG = """Pagewell
Marit Ekdahl
Sole support person at a small booking app. I write down what the tickets teach me, most weeks.
Subscribe
The customer who booked twice
April 2, 2024
Two bookings for the same table arrived a minute apart, and the customer was sure our app had charged twice. It had not, but the screen made it look that way, so we changed the screen…
A shorter apology
March 26, 2024
I used to open every reply to a complaint with two sentences of sorry. Now I open with one, and then say what happens next, and the replies to my replies are noticeably calmer…
Why I answer at nine
March 19, 2024
Answering the overnight messages at nine, all together, turned out to be kinder than answering each one the moment it arrives at midnight and then going quiet…
"""


def test_a_one_person_blogs_header_name_over_her_bio_is_every_cards_author():
    posts = parse_archive(ONE_PERSON_BLOG.encode(), "home.txt").posts
    assert [post.title for post in posts] == ["The customer who booked twice", "A shorter apology", "Why I answer at nine"]
    assert all(post.authors == ["Marit Ekdahl"] for post in posts)


# A site builder's blog list: each card's categories, unlabelled, over its title.
CATEGORIES_OVER_TITLES = """Ticket office notes
Home
Timetables
Refunds
Contact
News and honest answers from the people behind the ticket window.

Tickets, Refunds
What happens to your ticket when we cancel a crossing
When the weather stops a sailing, your ticket is not lost. Here is exactly what we do, in what order, and which choices you have when it happens.
Mar 18, 2024 · 4 min read

Timetables
Why the ticket window now closes at 17:45
We moved the closing time by fifteen minutes and the queue at the last sailing got shorter, which surprised everyone on the team, including us.
Mar 6, 2024 · 2 min read

Refunds, Timetables
Winter timetable questions, answered at the window
The questions we heard most at the window in January, with the answers we gave and the ones we wish we had given at the time.
Jan 10, 2024 · 5 min read
"""


def test_a_cards_unlabelled_categories_over_its_title_are_its_label_not_its_title():
    """"Tickets, Refunds" over the title: terms the page prints alone elsewhere, over a title-like line.
    The chrome report says what they are."""
    parsed = parse_archive(CATEGORIES_OVER_TITLES.encode(), "cards.txt")
    assert [post.title for post in parsed.posts] == ["What happens to your ticket when we cancel a crossing",
                                                     "Why the ticket window now closes at 17:45",
                                                     "Winter timetable questions, answered at the window"]
    assert {item.text: item.reason for item in parsed.dropped}["Refunds, Timetables"] == "card categories"


def test_a_title_with_commas_over_its_excerpt_stays_the_title():
    page = CATEGORIES_OVER_TITLES.replace("Refunds, Timetables\nWinter timetable questions, answered at the window\n",
                                          "Refunds, Timetables\n")
    posts = parse_archive(page.encode(), "cards.txt").posts
    assert "Refunds, Timetables" in [post.title for post in posts]
