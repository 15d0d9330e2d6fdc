"""A letter as a mail client shows it: the client's window (folders, sender, fields, buttons) is no text of it.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


LETTER_WITH_ITS_SUBJECT_ONLY = """Archive
Move
Delete
Newsletters
The customer who wrote back three words
Hollis Brandvold
to me
Mar 9, 2024 at 6:30 AM
Unsubscribe

Hi there,

Last Tuesday a customer answered my longest, most careful email with three words, asking when it would come.

Lead with the date

Now I write the sentence that answers "when?" before anything else, and most of the rest goes.

Talk soon,
Hollis
"""


def test_a_letter_with_no_headline_of_its_own_takes_its_subject_as_title():
    """The client prints the subject over the sender; the letter never repeats it, and its inner heading is
    a section of the one letter, not a post."""
    (post,) = parse_archive(LETTER_WITH_ITS_SUBJECT_ONLY.encode(), "letter.txt").posts
    assert post.title == "The customer who wrote back three words"
    assert post.authors == ["Hollis Brandvold"] and post.metadata["date"] == "2024-03-09 06:30"
    assert "Lead with the date" in post.body and post.body.rstrip().endswith("Hollis")


GMAIL_BASIC_HTML_VIEW = """Gmail
Calendar
irene@example.com | Settings | Help | Sign out
Search Mail  Search the Web  Show search options
Compose Mail
Inbox
Starred
Sent Mail
Drafts
All Mail
Spam
Trash
« Back to Inbox\tArchive\tReport Spam\tDelete\tMore Actions\tGo
The Harbour Desk | March notes
Inbox
Harbour Desk Training <hello@harbourdesk.example>\tMon, Mar 11, 2024 at 7:00 AM
Reply-To: Harbour Desk Training <hello@harbourdesk.example>
To: irene@example.com
Reply | Reply to all | Forward | Print | Delete this message | Show original

Warm transfers that stay warm
A warm transfer is meant to spare the customer from repeating themselves, and most of ours did not.

The first agent now stays on the line until the second has said the problem back in their own words.
"""


def test_a_mail_clients_sender_under_its_folder_lists_and_its_action_row_are_no_text():
    """Gmail's basic HTML view prints its folders and search box over the letter: the sender line with
    "Reply-To:" under it is found below them, and the "Reply | Reply to all | …" row is the client's. The
    letter has no headline of its own: the subject over the sender is its title, the sent time its date."""
    (post,) = parse_archive(GMAIL_BASIC_HTML_VIEW.encode(), "letter.txt").posts
    assert post.title == "The Harbour Desk | March notes" and post.metadata["date"] == "2024-03-11 07:00"
    assert "the second has said the problem back" in post.body
    for chrome in ("Compose Mail", "Reply to all", "hello@harbourdesk.example"):
        assert chrome not in post.body


LIST_THREAD_IN_A_MAIL_CLIENT = """Oren Valcourt
[support-leads] Handing over key accounts when an agent leaves
To: support-leads@lists.quaylane.example
March 12, 2024 at 9:14 AM

Hi all,

One of our senior agents leaves at the end of the month, and she looks after our largest customers.

How do other teams hand accounts over without the customers feeling dropped?

Oren
_______________________________________________
support-leads mailing list

Fenna Rautio
Re: [support-leads] Handing over key accounts when an agent leaves
To: support-leads@lists.quaylane.example
March 12, 2024 at 11:02 AM

We introduce the new owner first, on a call, while the leaver is still around to vouch for them.

Fenna
_______________________________________________
support-leads mailing list
"""


def test_a_list_threads_re_messages_are_replies_to_the_first_and_its_subject_is_the_title():
    """Each message of the conversation has a sender, a subject and a date; "Re:" with the first message's
    subject makes a reply, a comment, and the subject it quotes names the post (not its "Hi all,")."""
    parsed = parse_archive(LIST_THREAD_IN_A_MAIL_CLIENT.encode(), "thread.txt")
    (post,) = parsed.posts
    assert post.title == "Handing over key accounts when an agent leaves" and post.authors == ["Oren Valcourt"]
    assert parsed.comments == 1 and "We introduce the new owner" not in post.body
    assert post.body.strip().startswith("Hi all,")


GMAIL_PHONE_VIEW = """Why the second reply matters more than the first
Inbox
Brightfold Notes
Apr 2, 2024
to me
Forwarded this email? Subscribe here for more
Why the second reply matters more than the first
A short letter about follow-ups that actually close the loop
Wren Haldane
Apr 2
 
READ IN APP
 
Most teams measure the first reply to the minute and never look at the second, which is where customers decide whether we understood them.
We started timing the second reply too, and the slowest ones were almost always waiting on another team.
What we changed
Every handover now carries a time by which the customer hears back, whoever holds the ticket.
Wren
Like
Comment
"""


def test_gmail_on_a_phone_prints_the_sender_by_name_over_the_day_and_to_me():
    """The sender's name (a newsletter's, no address), the day, "to me": the client's header, not a post; the
    letter under it is one post, its whole text kept, however its headline repeats the subject."""
    (post,) = parse_archive(GMAIL_PHONE_VIEW.encode(), "letter.txt").posts
    assert post.title == "Why the second reply matters more than the first"
    assert post.metadata["date"] == "2024-04-02"
    assert "Most teams measure the first reply" in post.body and "What we changed" in post.body
    assert "Every handover now carries a time" in post.body and "to me" not in post.body


GMAIL_LABELLED_LETTER = """Skip to content
Gmail
Search mail
Compose
Inbox
204
Starred
Sent
Labels
Billing letters
3 of 41
Why your first bill is an estimate
Promotions
Billing letters

Meterline Notes <notes@meterline.example> Unsubscribe
Tue, Oct 8, 2024, 7:15 AM
to me

Images are not displayed.
Display images below - Always display images from notes@meterline.example

METERLINE NOTES
Issue 40 — for the people who read the meters

Hello again,

Most first bills are estimates, because the first real reading only arrives a few weeks after a move. We now say so on the bill itself, in the first line.

The estimate is based on the home's size and last year's use. When the real reading comes in, the next bill corrects it, up or down.

Until Friday,
Tomasz

Tomasz Wierzbicki
Meterline Notes

You are receiving this because you signed up at meterline.example.
Unsubscribe | Change Subscriber Options
Reply
Forward
"""


def test_gmail_labels_between_subject_and_sender_and_its_image_notice_are_the_clients():
    """Gmail prints the letter's labels between its subject and its sender, and an image notice over the letter;
    the issue line under the masthead is no headline, so the subject titles the letter, signed "Until Friday,"."""
    posts = parse_archive(GMAIL_LABELLED_LETTER.encode(), "letter.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Why your first bill is an estimate", "2024-10-08 07:15")]
    body = posts[0].body
    assert "Images are not displayed" not in body and "Display images" not in body
    assert body.rstrip().endswith("Tomasz") and "Until Friday," in body


APPLE_MAIL_ON_A_MAC = """Odile Varga
11 June 2025 at 08:15
Why our first line changed
To: Sam Reyes
Reply-To: Odile Varga
This message is from a mailing list.
Unsubscribe

PLAIN ANSWERS
a monthly letter about help articles
Lead with what the reader can do
Hi Sam,
A help article about late parcels opened with three sentences about our carriers before it said what a customer could do.
We moved the answer to the top, and the contacts about late parcels fell within a fortnight.
Odile
12 Harbour Row, Porthleven | Unsubscribe | Update your profile
"""


def test_apple_mail_on_a_mac_prints_the_sender_by_name_over_the_day_and_the_subject_over_to():
    """The subject is the client's; the letter's headline is the title; the masthead is nobody's name."""
    posts = parse_archive(APPLE_MAIL_ON_A_MAC.encode(), "letter.txt").posts
    assert [(post.title, post.metadata.get("date"), list(post.authors)) for post in posts] == [
        ("Lead with what the reader can do", "2025-06-11 08:15", ["Odile Varga"])]
    assert "Why our first line changed" not in posts[0].body and "To: Sam Reyes" not in posts[0].body


OUTLOOK_PRINT_VIEW = """Outlook

Why we switched the chat off after lunch

From Nell Ashby <nell@quaylight.example>
Date Thu 2/29/2024 8:12 AM
To  sam.reyes@outlook.com <sam.reyes@outlook.com>

QUAYLIGHT ENERGY
The Care Team Letter
Hello from the care team,

For one week in February we switched our chat window off between one and three, and told customers why.
The phones were answered faster than in any week since October, and hardly anyone complained.

Nell Ashby
Head of Customer Care
"""


def test_outlook_on_the_webs_print_view_labels_the_sender_and_the_day_it_was_sent():
    posts = parse_archive(OUTLOOK_PRINT_VIEW.encode(), "letter.txt").posts
    assert [(post.metadata.get("date"), list(post.authors)) for post in posts] == [("2024-02-29 08:12", ["Nell Ashby"])]


# A mail client's feed of newsletters: the newest letter open, the older ones collapsed under it, each with
# the client's "Expand" button. The collapsed letters are the feed's items, not a post page's "read next".
FEED_WITH_ONE_LETTER_OPEN = """Inbox
The Feed
Quiet Counter
Mar 14
The callback we promised and forgot
Quiet Counter
Mar 14
We promised a customer a call back before noon and nobody rang. She did not complain about the wait; she complained that nobody told her the plan had changed.
So we changed one thing: the person who promises the call owns it until someone else says out loud that they have taken it over.
In the first month the complaints about missed calls fell from nine to two.
The hardest part was saying the handover out loud in a busy room.
We now do it at the start of every shift, in front of the board.
Nobody has missed a promised call since the rota changed in February.
Thanks for reading, and write back with the promise your team keeps forgetting.
Unsubscribe
Ledger Lines
Mar 12
Refunds that wait for the warehouse
A customer sent back a lamp and waited three weeks for the money, because the refund could not start until somebody in the warehouse opened the box and…
Expand
Quiet Counter
Mar 7
The first reply sets the pace
We timed the first reply on two hundred tickets and found that the slow ones were slow before anyone had read the question, because the ticket sat in the wrong…
Expand
"""


def test_letters_a_feed_shows_collapsed_under_the_open_one_are_posts_of_their_own():
    posts = parse_archive(FEED_WITH_ONE_LETTER_OPEN.encode(), "feed.txt").posts
    assert [post.title for post in posts][1:] == ["Refunds that wait for the warehouse", "The first reply sets the pace"]
    assert "Nobody has missed a promised call" in posts[0].body and "Refunds" not in posts[0].body
    assert "Expand" not in posts[1].body and posts[1].body.rstrip().endswith("and…")


# Thunderbird's header pane with its toolbar between the fields: "Label<TAB>value", no colon; the letter
# prints no headline of its own.
THUNDERBIRD_PANE_BROKEN_BY_TOOLBAR = """From\tHarbour Help Notes <notes@harbourhelp.example>
Reply
Forward
Archive
Junk
Delete
More
To\tnoor.adair@example.org
Subject\tThree callbacks we stopped promising
4/9/2024, 8:15 AM
To protect your privacy, Thunderbird has blocked remote content in this message.

Hello again,

We used to promise a callback within the hour, and we missed it about a third of the time.

Now we promise the afternoon, and we keep that promise nearly every day.

Thanks for reading,
Marta
"""


def test_a_thunderbird_subject_field_titles_the_letter_without_its_label():
    posts = parse_archive(THUNDERBIRD_PANE_BROKEN_BY_TOOLBAR.encode(), "letter.txt").posts
    assert [post.title for post in posts] == ["Three callbacks we stopped promising"]


# Thunderbird's pane prints the sent date in numbers that read both ways; the letter's banner names its month.
PANE_WITH_AMBIGUOUS_SENT_DATE = """From Harbour Opticians <care@harbour.example>
To Me <ana@example.org>
Subject The Fitting Room, May
08/05/2024, 09:41
THE FITTING ROOM
Customer care news from Harbour Opticians · May 2024
Hi Ana,

Two pieces this month.

Glasses remade within seven days
By Marta Lind, Head of Lab Services
Glasses that arrive wrong are now remade within seven days, and we tell you the day they will be ready.

Live chat until eight
By Owen Price, Customer Care Lead
Live chat now runs until eight in the evening, because most of you write after work.

Thanks for reading,
The Harbour team
"""


def test_a_sent_date_that_reads_both_ways_is_read_the_way_the_banners_month_agrees():
    posts = parse_archive(PANE_WITH_AMBIGUOUS_SENT_DATE.encode(), "letter.txt").posts
    assert [post.metadata.get("date") for post in posts] == ["2024-05-08 09:41", "2024-05-08 09:41"]
