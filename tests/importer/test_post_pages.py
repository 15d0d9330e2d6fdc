"""Single post pages: the post is found among the page's reaction bars, help widgets and comments.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


HELP_ARTICLE = """Skip to main content
Parcelwise Help Center
Search for articles...
All Collections
Returns
How do I return a parcel?
Send something back within thirty days, with or without the original box.
Written by Ines Carvalho
Updated over a week ago
Table of contents
Printing the label
Printing the label
Open Your Orders, choose the parcel and press Return this item to get a printable label.
If you have no printer, show the QR code at any drop-off point and they will print it for you.
Did this answer your question?
😞😐😃
Related Articles
Where is my refund?
"""


def test_a_help_centre_article_keeps_its_text_below_the_written_by_line():
    post, = parse(HELP_ARTICLE, ArchiveConfig(captured="2024-05-01")).posts
    assert post.title == "How do I return a parcel?"
    assert post.authors == ["Ines Carvalho"]
    assert post.metadata["date"] == "2024-04-24"  # "over a week ago" from the day the page was copied
    assert "drop-off point" in post.body
    for chrome in ("Did this answer", "😞", "Table of contents", "Where is my refund"):
        assert chrome not in post.body


PAGE_WITH_CARDS = """Night Desk
Home
About
Sign in
Subscribe
Discover more from Night Desk
Notes from the overnight support queue, written between tickets.

Escalations
The Refund That Crossed Three Teams
How one approved refund waited a week, and the ownership rule that stopped it happening again.
Ines Carvalho
Apr 16, 2024 • 5 min read

In February a customer waited a week for a refund we had approved on the first day of her ticket.
Three people looked at the ticket, agreed she was right, and each assumed someone else would press the button.
Our handoffs were built on tags, and a tag says what a ticket is about, never who has promised what.
So the ticket bounced between queues, and every bounce reset a timer that made our reports look healthy.
Now whoever makes a promise to the customer owns the ticket until the promise is kept or handed over in writing.
Six weeks later the longest cross-team ticket took three days instead of seven, and nobody was told twice to wait.

Sign up for more like this.
Subscribe

Remote Support
Four Time Zones, One Queue
Passing a queue around the planet sounds elegant until nobody wants to close the last ticket.
Ines Carvalho
Mar 28, 2024 • 7 min read

Macros
Saved Replies Should Expire
Every canned response in our library now has a review date, and a third did not survive it.
Dario Kwan
Mar 12, 2024 • 4 min read

Night Desk © 2024
Powered by Ghost
"""


def test_a_post_page_is_one_post_without_its_site_blurb_or_read_next_cards():
    parsed = parse(PAGE_WITH_CARDS)
    post, = parsed.posts
    assert post.title == "The Refund That Crossed Three Teams"
    assert post.metadata["date"] == "2024-04-16"
    assert post.authors == ["Ines Carvalho"]
    assert post.body.rstrip().endswith("nobody was told twice to wait.")
    for elsewhere in ("overnight support queue", "Four Time Zones", "review date"):
        assert elsewhere not in post.body


def _help_page(title: str, author: str, updated: str, text: str) -> str:
    return f"""Parcelwise Help Center home page
Submit a request
Sign in
Help Center > Returns
Articles in this section
How do I return a parcel?
Where is my refund?
{title}
{author}
Updated {updated}
Follow

{text}

Was this article helpful?
Yes No
Have more questions? Submit a request
"""


JOINED_HELP_PAGES = "".join([
    _help_page("How do I return a parcel?", "Ines Carvalho", "March 4, 2023 10:32",
               "Open Your Orders, choose the parcel and press Return this item to print a label for it."),
    _help_page("Where is my refund?", "Dario Kwan", "March 9, 2023 16:05",
               "Refunds reach a card three to five working days after our warehouse has checked the parcel."),
])


def test_post_pages_pasted_one_after_another_are_read_page_by_page():
    posts = parse(JOINED_HELP_PAGES).posts
    assert [post.title for post in posts] == ["How do I return a parcel?", "Where is my refund?"]
    assert [post.authors for post in posts] == [["Ines Carvalho"], ["Dario Kwan"]]
    assert [post.metadata["date"] for post in posts] == ["2023-03-04 10:32", "2023-03-09 16:05"]
    assert "print a label" in posts[0].body and "working days" in posts[1].body
    assert all("Articles in this section" not in post.body and "helpful" not in post.body for post in posts)


STACKED_LABELS = """Ledgerly
Product
Blog
Log in

Customer Success
Why We Stopped Closing Tickets on Fridays
A small change to our rota that made Monday mornings calmer for everyone.
Written by
Amara Lindqvist
Published on
March 12, 2024
6 min read

Our team used to treat Friday afternoon as a finish line, closing as many tickets as possible before the weekend.
Tickets closed late on a Friday were reopened twice as often, so now we hold them open until Monday's first hour.
Share this post
Subscribe to our newsletter
Thank you! Your submission has been received!
Oops! Something went wrong while submitting the form.
"""


def test_a_label_stacked_over_its_value_is_one_byline():
    post, = parse(STACKED_LABELS).posts
    assert post.title == "Why We Stopped Closing Tickets on Fridays"
    assert post.authors == ["Amara Lindqvist"] and post.metadata["date"] == "2024-03-12"
    for chrome in ("Written by", "Published on", "Share this post", "submission", "Oops"):
        assert chrome not in post.body


STACK_POST = """Queuewise
Notes from a small support team in Porto
Home
About
Escalations
Handing over an escalation without losing the customer
The note we now write every time a ticket leaves the front line
Mar 05, 2023
6 minute read
Every escalated ticket we lose starts the same way: what the front line knows stays behind in one head.
So every handover now says what the customer wants, what we tried, and what we promised them.
Handover
On-Call
Licensed under CC BY-NC-SA 4.0
Related content
When to say no to a callback
Built with Hugo
"""


def test_a_dated_post_page_with_a_reading_time_is_one_post_even_without_a_byline():
    post, = parse(STACK_POST).posts
    assert post.title == "Handing over an escalation without losing the customer"
    assert post.metadata["date"] == "2023-03-05"
    assert "callback" not in post.body and "Licensed" not in post.body


CONTENTS_PAGE = """Refund queue field guide
Contents
Who reads the queue
When to refund without asking

This guide is for anyone covering the refund queue for the first time, and it is short on purpose.

Who reads the queue

Two people each morning, one each afternoon; the rota is pinned in the team channel.

When to refund without asking

Anything under twenty pounds with a tracking scan that shows no delivery gets refunded on sight.
Pub: 12 Feb 2024 09:30 UTC
"""


def test_headings_a_table_of_contents_lists_are_one_articles_sections():
    posts = parse_archive(CONTENTS_PAGE.encode("utf-8"), "guide.txt").posts
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Refund queue field guide" and post.metadata["date"] == "2024-02-12 09:30"
    assert "## Who reads the queue" in post.body and "refunded on sight" in post.body
    assert post.body.count("When to refund without asking") == 1  # the contents list is chrome


STACKED_HEAD = """Holding Pattern
Home · Blog · About
Why we answer refunds first on Mondays
March 12, 2024 4-minute read
Process
refunds • rotas
Nadia Okafor
Monday's queue is half refunds, so the first hour goes to them and nothing else.
Everything else waits until ten, and nobody has noticed the difference.
"""

SUBHEADING_FIRST = """Why we answer refunds first on Mondays
March 12, 2024
Background
Monday's queue is half refunds, so the first hour goes to them and nothing else.
Everything else waits until ten, and nobody has noticed the difference.
"""


def test_labels_stacked_under_the_date_are_the_heads_and_one_subheading_stays_the_texts():
    post = parse_archive(STACKED_HEAD.encode("utf-8"), "post.txt").posts[0]
    assert post.metadata["date"] == "2024-03-12" and post.authors == ["Nadia Okafor"]
    assert post.body.startswith("Monday's queue") and "refunds • rotas" not in post.body
    kept = parse_archive(SUBHEADING_FIRST.encode("utf-8"), "post.txt").posts[0]
    assert "Background" in kept.body


CANCELLED_TRAIN_ARTICLE = """Harbourside Rail logo
All articles
Tickets and refunds
How do I get a refund for a cancelled train?
Updated 2 days ago
If your train was cancelled, you can have your money back in full, whatever ticket you bought.
Before you start
Keep your ticket, or the email with your booking reference, until the refund reaches you.
Claiming online
Sign in, open the journey and choose Refund. The money is back on your card within five working days.
Was this article helpful?
Yes
No
Related articles
Can I change the date of my ticket?
"""


def test_a_help_centre_article_with_its_inner_headings_is_one_post():
    posts = parse_archive(CANCELLED_TRAIN_ARTICLE.encode("utf-8"), "help.txt", ArchiveConfig(captured="2024-05-20")).posts
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "How do I get a refund for a cancelled train?" and post.metadata["date"] == "2024-05-18"
    assert "## Claiming online" in post.body and "Related articles" not in post.body


SIGNED_OFF = """Harbour Help Forum
How do you word a refusal without sounding cold?
Posted on May 2, 2024 by Lena Hart
We have had our first two chargebacks and I want our letters to read as people, not as a policy page.
Is more detail better, or does a long letter just get skimmed by whoever reads it?
Thanks in advance,
Lena
Reply
Share
"""


def test_a_sign_off_under_the_text_stays_the_texts():
    post = parse_archive(SIGNED_OFF.encode("utf-8"), "post.txt").posts[0]
    assert post.body.rstrip().endswith("Lena") and "Thanks in advance," in post.body


def test_authors_stacked_with_their_jobs_are_all_the_posts():
    page = ("Ledger Notes\nHome · Blog · Docs\nHow we triage payout questions\nJune 11, 2024 · 6 min read\nInes "
            "Carvalho\nMerchant Support Lead\nTobiah Mensah\nSupport Engineer\nPayout questions are the largest group "
            "of tickets our merchant support team receives.\nWe sort them into three queues within fifteen minutes.\n")
    post = parse_archive(page.encode("utf-8"), "post.txt").posts[0]
    assert post.authors == ["Ines Carvalho", "Tobiah Mensah"]


WEEKDAY_HEADINGS = """Skip to content
Tollbridge Returns
Blog
About

The Rota That Fixed Our Mondays
By Nell Ashby
April 8, 2024

We used to start every week with the whole team on the phones and nobody on the inbox, and by noon the inbox had won.

The weekend's emails were waiting, the phones rang from nine, and the oldest ticket was always three days old by lunch.

We tried adding a person to the inbox on Mondays. It helped for a fortnight, then the phones took them back.

We tried answering the newest emails first. The oldest ones got older, and angrier, and longer.

So we wrote down what each hour of a Monday is for, and stuck to it for a month before judging it.

It is not clever. It is a list on the wall, and the rule that nobody changes it on the day.

Two people now take the inbox and answer only what can be closed in one reply. Everyone else is on the phones.

Friday, 4pm
We look at what was left over and ask whether the Monday split should change. It usually does, a little.

© 2024 Tollbridge Ltd
"""


def test_a_weekday_heading_no_calendar_can_place_stays_in_the_text():
    """"Friday, 4pm" between two paragraphs is a heading of the post, not its date: not a word is lost."""
    posts = parse(WEEKDAY_HEADINGS).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("The Rota That Fixed Our Mondays", "2024-04-08")]
    assert "Friday, 4pm" in posts[0].body


WORD_LIST_UNDER_TITLE = """Saltmarsh Desk
Blog
About

Five Words We Dropped
By Ines Calloway
March 2, 2024

Unfortunately. Simply. Just. Obviously. Policy.

Each of them was doing something slightly unkind to the customer reading it, and none of them carried any information.

We replaced them one at a time, starting with the one that opened most of our bad-news replies.

The replies got shorter, and nobody asked us to put the words back.

© 2024 Saltmarsh Ltd
"""


def test_a_line_of_one_word_sentences_under_a_title_is_the_posts_text_not_a_menu():
    """A menu of full stops ("Home. Archive. About.") reads like the post's own list of words: under the title
    and over a paragraph, the words are the post's."""
    posts = parse(WORD_LIST_UNDER_TITLE).posts
    assert [post.title for post in posts] == ["Five Words We Dropped"]
    assert "Unfortunately. Simply. Just. Obviously. Policy." in posts[0].body.replace("\\\\", "")


SPACED_BYLINE_POST = """Quillmoor Support
Home
Escalations
Billing
About

Three Tiers Were Two Too Many
April 3, 2024 Hattie Vance Escalations

For most of last year our desk ran on three tiers, and most tickets passed through all three before anyone could answer them.

We now route each ticket to the person who can close it, and keep one specialist on call for what nobody else can.

The average ticket now changes hands once, not three times, and customers have noticed.

About the author
Hattie Vance
Hattie leads the escalations team at Quillmoor.
"""


def test_a_date_author_and_category_one_space_apart_give_the_posts_author_and_date():
    """Sparkling prints date, author and category as inline links, one space apart; the category is the word the
    page's menu prints as a line of its own."""
    posts = parse(SPACED_BYLINE_POST).posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Three Tiers Were Two Too Many", "2024-04-03", ["Hattie Vance"])]


def test_a_spaced_byline_over_the_title_is_read_and_a_dated_heading_under_text_is_not():
    """Hugo Paper prints "March 18, 2024 Jo Park" over the title; a line of the same shape under a paragraph, with
    no title near it, may be a heading that opens with a date."""
    page = """Harrowby Help

March 18, 2024 Jo Park
The Refund Window We Stopped Quoting
Customers heard "fourteen days" as a promise about the money, when it was a rule about the box.

We now say the day the refund leaves us and the day the bank should show it, and nothing else.

That one change halved the number of second emails about refunds within a month.
"""
    posts = parse(page).posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("The Refund Window We Stopped Quoting", "2024-03-18", ["Jo Park"])]


BLURB_OVER_TITLE = """Brindle Court Helpdesk
Posts - Tags - About
Field notes from a small support team at a property management company.
When the Clock Should Stop
Sep 18, 2023
7 min read
Our first-response target is four working hours, and for most of last year nobody quite believed the number.

The problem was not the target. It was the clock, which started and stopped at the wrong moments.

We now pause it only when we are waiting on the tenant, never when we are waiting on ourselves.
"""


def test_the_sites_blurb_over_the_title_is_no_dek_and_the_title_is_the_posts():
    """A paragraph four lines over the date is a dek only when no headline sits between them: here it is the
    site's blurb, under its menu ("Posts - Tags - About"), and the headline under it is the post's title."""
    posts = parse(BLURB_OVER_TITLE).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [("When the Clock Should Stop", "2023-09-18")]
    assert "Field notes" not in posts[0].body


BLOGGER_POST_UNDER_DAY_HEADER = """Tarnbrook Water Desk
A water company's contact centre, writing about the calls behind the bills.

Wednesday, May 8, 2024

Choosing What Callers Hear While They Wait
Every caller to our billing line spends a few minutes listening to whatever we decided to play them.
Until this spring nobody on the team could remember who had chosen it, so we chose again, on purpose.
The repeated sentence now plays once every two minutes, and it says something useful when it does.
Posted by Gwen Abernethy at 7:52 AM
"""


def test_the_blogs_description_over_a_day_header_is_no_dek_of_the_post_under_it():
    """Blogger prints the day over the title: the description over the day belongs to the blog."""
    posts = parse(BLOGGER_POST_UNDER_DAY_HEADER).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Choosing What Callers Hear While They Wait", "2024-05-08 07:52")]
    assert "contact centre" not in posts[0].body


SO_SIMPLE_POST = """Skip links

Skip to primary navigation
Skip to content

Fernbrook Desk
Posts
About

A Chargeback Is a Conversation We Missed

Delphine Ark
February 6, 2024 5 min read

Every chargeback that reaches us started as a message we could have answered, which is an uncomfortable thing to learn.

What the messages said

Most were not angry. They were short, often one line, and they had waited days for a reply.

What we changed

Billing questions now go into the main queue, and any message that mentions a dispute goes to the top.
"""


def test_a_date_with_its_reading_time_marks_a_post_page_and_skip_links_are_chrome():
    """Jekyll So Simple: the date and "5 min read" on one line are a post page's meta; its inner headings stay
    headings of the one post."""
    posts = parse(SO_SIMPLE_POST).posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("A Chargeback Is a Conversation We Missed", "2024-02-06", ["Delphine Ark"])]
    assert "What we changed" in posts[0].body and "Skip" not in posts[0].body


def test_a_date_and_its_tags_in_capitals_over_the_title_date_the_post():
    """Ghost Wave prints "JUN 11, 2024 SHOW NOTES QUEUES" over the title: the date and its tags, no author."""
    page = """Holding Pattern
Home
Episodes

JUN 11, 2024 SHOW NOTES QUEUES

What Listeners Told Us About Callbacks

After episode 31 we asked you to send in your own callback stories, and more than sixty of you did.

The promise is the problem, not the callback: a time, a person and a reason, and customers remember a broken one.
"""
    posts = parse(page).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("What Listeners Told Us About Callbacks", "2024-06-11")]


# A channel's post on its own page (YouTube): the channel's name, the post's age, its text, then comments.
CHANNEL_POST_PAGE = """Skip navigation
Search
Sign in
Home
Subscriptions
Tillbrook Service Desk
6 days ago
A few of you asked what an SLA actually is once you strip out the jargon, so here is the short version.
An SLA is a written promise about how fast you will respond or fix something, for which customers, and when.
Most teams get the clock wrong, not the number: when it starts, whether it pauses and what stops it.
312
48 Comments
Sort by
Add a comment...
@maeve_on_chat
5 days ago
Number two is our whole problem: the clock pauses when we ask for a screenshot and never starts again.
97
Reply
@daniel.frost
5 days ago
We stop the clock at the first useful reply, not the first reply, and it changed everything.
12
Reply
"""


def test_an_untitled_channel_post_over_its_comments_is_a_post_not_the_pages_header():
    from archive_import.model import ArchiveConfig

    parsed = parse_archive(CHANNEL_POST_PAGE.encode(), "post.txt", ArchiveConfig(captured="2024-06-14"))
    post, = parsed.posts
    assert post.body.strip().startswith("A few of you asked what an SLA actually is")
    assert "Number two is our whole problem" not in post.body
    assert "review" in post.metadata  # no title on the page: one is made from the text and flagged


# A plain theme's post page: the site's name and tagline, a two-link menu, the title, one date line, the text.
# No byline, share row or comments say "post page"; the one dated section under an undated header says so.
POST_PAGE_WITH_ONLY_A_DATE = """Pellwick Returns Desk
Small notes on getting things back
Home
Archive

Refund timing, explained once
March 12, 2024

Refunds leave us the same day we receive the parcel, and the bank takes three to five working days after that.

We now say both numbers in the first reply, so nobody has to ask twice where their money is.

Returns Policy
"""


def test_a_post_page_with_only_a_date_line_under_the_sites_header_is_one_post():
    posts = parse_archive(POST_PAGE_WITH_ONLY_A_DATE.encode(), "post.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [("Refund timing, explained once", "2024-03-12")]
    assert "Refunds leave us the same day" in posts[0].body



# A post page read as two records: the article, and its text after a subscribe box with the comment thread
# under it. The comments' dates are no post's, so the page is no listing.
ARTICLE_THEN_TEXT_AND_COMMENTS = """Why we answer the oldest ticket last on Mondays
Hanne Solvik
Feb 5, 2024
The weekend leaves a pile of tickets, and working it oldest first puts a locked-out customer behind a request.
We spend the first half hour only sorting: blocked, broken, or a question, and nobody replies until it is done.
Subscribe
The blocked pile goes to whoever knows accounts best, the broken pile to two people, and everyone else takes questions.
Questions older than a day move to the top by themselves, so nothing waits for ever and nobody has to chase them.
Tobias Wren
Feb 6
We tried this after reading it and the locked-out customers were all answered before ten.
"""


def test_the_dates_of_comments_make_no_record_a_post_of_a_listing():
    from archive_import.lines import read_lines
    from archive_import.listing import is_listing
    from archive_import.structure import Record, Template

    lines = read_lines(ARTICLE_THEN_TEXT_AND_COMMENTS.split("\n"), [])
    template = Template("fields", ["cue:date"], "-1", [Record(0, 5, 0), Record(5, len(lines), None)], 0.7)
    comments = set(range(8, 11))
    assert is_listing(lines, template)  # read without its thread, the second record is a dated card ...
    assert not is_listing(lines, template, comments)  # ... but its date is a comment's


# Twenty Twenty: "Post author" / "By Jane Doe" in the head, the same "By Jane Doe" over the author box under the
# text. The second byline dates nothing, so it opens no "read next" card: the last paragraph stays the post's.
POST_WITH_BYLINE_REPEATED_OVER_AUTHOR_BOX = """Skip to the content
Holloway Water Care
Categories
Billing
Why your first bill after a move is estimated
Post author
By Signe Halvorsen
Post date
March 18, 2024
When you move in, we have no reading of your own yet, so the first bill uses the last occupant's average.
Most customers see a correction on the second bill, once a real reading is in.
That correction is where most of the calls come from, because it can look like a second charge.
It is not a second charge. It is the first bill put right, and the statement now says so in words.
What you can do
Send us a photo of the meter on the day you move in, and the first bill will use it.
We read every photo by hand, usually the same day, and reply if the dial is hard to make out.
Agents now mention the photo in the welcome call, before anyone has a reason to be surprised.
It is a small step. It saves a phone call later.
Tags
billing, moving home
By Signe Halvorsen
Signe leads the billing desk at Holloway Water and writes most of our explainers.
View Archive →
←Why Meter Readings Are Monthly
Direct Debits Without the Surprises→
2 replies on “Why your first bill after a move is estimated”
Tomas Brennsays:
March 18, 2024 at 6:12 pm
The photo trick saved me a long call last spring. Good to see it written down.
Reply
Signe Halvorsensays:
March 19, 2024 at 9:03 am
Thank you, Tomas. That is exactly why we wrote it up.
Reply
Leave a Reply
"""


def test_a_byline_repeated_over_the_author_box_cuts_no_paragraph_from_the_post():
    posts = parse(POST_WITH_BYLINE_REPEATED_OVER_AUTHOR_BOX).posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Why your first bill after a move is estimated", ["Signe Halvorsen"])]
    assert "It is a small step. It saves a phone call later." in posts[0].body


def test_a_byline_that_gives_no_date_has_no_date_shape_to_match_a_read_next_card_by():
    from archive_import.lines import read_line
    from archive_import.single import _date_shape

    assert _date_shape(read_line(0, "By Signe Halvorsen", ())) == ""
    assert _date_shape(read_line(0, "By Signe Halvorsen on March 18, 2024", ())) != ""


# A block theme's single post: no byline over the text; the author's name, the date, the category and the tags
# follow it, unlabelled, over the comments.
POST_WITH_FOOTER_META_NAME_OVER_DATE = """Fernhill Support
Blog
About
The evening handover, written down
Every evening shift now ends with a four-line note to whoever is on call: what is open, who is waiting, what was promised and nothing else.
The note takes five minutes and has already caught two callbacks that would have been missed.
The person on call replies with one word so the evening shift knows it landed.
Oona Vale
March 3, 2025
Escalations
handovers, on-call

2 responses to “The evening handover, written down”

Piet Ansel
March 4, 2025 at 9:14 am
We do the same, and the one-word reply is the part that made it stick.
Reply
Oona Vale
March 4, 2025 at 10:02 am
Thank you, Piet.
Reply
Leave a Reply
"""


def test_the_name_over_a_posts_footer_date_is_its_author():
    posts = parse(POST_WITH_FOOTER_META_NAME_OVER_DATE).posts
    assert [(post.title, post.metadata.get("date"), post.authors) for post in posts] == [
        ("The evening handover, written down", "2025-03-03", ["Oona Vale"])]
