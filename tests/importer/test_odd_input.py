"""Odd archives give the right posts or a warning naming the file and line, never a silent mistake."""

from __future__ import annotations

import logging

import pytest

from tests.importer.helpers import ROOT, two_post_archive  # (and puts plugins/ on sys.path)

from archive_import import import_archives, parse_archive

TEXT = two_post_archive("The Second Post ’quoted’")


def titles(data: bytes) -> list[str]:
    return [post.title for post in parse_archive(data, "a.txt").posts]


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),
    lambda text: text.replace("\n", "\r").encode("utf-8"),  # old Mac line ends
    lambda text: text.replace("\n", "\r\n").encode("utf-8"),
    lambda text: text.encode("utf-16"),  # with a byte-order mark
    lambda text: text.encode("utf-16-le"),
    lambda text: text.encode("utf-16-be"),
], ids=["utf-8", "cr-only", "crlf", "utf-16-bom", "utf-16-le", "utf-16-be"])
def test_line_ends_and_utf16_give_the_same_posts(encode):
    assert titles(encode(TEXT)) == ["The First Post", "The Second Post ’quoted’"]


def test_cr_only_line_numbers_match_an_editor():
    parsed = parse_archive(TEXT.replace("\n", "\r").encode(), "a.txt")
    assert parsed.line_count == TEXT.count("\n") + (0 if TEXT.endswith("\n") else 1)


def run(tmp_path, caplog, name: str, data: bytes):
    archives = tmp_path / "archives"
    archives.mkdir(exist_ok=True)
    (archives / name).write_bytes(data)
    with caplog.at_level(logging.WARNING):
        report = import_archives(str(archives), str(tmp_path / "imported"))
    return report, [r.getMessage() for r in caplog.records], archives / name


@pytest.mark.parametrize("data, separator", [
    (b"id,name,amount\n1,Bob,3.50\n2,Ann,4.00\n3,Joe,1.25\n", ","),
    (b"id\tname\tamount\n1\tBob\t3.50\n2\tAnn\t4.00\n", "tab"),
    (b"| id | name |\n| 1 | Bob |\n| 2 | Ann |\n", "|"),
])
def test_a_table_is_refused_with_a_warning(tmp_path, caplog, data, separator):
    report, messages, path = run(tmp_path, caplog, "export.txt", data)
    assert report.failed and not (tmp_path / "imported" / "export").exists()
    assert (f"archive_import: {path}:1: looks like a table ({separator}-separated columns on every line), "
            "not a blog archive; not imported") in messages


def test_a_file_of_nothing_but_chrome_is_refused_with_a_warning(tmp_path, caplog):
    report, messages, path = run(tmp_path, caplog, "chrome.txt",
                                 b"Subscribe to our newsletter\n\nShare this:\nTwitter\nFacebook\n\nLeave a Reply\n")
    assert report.failed and not list((tmp_path / "imported").rglob("*.md"))
    assert f"archive_import: {path}:1: no recognisable post" in messages


def test_an_over_long_single_line_is_a_warning_naming_it(tmp_path, caplog):
    data = (TEXT + "\n" + "word " * 400_000 + "\n").encode()
    report, messages, path = run(tmp_path, caplog, "long.txt", data)
    line = TEXT.count("\n") + 2
    assert any(m.startswith(f"archive_import: {path}:{line}: line is 2,000,000 bytes long, over 20,000") for m in
               messages), messages


def test_an_empty_title_in_a_feed_footer_is_a_warning_naming_its_line(tmp_path, caplog):
    data = (TEXT + "\nThe post  appeared first on Notes Blog.\n").encode()
    _, messages, path = run(tmp_path, caplog, "footer.txt", data)
    line = TEXT.count("\n") + 2
    assert (f"archive_import: {path}:{line}: \"The post … appeared first on\" line with an empty title; "
            "it stays in the post's text: check the post's title") in messages


def test_prose_with_commas_is_not_a_table():
    from archive_import.screening import screen

    data = TEXT.replace("paragraph of text", "paragraph, of text, really").encode()
    assert screen(data, "a.txt") == (None, [])
    for archive in sorted((ROOT / "content" / "archives").glob("*.txt")):
        assert screen(archive.read_bytes(), archive.name)[0] is None, archive


WAYBACK_PAGE = """The Wayback Machine - https://web.archive.org/web/20190612083315/http://deskdiary.example.com/
12 captures
03 Feb 2017 - 14 Aug 2021
About this capture
COLLECTED BY
Collection: Common Crawl
TIMESTAMPS

Desk Diary
Refunds on the phone
Posted 3 days ago by Ines Morrow
We read the refund back to the caller before we hang up, amount and card ending included.
Nobody has rung back to ask where the money went since we started doing it.
Holding music we chose ourselves
Posted 2 weeks ago by Ines Morrow
The team picked six tracks and the caller hears where they are in the queue between them.
Abandoned calls fell by a fifth in the first month, and nobody misses the old loop.
"""


def test_a_wayback_capture_drops_the_archive_toolbar_and_dates_relative_ages_from_the_capture_day():
    parsed = parse_archive(WAYBACK_PAGE.encode("utf-8"), "capture.txt")
    assert [(post.title, post.metadata.get("date")) for post in parsed.posts] == [
        ("Refunds on the phone", "2019-06-09"), ("Holding music we chose ourselves", "2019-05-29")]
    assert not any(word in post.body for post in parsed.posts for word in ("captures", "COLLECTED", "TIMESTAMPS"))


PRINTED_POST = """3/14/24, 9:41 AM Why We Stopped Promising Callback Windows – Lark Help
Lark Help
Why We Stopped Promising Callback Windows
By Ines Morrow March 2, 2024
We used to promise a two-hour callback window, and we kept the promise less than half the time.
Now we ring at a time the customer picks, and if we cannot make it we say so before the time, not after.
https://larkhelp.example/2024/03/02/callback-windows/ 1/2
3/14/24, 9:41 AM Why We Stopped Promising Callback Windows – Lark Help
Missed callbacks fell from one in five to one in twenty within a month.
https://larkhelp.example/2024/03/02/callback-windows/ 2/2
"""


def test_a_page_printed_to_pdf_keeps_its_text_and_drops_the_browsers_margins():
    post = parse_archive(PRINTED_POST.encode("utf-8"), "printed.txt").posts[0]
    assert post.title == "Why We Stopped Promising Callback Windows"
    assert post.body.rstrip().endswith("within a month.")
    assert "9:41 AM" not in post.body and "1/2" not in post.body and "larkhelp.example" not in post.body


def test_icon_font_glyphs_copied_before_a_date_are_no_text_and_the_date_still_dates_its_post():
    """Icon fonts draw a calendar or a tag with a private-use character, which a copy keeps."""
    page = ("Tea & Tickets\n"
            "Why We Close the Chat at Eight\n\n"
            "From March the chat widget switches itself off at eight and the contact page says so plainly.\n\n"
            "\ue676 2024/03/12\n\ue65a queues\n"
            "Merging Tickets Without Regret\n\n"
            "Two conversations that only look alike should never be merged, so we ask three questions first.\n\n"
            "\ue676 2024/02/27\n\ue65a merging\n")
    posts = parse_archive(page.encode(), "home.txt").posts
    assert [(post.title, post.metadata.get("date")) for post in posts] == [
        ("Why We Close the Chat at Eight", "2024-03-12"), ("Merging Tickets Without Regret", "2024-02-27")]
    assert all("\ue676" not in post.body for post in posts)


# Hugo Terminal: "date :: author :: N min read (N words)", and a config export indented with tabs.
POST_WITH_TABBED_CODE = """Tideworth Support
Posts
About

Our escalation rules, as the helpdesk reads them
2024-06-03 :: Ines Borrow :: 3 min read (540 words)

We moved our escalation rules out of a wiki page and into the helpdesk, where they can actually fire.

This is the part of the export that matters:

\t- queue: billing
\t  escalate_after: 4h
\t- queue: outages
\t  escalate_after: 30m

Each queue now escalates on its own clock, and nobody has to remember which one is which.

Read other posts
"""


def test_a_read_time_with_a_word_count_closes_a_byline_and_a_tabbed_code_block_stays_whole():
    posts = parse_archive(POST_WITH_TABBED_CODE.encode(), "post.txt").posts
    assert [post.title for post in posts] == ["Our escalation rules, as the helpdesk reads them"]
    assert posts[0].authors == ["Ines Borrow"] and posts[0].metadata["date"] == "2024-06-03"
    for line in ("- queue: billing", "- queue: outages", "escalate_after: 30m"):
        assert line in posts[0].body
