"""Keep posts whose date is unknown out of the site's feeds.

Pelican needs a date on every article, so undated imported posts carry a
sentinel date in 1970 (see ``plugin.date_undated``). A feed reader would
show that date as if it were real, and a feed is a list of what is new, so
the site-wide and category feeds leave those posts out. Series feeds,
written by the series plugin with its own writer, do the same there.
"""

from common.dates import has_known_date
from markupsafe import Markup
from pelican.writers import Writer


class DatedFeedWriter(Writer):
    """Pelican's writer, whose feeds hold only posts with a known date."""

    def write_feed(self, elements, context, *args, **kwargs):
        return super().write_feed([item for item in elements if has_known_date(item)], context, *args, **kwargs)

    def _add_item_to_the_feed(self, feed, item):
        """Authors and categories are HTML in Pelican (like titles): a feed wants their text."""
        super()._add_item_to_the_feed(feed, item)
        entry = feed.items[-1]
        if entry.get("author_name"):
            entry["author_name"] = plain(entry["author_name"])
        entry["categories"] = [plain(term) for term in entry.get("categories") or ()]


def plain(value) -> str:
    return Markup(str(value)).striptags()


def dated_feed_writer(pelican):
    return DatedFeedWriter
