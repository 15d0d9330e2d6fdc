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
            archive_chart=archive.chart_svg(articles, options["chart_width"], options["chart_height"]),
            author_bios=author_bios(articles),
        )

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
