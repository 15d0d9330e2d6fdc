"""An export or a feed copied as pretty-printed JSON: one post per object with a title and a text, its
authors joined by id where the export names them so, every other key chrome, line numbers kept.

Every input here is written by hand for the test; the expectations are what the input plainly says.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

EXPORT = """{
  "db": [
    {
      "data": {
        "posts": [
          {
            "id": "p1",
            "title": "Answer the question they asked",
            "slug": "answer-the-question",
            "html": "<p>Read the customer's last line twice.</p><h2>Why</h2><p>It is usually the real question &amp; the rest is context.</p>",
            "plaintext": "Read the customer's last line twice.",
            "published_at": "2024-03-04T09:15:00.000Z"
          },
          {
            "id": "p2",
            "title": "Two people, one reply",
            "slug": "two-people-one-reply",
            "html": "<p>When two agents touch a ticket, one of them signs the reply.</p>",
            "published_at": "2024-02-13T16:00:00.000Z"
          }
        ],
        "posts_authors": [
          {
            "post_id": "p1",
            "author_id": "u1",
            "sort_order": 0
          },
          {
            "post_id": "p2",
            "author_id": "u2",
            "sort_order": 0
          },
          {
            "post_id": "p2",
            "author_id": "u1",
            "sort_order": 1
          }
        ],
        "users": [
          {
            "id": "u1",
            "name": "Odile Ferrant",
            "email": "odile@example.com"
          },
          {
            "id": "u2",
            "name": "Ravi Sandhu",
            "email": "ravi@example.com"
          }
        ]
      }
    }
  ]
}
"""


def test_an_exports_posts_with_authors_joined_by_id():
    posts = parse_archive(EXPORT.encode(), "export.txt").posts
    assert [post.title for post in posts] == ["Answer the question they asked", "Two people, one reply"]
    assert [post.metadata["date"] for post in posts] == ["2024-03-04 09:15", "2024-02-13 16:00"]
    assert [post.authors for post in posts] == [["Odile Ferrant"], ["Ravi Sandhu", "Odile Ferrant"]]
    assert "It is usually the real question &amp; the rest is context." in posts[0].body  # (text, escaped)
    assert "<p>" not in posts[0].body and "odile@example.com" not in posts[0].body + posts[1].body


FEED = """JSON
Raw Data
{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Counter Notes",
  "authors": [
    {
      "name": "Counter Notes Team"
    }
  ],
  "items": [
    {
      "id": "1",
      "title": "Say the date, not the duration",
      "content_text": "Customers hear dates.\\n\\nThey argue with durations.",
      "date_published": "2024-05-07T09:30:00+01:00"
    },
    {
      "id": "2",
      "title": "One question per reply",
      "content_text": "Ask for one thing at a time.",
      "date_published": "2024-04-16T14:05:00+01:00",
      "authors": [
        {
          "name": "Jonah Abernethy"
        }
      ]
    }
  ]
}
"""


def test_a_json_feeds_items_signed_by_their_own_authors_or_the_feeds():
    posts = parse_archive(FEED.encode(), "feed.txt").posts
    assert [post.title for post in posts] == ["Say the date, not the duration", "One question per reply"]
    assert [post.authors for post in posts] == [["Counter Notes Team"], ["Jonah Abernethy"]]
    assert "Customers hear dates. They argue with durations." in posts[0].body


def test_a_page_opening_with_a_json_sample_is_read_as_text():
    page = 'Webhook payloads\n{\n  "event": "ticket.created",\n  "id": 42\n}\nEvery payload carries the event name first.\n'
    (post,) = parse_archive(page.encode(), "page.txt").posts
    assert '"event": "ticket.created",' in post.body and "Every payload carries the event name first." in post.body
