"""Breadcrumbs and schema.org JSON-LD, built as Python dicts and serialised safely."""

import html
import json
import re
from dataclasses import dataclass

TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Crumb:
    """One step of a breadcrumb trail; ``url`` is relative to the site root."""

    name: str
    url: str


def plain(text):
    """Visible text of a title or summary that may carry markup or entities."""
    return " ".join(html.unescape(TAG.sub(" ", str(text or ""))).split())


def absolute(base, url):
    """``url`` (relative to the site root) under ``base``: the site's address in
    publish builds, the relative path to the root (``../..``) in local ones."""
    return f"{base}/{url}" if base else url


def to_script_json(data):
    """JSON safe inside <script>: no "</" can close the element early."""
    text = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":"))
    return text.replace("</", "<\\/").replace("<!--", "<\\u0021--")


def breadcrumbs(content, is_article):
    trail = [Crumb("Home", "")]
    category = getattr(content, "category", None)
    if is_article and category is not None:
        trail.append(Crumb(str(category), category.url))
    trail.append(Crumb(plain(content.title), content.url))
    return trail


def breadcrumb_list(trail, base):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": crumb.name,
             "item": absolute(base, crumb.url)}
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def person(author, base):
    return {"@type": "Person", "name": plain(author), "url": absolute(base, author.url)}


def blog_posting(article, base, site_name):
    """BlogPosting per the importer issue's site contract."""
    data = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": plain(article.title),
        "url": absolute(base, article.url),
        "mainEntityOfPage": absolute(base, article.url),
    }
    if article.date_iso:
        data["datePublished"] = article.date_iso
    authors = [person(author, base) for author in getattr(article, "authors", None) or []]
    if authors:
        data["author"] = authors[0] if len(authors) == 1 else authors
    # The card's prose summary: no inner headings or image leftovers.
    summary = getattr(article, "card_summary", None) or plain(getattr(article, "summary", ""))
    if summary:
        data["description"] = summary
    category = getattr(article, "category", None)
    if category is not None:
        data["articleSection"] = str(category)
    tags = [str(tag) for tag in getattr(article, "tags", None) or []]
    if tags:
        data["keywords"] = tags
    data["wordCount"] = article.word_count
    data["publisher"] = {"@type": "Organization", "name": plain(site_name)}
    source = getattr(article, "source", None)
    if source is not None and source.url:
        data["isBasedOn"] = source.url
    series = getattr(article, "series", None)
    if series is not None and getattr(series, "name", None):
        data["isPartOf"] = {
            "@type": "CreativeWorkSeries",
            "name": str(series.name),
            "url": absolute(base, str(getattr(series, "url", "") or "")),
        }
        if getattr(series, "index", None):
            data["position"] = int(series.index)
    return data


def json_ld_scripts(content, trail, base, site_name, is_article):
    """The JSON texts for the page's <script type="application/ld+json"> elements."""
    documents = []
    if is_article:
        documents.append(blog_posting(content, base, site_name))
    documents.append(breadcrumb_list(trail, base))
    return [to_script_json(document) for document in documents]
