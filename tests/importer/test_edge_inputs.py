"""Edge inputs of this round's readers: lines built to backtrack, threads and feeds of odd shapes, front
matter and footnotes at their limits.

Every input here is written by hand for the test; the expectations are what the input plainly says.
"""

from __future__ import annotations

import html
import time

import pytest

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.keyvalue import find_blocks
from archive_import.lines import read_lines
from archive_import.mail_view import MAIL_BUTTON
from archive_import.patterns import JOB_LINE, chrome_reason


@pytest.mark.parametrize("line", ["1   words " * 13 + "x", "Reply" + " | Quote" * 12 + " |"])
def test_no_catastrophic_backtracking_in_stats_and_mail_rows(line):
    # A guard against exponential backtracking (seconds to hours on these lines), not a speed target.
    started = time.perf_counter()
    chrome_reason(line)
    MAIL_BUTTON.match(line)
    assert time.perf_counter() - started < 0.1


def test_a_department_ends_a_short_role_line_but_a_title_is_no_job():
    assert JOB_LINE.match("Customer Communications") and JOB_LINE.match("Head of Customer Service")
    assert not JOB_LINE.match("What Good Care Looks Like") and not JOB_LINE.match("Better Service on the Night Shift")


def _message(sender: str, subject: str, day: str, body: str) -> str:
    return f"{sender}\n{subject}\nTo: leads@lists.example\nMarch {day}, 2024 at 9:14 AM\n\n{body}\n\n"


def test_a_reply_to_a_reply_is_a_reply_and_a_new_subject_after_a_reply_is_a_post():
    thread = (_message("Oren Valcourt", "[leads] Handing over key accounts", "12",
                       "One of our senior agents leaves this month, and she looks after our largest customers.")
              + _message("Fenna Rautio", "Re: [leads] Handing over key accounts", "12",
                         "We introduce the new owner on a call while the leaver can still vouch for them.")
              + _message("Oren Valcourt", "Re: Re: [leads] Handing over key accounts", "13",
                         "Thank you, that is the plan we will try from next week with the first three accounts.")
              + _message("Mira Oakes", "[leads] Weekend rota changes", "14",
                         "From April the Saturday shift starts an hour later, and Sunday cover moves to two people."))
    parsed = parse_archive(thread.encode(), "thread.txt")
    first, second = parsed.posts
    assert first.title.endswith("Handing over key accounts") and "new owner" not in first.body
    assert "Saturday shift" in second.body and parsed.comments == 2


def test_a_fence_is_no_title_and_a_quoted_tag_keeps_its_comma():
    yaml = ["---", "created: 2024-03-04", "tags: rota, weekends", "---", "", "Text."]
    assert all(block.title != "---" for block in find_blocks(yaml).values())
    toml = ["+++", 'title = "Tablet repairs"', "date = 2024-03-04", 'tags = ["Phones, tablets", "rota"]', "+++"]
    (block,) = find_blocks(toml).values()
    assert block.tags == ("Phones", "tablets", "rota") or block.tags == ("Phones, tablets", "rota")


FEED = """<?xml version="1.0"?>
<rss version="2.0">
<channel>
<title>Notes</title>
<item>
<title/>
<pubDate>Mon, 04 Mar 2024 10:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Join through blog.example/join?src=blog&amp;reg=1 and write &amp;copy; where you mean it.</p>]]></content:encoded>
</item>
</channel>
</rss>
"""


def test_a_feeds_empty_title_is_no_title_and_cdata_html_is_unescaped_once():
    (post,) = parse_archive(FEED.encode(), "feed.xml.txt").posts
    assert "<title" not in post.title
    shown = html.unescape(post.body)  # as a reader sees the Markdown's escaped "&amp;"
    assert "src=blog&reg=1" in shown and "write &copy; where" in shown


def test_a_feed_of_comments_alone_has_no_post():
    comments = FEED.replace("<item>", "<item>\n<thr:in-reply-to ref='1'/>")
    assert parse_archive(comments.encode(), "comments.xml.txt").posts == []


def test_a_like_count_after_the_footnotes_does_not_undo_them():
    lines = read_lines(["Body text that ends the post with a marked sentence.1", "1",
                        "The first note explains the source of the figure we quoted.", "2",
                        "The second note says the sample was small and only a hint.", "3", "Share"], [])
    assert [line.chrome for line in lines if line.stripped in ("1", "2")] == [None, None]
