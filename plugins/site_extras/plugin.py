"""Signal wiring. Receivers are module-level functions (blinker holds them weakly);
per-build state lives on the generator objects, which Pelican makes anew each build."""

from pelican import signals
from pelican.contents import Article, Page
from pelican.utils import get_relative_path

from . import dates, navigation, reading, structured_data, summary
from .csp import csp_hash
from .generator import SiteExtrasGenerator
from .linkify import linkify
from .related import RelatedIndex
from .settings import settings_for
from .sources import source_for


def absolute_base(settings):
    """SITEURL when it is a real address (publish builds), else "" (local, relative builds).

    Local builds set SITEURL to the preview address only so feeds and the
    sitemap carry absolute links; pages built with RELATIVE_URLS stay free
    of canonical links to a preview server.
    """
    if settings.get("RELATIVE_URLS"):
        return ""
    siteurl = str(settings.get("SITEURL") or "").rstrip("/")
    return siteurl if siteurl.startswith(("http://", "https://")) else ""


def expose_site_address(generator):
    generator.context["SITE_ABSOLUTE_URL"] = absolute_base(generator.settings)
    env = getattr(generator, "env", None)
    if env is not None:
        env.filters.setdefault("linkify", linkify)
        env.filters.setdefault("csp_hash", csp_hash)


def annotate_dates(content):
    date = getattr(content, "date", None)
    metadata_precision = getattr(content, "date_precision", None)
    content.date_precision = dates.normalised_precision(metadata_precision, date)
    content.date_display = dates.date_display(date, content.date_precision)
    content.date_iso = dates.date_iso(date, content.date_precision)


# How front matter says yes ("Excerpt: true").
TRUE_WORDS = {"true", "yes", "1", "on"}


def annotate_content(content):
    if not isinstance(content, (Article, Page)):
        return
    options = settings_for(content.settings)
    annotate_dates(content)
    # _content is the rendered body; .content would resolve links too early.
    body = getattr(content, "_content", "") or ""
    content.word_count = reading.word_count(body)
    content.reading_minutes = reading.minutes_for(content.word_count, options["words_per_minute"])
    content.source = source_for(content, options)
    content.card_summary = summary.card_summary(summary.summary_source(content))
    content.is_excerpt = str(getattr(content, "excerpt", "") or "").strip().lower() in TRUE_WORDS
    # Where a post came from, for a post that names no author.
    archive = str(getattr(content, "source_archive", "") or "").strip()
    content.archive_name = content.source.name if content.source else archive.removesuffix(".txt")


def refresh_dates(generator):
    """Another plugin may set a sentinel date after our init receiver ran."""
    for article in generator.articles:
        annotate_dates(article)


def pin_urls(generators):
    """Fix each article's and page's URL once all content is read.

    Pelican formats ``url`` from the URL settings on every access, and the
    theme asks for it from cards, series boxes, related posts and JSON-LD:
    tens of thousands of times a build, about a tenth of its time. The URL
    depends only on settings and metadata, both final by now, so it is
    stored through Pelican's own ``override_url`` hook (what a ``URL:``
    metadata line sets). Save paths are left alone: ``override_save_as``
    would change how Pelican writes the page.
    """
    if not generators:
        return
    for content in (generators[0].context.get("generated_content") or {}).values():
        if isinstance(content, (Article, Page)) and not hasattr(content, "override_url"):
            content.override_url = content.url


def related_index(generator):
    index = getattr(generator, "site_extras_related", None)
    if index is None:
        options = settings_for(generator.settings)
        index = RelatedIndex(list(generator.articles), options["related_weights"])
        generator.site_extras_related = index
    return index


def will_be_reused(generator, content):
    """True when render_cache will reuse this page as last written, so nothing here is needed.

    Duck-typed so this plugin does not depend on that one: any object under
    the context's RENDER_CACHE key with an ``is_fresh(content)`` method.
    """
    cache = generator.context.get("RENDER_CACHE")
    return cache is not None and cache.is_fresh(content)


def annotate_for_writing(generator, content, is_article):
    if will_be_reused(generator, content):
        return
    # Local builds have no address: links in JSON-LD are relative to the page, like the HTML's.
    base = absolute_base(generator.settings) or get_relative_path(content.save_as)
    if is_article:
        options = settings_for(generator.settings)
        content.related = related_index(generator).related(content, options["related_max"])
        nav = navigation.for_generator(generator)
        content.newer_article, content.older_article = nav.dated(content)
        content.archive_previous, content.archive_next = nav.in_archive(content)
    content.breadcrumbs = structured_data.breadcrumbs(content, is_article)
    content.json_ld = structured_data.json_ld_scripts(
        content, content.breadcrumbs, base, generator.settings.get("SITENAME", ""), is_article)


def before_article_written(generator, content):
    annotate_for_writing(generator, content, is_article=True)


def before_page_written(generator, content):
    annotate_for_writing(generator, content, is_article=False)


def add_generator(pelican):
    return SiteExtrasGenerator


def register():
    signals.generator_init.connect(expose_site_address)
    signals.content_object_init.connect(annotate_content)
    signals.article_generator_finalized.connect(refresh_dates)
    signals.all_generators_finalized.connect(pin_urls)
    signals.article_generator_write_article.connect(before_article_written)
    signals.page_generator_write_page.connect(before_page_written)
    signals.get_generators.connect(add_generator)
