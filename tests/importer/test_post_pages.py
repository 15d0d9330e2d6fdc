"""Single post pages: the post is found among the page's reaction bars, help widgets and comments.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.model import ArchiveConfig


def parse(text: str, config: ArchiveConfig | None = None):
    return parse_archive(text.encode("utf-8"), "page.txt", config)


POST_PAGE_WITH_REACTIONS = """Skip to content
Learners Hub
Log in

7
Add reaction
Like
Heart
Raised Hands
Jump to Comments
2
Save

Tomasz Wieczorek
Tomasz Wieczorek
Posted on Mar 4 • Updated on Mar 6

Notes From a Year on the Night Queue
#support #nightshift
Nights on the queue are quiet until they are not, and the quiet hours are when the real work happens.
I kept a notebook of every ticket that came in after midnight, and three patterns stood out by spring.
Top comments (2)
Subscribe

Add to Discussion

Ilse Brandt
Ilse Brandt
• Mar 5

The notebook idea is one I am stealing for our weekend rota.
Like Reply
Tomasz Wieczorek
Tomasz Wieczorek
• Mar 5

Please do, and tell me what patterns you find.
Like Reply
"""


def test_a_post_page_with_reaction_bar_and_top_comments():
    post, = parse(POST_PAGE_WITH_REACTIONS, ArchiveConfig(captured="2024-05-01")).posts
    assert post.title == "Notes From a Year on the Night Queue"
    assert post.metadata["date"] == "2024-03-04"
    assert post.authors == ["Tomasz Wieczorek"]  # not "Raised Hands", a two-word label further up
    assert "rota" not in post.body and "Please do" not in post.body
    assert post.body.rstrip().endswith("three patterns stood out by spring.")


HELP_ARTICLE = """Skip to main content
Parcelwise Help Center
Search for articles...
All Collections
Returns
How do I return a parcel?
Send something back within thirty days, with or without the original box.
Written by Ines Carvalho
Updated over a week ago
Table of contents
Printing the label
Printing the label
Open Your Orders, choose the parcel and press Return this item to get a printable label.
If you have no printer, show the QR code at any drop-off point and they will print it for you.
Did this answer your question?
😞😐😃
Related Articles
Where is my refund?
"""


def test_a_help_centre_article_keeps_its_text_below_the_written_by_line():
    post, = parse(HELP_ARTICLE, ArchiveConfig(captured="2024-05-01")).posts
    assert post.title == "How do I return a parcel?"
    assert post.authors == ["Ines Carvalho"]
    assert post.metadata["date"] == "2024-04-24"  # "over a week ago" from the day the page was copied
    assert "drop-off point" in post.body
    for chrome in ("Did this answer", "😞", "Table of contents", "Where is my refund"):
        assert chrome not in post.body
