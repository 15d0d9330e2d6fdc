"""Stable, unique slugs that never shadow a page Pelican writes itself."""

from __future__ import annotations

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


def base_slug(title: str) -> str:
    slug = slugify(title, regex_subs=SLUG_SUBS)[:MAX_SLUG_CHARS].strip("-")
    if len(slug) == MAX_SLUG_CHARS and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    slug = slug or "post"
    if slug in RESERVED_SLUGS:
        slug += "-post"
    return slug


def unique_slug(title: str, taken: set[str]) -> str:
    """A slug for ``title`` not in ``taken`` (which it is added to)."""
    slug = base = base_slug(title)
    number = 2
    while slug in taken:
        slug = f"{base}-{number}"
        number += 1
    taken.add(slug)
    return slug
