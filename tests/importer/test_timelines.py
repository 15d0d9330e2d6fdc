"""Timelines: dated posts, some or all without titles (journals, Micro.blog), each its own post.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive


def parse(text: str):
    return parse_archive(text.encode("utf-8"), "page.txt")


JOURNAL = """Notes from the Till
Recent Entries
Archive

Tuesday, March 3rd, 2009
10:42 pm
The kettle that came back
A woman returned a kettle she had bought three years ago, receipt kept in the box all that time.
I could not refund it, and she stayed ten minutes telling me about her late husband, who chose it.
Current Mood: thoughtful
Tags: customers, returns
(3 comments | Leave a comment)

8:15 am
Opening shift again, and the shutter sticks halfway up, and someone ducks under it to ask if we are open.
Current Mood: sleepy
Tags: work
(Leave a comment)

Sunday, March 1st, 2009
11:58 pm
Receipts, again
Three people told me today that the law says I must take things back without a receipt.
None of them could say which law, so tomorrow I will start by looking the payment up on their card.
Current Mood: tired
Tags: receipts
(1 comment | Leave a comment)

Thursday, February 26th, 2009
6:20 pm
New colleague on the counter
She asked on her first morning why we say sorry so much, and I had no good answer for her.
By closing time she had her own rule: one apology, then straight on to what we can do.
Current Mood: hopeful
Tags: team
(Leave a comment)
"""


def test_the_second_entry_of_a_day_has_no_day_header_and_no_title_but_is_a_post_of_its_own():
    posts = parse(JOURNAL).posts
    assert [post.metadata["date"] for post in posts] == [
        "2009-03-03 22:42", "2009-03-03 08:15", "2009-03-01 23:58", "2009-02-26 18:20"]
    assert posts[0].title == "The kettle that came back" and posts[2].title == "Receipts, again"
    assert "review" in posts[1].metadata  # a title made from its first words, to check
    assert all("Current Mood" not in post.body and "Leave a comment" not in post.body for post in posts)


TIMELINE = """Nadia Ferreira
About Archive Photos Replies

Mar 9, 2023

Second call today from someone whose bike locked itself at a dock; the ride had simply ended early.

Three replies I keep rewriting
Mar 7, 2023

Every few weeks I find the same three saved replies doing most of the damage in our queue.
None of the changes took more than ten minutes, and we had been sending them for two years.

Read more...

Mar 3, 2023

Overheard at the next desk, said kindly to a furious caller: you are right to be annoyed.

What the dock outage taught our queue
Feb 22, 2023

On Monday an update knocked out forty docks, and four hundred messages arrived in three hours.
"""


def test_a_timeline_of_dated_posts_keeps_its_untitled_posts_apart():
    posts = parse(TIMELINE).posts
    assert [post.metadata["date"] for post in posts] == ["2023-03-09", "2023-03-07", "2023-03-03", "2023-02-22"]
    assert [post.title for post in posts][1::2] == ["Three replies I keep rewriting", "What the dock outage taught our queue"]
    assert all("review" in post.metadata for post in posts[0::2])  # no title of their own: made, to check
    assert "Overheard" not in posts[1].body


CHAT_CHANNEL = """announcements
Welcome to #announcements!
This is the start of the #announcements channel.
May 16, 2024
Brightline Desk — 05/16/2024 9:00 AM
Phone lines open an hour earlier from today, at 8am, every weekday.
Callbacks booked for the early slot will ring from the usual number.
👍
21
❤️
4
May 19, 2024
Tova Renwick — 05/19/2024 2:15 PM
The refunds tool is back after this morning's outage; anything you started before ten needs resubmitting.
✅ Everything queued since ten has gone through.
🙏
7
"""


def test_a_chat_channels_reactions_are_no_text_and_each_message_keeps_its_byline():
    posts = parse(CHAT_CHANNEL).posts
    assert [(post.metadata["date"], post.metadata["author"]) for post in posts] == [
        ("2024-05-16 09:00", "Brightline Desk"), ("2024-05-19 14:15", "Tova Renwick")]
    assert not any(mark in post.body for post in posts for mark in ("👍", "❤️", "🙏", "\n21", "\n4\n"))
    assert "✅ Everything queued since ten has gone through." in posts[1].body  # an emoji inside a line stays
    assert "This is the start" not in posts[0].body


CHANNEL = """billing-desk-updates
Messages
Monday, March 4th
Ines Okafor
10:12 AM
Heads-up for everyone on the billing desk: the March price letters went out over the weekend, so expect more calls.
Joanne Pike
3:05 PM
The Easter rota is up, and the desk runs from nine to five on both bank holidays with half the usual team.
Yesterday
Marco Diaz
9:41 AM
Reminder that the refunds tool is down between half past twelve and half past one today, so log callbacks instead.
"""


def test_year_less_day_dividers_date_the_messages_under_them_by_the_day_the_page_was_copied():
    """A chat's "Monday, March 4th" and "Yesterday" name a day only with the capture date (archives.toml)."""
    from archive_import.model import ArchiveConfig

    posts = parse_archive(CHANNEL.encode(), "channel.txt", ArchiveConfig(captured="2024-03-08")).posts
    assert [post.metadata.get("date") for post in posts] == ["2024-03-04 10:12", "2024-03-04 15:05", "2024-03-07 09:41"]
    assert all(post.metadata.get("date") is None for post in parse(CHANNEL).posts)  # no capture date: unknown


TWENTY_ELEVEN = """Fernhallow Help Team
Smart meters, answered in one place
Posted on January 9, 2024 by Lowri Bevan
5
The smart meter sends readings to us every half hour, so you should not need to read it yourself.
Posted in Announcements | Leave a reply
Moving home? Tell us a week before, not a week after
Posted on February 26, 2024 by Lowri Bevan
1
Most of the billing disputes we see after a house move come down to one missing meter reading.
Posted in Moving home | 1 Reply
Recent Posts
Smart meters, answered in one place
Moving home? Tell us a week before, not a week after
"""


def test_a_title_listed_again_in_the_sidebar_still_heads_its_post_over_a_comment_count():
    """Twenty Eleven prints the comment count ("1") under the byline; the title's copy in "Recent Posts" does
    not make the title page furniture."""
    posts = parse(TWENTY_ELEVEN).posts
    assert posts[-1].title == "Moving home? Tell us a week before, not a week after"
    assert posts[-1].body.startswith("Most of the billing disputes")


def test_an_excerpt_cut_with_wordpress_brackets_is_a_paragraph():
    """WordPress's automatic excerpt ends mid-sentence with " […]": still running text, as a listing's is."""
    from archive_import.lines import read_lines

    excerpt = "Every Monday morning the first hour brings the same flood of weekend orders that went wrong, so we […]"
    assert read_lines([excerpt], [])[0].prose
    assert not read_lines(["Notes […]"], [])[0].prose  # too short to be a paragraph


STATUS_HISTORY = """Brightwick Support Status
Subscribe to updates
All systems operational
Phone line
Operational
Past incidents
Apr 9, 2024
No incidents reported
Apr 8, 2024
Callback requests not reaching the queue
Resolved
Callback requests are landing in the queue again, and the ones made this morning have been added in order.
Apr 8, 2024 - 11:40 GMT
Investigating
Requests made through the website form since nine o'clock are not showing up for our agents.
Apr 8, 2024 - 09:55 GMT
Apr 6, 2024
Slow replies from the billing inbox
Resolved
The billing inbox is back to its usual pace after a stuck rule was switched off.
Apr 6, 2024 - 15:02 GMT
Identified
A routing rule sent billing emails to a shared folder that nobody was watching this afternoon.
Apr 6, 2024 - 14:20 GMT
Powered by a status page provider
"""


def test_a_status_history_is_one_post_per_incident_dated_by_its_first_update():
    from archive_import import parse_archive
    posts = parse_archive(STATUS_HISTORY.encode(), "status.txt").posts
    assert [post.title for post in posts] == ["Callback requests not reaching the queue",
                                              "Slow replies from the billing inbox"]
    assert [post.metadata["date"] for post in posts] == ["2024-04-08 09:55", "2024-04-06 14:20"]
    body = posts[0].body
    assert "landing in the queue again" in body and "not showing up for our agents" in body
    assert "Resolved" not in body and "Investigating" not in body and "11:40" not in body



NOTES_WITH_REPLY_BY_EMAIL = """~wren
small notes from the returns desk. newest first. no comments, but email is fine.
home | notes | email me
2024-05-14
A parcel came back with a thank-you card inside it. We pinned it above the returns bench, where it still is.
Reply by email
2024-05-09
the label printer
The label printer jams on the first label of every roll. We now feed one blank label through before the first parcel, and the mornings are calmer.
Reply by email
2024-05-02
First week with the new returns form. Fewer questions about postage, more about refunds, which is the right way round.
Reply by email
older notes: 2023
"""


def test_dated_notes_each_closed_by_a_reply_by_email_link_open_with_their_dates():
    posts = parse_archive(NOTES_WITH_REPLY_BY_EMAIL.encode(), "notes.txt").posts
    assert [post.metadata.get("date") for post in posts] == ["2024-05-14", "2024-05-09", "2024-05-02"]
    assert "label printer jams" in posts[1].body and "thank-you card" in posts[0].body
    assert not any("Reply by email" in post.body for post in posts)
