"""Build-time data the theme needs, computed in Python rather than in Jinja.

At ``content_object_init`` every article and page gets:

``date_precision``
    normalised (hand-written posts may omit it: ``minute`` when the date has
    a time of day, else ``day``);
``date_display`` / ``date_iso``
    the date as readers and machines should see it, at its known precision
    ("October 2011" / ``2011-10``; "Date unknown" / ``None``);
``reading_minutes``
    estimated reading time;
``source``
    a :class:`~site_extras.sources.Source` for ``Source_name`` (or None).

Just before an article or page is written it also gets ``related`` (articles
sharing tags, category, series or source, best first, deterministic),
``breadcrumbs`` and ``json_ld`` (schema.org BlogPosting and BreadcrumbList,
serialised with ``json.dumps`` and ``</`` escaped).

A generator writes ``sources/`` and ``sources/<slug>/`` and puts the archive
chart (rows of posts per year, each bar a tiny SVG that stretches with the
page, so the chart has no size setting) and author bios in the context.

Settings: ``SITE_EXTRAS`` dict merged over :data:`settings.DEFAULTS`.
"""

from .plugin import register  # noqa: F401
