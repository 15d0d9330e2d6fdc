"""Comment systems and Q&A pages: each thread opens where its system says, and its comments are no text.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


QUESTION_WITH_ANSWERS = """Community
Back to Questions
Odile Ferrant
asked in #Billing
May 2, 2024
Refund lands twice when the agent retries the payment screen
Twice this week a refund went out two times after an agent pressed the button again on a slow screen.
Is there a setting that makes the second press wait for the first one to finish?
Upvote
Answer
Share
Follow
2 answers
Sort by: Most Helpful
Kasimir Oyelaran
May 3, 2024
Turn on the duplicate check in the payment settings; it holds a second refund for the same order for a minute.
Upvote
Reply
Odile Ferrant
May 3, 2024
That stopped it, thank you.
Upvote
Reply
"""


def test_answers_under_a_question_are_comments_and_its_button_row_is_no_text():
    """"2 answers" opens the thread as "2 comments" would; "Answer" between "Upvote" and "Share" is a
    button, though no list names it."""
    parsed = parse(QUESTION_WITH_ANSWERS)
    assert [post.title for post in parsed.posts] == ["Refund lands twice when the agent retries the payment screen"]
    body = parsed.posts[0].body
    assert body.splitlines()[-1] == "Is there a setting that makes the second press wait for the first one to finish?"
    assert "duplicate check" not in body and "Answer" not in body.split()
    assert parsed.comments == 2
    post = parsed.posts[0]
    assert post.authors == ["Odile Ferrant"] and post.metadata["category"] == "Billing"


def test_a_members_company_after_the_name_is_no_part_of_it():
    from archive_import.names import names_in
    assert names_in("Priya Raman (Harbourline Energy)") == ("Priya Raman",)
    assert names_in("Refunds (Part Two) and Other Things") == ()


def test_the_other_answers_under_more_answers_below_are_comments():
    page = ("Why do customers ask for a manager?\nIlse Brandt\nSupport lead\nMar 4, 2024\n"
            "Most of the time they want to know that someone can change the outcome, not a new face.\n"
            "We now say who can decide, and the request for a manager mostly goes away.\n"
            "More answers below\nTheo Marchbank\nFormer store manager\nMar 5, 2024\n"
            "In retail the manager was the only one allowed to refund, so the customers were right to ask.\n")
    parsed = parse(page)
    assert len(parsed.posts) == 1 and "refund, so the customers" not in parsed.posts[0].body
    assert parsed.comments == 1


def test_a_heading_of_numbered_phrases_and_a_version_label_are_nobodys_name():
    from archive_import.names import names_in
    from archive_import.patterns import USERNAME
    assert names_in("One Inbox, Four People, No Assignments") == ()
    assert names_in("Nell Harrow, Ada Ferrin") == ("Nell Harrow", "Ada Ferrin")
    assert USERNAME.match("v4.8") is None and USERNAME.match("4.8.1") is None and USERNAME.match("jane_doe")


SCORED_THREAD_UNDER_A_FOOT_DATE = """> deskbook
Posts
3 minutes read
Closing Tickets Nobody Asked Us to Close
For years a ticket that waited three days on the customer closed itself, and we called that tidy.

In January we turned the timer off for a month, and the count of new tickets quietly fell.
auto-close
612 Words
2024-02-11 08:40
Want to add to the discussion?
Comment anonymously
M
Mikkel Dahl
7 points
1 months ago
We auto-closed after two days for years and never noticed the duplicates it made.
T
Tove Lind
4 points
1 months ago
Same here. The reopen rate looked fine while the new tickets were not new at all.
"""


def test_comments_scored_in_points_are_a_thread_and_a_date_under_the_tags_dates_the_post():
    """Commento prints a score where others print a date; the post's date sits under its tags and word count."""
    parsed = parse(SCORED_THREAD_UNDER_A_FOOT_DATE, ArchiveConfig(captured="2024-03-20"))
    post, = parsed.posts
    assert post.metadata["date"] == "2024-02-11 08:40"
    assert "duplicates it made" not in post.body and "new tickets were not new" not in post.body
    assert parsed.comments >= 1


DOUBLED_NAMES_THREAD = """Frontline Community
Bea Lindahl
Bea Lindahl
Posted on Mar 5, 2023
Our First Month With a Shared Escalation Channel
A month ago we retired the escalation form and gave the team one shared channel instead.
Speed went up, and newer agents learned from reading other people's escalations as they happened.
Top comments (2)
Add to the discussion
Rafael Montoya
Rafael Montoya
• Mar 5 '23
What we learned running the same thing for two years
Whoever posts an escalation stays on it until it is written back to the ticket.
Like Reply
Kit Okonjo
Kit Okonjo
• Mar 6 '23
Did engineers join the channel, or is it support only?
Like Reply
"""


def test_comments_under_top_comments_are_comments_even_with_doubled_names_and_a_title_like_first_line():
    parsed = parse(DOUBLED_NAMES_THREAD)
    post, = parsed.posts
    assert post.title == "Our First Month With a Shared Escalation Channel"
    assert "What we learned" not in post.body and "engineers join" not in post.body
    assert parsed.comments == 2


def test_disqus_join_the_discussion_with_its_ellipsis_opens_the_thread_past_its_login_lines():
    page = ("Local\nLines Stay Open Until Eight\nLeona Pryce\nMarch 11, 2024\n"
            "The council will keep its phone lines open until eight on weekdays from April.\n"
            "Residents asked for evening hours in a survey that more than two thousand people answered.\n"
            "3 Comments\n1 Login\nJoin the discussion…\nLog in with\nor sign up with Disqus or pick a name\n"
            "Share\nBest\nNewest\nOldest\nGraham Oduya\n3 days ago\n"
            "About time. I work shifts and have never once been able to ring them after five.\n12\nReply\n")
    parsed = parse(page, ArchiveConfig(captured="2024-03-14"))
    post, = parsed.posts
    assert post.title == "Lines Stay Open Until Eight" and "About time" not in post.body


def test_a_category_under_a_topics_title_loses_to_the_name_over_its_date():
    """"Help Desk Setup" sits right under the title, "Nell Okoro" right over the date: the name by the date is
    the byline's."""
    page = ("Support Community\nMerge duplicate emails or answer each?\nHelp Desk Setup\nemail\nnell_okoro\n"
            "Nell Okoro\nMar 12, 2024\n"
            "A customer writes three times in ten minutes, and three agents answer three different tickets.\n"
            "Should we merge them automatically when the subject and sender match, or by hand?\n")
    post, = parse(page).posts
    assert post.authors == ["Nell Okoro"]


def test_a_button_labelled_shop_now_is_nobodys_name():
    from archive_import.names import names_in
    assert names_in("Shop Now") == () and names_in("Book Now") == ()
    assert names_in("Nowell Baines") == ("Nowell Baines",)


WALINE_THREAD_UNDER_A_POST = """Harbour Notes
Posts
About
Why We Answer Refund Mail Before Noon
Ines Marlowe\u00a0included in Refunds
2024-03-11\u00a02024-04-02\u00a0About 300 words\u00a02 minutes\u00a02\u00a0comments
Refund questions that wait past lunch turn into phone calls by three, so we answer them first.
The morning shift takes the refund folder before anything else and clears it by noon.
Everything else waits an hour longer, and nobody has complained about that yet.
Updated on 2024-04-02
CC BY-NC 4.0
NickName
E-Mail
Website
0 Words
Submit
2 Comments
Latest
Oldest
Hottest
Dara Okonkwo
2024-03-13
4
Chrome 122.0.0.0
macOS 10.15.7
Did the phone queue really drop after lunch, or did the calls just move to the evening?
Ines Marlowe
Admin
2024-03-14
Firefox 123.0
Windows 10
@Dara Okonkwo It really dropped, by about a fifth, and the evenings stayed the same.
Powered by Waline v3.1.3
"""


def test_a_waline_thread_is_two_comments_and_the_post_keeps_its_own_byline():
    """Each comment is a name, a date, a like count and the reader's browser and system: the thread is the
    post's comments, and the date and author are the post's own, not a commenter's."""
    parsed = parse(WALINE_THREAD_UNDER_A_POST)
    (post,) = parsed.posts
    assert post.title == "Why We Answer Refund Mail Before Noon"
    assert post.authors == ["Ines Marlowe"] and post.metadata["date"].startswith("2024-03-11")
    assert parsed.comments == 2
    assert post.body.rstrip().endswith("nobody has complained about that yet.")
    for chrome in ("CC BY-NC 4.0", "Chrome 122", "Did the phone queue", "NickName"):
        assert chrome not in post.body


WALINE_GLUED_HEADERS_UNDER_A_TYPED_TITLE = """Quayside Care
Home
Archives
Why We Stopped Closing Tickets on Fridays_
Tomas Verhoeven Thursday, February 15th 2024, 9:20 am
1.4k words 7 mins 386 views
For two years our Friday afternoons went on closing every ticket that looked finished.
On Mondays a third of them came back, older than anything else in the queue.
Now we ask what each customer needs before Monday, and closing is only one of the answers.
Team Practice
Licensed under
A Shared Inbox Is Not a Plan
NickName
Submit
3 Comments
Latest
Oldest
Hottest
Ruth Adeyemi2024-02-22
3
We did the same last year; letting go of the green dashboard was the hard part.
Tomas VerhoevenAdmin2024-02-23
1
Strange but true. We now share the list of Tuesday follow-ups instead.
Leon Farrow2024-02-17
2
How did customers take the pending state? Some of ours thought we had forgotten them.
Powered by Waline v3.1.3
"""


def test_glued_comment_headers_under_sort_tabs_are_one_thread_and_the_typed_title_loses_its_cursor():
    """Waline's "Ruth Adeyemi2024-02-22" heads a comment (not a post), under the thread's sort tabs and
    after the previous comment's text; the banner title typed by a script keeps a "_" that is no part of
    it; the stats line and the licence box are the page's."""
    parsed = parse(WALINE_GLUED_HEADERS_UNDER_A_TYPED_TITLE)
    (post,) = parsed.posts
    assert post.title == "Why We Stopped Closing Tickets on Fridays"
    assert post.authors == ["Tomas Verhoeven"] and post.metadata["date"] == "2024-02-15 09:20"
    assert parsed.comments == 3
    assert post.body.strip().startswith("For two years") and "1.4k words" not in post.body
    assert "Licensed under" not in post.body and "green dashboard" not in post.body


DATE_AND_REPLY_UNDER_COMMENTS = """Quayside Tea Co.
Journal
What We Say When a Parcel Goes Missing
Published March 2, 2024
A missing parcel is the one message where the customer already expects to be let down.
We answer within the hour, send a new parcel the same day and ask the courier afterwards.
Published in Deliveries
3 Comments
Marisol Tran
We started sending the new parcel first too, and the angry follow-ups stopped.
March 3, 2024 Reply
Dev Okonkwo
Do you ever ask for a photo of the doorstep?
March 4, 2024 Reply
Quayside Tea Co.
Never: it slows the new parcel down and it rarely shows anything.
March 4, 2024 Reply
Leave a Reply
"""


def test_a_comment_whose_date_and_reply_link_close_it_is_no_post_and_no_text():
    parsed = parse(DATE_AND_REPLY_UNDER_COMMENTS)
    assert [post.title for post in parsed.posts] == ["What We Say When a Parcel Goes Missing"]
    assert parsed.posts[0].metadata["date"] == "2024-03-02"
    assert "photo of the doorstep" not in parsed.posts[0].body
    assert "ask the courier afterwards" in parsed.posts[0].body


READER_STREAM_WITH_COMMENTS = """Reader
Conversations

Why We Stopped Quoting Hold Times
Ada Brisk·frontlinenotes.blog·4 days ago
We used to tell callers the wait in minutes, and every caller remembered the number when it turned out wrong, so now we say which part of the queue they are in instead…
Share
Reblog
5Comments
12Likes
Nell Ortega
2 days ago
We tried the same and the complaints about broken promises stopped within a month.
Reply
Like
Ada Brisk
1 day ago
Glad to hear it worked for you too. The hardest part was getting the phone message re-recorded.
Reply
Like

Weekend Cover Without Burnout
Tomas Reyes·quietshift.wordpress.com·3 days ago
Nobody on our team works two weekends running any more, and the rota says so on its first line, which is the only rule we never bend for anyone.
Share
Reblog
1Comment
3Likes
Priya Hale
20 hours ago
Does the rule hold during the January sales?
Reply
Like
"""


def test_comments_under_a_reader_cards_buttons_are_no_posts():
    parsed = parse(READER_STREAM_WITH_COMMENTS)
    assert [(post.title, list(post.authors)) for post in parsed.posts] == [
        ("Why We Stopped Quoting Hold Times", ["Ada Brisk"]), ("Weekend Cover Without Burnout", ["Tomas Reyes"])]
    assert not any("January sales" in post.body or "re-recorded" in post.body for post in parsed.posts)


POST_A_COMMENT_OVER_THE_THREAD = """Wellbrook Water Notes
Home
Billing
The Reminder Letter We Shortened
byAgnes Moyo -May 2, 2024
Our payment reminder used to run to two pages, and most people stopped reading before the part that said what to do.
The new one fits on a postcard and puts the date we need payment by in its first sentence.
Tags: Billing
Post a Comment
Rhys OkaforMay 2, 2024 at 9:14 AM
Did the shorter letter change how many people rang you afterwards?
Reply
Agnes MoyoMay 2, 2024 at 11:40 AM
It did: calls about reminders fell by about a third in the first month.
Reply
Add comment
Load more...
"""


def test_post_a_comment_over_name_and_date_glued_comments_with_reply_links_opens_the_thread():
    parsed = parse(POST_A_COMMENT_OVER_THE_THREAD)
    assert [(post.title, list(post.authors)) for post in parsed.posts] == [
        ("The Reminder Letter We Shortened", ["Agnes Moyo"])]
    assert "fell by about a third" not in parsed.posts[0].body
    assert "date we need payment by" in parsed.posts[0].body


GISCUS_UNDER_A_DOCS_SITE_POST = """Hollin Desk Notes
Back to index
March 4, 2024
What We Cut From the Macro List
Twice a year we export our saved replies and delete the ones agents rewrite nearly every time they use them.
This spring the list went from ninety replies to sixty-one, and nobody has asked for a deleted one back.
Comments
4 reactions
3 comments · 1 reply
– powered by giscus
Oldest
Newest
rowan-ilsley
2 weeks ago
We sort by how often a reply is edited too, and it changed which ones we keep.
1 reply
ada-merrow
last week
Do you keep the deleted ones anywhere, in case someone needs one again?
kit-okafor
4 days ago
We tried this and found three replies that only apologised.
Sign in to comment
"""


def test_giscus_counts_over_its_comments_open_the_thread():
    parsed = parse(GISCUS_UNDER_A_DOCS_SITE_POST)
    assert [post.title for post in parsed.posts] == ["What We Cut From the Macro List"]
    assert parsed.posts[0].metadata["date"] == "2024-03-04"
    assert "only apologised" not in parsed.posts[0].body


# Blogger's post page as its owner sees it: each comment's name and date on one line, "Reply Delete" under it.
BLOGGER_POST_SEEN_BY_ITS_OWNER = """Parcel Desk Notes
Home
Monday, April 8, 2024
Saying Sorry Before the Customer Asks
Most complaints about late parcels are about finding out, not about lateness. The customer sees the same status for three days and rings us.
In February we started sending a message of our own whenever a parcel misses its day, before anyone starts to worry.
Calls about late parcels fell by about forty per cent in March, and the ones we still get are shorter.
Posted by Margot Eskild at 7:45 AM
Labels: apologies, late deliveries
3 comments:
Ferdie Ashe April 8, 2024 at 10:22 AM
For the second day we send a named person to contact directly. Customers notice it.
Reply Delete
Anonymous April 9, 2024 at 8:11 AM
A named place for the broken van is oddly reassuring. It sounds like a real van.
Reply Delete
Yusra Temple April 11, 2024 at 5:56 PM
How did the depot tell you about breakdowns in time for the evening message?
Reply Delete
Add comment
Newer Post Older Post Home
"""


def test_comments_under_an_owners_reply_delete_buttons_are_a_thread_and_the_post_keeps_its_text():
    parsed = parse_archive(BLOGGER_POST_SEEN_BY_ITS_OWNER.encode(), "post.txt")
    assert [post.title for post in parsed.posts] == ["Saying Sorry Before the Customer Asks"]
    body = parsed.posts[0].body
    assert "Most complaints about late parcels" in body and "ones we still get are shorter" in body
    assert not any(words in body for words in ("second day", "broken van", "the depot", "Reply Delete"))


# Ghost's member comments: the commenter's job before the comment's age on the line under the name.
GHOST_POST_WITH_MEMBER_COMMENTS = """The Callback Notes
Home
Sign in
By Hollis Varga in Callbacks — Mar 4, 2024
The Callback We Promised and Forgot
Every support team has a sentence it says too easily, and ours was a promise to call back this afternoon.
On a busy day about one in six of those callbacks never happened, and we only found out from a customer.
A callback is now a booking with a named person, not a note in a queue.
Member discussion
3 comments
Join the discussion
Become a member of The Callback Notes to start commenting.
Sign up now
Already a member? Sign in
Sort by
Best
Odile Brannan
Team lead, housing association · 2 days ago
The named person is the key bit. Shared callback queues just became another inbox.
3
Reply
Hollis Varga
2 days ago
Exactly our experience, Odile. Once it had a name on it, it stopped being optional.
1
Reply
Ravi Sandhu
5 days ago
Did customers push back when they wanted a call as soon as possible rather than a window?
Reply
Colette Dumas
Support manager · 1 week ago
Stealing the line about a callback at four beating one at two for our training deck.
2
Reply
Previous issue
Why Our Refund Emails Start With the Date
Next issue
The Queue Music Survey Results
Powered by Ghost
"""


def test_member_comments_whose_heads_carry_a_job_before_the_age_are_a_thread():
    parsed = parse(GHOST_POST_WITH_MEMBER_COMMENTS)
    assert [post.title for post in parsed.posts] == ["The Callback We Promised and Forgot"]
    assert parsed.posts[0].authors == ["Hollis Varga"]
    assert not any(words in parsed.posts[0].body for words in ("named person is the key", "push back", "Stealing"))


# LinkedIn's newsletter page: each edition's card closes with its like count and "N comments", and the next
# card's title, author and date follow. A card's counts open no thread.
EDITION_CARDS_WITH_COUNTS = """The Second Note
Published weekly
By Farida Lindqvist
4,106 subscribers
Subscribed
The callback you forgot is still ringing
Farida Lindqvist
Apr 17, 2024
Nobody misses a callback on purpose; they get missed at ten to five, when the late shift never saw the booking…
58
12 comments
Why any-update emails are a symptom, not a nuisance
Farida Lindqvist
Apr 10, 2024
If your inbox is full of customers asking for news, the last reply you sent did not say when they would hear next…
93
21 comments
Handover notes written for a stranger
Farida Lindqvist
Apr 3, 2024
The best handover note I ever read was four lines long and written as if the next person had never met anyone…
71
9 comments
See all editions
"""


def test_a_cards_like_count_and_comment_count_open_no_thread_over_the_next_card():
    parsed = parse(EDITION_CARDS_WITH_COUNTS)
    assert [post.title for post in parsed.posts] == ["The callback you forgot is still ringing",
                                                     "Why any-update emails are a symptom, not a nuisance",
                                                     "Handover notes written for a stranger"]
    assert parsed.comments == 0


# Drupal Olivero: "Comments4" (the heading with its count badge glued on), each comment a name, a date and
# a subject line over its text.
DRUPAL_ARTICLE_WITH_COMMENTS = """Wrenmoor Water
Blog
Why your first bill after a meter swap looks wrong
By Harriet Obi, 12 March, 2024
If we replaced your water meter in the last year, your next bill probably looked strange.
On the day of the swap the engineer reads both meters, so the bill covers two periods on two meters.
Old meters often under-record, so the new one can show more water for the same use.
Tags
Billing
Comments4
Daniel Ferrow
Wed, 03/13/2024 - 08:14
Old reading was estimated for two years
This explains mine exactly: every bill was an estimate, and after the swap I had a credit.
Reply
Amira Shah
Wed, 03/13/2024 - 10:02
Spreading the difference helped
We asked to spread the higher total over six months and nobody asked why.
Reply
Add new comment
"""


def test_a_comments_heading_with_its_count_glued_on_opens_a_thread_of_titled_comments():
    parsed = parse(DRUPAL_ARTICLE_WITH_COMMENTS)
    post, = parsed.posts
    assert post.metadata["date"] == "2024-03-12"
    assert "credit" not in post.body and "spread the higher total" not in post.body


def test_a_job_glued_to_the_comments_age_with_no_space_still_dates_the_comment():
    glued = GHOST_POST_WITH_MEMBER_COMMENTS.replace(" · ", "·")
    parsed = parse(glued)
    assert [post.title for post in parsed.posts] == ["The Callback We Promised and Forgot"]
    assert not any(words in parsed.posts[0].body for words in ("named person is the key", "push back", "Stealing"))


# Facebook's classic comments: each comment's name and text on one line, "Like · Reply · 49w" under it.
FACEBOOK_NOTE_WITH_COMMENTS = """Larkmoor Home Supplies
Notes
Our returns promise, in plain words
Larkmoor Home Supplies
March 4, 2024
You have thirty days to send anything back, and the thirty days start the day it reaches you, not the day you ordered.
We pay for the return label when the item arrived damaged or was not what you ordered.
Refunds go back to the card you paid with within five working days of the parcel reaching us.
Like
Comment
Share
Most Relevant
Ruth Penhale Really clear, thank you. The thirty days starting on delivery is what confused me last time.
Like · Reply · 49w
Larkmoor Home Supplies Thanks Ruth, that was the question we got most often, so it went near the top.
Like · Reply · 49w
Dev Anand Does the free label cover a sofa too, or only parcels?
Like · Reply · 48w
"""


def test_comments_under_facebooks_like_reply_rows_are_a_thread_not_the_notes_text():
    parsed = parse(FACEBOOK_NOTE_WITH_COMMENTS)
    body = parsed.posts[0].body
    assert "five working days" in body
    assert not any(words in body for words in ("Really clear", "the question we got most often", "sofa too", "49w"))


# DEV, copied while logged in: "Top comments (2)", the comment form and its template picker, then each
# comment under a profile card (name three times, Follow, bio, Joined date) and its own date.
DEV_ARTICLE_WITH_PROFILE_CARD_COMMENTS = """DEV Community
Log in
Create account
Mirela Oduya
Posted on May 6, 2024
Routing refund questions before they reach a person
#customerservice
#automation
Most refund questions arrive with the order number already in the subject line, so we read it there first.
The router looks up the order, checks whether a refund is already on its way, and answers that case itself.
Everything else goes to the billing queue with the order attached, so the agent starts with the facts.
Top comments (2)
Subscribe
Personal
Trusted User
Create template
Templates let you quickly answer FAQs or store snippets for re-use.
Submit
Preview
Dismiss
Collapse
Expand
Tobias Wendling
Tobias Wendling
Tobias Wendling
Follow
Billing support lead. Spreadsheets and patience.
Joined
Mar 2, 2020
•
May 7 '24
Dropdown menu
Copy link
Hide
Do you let the router answer when the refund was issued but has not landed yet?
Like comment:
3 likes
Like
Comment button
Reply
Collapse
Expand
Mirela Oduya
Mirela Oduya
Mirela Oduya
Follow
Joined
Jan 9, 2019
•
May 7 '24
Dropdown menu
Copy link
Hide
Yes, with the bank's usual timing in the reply, which answers most of those on its own.
Like comment:
Like
Comment button
Reply
Code of Conduct
Report abuse
"""


def test_a_counted_thread_header_opens_the_thread_past_a_comment_form_and_profile_cards():
    parsed = parse_archive(DEV_ARTICLE_WITH_PROFILE_CARD_COMMENTS.encode(), "dev.txt")
    assert [post.title for post in parsed.posts] == ["Routing refund questions before they reach a person"]
    post = parsed.posts[0]
    assert post.metadata["date"] == "2024-05-06" and post.authors == ["Mirela Oduya"]
    assert "Everything else goes to the billing queue" in post.body
    assert "router answer when the refund was issued" not in post.body
