"""Listing pages: labels, sidebars, day headers, bare cards and widget lists around the posts.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


def parse(text: str):
    return parse_archive(text.encode("utf-8"), "page.txt")


LABELLED_CATEGORY = """Quayside Care
Home
Stories

Callbacks Nobody Booked
Details
Written by Ines Morrow
Published: 12 March 2019
Hits: 1418
A customer rang three times about a boiler service, and each time the promised callback never came.
The request had dropped into a queue that nobody was watching, so we closed that queue.

Hold Music Is Not a Plan
Details
Written by Bram Osei
Published: 27 February 2019
Hits: 962
We paid for a warm new hold message, and the word customers used most to describe it was mocking.
What they wanted was a number: how long until a person picks up.

A Thank You to the Weekend Team
Details
Written by Ines Morrow
Published: 15 February 2019
Hits: 377
The storm took out the phone lines, and the weekend team answered four hundred web messages.
They did not wait for overtime to be approved; they simply stayed, all seven of them.

Latest Articles
Callbacks Nobody Booked
Hold Music Is Not a Plan
A Thank You to the Weekend Team
"""


def test_a_label_printed_over_every_byline_is_template_and_titles_repeated_in_a_sidebar_stay_titles():
    parsed = parse(LABELLED_CATEGORY)
    assert [post.title for post in parsed.posts] == [
        "Callbacks Nobody Booked", "Hold Music Is Not a Plan", "A Thank You to the Weekend Team"]
    assert [post.authors for post in parsed.posts] == [["Ines Morrow"], ["Bram Osei"], ["Ines Morrow"]]
    assert all("Details" not in post.body and "Hits" not in post.body for post in parsed.posts)


CARD_INDEX = """This site uses cookies from Google to deliver its services and to analyse traffic. Your IP address and user agent are shared with Google, together with performance and security metrics, to ensure quality of service, generate usage statistics and to detect and address abuse.
OK!
The Kerb Line
Home

Why We Stopped Saying Bear With Me
March 04, 2021
We counted it once: one agent said it eleven times in a single call, and each time it sounded polite to us…
Share
Read more

Photos from the Open Day
March 01, 2021
Share
Read more

Warm Handoffs Between Teams
February 08, 2021
When a call needs the leak team, the agent now stays on the line and introduces the customer by name…
Share
Read more

Popular Posts
How to Read Your Water Bill
November 12, 2020
Who Qualifies for Priority Services
August 19, 2020

Powered by Blogger
"""


def test_a_card_without_an_excerpt_and_a_popular_posts_list_are_no_posts_and_the_cookie_notice_is_chrome():
    parsed = parse(CARD_INDEX)
    assert [post.title for post in parsed.posts] == ["Why We Stopped Saying Bear With Me", "Warm Handoffs Between Teams"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2021-03-04", "2021-02-08"]
    assert all(post.metadata.get("excerpt") for post in parsed.posts)
    assert any(item.reason == "cookie notice" for item in parsed.dropped)


LABELLED_HEAD_INDEX = """Northwind Service Blog
Practical ideas for support leaders and anyone who answers customers for a living.

Subscribe
All
Onboarding
Loyalty

#
Onboarding
How to Welcome a Customer in Their First Week
Written by Ines Marchetti
February 22, 2023
The first week decides whether a new customer stays, so we plan five touchpoints from the welcome e-mail on…
Read More

#
Loyalty
Do Loyalty Programmes Still Work?
Written by Callum Reyes
February 9, 2023
Points schemes are easy to launch and hard to love, and most customers forget them within a month…
Read More

Subscribe to the Northwind Service Blog
Get new posts on support leadership in your inbox every other Thursday.
Don't forget to share this post!
"""


def test_a_blog_description_and_its_category_menu_are_no_post_and_the_subscribe_box_is_chrome():
    parsed = parse(LABELLED_HEAD_INDEX)
    assert [post.title for post in parsed.posts] == [
        "How to Welcome a Customer in Their First Week", "Do Loyalty Programmes Still Work?"]
    assert all("Subscribe" not in post.body and "inbox" not in post.body for post in parsed.posts)


FORUM_TOPIC = """Harbourline Community
Sign Up
Log In

Refund processing is changing on March 11
Announcements
refunds
jdoe
Staff
Mar 4, 2024

Starting Monday, March 11, refunds are issued as soon as the courier scans your parcel, not when it reaches us.
Store credit refunds are unchanged and stay instant, and older returns follow the old process.
"""


def test_labels_between_a_title_and_its_date_are_the_head_not_the_text():
    post, = parse(FORUM_TOPIC).posts
    assert post.title == "Refund processing is changing on March 11"
    assert post.metadata["date"] == "2024-03-04"
    assert post.body.startswith("Starting Monday") and "Staff" not in post.body and "Announcements" not in post.body


CARDS_WITH_MIXED_BYLINES = """The Quiet Desk
Subscribe

Support
Triage Is a Skill, Not a Sorting Rule
Our routing rules could tell a billing question from a bug report, but not a curious customer from one about to leave
Mara Sandoval
Mar 4, 2023 • 4 min read

Complaints
What Angry Customers Are Asking For
Reading the hardest complaints back to back, one thing stands out: very few of them ask for money at all
Mara Sandoval  Jan 31, 2023  • 7 min read

Loyalty
Do Loyalty Points Make Support Harder?
Every points promotion fills the queue with questions about balances, expiry dates and missing rewards
Jonah Pryce
Jan 9, 2023 • 3 min read

Tooling
Macros, Revisited
Two years ago I argued that canned replies were making us lazy, and I was half right about that
Mara Sandoval
Dec 12, 2022 • 5 min read
"""


def test_a_card_with_its_byline_on_one_line_is_a_post_like_the_others():
    parsed = parse(CARDS_WITH_MIXED_BYLINES)
    assert [post.title for post in parsed.posts] == [
        "Triage Is a Skill, Not a Sorting Rule", "What Angry Customers Are Asking For",
        "Do Loyalty Points Make Support Harder?", "Macros, Revisited"]
    assert [post.authors for post in parsed.posts] == [["Mara Sandoval"]] * 2 + [["Jonah Pryce"], ["Mara Sandoval"]]


SITE_FOOTER = """The Patient Line
About
Archive

Callbacks Are a Promise
Mar 4, 2023 • Olufemi Hart
If we offer a callback we make it, even when the only news is that there is no news yet.
A promise kept late still beats a promise quietly dropped.

Weekend Cover, Week One
Jan 14, 2023 • Niamh Corrigan
Our first Saturday with the phones open brought 41 calls, most of them meter readings.
We will keep it going until Easter and then decide.

subscribe via RSS

The Patient Line
hello@patientline.example
Notes from a small team answering phones for an energy supplier. Opinions are our own.
"""


def test_the_last_post_ends_where_the_site_footer_repeats_the_site_name():
    posts = parse(SITE_FOOTER).posts
    assert [post.title for post in posts] == ["Callbacks Are a Promise", "Weekend Cover, Week One"]
    assert posts[-1].body.rstrip().endswith("until Easter and then decide.")



PAGED_LIST = """Ferrow Valley Water
News
Billing
Contact
Why your first bill after moving is an estimate
4th March 2024
Until we have a meter reading from you, the first bill can only be built from the last owner's use.
Send a reading in the app on the day you move and the estimate is replaced within two working days.
Leaks we fix, and the ones that are yours
18th February 2024
Anything between the stop tap and the main in the street is ours to repair, at no charge to you.
Inside the boundary it is yours, and we keep a list of approved plumbers who charge fixed prices.
Older news »
Ferrow Valley Water Ltd is registered in England, no. 0456123
Mill Lane Works, Ferrow, FV2 8QT
Privacy · Accessibility · Site map
"""


def test_the_pager_under_the_last_post_ends_it_and_the_footer_below_is_no_text():
    posts = parse(PAGED_LIST).posts
    assert [post.title for post in posts] == ["Why your first bill after moving is an estimate",
                                              "Leaks we fix, and the ones that are yours"]
    assert posts[1].body.rstrip().endswith("who charge fixed prices.")


BADGED_LIST = """Front Desk Notes
Home
Blog
Blog
What our reception team has learned about bookings, refunds and the questions we hear most at the desk.
18
Mar
2024
Why we stopped blaming the system
For years our answer at the desk began with the booking system, and it never helped anyone at the counter.
Now we say what we can do first, and what the system allows comes second, if at all.
Read more
04
Mar
2024
How the waiting list works
Places are offered in the order names were added, when a space opens in a class that suits the child.
We ring before we email, because an email offer sat unread for a week more than once.
Read more
"""


def test_a_date_badge_of_stacked_parts_dates_its_post_and_the_blurb_above_is_no_post():
    posts = parse(BADGED_LIST).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Why we stopped blaming the system", "2024-03-18"), ("How the waiting list works", "2024-03-04")]
    assert not any(part in post.body for post in posts for part in ("\n18\n", "Mar\n", "2024\n"))


UPDATED_LIST = """All the articles I've posted.
Answering a missed-visit complaint
11 Mar, 2025
A missed visit is the complaint we take most seriously, and we check the facts before we apologise.
Rota emails families can read
Updated:
3 Mar, 2025
The new rota email leads with what changed and leaves the rest for a table underneath it.
What new clients ask in week one
19 Feb, 2025
Nearly every family asks the same five things in the first week, so the welcome pack answers them.
"""


def test_an_updated_date_stands_where_the_other_posts_date_does():
    """AstroPaper prints "Updated:" and the date instead of the post's date: the post starts there all the same."""
    posts = parse(UPDATED_LIST).posts
    assert [post.title for post in posts] == ["Answering a missed-visit complaint", "Rota emails families can read",
                                              "What new clients ask in week one"]
    assert posts[1].metadata["date"] == "2025-03-03"


FULL_POST_AMONG_TEASERS = """Lowmoor Replies
Notes from the email desk

Page 2 of 3

Closing the Loop on Refund Emails
March 4, 2024 / Tess Harlow / 2 Comments

Every refund email now ends with the date the money should arrive and what to do if it has not.

Customers stopped writing in to ask where their refund was, which was the point.

Continue reading

Seven Lines We Took Out of Our Templates
February 26, 2024 / Omar Fenn / 5 Comments

We read our saved replies aloud one afternoon and cut whatever we would not say on the phone.

Kind regards, as per our policy, at this time, please be advised, we apologise for any inconvenience.

Going forward, and rest assured: those two went as well, after some debate about the second.

What replaced them was shorter, and mostly a plain sentence about what happens next.

We kept the sign-off with a name in it, because customers reply to people.

Nobody has asked for the old wording back, and replies got a little shorter too.

The Shared Inbox on a Monday
February 19, 2024 / Tess Harlow

Monday mornings start with the weekend's pile, sorted by whoever arrives first.

We now sort by what can be answered in a minute, and answer those before coffee.

Continue reading

« Older posts
Newer posts »
"""


def test_a_listing_whose_one_full_post_follows_a_teaser_card_is_still_a_listing():
    """Page 2 of an index: a teaser, a whole post, a teaser. The whole post is no article with "read next" cards
    under it, since a card with "Continue reading" comes before it."""
    posts = parse(FULL_POST_AMONG_TEASERS).posts
    assert [(post.title, list(post.authors)) for post in posts] == [
        ("Closing the Loop on Refund Emails", ["Tess Harlow"]),
        ("Seven Lines We Took Out of Our Templates", ["Omar Fenn"]),
        ("The Shared Inbox on a Monday", ["Tess Harlow"]),
    ]


SEARCH_RESULTS_WITH_A_PAGE = """Bramble Gate Outdoor
Menu
Home
Contact
Search Results for: refunds
Refunds on sale items
June 11, 20243 Comments
Sale items can be refunded like any other order, within thirty days, and the money goes back to the card that paid for it. What changes is the store credit option, which we do not offer on sale items because […]
Refund timelines by card type
May 28, 20241 Comment
Debit cards usually show the refund within three working days, credit cards within five. We explain the gap in the first reply now, because most second emails were asking about exactly that […]
Refund policy
You can return most items within thirty days for a full refund. Items must be unused and in their original packaging where possible, and we will email a returns label as soon as we approve the request […]
Partial refunds for missing parts
April 30, 2024Leave a comment
When a tent arrives without its pegs we refund the pegs rather than the tent, and say so in the first line of the reply, with the amount and the day it should arrive […]
Older posts
"""


def test_a_search_result_that_is_a_page_has_no_date_and_is_a_card_of_its_own():
    """Sela glues each result's comment link to its date ("June 11, 20243 Comments"); a page among the results
    prints title and excerpt only: its own card, undated, not part of the post above it."""
    posts = parse(SEARCH_RESULTS_WITH_A_PAGE).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Refunds on sale items", "2024-06-11"), ("Refund timelines by card type", "2024-05-28"),
        ("Refund policy", None), ("Partial refunds for missing parts", "2024-04-30")]


DATE_OVER_TITLE_RESULTS = """Tidebrook Help Desk
Menu
Home
Blog

Search Results for: refund

Posted on June 18, 2024
Tell Customers When the Warehouse Checks Returns
Most refund tickets are about uncertainty, not money: the parcel is back, the tracking says delivered, and then nothing happens for six days …
Continue reading "Tell Customers When the Warehouse Checks Returns"

Returns and Refunds Policy
This page explains when and how we refund orders, and what to do if a refund has not arrived after five working days …
Continue reading "Returns and Refunds Policy"

Posted on April 11, 2024
Why Your Refund Arrived in Two Pieces
Our system refunds the shipping and the item as two transactions, and nobody had ever thought to say so in the confirmation email …
Continue reading "Why Your Refund Arrived in Two Pieces"
"""


def test_a_date_over_each_title_heads_its_card_and_a_page_among_the_results_has_none():
    """Twenty Seventeen prints "Posted on" over each result's title and "Continue reading" under its excerpt, a
    blank line between cards: the date after the blank heads the next card, and the page between has no date."""
    posts = parse(DATE_OVER_TITLE_RESULTS).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Tell Customers When the Warehouse Checks Returns", "2024-06-18"),
        ("Returns and Refunds Policy", None),
        ("Why Your Refund Arrived in Two Pieces", "2024-04-11"),
    ]


META_UNDER_EXCERPT_RESULTS = """Thornbrook Cycles Help
Search Results for: store credit

Store Credit or Refund? Let the Customer Choose
For years our default was to offer store credit first and a refund only if the customer pushed, which saved money on paper and cost goodwill … Continue reading "Store Credit or Refund? Let the Customer Choose"
Author Gwen AsantPosted on May 21, 2024Categories RefundsTags choice4 Comments on Store Credit or Refund? Let the Customer Choose

Returns and store credit
Unused items can be returned to any of our shops within thirty days, for a refund to the card or for store credit that never expires … Continue reading "Returns and store credit"

The Voucher That Expired Too Soon
A customer came in with a credit voucher two weeks past its expiry date and was turned away; she wrote to us that evening, and she was right … Continue reading "The Voucher That Expired Too Soon"
Author Gwen AsantPosted on November 7, 2023Categories ToneTags apologies2 Comments on The Voucher That Expired Too Soon
"""


def test_a_page_among_search_results_whose_meta_sits_under_the_excerpt_is_a_card_of_its_own():
    """Twenty Sixteen: each excerpt ends "… Continue reading", the post's meta under it; a page prints none."""
    posts = parse(META_UNDER_EXCERPT_RESULTS).posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Store Credit or Refund? Let the Customer Choose", "2024-05-21"), ("Returns and store credit", None),
        ("The Voucher That Expired Too Soon", "2023-11-07")]


METALESS_CARDS = """Tarnmoor Water
Home
Blog
Contact us

The Service Desk Blog

Notes from the team that answers your calls about water bills, leaks and meter readings.

Email*
Subscribe

Why Your First Bill After Moving Looks Odd
A move-in bill often covers an odd number of days and an estimated reading. Here is how we...

The Leak Callback Promise, One Year On
Last spring we started promising a callback within two hours for any reported leak. We kept that...

How We Read a Complaint Letter
Every written complaint gets read twice before anyone replies: once for the facts, once for...

Prev 1 2 3 Next
"""


def test_cards_with_no_meta_at_all_are_posts_found_by_their_cut_excerpts():
    """HubSpot's listing prints each card as a title over an excerpt cut with "...", no date, no author; the
    subscribe form's "Email*" makes it no post page."""
    posts = parse(METALESS_CARDS).posts
    assert [post.title for post in posts] == ["Why Your First Bill After Moving Looks Odd",
                                              "The Leak Callback Promise, One Year On", "How We Read a Complaint Letter"]
    assert "blog" not in " ".join(post.body for post in posts).lower()


def test_cut_cards_under_an_article_are_its_related_posts_not_a_listing():
    article = "\n\n".join(f"Paragraph {n} of the article says something complete about refunds and the people asking."
                          for n in range(1, 5))
    related = METALESS_CARDS.split("Why Your First Bill")[1]
    page = f"Tarnmoor Water\n\nHow We Answer Leak Calls\nBy Ada Mensah\nMarch 4, 2024\n\n{article}\n\nRelated posts\n\nWhy Your First Bill{related}"
    posts = parse(page).posts
    assert [post.title for post in posts] == ["How We Answer Leak Calls"]
