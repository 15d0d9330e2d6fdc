"""Listings of cards that print no date: a tag, a title, an excerpt and "Read more" make each card a post.

Every page here is written by hand for the test; the expectations are what
the page plainly says, not what the importer happened to produce.
"""

from __future__ import annotations

from tests.importer.helpers import SEED_ARCHIVES  # noqa: F401  (puts plugins/ on sys.path)

from archive_import import parse_archive

UNDATED_CARDS_CUT_MID_SENTENCE = """Harbour Desk
Home
About
Subscribe
Refunds
The Refund That Took Three Teams
A refund for a broken kettle passed through billing, stores and our own desk before anyone paid it. Here is the
Read more
Phone lines
Why We Answer on the Third Ring
Callers told us the first two rings feel like a pause to breathe, and the fourth like being forgotten by everyone.
Read more
Refunds
Saying Yes Before the Receipt Arrives
For small amounts we now refund first and ask for the receipt after, which sounded risky until we counted the
Read more
Recent Posts
The Refund That Took Three Teams
Jan 22, 2024
Harbour Desk © 2024
Powered by Ghost
"""


def test_each_undated_card_is_a_post_even_when_its_excerpt_stops_mid_sentence():
    """An excerpt cut at a word count ends without a full stop; it is still the card's text, and the card with
    its "Read more" is a post of the listing, not the tail of the card above."""
    parsed = parse_archive(UNDATED_CARDS_CUT_MID_SENTENCE.encode(), "cards.txt")
    assert [post.title for post in parsed.posts] == [
        "The Refund That Took Three Teams", "Why We Answer on the Third Ring", "Saying Yes Before the Receipt Arrives"]
    assert parsed.posts[2].body.strip().startswith("For small amounts we now refund first")
    assert "Why We Answer" not in parsed.posts[0].body
