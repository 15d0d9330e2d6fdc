"""email_headers: RFC 2822 header blocks in archives (notifications, newsletters, mbox)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from archive_import import parse_archive
from archive_import.email_headers import EmailHeaders, read_headers
from archive_import.model import ArchiveConfig

WORDPRESS_NOTIFICATION = """\
Some text before the mail.
From: Example Blog <donotreply@wordpress.com>
To: reader@example.com
Subject: [New post] How to Listen to Customers
Date: Mon, 04 Mar 2019 10:32:11 +0000
Reply-To: Example Blog <comment-reply@wordpress.com>
Message-ID: <abc123@wordpress.com>

jdoe posted: "Listening starts before the customer speaks."
""".splitlines()

MAILCHIMP = """\
Return-Path: <bounce-mc.us1_123@mail123.mcsv.net>
Subject: =?utf-8?Q?Our_March_news=3A_caf=C3=A9_edition?=
From: =?utf-8?Q?Jos=C3=A9_Garc=C3=ADa?= <jose@example.com>
Date: Tue, 05 Mar 2019 14:00:00 -0500
List-Unsubscribe: <https://example.us1.list-manage.com/unsubscribe?u=1&id=2>,
 <mailto:unsubscribe@example.com>
Content-Type: text/plain; charset="utf-8"

Hello there,
""".splitlines()

SUBSTACK = """\
Date: Wed, 6 Mar 2019 07:15:00 +0100
Subject: Fwd: Issue 12: Spring
 cleaning for your inbox
From: "Jane Doe from The Weekly" <theweekly@substack.com>
To: me@example.com

---------- Forwarded message ---------
""".splitlines()

MBOX = """\
From jane@example.com Mon Mar  4 10:32:11 2019
From: jane@example.com
Subject: Re: [team-list] Re: Lunch on Friday?
Date: Mon, 4 Mar 2019 10:32:11 -0500

Yes, noon works.
""".splitlines()

OUTLOOK_FORWARD = """\
From: Jane Doe <jane@example.com>
Sent: Monday, March 4, 2019 10:32 AM
To: Team <team@example.com>
Subject: FW: Quarterly numbers
The numbers are attached.
""".splitlines()


def test_wordpress_notification():
    found = read_headers(WORDPRESS_NOTIFICATION, 1)
    assert found is not None
    assert (found.start, found.end) == (1, 8)
    assert WORDPRESS_NOTIFICATION[found.end].startswith("jdoe posted")
    assert found.author == "Example Blog"
    assert found.address == "donotreply@wordpress.com"
    assert found.title == "How to Listen to Customers"
    assert (found.date.iso(), found.date.precision, found.date.utc_offset) == ("2019-03-04 10:32", "minute", "+00:00")
    assert found.headers[0].startswith("From: ") and len(found.headers) == 6


def test_mailchimp_encoded_words_and_folded_header():
    found = read_headers(MAILCHIMP, 0)
    assert found.author == "José García"
    assert found.title == "Our March news: café edition"
    assert found.date.value == datetime(2019, 3, 5, 14, 0) and found.date.utc_offset == "-05:00"
    assert found.end == 8 and MAILCHIMP[found.end] == "Hello there,"
    assert " <mailto:unsubscribe@example.com>" in found.headers


def test_substack_fields_in_any_order_and_folded_subject():
    found = read_headers(SUBSTACK, 0)
    assert found.author == "Jane Doe from The Weekly"
    assert found.title == "Issue 12: Spring cleaning for your inbox"
    assert found.date.utc_offset == "+01:00"
    assert found.end == 6


def test_mbox_separator_and_address_without_name():
    found = read_headers(MBOX, 0)
    assert (found.start, found.end) == (0, 5)
    assert found.author == "jane"  # no display name: the address's local part
    assert found.title == "Lunch on Friday?"
    assert found.date.iso() == "2019-03-04 10:32" and found.date.utc_offset == "-05:00"
    assert not any(line.startswith("From jane") for line in found.headers)


def test_outlook_forward_without_blank_line():
    found = read_headers(OUTLOOK_FORWARD, 0)
    assert found.author == "Jane Doe"
    assert found.title == "Quarterly numbers"
    assert found.date.iso() == "2019-03-04 10:32" and found.date.utc_offset is None
    assert found.end == 4  # the body line ends the block


def test_subject_alone_is_enough_with_from():
    found = read_headers(["From: Jane Doe <jane@example.com>", "Subject: Hello", ""], 0)
    assert found.title == "Hello" and found.date is None and found.end == 3


def test_unreadable_date_is_no_date():
    found = read_headers(["From: jane@example.com", "Subject: Hi", "Date: sometime soon", ""], 0)
    assert found.title == "Hi" and found.date is None


@pytest.mark.parametrize("lines, start", [
    (["From: the desk of Jane Doe", "", "Dear reader,"], 0),  # From alone
    (["Subject: Hello", "Date: Mon, 4 Mar 2019 10:32:11 -0500", ""], 0),  # no From
    (["Note: this is a post.", "From: here to there", ""], 0),
    (["Dear reader, thanks for writing.", "From: Jane"], 0),
    (["From jane@example.com Mon Mar  4 10:32:11 2019", "Hello, this is the body."], 0),
    ([" indented: line", "From: a@example.com", "Subject: x"], 0),
    (["From: Jane <jane@example.com>", "Subject: Hi"], 5),  # start out of range
    ([], 0),
])
def test_not_a_header_block(lines, start):
    assert read_headers(lines, start) is None


def test_record_is_frozen():
    found = read_headers(MBOX, 0)
    assert isinstance(found, EmailHeaders)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found.title = "x"


def test_a_webmail_subject_printed_over_its_header_fields_is_the_letters_title():
    """Horde prints the subject as a heading over Date / From / To and no Subject field: the letter, which has
    no headline of its own, takes it as its title (not its greeting)."""
    page = ("Inbox\nSent\nThe five-minute callback promise\nDate:\t12 Mar 2024 08:15:41 +0000\n"
            "From:\tBramble Letters <letters@bramble.example>\nTo:\tana@ferrymoor.example\n\nHello Ana,\n\n"
            "A reader asked how we settled on a five-minute callback promise, and the answer is forty calls.\n\n"
            "Most callers who waited longer than five minutes hung up before we rang, so five it had to be.\n")
    post, = parse_archive(page.encode(), "letter.txt").posts
    assert post.title == "The five-minute callback promise"
    assert post.metadata["date"] == "2024-03-12 08:15" and post.body.startswith("Hello Ana,")


GMAIL_READING_VIEW = """Issue #12: queue maths and the Friday inbox
Inbox

The Callback Club <hello@callbackclub.example> Unsubscribe
Tue, Mar 12, 8:03 AM (2 days ago)
to me

View in browser
Hi Priya,

Queue maths first: a callback promised for ten minutes from now is a promise about the whole afternoon.

The Friday inbox is next, and it is smaller than it looks once the auto-replies are filtered out.
"""


def test_gmails_reading_view_dates_the_letter_by_its_header_with_its_age_and_unsubscribe_link():
    post, = parse_archive(GMAIL_READING_VIEW.encode(), "letter.txt", ArchiveConfig(captured="2024-03-14")).posts
    assert post.metadata["date"] == "2024-03-12 08:03"
    assert "Callback Club <" not in post.body and "to me" not in post.body


def test_a_letter_sent_the_day_it_was_copied_shows_only_its_time_and_its_byline_names_the_day():
    page = ("The customer who writes in capitals\nInbox\n\nThe Lantern Desk <noreply@lanterndesk.example> Unsubscribe\n"
            "7:02 AM (3 hours ago)\nto me\n\nThe customer who writes in capitals\nBy Ines Marchetti • 21 May 2024\n\n"
            "Capitals are rarely shouting; more often the customer's phone has the caps lock stuck, or their eyesight.\n\n"
            "We answer in ordinary case and never mention it, and the next message usually arrives in lower case.\n")
    post, = parse_archive(page.encode(), "letter.txt", ArchiveConfig(captured="2024-05-21")).posts
    assert post.title == "The customer who writes in capitals"
    assert post.metadata["date"] == "2024-05-21 07:02"


THUNDERBIRD_PANE = """Reply
Forward
From\tHarbour Help Desk <newsletter@harbourhelp.example>
Subject\tHarbour Notes: stop closing tickets on the first reply
To\tMe <rafael@example.org>
Date\t23/01/2024, 17:30

View in browser
Why we stopped closing tickets on the first reply
Niamh Gallagher, Head of Support
Hi Rafael,

For years a ticket closed the moment we answered it, and one in six came back within the week.

Now the customer closes it, or a reminder does three days later, and the reopen rate has halved.

Harbour Help Desk
"""


def test_a_thunderbird_header_pane_without_colons_and_a_headline_signed_by_its_writer():
    """"From<TAB>value" rows are the letter's header; the headline over "Name, Role" is its title and the
    name its author, not the sender's team."""
    post, = parse_archive(THUNDERBIRD_PANE.encode(), "letter.txt").posts
    assert post.title == "Why we stopped closing tickets on the first reply"
    assert post.metadata["date"] == "2024-01-23 17:30"
    assert post.authors == ["Niamh Gallagher"]


def test_a_phones_mail_app_letter_is_one_post_by_its_sender_with_its_headings_inside():
    """iOS Mail: the sender's name alone over "To: Me"; the letter's inner headings head its sections."""
    page = ("Inbox\nCallum Reyes\nTo: Me\nYesterday\nDetails\nThe reply you send at 4:55 on a Friday\nUnsubscribe\n"
            "Hey there,\n\nThere is a kind of support email that only gets written in the last five minutes of a week.\n\n"
            "Nothing happens over the weekend\n\nIn most cases the promised contact came on Tuesday, not Monday.\n\n"
            "What I do instead now\n\nI say what happens on Monday and who will do it, even when it is small.\n\n"
            "Callum\n")
    posts = parse_archive(page.encode(), "letter.txt", ArchiveConfig(captured="2024-02-17")).posts
    assert len(posts) == 1 and posts[0].authors == ["Callum Reyes"]
    assert "Nothing happens over the weekend" in posts[0].body and "I say what happens on Monday" in posts[0].body


# Mailspring's pane: the subject and folder, the sent time (a weekday within the week) over the sender's
# name alone, "To: Me", then the letter, with no headline of its own.
MAILSPRING_PANE = """Keeping the promise you made on the phone
Inbox
Tue 7:05 AM
Ines Marlow
To: Me
Hi Dana,

When an agent says we will call you back tomorrow, the customer writes it down, and so should we.

What we changed

Every callback promise now becomes a task with a time on it before the call ends.

Talk soon,
Ines
"""


def test_a_desktop_clients_pane_with_the_sent_time_over_a_sender_named_without_address():
    """The sender's name alone (no address) is still the sender; the weekday time over it dates the letter
    from the capture day; the subject over the folder is the title."""
    post, = parse_archive(MAILSPRING_PANE.encode(), "letter.txt", ArchiveConfig(captured="2024-10-17")).posts
    assert post.title == "Keeping the promise you made on the phone"
    assert post.metadata["date"] == "2024-10-15 07:05"
    assert post.authors == ["Ines Marlow"]
    assert "What we changed" in post.body and "Inbox" not in post.body


def test_a_sender_named_without_address_and_no_sent_date_leaves_the_letter_undated():
    undated = MAILSPRING_PANE.replace("Tue 7:05 AM\n", "")
    post, = parse_archive(undated.encode(), "letter.txt").posts
    assert post.metadata.get("date") is None and post.authors == ["Ines Marlow"]


# Horde prints the subject over Date / From / To; the letter's masthead and issue banner come next.
HORDE_LETTER = """Inbox
Bramble & Queue #41: The five-minute callback promise
Date:\t{date}
From:\tBramble & Queue <letters@bramble.example>
To:\tana@ferrymoor.example
BRAMBLE & QUEUE
A weekly letter for people who run support teams
Issue 41 · 12 March 2024
Hello Ana,

A reader asked how we settled on a five-minute callback promise for the phone line.

Forty recorded calls told us: most callers who waited longer than five minutes had hung up.
"""


def test_a_letters_name_and_tagline_over_its_issue_banner_are_no_headline():
    page = HORDE_LETTER.format(date="12 Mar 2024 08:15:41 +0000")
    post, = parse_archive(page.encode(), "letter.txt").posts
    assert post.title == "Bramble & Queue #41: The five-minute callback promise"


def test_a_numeric_date_field_read_the_way_the_letters_named_date_agrees():
    """"03/12/2024" could be either; the letter's banner says 12 March, so the field is month first."""
    post, = parse_archive(HORDE_LETTER.format(date="03/12/2024 08:15:41 AM").encode(), "letter.txt").posts
    assert post.metadata["date"] == "2024-03-12 08:15"


def test_a_numeric_date_field_read_the_way_the_letters_named_month_agrees():
    """"03/12/2024" could be either; a banner that names only its month ("March 2024") settles it too."""
    page = HORDE_LETTER.replace("Issue 41 · 12 March 2024", "March 2024 · Issue 41")
    post, = parse_archive(page.format(date="03/12/2024 08:15:41 AM").encode(), "letter.txt").posts
    assert post.metadata["date"] == "2024-03-12 08:15"


def test_a_double_spaced_header_block_is_still_one_block():
    """A copy with a blank line after every line keeps the mail's fields together; the body follows."""
    double = "\n\n".join(line for line in WORDPRESS_NOTIFICATION if line.strip()) + "\n"
    posts = parse_archive(double.encode(), "mail.txt").posts
    assert posts[0].title == "How to Listen to Customers" and posts[0].metadata["date"].startswith("2019-03-04")
