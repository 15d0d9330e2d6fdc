"""Social and forum chrome: each kind of line with what it must match and what it must leave alone."""

from __future__ import annotations

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import.buttons import mark_buttons
from archive_import.cards import mark_link_cards
from archive_import.lines import read_lines
from archive_import.patterns import chrome_reason

CHROME = [
    ("Posts - Tags - About", "navigation"), ("Images are not displayed.", "mail notice"),
    ("Some content in this message has been blocked because the sender isn't in your Safe senders list.", "mail notice"),
    ("Log in / Sign up", "sign-up prompt"), ("Discover more from Hold Music", "sign-up prompt"),
    ("Over 3,000 subscribers", "sign-up prompt"), ("Already have an account? Sign in", "sign-up prompt"), ("Viewed 1k times", "member stats"), ("Trust sender", "mail notice"), ("Show blocked content", "mail notice"), ("Display images below", "mail notice"),
    ("Posts: 1,318", "member stats"), ("Join Date: Jun 2017", "member stats"), ("Reputation: 41", "member stats"),
    ("@ines@helpers.social", "handle"), (" @wynne.bsky.social", "handle"), ("@caspian_ops", "handle"),
    ("Most relevant", "sort label"), ("What's on your mind?", "composer"), ("Post your reply", "composer"),
    ("Hanne Lindqvist and 47 others", "reaction summary"), ("Reposted by Rosalind Achterberg", "reaction notice"),
    ("Bram Okafor restacked", "reaction notice"), ("Tamsin Okoro boosted", "reaction notice"), ("Odile Brannagh reposted this", "reaction notice"),
    ("Translate", "translate button"), ("…see more", "widget"), ("∙", "separator"),
    ("Write a comment…", "comment form"), ("Add a comment…", "comment form"), ("1+", "counter"),
    ("All reactions:", "counter label"), ("Next Topic", "navigation"), ("1 - 5 of 5", "navigation"), ("Top contributor", "member badge"), ("Maintainer", "member badge"),
    ("Did you find this summary helpful?", "feedback widget"), ("Related questions", "widget header"), ("Latest:", "widget header"), ("(more…)", "widget"), ("Loading comments...", "widget"),
    ("Back to top ↑", "back to top"), ("Posts navigation", "post navigation"), ("Edit this page", "page actions"),
    ("Raise issue", "page actions"), ('In "Phone support"', "related post"), ("in", "byline joiner"), ("Recommended stories", "widget header"), ("Show less", "widget"), ("›", "pager"),
    ("Go to start of metadata", "navigation"), ("Close Menu", "navigation"), ("← Reading the Queue Like a Forecast", "post navigation"),
    ("The Apology Macro Gets a Rewrite →", "post navigation"), ("-38:12", "media player"),
    ("Audio playback is not supported on your browser. Please upgrade.", "media player"),
    ("Apple Podcasts", "podcast links"), ("Members only", "locked post"), ("Profile photo for Rosalind Okafor", "image label"), ("Listen on", "podcast links"), ("See also in Queue Hygiene Link to heading", "widget header"), ("You might also like...", "widget header"), ("You may like these posts", "widget header"), ("Previous article", "navigation"), ("Next story", "navigation"), ("--", "separator"),
    ("Thank you for your feedback! Our team will get back to you", "feedback widget"), ("Subscribe by email", "follow links"),
    ("#412", "issue number"), ("Blog. RSS. Email notifications. About. Now.", "navigation"),
    ("Name (optional):", "comment form"), ("Most Voted", "sort label"), ("Notify of", "comment form"),
    ("Reply to  Marcus Lindqvist", "comment form"), ("Sort by", "sort label"), ("Host", "member badge"), ("View upvotes", "question furniture"), ("Add comment", "question furniture"), ("Email (optional and private):", "comment form"), ("Show Notes", "podcast links"), ("Episode 41", "podcast links"), ("Hacker News new | past | comments | ask | show | jobs | submit\tlogin", "navigation"), ("quaylight (68)", "member stats"), ("a month later", "time gap"),
    ("Chrome 122.0.0.0", "user agent"), ("macOS 10.15.7", "user agent"), ("Windows 10", "user agent"),
    ("1.4k words 7 mins 386 views", "post stats"), ("Licensed under", "licence line"), ("NickName", "comment form"), ("0 Words", "comment form"), ("Hottest", "sort label"), ("CC BY-NC 4.0", "licence line"),
    ("1 of 5 posts", "list navigation"), ("Use of this site constitutes acceptance of our User Agreement.", "licence line"), ("jonah.mbeki, harriet_s, and 8 others like this.", "reaction summary"),
]
TEXT = [
    "Posts about refunds are welcome here.", "Email @support for help", "Most relevant questions first, please",
    "What's on your mind is what we want to hear about in the survey.", "Three of us reposted the guide last week",
    "Translate the macro before sending it", "We will see more of this next year.", "Write a comment on every ticket",
    "Author of the month", "Members only get the early slot on Saturdays.", "Log in to the portal and open the refund tab, then press Send.",
    "Sign in with Google to see your order history and refunds", "Claims news · April 2024",
    "Thank you for your feedback on the new macro, it changed how we write.",
    "See also our refund guide for the details.", "Listen on the phone before you answer the email.", "Show less of the script and more of the person.",
    "Subscribe by email to the refund list, then wait.", "#1 rule: answer the question asked.",
    "Windows 10 users see the old menu.", "400 words is the limit", "Chrome", "CC the team lead on refunds over 500.", "A year later", "Refunds (12)", "reply to someone who has just logged in.", "Reply to author", "Latest", "Back to the top of the queue, please.", "Edit this page before Friday", "Stop. Look. Listen. Act.", "Name (the one on the order):", "Listen", "Episode 41 was the one about refunds.", "We like this.", "Refunds | Returns | Exchanges",
]


@pytest.mark.parametrize("text, kind", CHROME)
def test_the_kind_is_found(text, kind):
    assert chrome_reason(text.strip()) == kind


@pytest.mark.parametrize("text", TEXT)
def test_running_text_is_left_alone(text):
    assert chrome_reason(text) is None


def test_yes_and_no_are_buttons_under_a_feedback_question_and_words_elsewhere():
    marked = read_lines(["Was this article helpful?", "Yes", "No", "Related articles"], [])
    mark_buttons(marked)
    assert [line.chrome for line in marked[:3]] == ["feedback widget"] * 3
    player = read_lines(["Mar 5, 2024", "0:00", "-38:12"], [])
    assert [line.chrome for line in player[1:]] == ["media player"] * 2 and player[1].cue is None  # no time of day
    answer = read_lines(["Can I return a gift without the receipt?", "Yes", "Bring the gift card slip instead."], [])
    mark_buttons(answer)
    assert answer[1].chrome is None


def test_three_date_and_title_lines_in_a_row_are_a_list_of_posts_and_one_is_a_line_of_text():
    listing = read_lines(["April 2, 2024 The Weekly Sweep", "March 12, 2024 Closing Tickets Nobody Owns",
                          "2024-02-20 Counting What Is Open"], [])
    assert {line.chrome for line in listing} == {"post list"}
    single = read_lines(["March 4, 2024 was the day the phones went quiet", "Then they rang again."], [])
    assert single[0].chrome is None


def test_a_date_with_its_tags_under_each_posts_text_dates_the_post():
    """Blot prints "March 4, 2024 Staffing Tone" after the text: under a paragraph, on two posts, a date line."""
    paragraph = "We moved our most patient writers to the late shift, and the complaints about tone fell away."
    page = read_lines(["Late shifts", paragraph, "", "March 4, 2024 Staffing Tone", "", "Phone week", paragraph,
                       "", "February 19, 2024 Phones"], [])
    footers = [page[3], page[8]]
    assert [line.date.value.date().isoformat() for line in footers] == ["2024-03-04", "2024-02-19"]
    assert [line.cue.tags for line in footers] == [("Staffing", "Tone"), ("Phones",)]
    alone = read_lines(["Late shifts", paragraph, "", "March 4, 2024 Staffing Tone"], [])
    assert alone[3].date is None and alone[3].is_text  # one such line could be a heading


def test_a_footer_with_one_category_reads_as_its_siblings_that_list_several():
    """Chirpy's cards: "Feb 26, 2024 Waste, Phones" is a footer alone; "Jan 29, 2024 Team" under the next card's
    text is the same footer, with one category, and dates its card the same way."""
    paragraph = "From Monday the phone line opens at half past eight and closes at six, Saturdays until noon."
    page = read_lines(["Bins and callbacks", paragraph, "Feb 26, 2024 Waste, Phones", "New opening hours", paragraph,
                       "Jan 29, 2024 Team"], [])
    assert page[5].cue is not None and page[5].cue.kind == page[2].cue.kind
    assert (page[5].cue.date_text, page[5].cue.category) == ("Jan 29, 2024", "Team")
    alone = read_lines(["Bins and callbacks", paragraph, "Jan 29, 2024 Team"], [])
    assert alone[2].cue is None  # alone it could be a heading that opens with a date


def test_a_card_has_no_text_between_its_date_and_its_link_a_teaser_has():
    card = ["Notes from the desk", "Answer the question first", "Hana Oduya", "·", "Mar 2, 2024", "Read more"]
    teaser = ["Answer the question first", "Mar 2, 2024", "We tried it for a month and the replies got shorter.",
              "Read more"]
    marked = read_lines(card, [])
    mark_link_cards(marked)
    assert {line.chrome for line in marked} <= {"link card", "separator"}
    kept = read_lines(teaser, [])
    mark_link_cards(kept)
    assert not any(line.chrome == "link card" for line in kept)


def test_a_letters_footer_is_found_anywhere_in_its_line():
    from archive_import.keyword_chrome import keyword_chrome

    for text in ("View online", "Forward this to a colleague", "You're getting this because you signed up at x.example.",
                 "Use of this site means you agree. © 2024 Quaystone Ltd. All rights reserved.",
                 "You received this email because you signed up on our website."):
        assert keyword_chrome(text) == "newsletter footer", text
    assert keyword_chrome("We put the returns form online last week, and calls fell by a third.") is None
    assert keyword_chrome("Email address (required)") == keyword_chrome("Name (required)") == "comment form"
    assert keyword_chrome("More like this") == keyword_chrome("Less like this") == "feedback widget"  # Ghost's letter
    assert keyword_chrome("The Quiet Line is a reader-supported publication. To receive new posts and support my "
                          "work, consider becoming a free or paid subscriber.") == "newsletter call"


def test_a_blogs_header_names_its_owner():
    from archive_import.patterns import owner_of

    assert owner_of("Jane Doe's Blog, page 3") == "Jane Doe"
    assert owner_of("Notes on chat support and handovers. Written by Esme Rudd.") == "Esme Rudd"
    assert owner_of("Refunds written by the book are still refunds") is None


def test_a_sites_name_is_no_persons_name():
    from archive_import.names import names_in

    assert names_in("Lowmoor Help Journal") == () and names_in("Frontline Notes") == ()
    assert names_in("Esme Rudd") == ("Esme Rudd",)
    # a member's company or pronouns after the name, but not a title's aside
    assert names_in("Esme Rudd (Harbourline Energy)") == ("Esme Rudd",)
    assert names_in("Holiday Rota Templates (With the Spreadsheet)") == ()


def test_a_one_word_label_between_two_buttons_is_a_button_and_a_heading_between_text_is_not():
    row = read_lines(["Upvote", "Answer", "Share"], [])
    mark_buttons(row)
    assert row[1].chrome == "button row"
    heading = read_lines(["We checked the routing first.", "Answer", "It was the reopen flow."], [])
    mark_buttons(heading)
    assert heading[1].chrome is None


def test_a_mail_clients_notice_written_as_a_sentence_is_still_its_notice():
    notice = "Some content in this message has been blocked because the sender isn't in your Safe senders list."
    assert chrome_reason(notice, sentence=True) == "mail notice"


def test_a_sign_in_walls_consent_sentence_and_buttons_are_its_prompt():
    consent = ("By clicking Continue to join or sign in, you agree to LinkedIn’s User Agreement, Privacy Policy, "
               "and Cookie Policy.")
    assert chrome_reason(consent, sentence=True) == "sign-up prompt"
    assert chrome_reason("Agree & Join LinkedIn") == "sign-up prompt"
    assert chrome_reason("New to LinkedIn? Join now") == "sign-up prompt"


def test_a_persons_photo_or_avatar_alt_text_is_an_image_label_and_a_title_about_photos_is_not():
    from archive_import.lines import read_line

    for alt in ("Priya Raman's photo", "Nadia Okafor avatar"):
        assert read_line(0, alt, ()).chrome == "image label"
    for title in ("The Refund Photo", "Why we stopped asking for a photo"):
        assert read_line(0, title, ()).chrome is None


def test_a_blogs_new_post_email_frames_its_post_with_notification_lines():
    from archive_import.lines import read_line

    for frame in ("Respond to this post by replying above this line", "New post on Harbour Help Notes",
                  "Thanks for flying with WordPress.com"):
        assert read_line(0, frame, ()).chrome == "notification frame"
    assert read_line(0, "A new post on refunds", ()).chrome is None
