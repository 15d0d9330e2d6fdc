"""A feed copied as its XML (a browser shows the tree of an RSS or Atom feed with no style sheet).

Every feed here is written by hand for the test; the expectations are what
the feed plainly says.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive
from archive_import.feed_view import is_feed_view, read_feed_view

ATOM = """This XML file does not appear to have any style information associated with it. The document tree is shown below.
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Quayside Help Notes</title>
<link href="https://help.quayside.example/"/>
<updated>2024-03-05T09:00:00Z</updated>
<entry>
<title type="html">Refunds &amp; the first reply</title>
<link href="https://help.quayside.example/refunds-first-reply/"/>
<id>tag:help.quayside.example,2024:1</id>
<published>2024-03-04T10:32:00Z</published>
<author>
<name>Ada Whitcombe</name>
</author>
<category term="Refunds"/>
<content type="html">&lt;p&gt;We now say when the money will land in the very first reply, not the third.&lt;/p&gt;</content>
</entry>
<entry>
<title>Answering at night</title>
<id>tag:help.quayside.example,2024:2</id>
<published>2024-02-20T22:15:00Z</published>
<author>
<name>Rafael Quint</name>
</author>
<content type="html">
<![CDATA[
<p>Two of us now answer chat until midnight, and the morning queue is shorter for it.</p>
<h2>What changed</h2>
<p>The late shift takes the tickets that only need a yes or a no, and leaves a note for the rest.</p>
]]>
</content>
</entry>
</feed>
"""


def test_an_atom_feed_in_its_xml_gives_each_entrys_title_date_author_and_text():
    parsed = parse_archive(ATOM.encode(), "feed.txt")
    assert [post.title for post in parsed.posts] == ["Refunds & the first reply", "Answering at night"]
    assert [post.metadata["date"] for post in parsed.posts] == ["2024-03-04 10:32", "2024-02-20 22:15"]
    assert [post.authors for post in parsed.posts] == [["Ada Whitcombe"], ["Rafael Quint"]]
    first, second = (post.body for post in parsed.posts)
    assert first.strip() == "We now say when the money will land in the very first reply, not the third."
    assert "What changed" in second and "<p>" not in second and "CDATA" not in second
    dropped = {item.line: item.text for item in parsed.dropped}
    assert dropped[9] == "<id>tag:help.quayside.example,2024:1</id>"  # the archive's own line numbers


def test_html_in_an_ordinary_page_is_left_as_it_is():
    page = ["Notes", "<p>is how we wrote paragraphs in the old help centre</p>"]
    assert not is_feed_view(page)
    assert read_feed_view(["<rss>", "<channel>", "<title>Notes</title>"]).texts[2] == "Notes"


READER_APP_ARTICLE = """Reader
All articles
214
Customer support
38 unread
Mark all as read
Mondays Look Worse Than They Are
Refund Desk Weekly · 1h
Night Shift Notes for the Day Team
The Escalation Log · 1d
Shorter Macros, Happier Customers
Hold Steady Journal
by Imogen Tarrant
Mar 11, 2024 07:42
Our saved replies had grown to three hundred, and agents had stopped reading them before sending.
We set a limit of five sentences per macro and rewrote the forty most used ones in a week.
Customers now answer our follow-up questions, because they can find them in the message.
"""


def test_a_reader_apps_article_is_by_its_own_byline_not_a_list_rows_feed():
    """The list pane over the article names each item's feed; the article's own "by" line under its title
    names its author. (Which list row is the article's title is left to the corpus: the row printed again
    over the byline, as the real app prints it.)"""
    (post,) = parse_archive(READER_APP_ARTICLE.encode(), "reader.txt").posts
    assert post.authors == ["Imogen Tarrant"] and post.metadata["date"].startswith("2024-03-11")
