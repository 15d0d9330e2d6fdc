"""Pasted Markdown files: each opens with a block of "key: value" lines (front matter) that names its fields.

Every page here is written by hand for the test; the expectations are what
the front matter plainly says.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.keyvalue import find_blocks

DUMP = """---
layout: post
title: "Closing the Loop on Refund Tickets"
date: 2023-09-14
author: Priya Okonkwo
tags: [refunds, tone]
draft: false
---

We now send one last message when a refund lands, even if the customer never asked.

## Why it matters

Half of our repeat contacts were people checking on money that had already arrived.
---
title: 'A Handover Note in Four Headings'
date: 2023-10-02 09:30:00 +0100
author: Tomasz Brennan
tags:
  - handovers
  - "shifts"
---

Every shift change ends with a note of four headings, three lines each.
"""


def test_front_matter_names_each_posts_fields_in_any_order_and_yaml_form():
    posts = parse_archive(DUMP.encode(), "dump.txt").posts
    assert [post.title for post in posts] == ["Closing the Loop on Refund Tickets", "A Handover Note in Four Headings"]
    assert [post.authors for post in posts] == [["Priya Okonkwo"], ["Tomasz Brennan"]]
    assert [post.metadata["date"] for post in posts] == ["2023-09-14", "2023-10-02 09:30"]
    assert posts[1].metadata.get("tags") == "handovers, shifts"
    assert "layout" not in posts[0].body and "draft" not in posts[0].body and "- handovers" not in posts[1].body


def test_a_key_value_line_in_running_text_opens_no_block():
    assert find_blocks(["Title: an idea", "It was good.", "", "---", "Note: bring the receipt", "Thanks."]) == {}


NOTION_MARKDOWN_EXPORT = """# Why We Stopped Quoting Hold Times

Author: Imogen Saltmarsh
Created: March 4, 2024 9:12 AM
Last edited time: March 6, 2024 4:38 PM
Status: Published
Tags: Phone, Policy

For three years every caller heard the same recording: "Your estimated wait time is four minutes."

## What the number was doing

Customers mentioned the promised wait before they mentioned their problem, and they were right to.
"""


def test_a_markdown_pages_heading_and_its_properties_are_its_title_and_fields():
    """A Notion page exported as Markdown: "# Title", then its properties as "Key: value" lines."""
    (post,) = parse_archive(NOTION_MARKDOWN_EXPORT.encode(), "page.md.txt").posts
    assert post.title == "Why We Stopped Quoting Hold Times" and post.authors == ["Imogen Saltmarsh"]
    assert post.metadata["date"] == "2024-03-04 09:12"
    assert "Status: Published" not in post.body and post.body.strip().startswith("For three years")


NOTES_EXPORT = """Refund emails that don't sound like refusals
created:\t3/14/2024 9:12 AM
author:\tDesmond Achterberg
tags:\tblog drafts, refunds

Most refund emails are polite and still read like a refusal, because the good news comes last.

Answer first, then explain, then say what happens next.

A shorter hold message
created:\t4/2/2024 10:05 PM
author:\tDesmond Achterberg
tags:\tblog drafts, phones

Our hold message was forty seconds long, and callers heard it every time they rang back.
"""


def test_a_notes_title_over_its_created_and_author_fields_starts_each_note():
    """A note app's export: each note's title, then "created:", "author:", "tags:" with a tab; "3/14/2024"
    says the other numeric date is month first too."""
    posts = parse_archive(NOTES_EXPORT.encode(), "notes.txt").posts
    assert [(post.title, post.metadata["date"], post.authors) for post in posts] == [
        ("Refund emails that don't sound like refusals", "2024-03-14 09:12", ["Desmond Achterberg"]),
        ("A shorter hold message", "2024-04-02 22:05", ["Desmond Achterberg"])]


HUGO_TOML_FILES = """+++
title = "Auto-Replies That Actually Answer Something"
date = 2024-01-15T09:20:00+00:00
author = "Imogen Saltash"
tags = ["email", "macros"]
+++

Our auto-reply used to say only that we had the email, which the customer already knew.

+++
title = 'Shift Swaps Without the Group Chat'
date = 2024-02-06
authors = ['Imogen Saltash', 'Rafferty Oduya']
tags = [
  'rota',
  'team',
]

[params]
  featured = true
+++

Swaps now happen in the rota tool, so the rota always shows who is really working.
"""


def test_hugo_toml_front_matter_gives_each_post_its_title_date_authors_and_tags():
    """TOML between "+++" lines: quoted strings either way, arrays over one line or several, a blank line
    and a "[params]" table inside the block."""
    posts = parse_archive(HUGO_TOML_FILES.encode(), "content.txt").posts
    assert [(post.title, post.metadata["date"], post.authors) for post in posts] == [
        ("Auto-Replies That Actually Answer Something", "2024-01-15 09:20", ["Imogen Saltash"]),
        ("Shift Swaps Without the Group Chat", "2024-02-06", ["Imogen Saltash", "Rafferty Oduya"])]
    assert posts[1].metadata["tags"] == "rota, team" and "featured" not in posts[1].body


CSV_ROW_OVER_EXPORTED_HTML = """post_id,post_date,is_published,type,audience,title,subtitle
141822907.what-the-night-shift-knows,2024-03-04T07:45:12.311Z,true,newsletter,everyone,What the Night Shift Knows,"Handover notes, written at six"

Our overnight team is four people, and for most of last year the day team knew nothing of their nights.

What nights look like

Night contacts are a different mix: locked accounts, cards failing abroad, complaints drafted over an evening.
"""


def test_an_export_csv_row_over_a_posts_html_names_it_and_its_headings_stay_inside():
    """A platform's posts.csv header and the post's row, over the exported body (which has no title)."""
    (post,) = parse_archive(CSV_ROW_OVER_EXPORTED_HTML.encode(), "post.txt").posts
    assert post.title == "What the Night Shift Knows" and post.metadata["date"] == "2024-03-04 07:45"
    assert "## What nights look like" in post.body and "post_id" not in post.body


def test_front_matter_copied_double_spaced_is_still_one_block():
    """A copy with a blank line after every line (as the original archives are) keeps each header block
    whole: a blank line between two fields does not end it."""
    double = "\n\n".join(line for line in HUGO_TOML_FILES.split("\n") if line.strip()) + "\n"
    posts = parse_archive(double.encode(), "content.txt").posts
    assert [(post.title, post.authors) for post in posts] == [
        ("Auto-Replies That Actually Answer Something", ["Imogen Saltash"]),
        ("Shift Swaps Without the Group Chat", ["Imogen Saltash", "Rafferty Oduya"])]
    notes = "\n\n".join(line for line in NOTES_EXPORT.split("\n") if line.strip()) + "\n"
    assert [post.title for post in parse_archive(notes.encode(), "notes.txt").posts] == [
        "Refund emails that don't sound like refusals", "A shorter hold message"]


def test_a_csv_row_double_spaced_under_its_header_still_names_the_post():
    double = "\n\n".join(line for line in CSV_ROW_OVER_EXPORTED_HTML.split("\n") if line.strip()) + "\n"
    (post,) = parse_archive(double.encode(), "post.txt").posts
    assert post.title == "What the Night Shift Knows"
