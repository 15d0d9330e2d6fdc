"""Newsletters and e-mails: headers, greetings, sign-offs and the footer every letter repeats.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


LETTERS = """Issue 4: Callbacks
March 4, 2024

Callbacks beat hold music for anyone waiting longer than two minutes, and they are cheap to offer.
We tried them on the Tuesday queue first and nobody asked for the old way back.

Wren

--
Small Desk is a fortnightly letter for people who run tiny support teams.
You are reading this because you subscribed at smalldesk.example.

Issue 5: Refund Notes
March 18, 2024

A refund note should say what happens next, when it happens, and what to do if it does not.
Most of ours said none of the three, so we rewrote all of them in an afternoon.

Wren

--
Small Desk is a fortnightly letter for people who run tiny support teams.
You are reading this because you subscribed at smalldesk.example.
"""


def test_a_footer_every_post_repeats_word_for_word_is_page_furniture_but_the_sign_off_stays():
    posts = parse(LETTERS).posts
    assert [post.title for post in posts] == ["Issue 4: Callbacks", "Issue 5: Refund Notes"]
    for post in posts:
        assert "fortnightly letter" not in post.body and "subscribed at" not in post.body
        assert post.body.rstrip().endswith("Wren")
    dropped = parse(LETTERS).dropped
    assert len([item for item in dropped if item.reason == "repeated footer"]) == 4  # both footer lines, twice
    assert len([item for item in dropped if item.text.strip() == "--"]) == 2  # the signature's separator, twice


KIT_LETTER = """Return-Path: <bounce-17@mail.example>
From: Odile Brandt <odile@slowreply.example>
To: reader@example.net
Date: Tue, 05 Mar 2024 07:30:12 -0600
Subject: Say what happens next
MIME-Version: 1.0

View in browser

Hi Sam,

Every reply to an upset customer should end with what happens next and when it happens.
A reply that ends with an apology leaves the customer to guess, and guessing is where the second ticket comes from.

Warmly,
Odile

Odile Brandt
Slow Reply, letters about writing to customers
"""


def test_a_letter_opening_with_return_path_keeps_its_greeting_and_sign_off():
    parsed = parse(KIT_LETTER)
    post, = parsed.posts
    assert post.title == "Say what happens next"
    assert post.authors == ["Odile Brandt"]  # the sender, not "Hi Sam"
    assert post.metadata["date"] == "2024-03-05 07:30"
    body = post.body.strip()
    assert body.startswith("Hi Sam,") and "Warmly,\n\nOdile\n" in body
    assert not (parsed.source_name or "").startswith("Return-Path")


SPONSORED_ISSUE = """Front Desk Digest
Issue #58: The Callback Promise
Priya Raman
Mar 5, 2024

Good morning, and welcome back: this week is all about the callbacks we promise and forget.

Together with Queuewise
Stop losing callbacks in spreadsheets. Queuewise reminds the right agent ten minutes before each call.
Try Queuewise free for 14 days →

A missed callback lands harder than a long wait, because the customer was told a time and believed it.
Track every promise in one place, and check the completion rate every Friday with the team.

Priya

What did you think of today's email?
🔥 Loved it
😐 It was okay
Login or Subscribe to participate in polls.
"""


def test_a_sponsor_block_and_a_reader_poll_are_not_the_letter():
    post, = parse(SPONSORED_ISSUE).posts
    assert post.title == "Issue #58: The Callback Promise"
    assert "completion rate" in post.body and post.body.rstrip().endswith("Priya")
    for chrome in ("Queuewise", "Loved it", "polls"):
        assert chrome not in post.body


def test_a_sponsor_block_in_a_copy_without_blank_lines_ends_at_its_button_and_leaves_the_letter():
    """A browser that copies no blank lines leaves the box no end but its call to action."""
    dense = "\n".join(line for line in SPONSORED_ISSUE.splitlines() if line.strip()) + "\n"
    post, = parse(dense).posts
    assert "completion rate" in post.body and "A missed callback lands harder" in post.body
    assert "Queuewise" not in post.body


DIGEST_WITH_SPONSOR = """Front Desk Digest #59: two callbacks and a chat widget
Mar 12, 2024
The callback board we finally trust
By Priya Raman
We moved every promised callback onto one board that the whole shift can see, with the time written in large numbers.
Missed callbacks fell by half in a month, and nobody had to chase anyone.
Together with Queuewise
Stop losing callbacks in spreadsheets. Queuewise reminds the right agent ten minutes before each call.
Try Queuewise for 14 days
A chat widget that waits to be asked
By Dario Fenwick
Our chat bubble used to pop open after eight seconds, which mostly interrupted people filling in a form.
Now it waits in the corner until someone clicks it, and chats that end in a sale went up.
"""


def test_a_sponsor_block_with_no_blank_line_after_it_ends_over_the_next_articles_title():
    """A digest copied without blank lines: the box's button does not end as buttons do ("… for 14 days");
    the next article's title over its byline does, and its text is no sponsor's."""
    posts = parse(DIGEST_WITH_SPONSOR).posts
    assert "A chat widget that waits to be asked" in [post.title for post in posts]
    assert any("interrupted people filling in a form" in post.body for post in posts)
    assert not any("Queuewise" in post.body for post in posts)


def test_a_job_line_over_a_date_is_a_byline_and_under_a_sign_off_it_is_the_letter():
    from archive_import.decoding import decode
    from archive_import.lines import read_lines

    feed = read_lines(decode("Renata Okonkwo\n • 2nd\nHead of Customer Support at Fieldwise\n2d •\n".encode()).lines, [])
    assert feed[2].chrome == "job title" and not feed[2].title_like
    letter = read_lines(decode("Warmly,\nBeatriz Vale\nHead of Customer Care, Quaystone Travel\n\nUnsubscribe\n"
                               .encode()).lines, [])
    assert letter[2].chrome is None  # a signature: the letter's own words


CAMPAIGN = """From: Millbrook Home Insurance <news@millbrook.example>
Date: Thu, 11 Apr 2024 16:05:33 +0100
Subject: April news from the claims team

View this email in your browser
CLAIMS NEWS · APRIL 2024
We'll call you back within the hour
Dear Sam,

From 15 April, when you start a claim online, one of our handlers will ring you back within the hour.
They will check that you are safe and tell you what happens next before you hang up.

Farah Quayle
"""


def test_a_newsletter_s_own_headline_is_its_title_when_the_subject_is_not_repeated():
    post, = parse(CAMPAIGN).posts
    assert post.title == "We'll call you back within the hour"
    assert post.body.strip().startswith("Dear Sam,") or "CLAIMS NEWS" in post.body
    assert "We'll call you back" not in post.body
    echoed, = parse(CAMPAIGN.replace("We'll call you back within the hour", "April news from the claims team")).posts
    assert echoed.title == "April news from the claims team"


WEB_VERSION = """View in browser

Harbourline Energy

THE BRIGHT SIDE · ISSUE 12 · 5 MARCH 2024

Smart meter visits now come with a two-hour window

Engineers now give a two-hour arrival window the evening before, so nobody waits in all day.

Read more

A new way to read your bill

Every bill now opens with one line that says what changed since last month and why.

Read more
"""


def test_an_issue_banner_dates_the_articles_under_it():
    """A newsletter's web version: the banner's day dates every article, and neither the banner nor the
    newsletter's name over it is an article's text or author."""
    posts = parse_archive(WEB_VERSION.encode(), "issue.txt").posts
    assert [post.title for post in posts] == ["Smart meter visits now come with a two-hour window",
                                              "A new way to read your bill"]
    assert [post.metadata.get("date") for post in posts] == ["2024-03-05", "2024-03-05"]
    assert all(not post.authors and "Harbourline" not in post.body and "ISSUE" not in post.body for post in posts)


def test_a_list_archives_sender_over_its_address_is_the_author_a_teams_name_too():
    page = ("[Customer-notices] Planned supply interruption on Elm Road\nHarrowby Water Customer Care\n"
            "notices at harrowbywater.example\nMon Mar  4 10:12:33 GMT 2024\n\nDear customers,\n\n"
            "We will be replacing a section of the water main under Elm Road on Tuesday 12 March this year.\n"
            "The supply will be off between nine in the morning and three in the afternoon that day.\n")
    post = parse_archive(page.encode(), "list.txt").posts[0]
    assert post.authors == ["Harrowby Water Customer Care"]


def test_a_mail_clients_header_date_dates_the_letters_articles():
    """Copied from a mail client: "To:" and the sent date head the letter; its articles have no date of their own."""
    page = ("Pellbrook Training\nThe Service Letter, No. 27\nTo: Saoirse Whelan\n4 March 2024 at 10:32\n\n"
            "View this email in a browser\n\nHolding a call without losing the caller\n"
            "Say how long the hold will be before you press the button, and keep your promise.\nRead more\n\n"
            "Handovers that survive the weekend\nWrite the next step first and the history second.\n"
            "Read more\n")
    posts = parse_archive(page.encode(), "letter.txt").posts
    assert [post.metadata.get("date") for post in posts] == ["2024-03-04 10:32", "2024-03-04 10:32"]
    yahoo = page.replace("To: Saoirse Whelan\n4 March 2024 at 10:32", "To: you\nMon, Mar 4 at 10:32 AM")
    config = ArchiveConfig(captured="2024-03-05")  # a year-less date: the capture day places it
    dated = {post.metadata.get("date") for post in parse_archive(yahoo.encode(), "y.txt", config).posts}
    assert dated == {"2024-03-04 10:32"}
    from archive_import.lines import read_lines
    from archive_import.mail_view import letter_sent

    top_bar = read_lines(["Saturday, March 9, 2024", "Sign in / Join", "The Service Ledger", "Home"], [])
    assert letter_sent(top_bar, None) is None  # a news theme's top bar: no letter's header


def test_a_plain_text_letters_ruled_headings_each_start_an_article():
    rule = "-" * 40
    page = ("From: Oona Varga <oona@plainsupport.example>\nTo: Kasper Lind <kasper@example.org>\n"
            "Date: Mon, 04 Mar 2024 10:32:00 +0100\nSubject: Plain Support #19\n\nHello Kasper,\n\n"
            f"{rule}\nTHE REFUND THAT TOOK NINE EMAILS\n{rule}\n\n"
            "Every agent asked for one more thing, so the next kettle took nine emails instead of two.\n\n"
            f"{rule}\nNAMING THE PERSON WHO WILL CALL\n{rule}\n\n"
            "A named person in the callback confirmation felt like a promise, so customers stopped ringing to check.\n\n"
            f"{'=' * 40}\n\nThat's it for #19.\n\nOona\n")
    posts = parse_archive(page.encode(), "letter.txt").posts
    assert [post.title for post in posts] == ["THE REFUND THAT TOOK NINE EMAILS", "NAMING THE PERSON WHO WILL CALL"]
    assert "That's it" not in posts[-1].body and posts[-1].authors == ["Oona Varga"]


GMAIL_PRINT_VIEW = """Odile Brannagh <odile.brannagh@mail.example>
The Counter Letter No. 9: holding the line
1 message
Piet Varga from The Counter Letter <letters@counterletter.example>\tWed, Apr 3, 2024 at 7:45 AM
Reply-To: The Counter Letter <reply@counterletter.example>
To: odile.brannagh@mail.example

THE COUNTER LETTER
No. 9 · Notes from the front desk, monthly
Holding the line on hold times
By Piet Varga
Our longest hold last month was nineteen minutes, and the caller was still polite when we picked up.

We spent the week after finding out why, and the answer was a single rota gap on Tuesday mornings.

Ask the desk: do refunds need a manager?
By Greta Holm, guest writer
A reader asked whether every refund should wait for a manager's say-so before it goes out.

Ours do not, below a set amount, and the time saved goes straight back to the customers waiting.

Unsubscribe
"""


def test_a_gmail_print_view_dates_its_articles_and_its_header_is_no_title():
    """The sender line carries the sent time after a tab; subject, "1 message", fields and the masthead's
    issue line are the client's and the letter's furniture. "By X, guest writer" stands where "By X" does."""
    parsed = parse_archive(GMAIL_PRINT_VIEW.encode(), "letter.txt")
    assert [post.title for post in parsed.posts] == ["Holding the line on hold times",
                                                     "Ask the desk: do refunds need a manager?"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2024-04-03 07:45"] * 2
    assert [post.authors for post in parsed.posts] == [["Piet Varga"], ["Greta Holm"]]


OUTLOOK_DESKTOP = """Service Notes, April: callbacks and a quieter hold queue
HW
Harbourwick Training <notes@harbourwick.example>
To:  Pia Lindqvist
Reply
Reply All
Forward
Wed 4/3/2024 9:15 AM
If there are problems with how this message is displayed, click here to view it in a web browser.

Callbacks that keep their slot
By Ines Marrow, Trainer
A callback booked for two o'clock now stays at two o'clock, even when the queue is long at lunchtime.
Read more

A quieter hold queue
The hold music now stops every minute to say how many callers are ahead, and fewer people hang up.
Read more

Unsubscribe
"""


def test_an_outlook_reading_pane_dates_its_articles_and_its_buttons_and_banner_are_no_text():
    posts = parse(OUTLOOK_DESKTOP).posts
    assert [post.title for post in posts] == ["Callbacks that keep their slot", "A quieter hold queue"]
    assert [post.metadata["date"] for post in posts] == ["2024-04-03 09:15"] * 2
    assert not any(word in post.body for post in posts for word in ("Reply All", "Forward", "web browser", "HW"))


# A shop's letter in Gmail: signed with a first name, the sender's footer (links, the name in full, the
# address) under the signature.
LETTER_SIGNED_WITH_A_FIRST_NAME = """A note about slower replies this month
Inbox
Fernbrook Pottery <hello@fernbrook.example> Unsubscribe
Thu, Nov 7, 2024, 6:30 AM
to me
On slow replies, and why we have stopped apologising for them
Hello friend,
Every November the studio inbox doubles, and three of us answer it while one of us also fires the kiln.
For years I opened every reply with an apology for the delay, usually for answering within a day.
This year we are telling you up front instead: replies take two working days until Christmas.
Thank you for being patient with a very small studio in a very busy month.
Warmly,
Ines
Shop the winter glazes
Ines Calloway, founder
Follow along
Instagram
Fernbrook Pottery
Unit 4, Willow Yard, Frome BA11 1EP, United Kingdom
Unsubscribe | Update Preferences
"""


def test_a_letter_ends_with_its_signature_and_its_writer_is_the_full_name_the_footer_gives():
    posts = parse_archive(LETTER_SIGNED_WITH_A_FIRST_NAME.encode(), "letter.txt").posts
    assert len(posts) == 1
    body = posts[0].body
    assert body.rstrip().endswith("Ines") and "Warmly," in body
    assert not any(words in body for words in ("Shop the winter glazes", "Willow Yard", "Follow along"))
    assert posts[0].authors == ["Ines Calloway"]


def test_a_team_signing_off_keeps_its_footer_block_rather_than_losing_its_name():
    team = LETTER_SIGNED_WITH_A_FIRST_NAME.replace("Warmly,\nInes\n", "Warmly,\nthe studio team at Fernbrook\n")
    body = parse_archive(team.encode(), "letter.txt").posts[0].body
    assert "the studio team at Fernbrook" in body


# AWeber's message archive: the list's name, "Message Archive", the pager, then a headline written as two
# sentences right over the send date, and the letter.
ARCHIVED_LETTER_WITH_SENTENCE_HEADLINE = """Harrowfield Glazing
Message Archive
Subscribe
« Previous Message
Next Message »
The window is fitted. Did anyone tell you?
Apr 9, 2024
View this email in your browser
Hi friend,
When our fitters finished a job, the office knew it was done and the fitter knew it was done, but often the person who booked it did not.
Since March, every finished job sends a short message to whoever made the booking, with what was fitted and a photo of the result.
It has halved the number of calls asking whether a job is finished.
Warm regards,
Ines
Unsubscribe | Change Subscriber Options
"""


def test_a_headline_written_as_sentences_right_over_the_send_date_is_the_letters_title():
    posts = parse_archive(ARCHIVED_LETTER_WITH_SENTENCE_HEADLINE.encode(), "letter.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("The window is fitted. Did anyone tell you?", "2024-04-09")]
