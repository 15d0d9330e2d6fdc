"""A post page's head: which of its short lines is the title, and what its byline says.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.segments import read_segments

POST_WITH_TITLE_BYLINE_DEK = """Lamplight Desk
Why we stopped saying sorry twice
Written by Ines Varga — March  7, 2024
A shorter apology turned out to be the more sincere one, and customers noticed the change
Our replies used to open with an apology and close with another. Customers read the second one as a formula, and a few told us so.
We now apologise once, in the first line, for the specific thing that went wrong, and spend the rest of the reply on what happens next.
Support
Apologies
"""


def test_strftime_padded_day_is_one_date_in_a_byline():
    cue = read_segments("Written by Ines Varga — March  7, 2024")
    assert cue is not None and cue.author == "Ines Varga" and cue.date_text == "March 7, 2024"


def test_the_line_over_the_byline_is_the_title_and_the_line_under_it_the_subtitle():
    (post,) = parse_archive(POST_WITH_TITLE_BYLINE_DEK.encode(), "post.txt").posts
    assert post.title == "Why we stopped saying sorry twice"
    assert post.authors == ["Ines Varga"] and post.metadata["date"] == "2024-03-07"
    assert "Our replies used to open with an apology" in post.body


def test_read_more_about_a_long_quoted_title_is_the_cards_teaser_link_not_a_sentence():
    from archive_import.lines import read_lines
    (line,) = read_lines(["Read more about 'Why store credit is no longer the first thing we offer'..."], [])
    assert line.cue is not None and line.cue.role == "teaser"
    (body,) = read_lines(["Read more about how we handle refunds in our help centre, which has every step."], [])
    assert body.cue is None and body.is_text


def test_a_link_aggregators_user_and_community_in_a_byline():
    cue = read_segments("r/HelpdeskHeadaches • u/quiet_escalation • Feb 27 '24")
    assert cue is not None and cue.author == "quiet_escalation" and cue.date_text == "Feb 27 '24"
    assert cue.category == "r/HelpdeskHeadaches"


PORTAL_WITH_LATEST_THREADS = """Latest Threads
Queue music: keep it or drop it?
Forum: Phones
Last Post: Ines Carvalho
Yesterday, 06:20 PM
» Replies: 3
Spring staffing plan
Posted by: Greta Lindqvist - Yesterday, 04:15 PM - Replies (6)
We have agreed the rota for the spring peak, and every team lead has a copy of it in the shared drive.
Reply in the thread if your team needs more cover on the Monday after the holiday.
Survey reminder
Posted by: Obi Nwachukwu - 02-26-2024, 09:30 AM - No Replies
The annual survey closes on 15 March and takes about ten minutes to answer, we promise.
Current time: 03-12-2024, 09:14 AM
"""


def test_a_forum_portals_posted_by_colon_line_signs_and_dates_each_announcement():
    from archive_import.model import ArchiveConfig
    cue = read_segments("Posted by: Obi Nwachukwu - 03-04-2024, 10:02 AM - Replies (2)")
    assert cue is not None and cue.author == "Obi Nwachukwu" and cue.count == 2
    posts = parse_archive(PORTAL_WITH_LATEST_THREADS.encode(), "portal.txt",
                          ArchiveConfig(captured="2024-03-12")).posts
    assert [post.title for post in posts] == ["Spring staffing plan", "Survey reminder"]
    assert [post.authors for post in posts] == [["Greta Lindqvist"], ["Obi Nwachukwu"]]
    # The sidebar's "Yesterday, 06:20 PM" above the first title is another thread's; the byline dates the post.
    assert [post.metadata["date"] for post in posts] == ["2024-03-11 16:15", "2024-02-26 09:30"]


def test_last_post_by_signs_a_recent_posts_entry():
    cue = read_segments("Last post by Kofi Mensah - March 09, 2024, 04:51:09 PM")
    assert cue is not None and cue.author == "Kofi Mensah" and cue.date_text == "March 09, 2024, 04:51:09 PM"


POST_UNDER_ITS_BREADCRUMB = """Quiet Queue
HOME
ARCHIVES
Home Cutting callback no-shows without adding headcount
Cutting callback no-shows without adding headcount
What changed when we let customers pick a fifteen-minute window instead of a vague afternoon.
Posted Mar 3, 2024
By Maren Okafor
For most of last year our callback queue had a quiet problem: one in five scheduled calls went unanswered.
We did not need more agents. We needed fewer wasted dials, and a window people could plan around.
"""


def test_a_breadcrumb_ending_with_the_title_under_it_is_not_the_title():
    (post,) = parse_archive(POST_UNDER_ITS_BREADCRUMB.encode(), "post.txt").posts
    assert post.title == "Cutting callback no-shows without adding headcount"


def test_an_ellipsis_and_more_is_a_teaser_link():
    from archive_import.lines import read_lines
    for text in ("...more", "…more", "… more"):
        (line,) = read_lines([text], [])
        assert line.cue is not None and line.cue.role == "teaser", text


SHORT_HEADLINE_OVER_LONG_DEK = """The Quiet Queue
Open in app
Subscribe
The Callback Window
Why we give every caller a two-hour window instead of a time, and how we keep to it
Ines Maro
May 14, 2024
12
3
Share
A callback promised for a time is a promise we broke about once a day, usually by a few minutes and always to someone who had waited in.
Since March we promise a two-hour window instead, and we ring before the window closes if we are running late.
"""


def test_a_short_headline_over_a_longer_dek_in_sentence_case_is_the_title():
    posts = parse_archive(SHORT_HEADLINE_OVER_LONG_DEK.encode(), "post.txt").posts
    assert [(post.title, list(post.authors)) for post in posts] == [("The Callback Window", ["Ines Maro"])]


# A community article: a banner image's alt text in Title Case high in the head, the article's headline in
# sentence case right over its byline (name, rank, date on one line).
ARTICLE_UNDER_A_BANNER = """Harbour Help Community
Products
Sign up Log in
Join the community to find out what other customers are asking, answering and sharing this week.
Harbour Community Hero Banner Image
Community
Articles
What three months of survey comments taught our desk about tone
Dara Okoye Rising Star May 21, 2024
For three months we read every comment customers left on their satisfaction survey, not only the scores.
The low scores were rarely about the answer itself; they were about how the answer sounded on a bad day.
We rewrote four saved replies and the comments about tone halved within a month.
Like
Comment
"""


def test_the_headline_right_over_the_byline_is_the_title_not_a_banners_alt_text_above_it():
    posts = parse_archive(ARTICLE_UNDER_A_BANNER.encode(), "article.txt").posts
    assert [post.title for post in posts] == ["What three months of survey comments taught our desk about tone"]
    assert "Hero Banner" not in posts[0].body


# Buttondown's post page: the letter's menu ("Subscribe", "Archives") right over the post's date.
LETTER_PAGE_UNDER_ITS_MENU = """Tideway Support Notes
Subscribe
Archives
May 7, 2024
Every macro needs a name on it
Last week I asked the team who is responsible for the saved reply we send when a parcel is lost.
Nobody knew: four people had edited it since 2022, and two of them had left.
From this week every saved reply has an owner's name in its title, a person and not a team.
"""


def test_a_menu_link_over_the_date_is_no_author():
    posts = parse_archive(LETTER_PAGE_UNDER_ITS_MENU.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Every macro needs a name on it"]
    assert "Archives" not in posts[0].authors


def test_the_half_of_the_day_after_a_date_is_no_author():
    from archive_import.names import plausible_name

    assert not plausible_name("pm") and not plausible_name("Archives") and not plausible_name("Past Emails")


# Squarespace Bedford: the blog's description, then the post's date over its headline and its author's name.
POST_UNDER_THE_BLOGS_DESCRIPTION = """Ashcombe Clock Repair
Repairs
Waiting List
Journal
Visit Us
Menu
Repairs
Waiting List
Journal
Visit Us

Journal
Letters from the workbench: estimates, waiting times and what happens to your clock while it is with us.

April 16, 2024
Why we tell you the waiting list is fourteen weeks
Perpetua Lowell

When you bring a clock to the counter, the first thing we tell you is how long the waiting list is.
We could quote a shorter time, as plenty of workshops do, and then ring at week six to say it is late.
There are three of us at the bench, and each movement is stripped, cleaned and checked by hand.

Comments (2)
Newest First
Preview POST COMMENT…
Harold Vance
2 weeks ago · 0 Likes
Fourteen weeks was exactly right for our longcase clock, and the call at week ten was welcome.
Mina Okafor
3 weeks ago · 0 Likes
I would rather wait and know than be told six weeks and wait fourteen anyway.
"""


def test_a_description_over_the_posts_date_is_no_dek_when_the_headline_and_byline_sit_under_the_date():
    posts = parse_archive(POST_UNDER_THE_BLOGS_DESCRIPTION.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Why we tell you the waiting list is fourteen weeks"]
    assert "When you bring a clock" in posts[0].body and "Letters from the workbench" not in posts[0].body


# Kadence: a breadcrumb ending with the post's title, then a category kicker, then the title itself.
BREADCRUMB_OVER_KICKER_AND_TITLE = """Wexcombe Care
Home
Returns
Home / Returns & Repairs / The Missing-Part Return: A Walkthrough for Agents
Returns & Repairs
The Missing-Part Return: A Walkthrough for Agents
By Ada Pell
March 4, 2024
Reading Time: 6 minutes
When a customer says a part is missing, the first question is whether it ever left the warehouse.
We ask for a photo of the box and its label, and we check the packing weight before anything else.
If the weight matches, the part is in the house somewhere, and we say so kindly, with a picture of where it hides.
Leave a Reply
"""


def test_a_breadcrumb_ending_with_the_title_is_no_title_even_with_a_kicker_between():
    posts = parse_archive(BREADCRUMB_OVER_KICKER_AND_TITLE.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["The Missing-Part Return: A Walkthrough for Agents"]


# Webflow: "Written by" over the name over the job, "Published on" over the date, a field a line.
POST_WITH_STACKED_LABELS = """Orchard Lane Support
Blog
Live Chat
Canned Responses in Live Chat: When They Help and When They Hurt
Speed matters in chat, but customers notice when they are talking to a template.
Written by
Delphine Achterberg
Head of Support Education
Published on
August 27, 2024
5 min read
Chat customers expect a reply in under a minute, and saved replies make that possible.
Greetings, hand-offs and links to help articles are good candidates for a saved reply.
Anything that answers the customer's actual question is not, and agents should write it fresh.
Related posts
"""


def test_a_job_under_a_stacked_written_by_name_is_the_bylines_not_a_title():
    posts = parse_archive(POST_WITH_STACKED_LABELS.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Canned Responses in Live Chat: When They Help and When They Hurt"]
    assert posts[0].authors == ["Delphine Achterberg"] and posts[0].metadata["date"] == "2024-08-27"
    assert "Head of Support Education" not in posts[0].body


# Hugo and Hexo themes: no byline at the top; an author box under the text says "Author" over the name.
POST_WITH_AUTHOR_BOX_UNDER_TEXT = """Harbourline Help
Posts
Tags
Why we answer the phone before the chat
March 4, 2024
Callers wait on a line they can hear, so we pick them up first and let the chat queue breathe.
Chat customers are usually doing something else while they wait, and a reply in two minutes suits them.
We checked this for a month before changing the order, and nobody in the chat queue noticed.

Author
Rowena Castellan
Runs the phone team at Harbourline and writes about queues.
© 2024 Harbourline
"""


def test_an_author_label_over_a_name_under_the_text_names_the_author():
    posts = parse_archive(POST_WITH_AUTHOR_BOX_UNDER_TEXT.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Why we answer the phone before the chat"]
    assert posts[0].authors == ["Rowena Castellan"]
    assert "Rowena Castellan" not in posts[0].body


# Hugo Mainroad: "date (Last Modified: date) Category" under the dek, "About Name" over a short bio at the end.
POST_WITH_SHORT_ABOUT_BOX = """Brackwell Service Desk
Notes from the service desk
Home
Posts

Why we reply to complaints within the hour
The first reply matters more than the fix.
2024-05-06 (Last Modified: 2024-05-09) Complaints

A complaint that waits a day becomes two complaints: the original one and the wait.

We now send a first reply within the hour, even when the answer is only that someone is looking.

About Tamsin Ardley
Complaints lead at Brackwell. Answers the angry emails first, on purpose.

About Brackwell Service Desk
Brackwell Service Desk is the support team behind Brackwell Energy, writing about the work.
"""


def test_a_short_about_box_over_a_bio_names_the_author_and_a_sites_about_box_does_not():
    posts = parse_archive(POST_WITH_SHORT_ABOUT_BOX.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Why we reply to complaints within the hour"]
    assert posts[0].authors == ["Tamsin Ardley"]
    assert posts[0].metadata["date"] == "2024-05-06" and posts[0].metadata.get("category") == "Complaints"
    assert "About Tamsin Ardley" not in posts[0].body


def test_a_sites_about_box_names_no_author():
    site_only = POST_WITH_SHORT_ABOUT_BOX.replace("About Tamsin Ardley\n", "").replace(
        "Complaints lead at Brackwell. Answers the angry emails first, on purpose.\n", "")
    posts = parse_archive(site_only.encode(), "post.txt").posts
    assert posts[0].authors != ["Brackwell Service Desk"]


# LinkedIn's article page: the title, the author's name twice, "• 2nd", then a headline longer than a job
# ("Director … | Queue design, …") over "Published" and the date.
LINKEDIN_ARTICLE_WITH_LONG_HEADLINE = """Home
My Network
Jobs
A phone handset resting on a stack of printed refund letters beside a mug of tea
The Refund We Promised on the Phone
Maeve Castillo
Maeve Castillo
 • 2nd
Head of Customer Care at Brightwell Energy | Billing disputes, refunds, complaints and plain-English letters to customers
Published Mar 5, 2024
+ Follow
A refund promised on the phone used to live in one agent's notes, and it was kept only if that agent was on shift.
We moved every promised refund into a shared queue with a date on it, and now the queue, not a memory, keeps it.
The number of customers who ring back to ask where their refund is has halved since January.
Like
Comment
Share
"""


def test_a_linkedin_headline_with_its_specialities_after_a_bar_is_the_authors_job_not_the_title():
    posts = parse_archive(LINKEDIN_ARTICLE_WITH_LONG_HEADLINE.encode(), "article.txt").posts
    assert [(post.title, post.authors) for post in posts] == [("The Refund We Promised on the Phone", ["Maeve Castillo"])]


def test_a_linkedin_headline_is_marked_the_authors_job_by_its_part_before_the_bar():
    from archive_import.lines import read_lines

    lines = read_lines(LINKEDIN_ARTICLE_WITH_LONG_HEADLINE.split("\n"), [])
    headline = next(line for line in lines if line.stripped.startswith("Head of Customer Care"))
    assert headline.chrome == "job title"


# Medium in 2018: the writer's name, the Follow button's copied text, the writer's bio, then the date and read
# time over the title and its dek. The bio is the writer's, no dek of the story.
MEDIUM_2018_STORY_UNDER_PROFILE_CARD = """Homepage
Sign in
Get started
Ilsa Marrow
BlockedUnblockFollowFollowing
Support lead at a bicycle shop. I write about repairs, refunds and the people waiting at the counter.
Mar 4, 2018 · 4 min read
The Refund Window
Why thirty days was the wrong number, and what we chose instead
We used to give thirty days for returns, and nearly every argument at the counter happened on day thirty-one.
Now the window is sixty days for anything unused, and the arguments have mostly stopped.
Nobody has abused the longer window yet, which is what everyone was afraid of.
"""


def test_a_bio_under_the_follow_button_is_no_dek_and_the_title_stays_the_title():
    posts = parse_archive(MEDIUM_2018_STORY_UNDER_PROFILE_CARD.encode(), "story.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [("The Refund Window", "2018-03-04")]


# Medium, a story in a publication: the publication's name and blurb over "Follow publication", then the
# story's title, its subtitle (a sentence), the writer's name, the date line, then the text.
MEDIUM_STORY_IN_A_PUBLICATION = """Open in app
Sign in
Quiet Queue
Essays from the people who answer the phone, the chat and the door of a small shop.
Follow publication
The Callback We Kept Forgetting
We promised customers a call back within the hour, and for six months we kept about half of those promises.
Profile photo of Noor Achterberg
Noor Achterberg
Follow
4 min read
·
Mar 4, 2024
--
12
Listen
Share
Every promise made on the phone now goes on a board by the door, with the time written large.

Missed callbacks halved in a month, and the customers who did wait told us the wait felt shorter.
Customer Service
--
2
Written by Noor Achterberg
212 followers
·
40 following
Support lead at a shop that sells bicycles and mends them too.
Follow
Responses (2)
What are your thoughts?
Cancel
Respond
Ellis Mbeki
Mar 5, 2024
We tried a board too. The trick was putting it where the whole team walks past it twice an hour.
4
Reply
Hana Oyelaran
Mar 6, 2024
Did the board survive the first busy week?
1 reply
Reply
"""


def test_a_stories_subtitle_and_its_publications_blurb_leave_the_title_and_the_text():
    post, = parse_archive(MEDIUM_STORY_IN_A_PUBLICATION.encode(), "story.txt").posts
    assert post.title == "The Callback We Kept Forgetting"
    assert post.authors == ["Noor Achterberg"] and post.metadata["date"] == "2024-03-04"
    assert post.body.lstrip().startswith("We promised customers a call back")  # the subtitle is the author's
    assert "Every promise made on the phone" in post.body and "Essays from the people" not in post.body
