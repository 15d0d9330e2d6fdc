"""Pages and context the stock generators do not make: sources, archive chart, author bios."""

from pelican.generators import Generator

from . import archive
from .settings import settings_for
from .sources import group_by_source


def author_bios(articles):
    """Author name -> bio, from the newest single-author post that carries one."""
    bios = {}
    for article in articles:
        bio = str(getattr(article, "author_bio", "") or "").strip()
        authors = getattr(article, "authors", None) or []
        if bio and len(authors) == 1:
            bios.setdefault(str(authors[0]), bio)
    return bios


# A Tags page with one or two tags is not worth a menu link: it and the link
# appear once posts carry this many different tags (Pelican setting
# TAGS_PAGE_MIN_TAGS overrides it).
TAGS_PAGE_MIN_TAGS = 5
# Where the configured TAGS_SAVE_AS is kept while the page is switched off,
# so a live rebuild with more tags brings it back.
CONFIGURED_TAGS_SAVE_AS = "SITE_EXTRAS_CONFIGURED_TAGS_SAVE_AS"


def enough_tags(articles, minimum):
    return len({tag.slug for article in articles for tag in getattr(article, "tags", None) or []}) >= minimum


def switch_tags_page(settings, show):
    """The stock articles generator writes tags/ from TAGS_SAVE_AS; empty means no page."""
    configured = settings.setdefault(CONFIGURED_TAGS_SAVE_AS, settings.get("TAGS_SAVE_AS", "tags.html"))
    settings["TAGS_SAVE_AS"] = configured if show else ""


class SiteExtrasGenerator(Generator):
    """Runs after the articles generator, so ``context["articles"]`` is complete."""

    def generate_context(self):
        options = settings_for(self.settings)
        articles = self.context.get("articles", [])
        years, undated = archive.group_by_period(articles)
        self.sources = group_by_source(articles)
        self.context.update(
            sources=self.sources,
            SOURCES_URL=options["sources_url"],
            archive_years=years,
            undated_articles=undated,
            archive_bars=archive.year_bars(years),
            author_bios=author_bios(articles),
        )
        show_tags = enough_tags(articles, self.settings.get("TAGS_PAGE_MIN_TAGS", TAGS_PAGE_MIN_TAGS))
        # Before any page is written: every generator's context is ready, no output yet.
        switch_tags_page(self.settings, show_tags)
        self.context["show_tags"] = show_tags

    def generate_output(self, writer):
        options = settings_for(self.settings)
        if not self.sources:
            return
        writer.write_file(
            options["sources_save_as"], self.get_template("sources"), self.context,
            relative_urls=self.settings["RELATIVE_URLS"],
            url=options["sources_url"], page_name="sources", template_name="sources",
        )
        for source in self.sources:
            writer.write_file(
                source.save_as, self.get_template("source"), self.context,
                relative_urls=self.settings["RELATIVE_URLS"],
                url=source.page_url, source=source, articles=source.articles,
                page_name=source.page_url.rstrip("/"), template_name="source",
            )
