"""Give pelican-sitemap a 'now' taken from the content instead of the clock."""

import datetime
import logging

from pelican import signals

from common.dates import has_known_date, naive

log = logging.getLogger(__name__)

# Used only for a site with no dated content at all.
EPOCH = datetime.datetime(1970, 1, 1)


def newest_content_date(generators):
    newest = None
    for generator in generators:
        for item in [*getattr(generator, "articles", ()), *getattr(generator, "pages", ())]:
            # An unknown date is the importer's placeholder, not a change.
            stamp = getattr(item, "modified", None) or (item.date if has_known_date(item) else None)
            if stamp is None:
                continue
            if newest is None or naive(stamp) > naive(newest):
                newest = stamp
    return newest or EPOCH


def pin_sitemap_clock(generators):
    try:
        from pelican.plugins.sitemap import sitemap
    except ImportError:
        log.warning("sitemap_dates: pelican-sitemap is not installed; nothing to pin")
        return
    sitemap.generator.now = newest_content_date(generators)


def register():
    signals.all_generators_finalized.connect(pin_sitemap_clock)
