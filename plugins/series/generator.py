"""Write the series pages (`series/`, `series/<slug>/`) and one Atom feed per series."""

from __future__ import annotations

from pelican.generators import Generator
from pelican.writers import Writer

from .assign import CONTEXT_KEY
from .dates import has_known_date
from .settings import load_settings


class SeriesGenerator(Generator):
    """Reads the series the article generator's pass assigned; writes pages and feeds.

    Pages go through Pelican's Writer, so they get the normal template
    context and `content_written` (pelican-sitemap lists them).
    """

    def generate_context(self):
        self.options = load_settings(self.settings)
        self.series_list = self.context.get(CONTEXT_KEY, [])
        self.context.setdefault(CONTEXT_KEY, self.series_list)

    def generate_output(self, writer):
        relative = self.settings.get("RELATIVE_URLS", False)
        if self.options.index_save_as:
            writer.write_file(self.options.index_save_as, self.get_template("series_list"),
                              self.context, relative, url=self.options.index_url,
                              series_list=self.series_list)
        for series in self.series_list:
            writer.write_file(series.save_as, self.get_template("series"), self.context, relative,
                              url=series.url, series=series)
        if self.options.feed_atom:
            self._write_feeds(writer)

    def _write_feeds(self, writer):
        # Series order, capped to the last parts: FEED_MAX_ITEMS would keep
        # the first ones, and new parts would never reach subscribers.
        limit = self.options.feed_max_items
        # Feed readers need absolute links; a local build without an absolute
        # SITEURL uses FEED_DOMAIN, as the feed's own address does.
        site_url = self.context.get("SITEURL") or self.settings.get("FEED_DOMAIN") or ""
        feed_context = {**self.context, "SITEURL": site_url}
        feed_writer = Writer(writer.output_path, settings={**self.settings, "FEED_MAX_ITEMS": None})
        for series in self.series_list:
            if not series.feed_save_as:
                continue
            # A part whose date is unknown carries the importer's 1970
            # placeholder; a feed reader would show it as real. Feeds list
            # what is new, so they hold the dated parts (the series page
            # lists every part).
            dated = [part for part in series.parts if has_known_date(part)]
            parts = dated[-limit:] if limit else dated
            feed_writer.write_feed(parts, feed_context, series.feed_save_as,
                                   url=series.feed_url, feed_title=series.name)
