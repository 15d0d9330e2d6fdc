"""Stable, unique slugs that never shadow a page Pelican writes itself."""

from __future__ import annotations

from functools import lru_cache

from pelican.utils import slugify

MAX_SLUG_CHARS = 80
# Top-level names Pelican, the theme and the plugins write; an article slug
# equal to one of them would be confusing even under posts/.
RESERVED_SLUGS = frozenset(
    "archives archive authors author categories category tags tag series feeds feed "
    "posts pages drafts index search pagefind theme images static sitemap robots 404".split()
)
SLUG_SUBS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]


@lru_cache(maxsize=4096)
def base_slug(title: str) -> str:
    slug = slugify(title, regex_subs=SLUG_SUBS)[:MAX_SLUG_CHARS].strip("-")
    if len(slug) == MAX_SLUG_CHARS and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    slug = slug or "post"
    if slug in RESERVED_SLUGS:
        slug += "-post"
    return slug


class SlugRegistry:
    """Slugs handed out so far; same titles get -2, -3 ... in order."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}

    def __contains__(self, slug: str) -> bool:
        return slug in self.taken

    def add(self, slug: str) -> None:
        self.taken.add(slug)

    def unique(self, title: str) -> str:
        """A slug for ``title`` not handed out before (and now taken)."""
        slug = base = base_slug(title)
        number = self._next.get(base, 2)
        while slug in self.taken:
            slug = f"{base}-{number}"
            number += 1
        self._next[base] = number
        self.taken.add(slug)
        return slug
