"""Mail: a newsletter digest (its "In this issue" list names its articles, each a post) and a list archive's message.

Every e-mail here is written by hand for the test; the expectations are
what the e-mail plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

DIGEST = """From: Brightwell Water Customer Care <care@brightwell.example>
Date: Thu, 6 Jun 2024 07:45:00 +0100
Subject: Care Notes, June: two changes to your bill

View this email in your browser
In this issue
Your bill now shows the reading date
A shorter wait on our phone line
Hello Sam,

Two quick updates from the team that answers your calls.

Your bill now shows the reading date
By Ines Marlow, Billing Support
Every bill now prints the date your meter was read, right next to the reading itself.
It answers the question we were asked most in May: which reading is this?
Read more

A shorter wait on our phone line
We moved two people onto the phones on Monday mornings, the busiest hour of the week.
The average wait fell from fourteen minutes to six.
Read more

Thanks for reading. Reply to this email and a person on the care team will answer.
Unsubscribe
"""


def test_each_article_a_digest_lists_is_a_post_dated_by_the_email():
    posts = parse_archive(DIGEST.encode("utf-8"), "digest.txt").posts
    assert [post.title for post in posts] == ["Your bill now shows the reading date", "A shorter wait on our phone line"]
    assert all(post.metadata["date"] == "2024-06-06 07:45" for post in posts)
    assert posts[0].authors == ["Ines Marlow"] and posts[1].authors == []  # a company's team is no author
    assert posts[0].body.startswith("Every bill now prints") and "Hello Sam" not in posts[0].body
    assert "Thanks for reading" not in posts[1].body


PIPERMAIL = """[Service-notes] Meter readings move to the first Monday
Orla Brennan
o.brennan at tidewell.example
Mon Apr  1 09:15:00 BST 2024

Previous message (by thread): [Service-notes] Easter opening hours
Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]

From May, we will read meters on the first Monday of each month instead of the last Friday.
Bills will arrive a few days earlier as a result, and nothing else changes.

Orla
-------------- next part --------------
An HTML attachment was scrubbed...

More information about the Service-notes
mailing list
"""


def test_a_mailing_list_archive_page_is_its_message():
    posts = parse_archive(PIPERMAIL.encode("utf-8"), "list.txt").posts
    assert len(posts) == 1
    post = posts[0]
    assert post.title == "Meter readings move to the first Monday" and post.authors == ["Orla Brennan"]
    assert post.metadata["date"] == "2024-04-01 09:15"
    assert "first Monday of each month" in post.body and "scrubbed" not in post.body and "sorted by" not in post.body


PREHEADER = """From: Rhea Castle at Brightmoor Homes <rhea@brightmoor.example>
Date: Mon, 3 Jun 2024 09:00:00 +0100
Subject: Changes to our phone line in June

From Monday, a person answers every call after six. Here is what that means for you.
View in browser
Brightmoor Homes
Someone picks up after six now
Hi Sam,

Evening calls used to go to voicemail and wait for the morning. From Monday a member of the team answers them.

Best wishes,
Rhea Castle
Head of Customer Care
Unsubscribe
"""


def test_a_newsletters_headline_under_its_preview_line_is_its_title_and_its_sign_off_its_author():
    post = parse_archive(PREHEADER.encode("utf-8"), "mail.txt").posts[0]
    assert post.title == "Someone picks up after six now"
    assert "Evening calls used to go to voicemail" in post.body
    assert post.authors == ["Rhea Castle"]  # the letter's sign-off


WEB_VIEW_LETTER = """Email not displaying correctly? View it in your browser.

CORNFLOWER HOME

FIELD NOTES FROM THE HELP DESK · APRIL 2024

Refund tracker goes live

The tracker shows where a refund is, from the moment we approve it until the bank posts it.

Customers told us the waiting was the worst part, so the page now counts the days for them.

See your refund

Phone lines open on Sundays

From the first Sunday of May a small team answers calls between ten and four.

We picked those hours from a month of missed-call logs, not from a guess.

Check the hours

Thanks for reading. Reply to this email and it reaches the desk, not a robot.

No longer want these emails? Unsubscribe.
"""


def test_a_letters_web_view_with_a_button_under_each_article_is_one_post_per_article():
    parsed = parse_archive(WEB_VIEW_LETTER.encode(), "letter.txt")
    assert [post.title for post in parsed.posts] == ["Refund tracker goes live", "Phone lines open on Sundays"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2024-04-01"] * 2
    assert [post.date_precision for post in parsed.posts] == ["month"] * 2
    bodies = " ".join(post.body for post in parsed.posts)
    assert "See your refund" not in bodies and "Check the hours" not in bodies and "Thanks for reading" not in bodies


ONE_ARTICLE_LETTER = """View this email in your browser

Why we answer the phone on the third ring

By Ilse Marrow

We timed a month of calls and found that the first ring is too soon for most callers to be ready.

What the callers said

Half of them said a pickup on the first ring made them feel rushed before they had found their order number.

What we changed

The phones now ring three times before the desk answers, and nobody has asked us to go back.

Read the call study

Unsubscribe
"""


def test_a_letters_web_view_holding_one_article_with_inner_headings_stays_one_post():
    """One button under the whole letter: its headings are the article's sections, not articles."""
    parsed = parse_archive(ONE_ARTICLE_LETTER.encode(), "letter.txt")
    assert [post.title for post in parsed.posts] == ["Why we answer the phone on the third ring"]
    assert "What the callers said" in parsed.posts[0].body


LETTER_OF_BUTTON_CLOSED_ARTICLES = """From: Corrie Energy Customer Team <hello@corrie.example>
Sent: Thursday, May 16, 2024 8:00 AM
To: Aled Pritchard <aled@example.co.uk>
Subject: Customer Notes, May

If there are problems with how this message is displayed, click here to view it in a web browser.

Hello Aled,

Each month we share what our customer team has been working on, and this month there are two stories.

Why your call now starts with a question
By Hannah Ferrie, Head of Customer Service

Until April everyone who rang us joined one long queue, whatever they were calling about.

Now one question sends supply problems to the engineers' line first, and their wait fell to two minutes.
Read more on our website

The letter that made people ring us
By Callum Osei, Customer Communications

Our tariff letter answered the only question people had on its second page, so they phoned to ask it.

We moved the answer to the first sentence, and calls about the letter fell by two thirds.
See the new letter

Thank you for reading,
The Corrie customer team
Copyright © 2024 Corrie Energy Ltd, All rights reserved.
"""


def test_a_letters_articles_each_closed_by_a_button_are_posts_by_their_own_bylines():
    """No "In this issue" list, but each article is a heading, a byline and paragraphs closed by a button:
    each is a post, dated by the letter; the greeting, its intro and the sign-off are the letter's. A
    department after the name is the author's role, not a second author."""
    posts = parse_archive(LETTER_OF_BUTTON_CLOSED_ARTICLES.encode(), "letter.eml.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Why your call now starts with a question", ["Hannah Ferrie"]),
        ("The letter that made people ring us", ["Callum Osei"])]
    assert all(post.metadata["date"] == "2024-05-16 08:00" for post in posts)
    assert "Hello Aled" not in posts[0].body and "See the new letter" not in posts[1].body


STORY_CARD_DIGEST = """Stories for Jonas | The daily digest
Inbox
Story Digest <noreply@stories.example> Unsubscribe
Wed, Mar 20, 7:14 AM (4 hours ago)
to me
Today's highlights
Nadia Ferreira in The Queue Desk
Why Your Callback Estimate Is Always Wrong
The number on the hold message is a forecast, and forecasts need error bars that customers can handle.
7 min read
1.4K
32
Lior Abernathy
I Answered Support Emails for a Bakery for a Year
Sourdough starters, wedding cakes and one furious croissant taught me more than any help desk job did.
11 min read
860
19
Unsubscribe from this type of email
"""


def test_a_digest_of_story_cards_each_closed_by_its_read_time_is_one_post_per_card():
    """Each card is a title and its subtitle over "N min read" and its counts: a post, not one letter."""
    posts = parse_archive(STORY_CARD_DIGEST.encode(), "digest.txt").posts
    assert [post.title for post in posts] == ["Why Your Callback Estimate Is Always Wrong",
                                             "I Answered Support Emails for a Bakery for a Year"]
    assert posts[1].body.strip().startswith("Sourdough starters")
    assert [post.authors for post in posts] == [["Nadia Ferreira"], ["Lior Abernathy"]]  # over each card's title
    assert posts[0].metadata.get("category") == "The Queue Desk"  # "Name in Publication"


# A plain-text digest: its index numbers the articles, and each article has its own dated byline.
NUMBERED_DIGEST = """Subject: The Line #31 - notes on waiting
From: The Line <letters@theline.example>
Date: 09/04/2024, 07:30
To: reader@example.net

THE LINE
Issue 31 - 9 April 2024

Hello again. Two pieces this time, both about waiting.

IN THIS ISSUE
1. The honest estimate
2. Queues have moods

----------------------------------------

[1]
The honest estimate
by Marguerite Sallow - 2 April 2024 - 4 min read

Tell a customer their wait will be a few minutes and they start counting at the first minute.
An estimate is a promise, and the only promises worth making are the ones you keep.

----------------------------------------

[2]
Queues have moods
by Jasper Ndlovu - 28 March 2024 - 5 min read

Monday mornings are tense and Friday afternoons are strange, and the replies show it.
So we changed who works when, and the Monday complaints fell by a third.

----------------------------------------
"""


def test_a_numbered_index_names_the_articles_and_each_articles_byline_dates_it():
    posts = parse_archive(NUMBERED_DIGEST.encode(), "digest.txt").posts
    assert [post.title for post in posts] == ["The honest estimate", "Queues have moods"]
    assert [post.metadata["date"] for post in posts] == ["2024-04-02", "2024-03-28"]
    assert [list(post.authors) for post in posts] == [["Marguerite Sallow"], ["Jasper Ndlovu"]]


# beehiiv's "In today's issue:" list, the first article's heading right under it with no blank line between.
INDEX_RUNNING_INTO_THE_FIRST_ARTICLE = """Subject: The Desk #41: second opinions and refund clocks
From: The Desk <desk@mail.example>
Date: 14/03/2024, 07:05
To: Rhiannon Parr <r.parr@example.org>

Read Online
The Desk
March 14, 2024
In today's issue:
A second opinion before the third reply
Start the refund clock when the customer asks
A second opinion before the third reply
By Callum Odili
Before anyone sends a third reply on the same issue, they paste the thread into the team channel and ask.
About half the time the answer is different from what the agent thought.

Start the refund clock when the customer asks
By Priyanka Deol
Our refund target used to start at approval, and it was almost always met.
We moved the start of the clock to the customer's first request, and found the two slow approval steps.

That's all for this week.
"""


def test_an_index_with_no_blank_line_under_it_still_names_its_articles():
    posts = parse_archive(INDEX_RUNNING_INTO_THE_FIRST_ARTICLE.encode(), "digest.txt").posts
    assert [post.title for post in posts] == ["A second opinion before the third reply",
                                              "Start the refund clock when the customer asks"]
    assert [list(post.authors) for post in posts] == [["Callum Odili"], ["Priyanka Deol"]]


# A Kit digest copied with its headers: no "In this issue" list, no buttons; each article a heading signed
# right under it.
SIGNED_ARTICLES_DIGEST = """Subject: Three notes on the returns desk
From: Wrenfold Notes <notes@wrenfold.example>
Date: Tue, 9 Apr 2024 07:30:00 +0100
To: Ana Ruiz <ana@example.org>

Wrenfold Notes
April 2024 · Issue 9

Hello again. Three short pieces this month.

Returns labels that print on any printer
By Ilse Varga

The label now fits a normal sheet of paper, and the barcode is large enough for every courier's scanner.

Customers without a printer can show a code at the post office instead.

Refunds for unopened items, same day
By Piet Ansel

An unopened item that reaches us before noon is refunded the same day, and the email says so.

Why we stopped asking for the receipt
By Ilse Varga

We can find the order from the card or the address, so the receipt question only comes up when neither works.

That is all for April.
"""


def test_a_digest_whose_articles_are_each_signed_under_their_heading_is_one_post_per_article():
    posts = parse_archive(SIGNED_ARTICLES_DIGEST.encode(), "digest.eml.txt").posts
    assert [(post.title, post.authors, post.metadata["date"][:10]) for post in posts] == [
        ("Returns labels that print on any printer", ["Ilse Varga"], "2024-04-09"),
        ("Refunds for unopened items, same day", ["Piet Ansel"], "2024-04-09"),
        ("Why we stopped asking for the receipt", ["Ilse Varga"], "2024-04-09"),
    ]


# A newsletter in a webmail client that says how many notes it holds, each a heading over its paragraphs.
ANNOUNCED_NOTES = """Back
Archive
Delete
The Ferry Desk #9: three quick notes from the ticket office
Inbox
Harbour Ferries
desk@harbourferries.example
To: you
Wed, Aug 21, 2024 at 7:45 AM

THE FERRY DESK
Issue #9 · August 2024

Hello from the ticket office,

A busy month, so this issue is three quick notes rather than one long letter.

Refunds now reach your card in three days
We used to send refunds in a weekly batch, so some waited eight days. They now go out the evening the crossing is cancelled.

Your bank may still take a day or two to show it, which is out of our hands.

Bikes go on the early sailing again
The early sailing carries bikes again from September. Book the space with your ticket, as there are only six.

Lost property has a phone line
Anything left on board is logged before the boat turns round. Ring the office between ten and four and quote your sailing time.

That's all from the office this time. Reply to this email with anything you would like explained next issue.

The ticket office team

Harbour Ferries, Quay Street, Portwell
Unsubscribe
"""


def test_a_letter_announcing_its_three_notes_over_three_headings_is_three_posts_dated_when_sent():
    posts = parse_archive(ANNOUNCED_NOTES.encode(), "letter.txt").posts
    assert [post.title for post in posts] == ["Refunds now reach your card in three days",
                                              "Bikes go on the early sailing again", "Lost property has a phone line"]
    assert {post.metadata["date"] for post in posts} == {"2024-08-21 07:45"}  # the sent time, not "August 2024"
    assert "out of our hands" in posts[0].body and "quote your sailing time" in posts[2].body


def test_a_letter_whose_headings_outnumber_what_it_announces_is_one_letter():
    letter = ANNOUNCED_NOTES.replace("three quick notes", "two quick notes")
    posts = parse_archive(letter.encode(), "letter.txt").posts
    assert len(posts) == 1 and "Bikes go on the early sailing again" in posts[0].body


def test_a_letter_whose_subject_lists_its_headings_is_a_digest_of_them():
    """"August: refunds, bikes and lost property" over three headings each holding an item of the list."""
    letter = ANNOUNCED_NOTES.replace("The Ferry Desk #9: three quick notes from the ticket office",
                                     "The Ferry Desk | August: refunds, bikes and lost property").replace(
        "A busy month, so this issue is three quick notes rather than one long letter.",
        "A busy month at the office, and a short letter to match it.")
    posts = parse_archive(letter.encode(), "letter.txt").posts
    assert [post.title for post in posts] == ["Refunds now reach your card in three days",
                                              "Bikes go on the early sailing again", "Lost property has a phone line"]
