"""The original blogs imported posts came from: one page per source."""

from collections import Counter
from dataclasses import dataclass, field

from pelican.utils import slugify


@dataclass
class Source:
    """One original blog: its name, its own address (when known) and our page for it."""

    name: str
    slug: str
    page_url: str
    save_as: str
    url: str = ""
    articles: list = field(default_factory=list)

    def __str__(self):
        return self.name


def source_slug(name, settings):
    return slugify(name, regex_subs=settings.get("SLUG_REGEX_SUBSTITUTIONS", []))


def source_for(content, options):
    """The Source an article names in Source_name (its articles are filled in later)."""
    name = str(getattr(content, "source_name", "") or "").strip()
    if not name:
        return None
    slug = source_slug(name, content.settings)
    return Source(
        name=name,
        slug=slug,
        page_url=options["source_url"].format(slug=slug),
        save_as=options["source_save_as"].format(slug=slug),
        url=str(getattr(content, "source_url", "") or "").strip(),
    )


def group_by_source(articles):
    """Sources in name order, each with its articles (in the given order) and best-known address.

    Articles may disagree on a blog's address (one names a post, another the
    home page); the most frequent wins, ties broken alphabetically, so the
    result never depends on file order.
    """
    sources = {}
    addresses = {}
    for article in articles:
        ref = getattr(article, "source", None)
        if ref is None:
            continue
        source = sources.setdefault(ref.slug, Source(ref.name, ref.slug, ref.page_url, ref.save_as))
        source.articles.append(article)
        if ref.url:
            addresses.setdefault(ref.slug, Counter())[ref.url] += 1
    for slug, counts in addresses.items():
        sources[slug].url = min(counts, key=lambda url: (-counts[url], url))
    return sorted(sources.values(), key=lambda source: (source.name.lower(), source.slug))
