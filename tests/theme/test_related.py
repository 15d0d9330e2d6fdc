"""Related posts: shared series and tags rank first, and a big shared category stays cheap."""

from datetime import datetime, timedelta
from types import SimpleNamespace

from site_extras.related import NEIGHBOURS_PER_SIDE, RelatedIndex

WEIGHTS = {"series": 4, "tag": 2, "source": 1, "category": 1}
CATEGORY = SimpleNamespace(slug="customer-service")


def post(number, tags=()):
    return SimpleNamespace(
        slug=f"post-{number:04d}", date=datetime(2015, 1, 1) + timedelta(days=number),
        category=CATEGORY, tags=[SimpleNamespace(slug=tag) for tag in tags], source=None, series=None)


def test_a_shared_tag_beats_the_shared_category_however_far_apart():
    posts = [post(number) for number in range(500)]
    posts[3] = post(3, tags=["apology"])
    posts[480] = post(480, tags=["apology"])
    related = RelatedIndex(posts, WEIGHTS).related(posts[3], limit=4)
    assert related[0] is posts[480]


def test_a_big_category_offers_only_posts_near_in_time():
    posts = [post(number) for number in range(500)]
    related = RelatedIndex(posts, WEIGHTS).related(posts[250], limit=4)
    assert len(related) == 4
    assert all(abs(int(other.slug[-4:]) - 250) <= NEIGHBOURS_PER_SIDE for other in related)
    # Ties go to the newer post, so the list is the same every build.
    assert [other.slug for other in related] == ["post-0275", "post-0274", "post-0273", "post-0272"]
