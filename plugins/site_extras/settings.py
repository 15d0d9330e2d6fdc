"""The plugin's settings: module-constant defaults merged with SITE_EXTRAS."""

import logging

log = logging.getLogger(__name__)

DEFAULTS = {
    # Adult silent reading of web prose is about 230 words a minute.
    "words_per_minute": 230,
    # Enough to suggest a next read without turning into a second index.
    "related_max": 4,
    # Weights of what two articles share; a series is the strongest bond.
    "related_weights": {"series": 4, "tag": 2, "source": 1, "category": 1},
    "sources_save_as": "sources/index.html",
    "sources_url": "sources/",
    "source_save_as": "sources/{slug}/index.html",
    "source_url": "sources/{slug}/",
    # Size of the archive chart's drawing area, in SVG user units.
    "chart_width": 640,
    "chart_height": 120,
}


def settings_for(pelican_settings):
    """DEFAULTS overlaid with the user's SITE_EXTRAS dict; bad input is logged, not fatal."""
    user = pelican_settings.get("SITE_EXTRAS") or {}
    if not isinstance(user, dict):
        log.warning("site_extras: SITE_EXTRAS must be a dict, got %r; using defaults", user)
        user = {}
    unknown = sorted(set(user) - set(DEFAULTS))
    if unknown:
        log.warning("site_extras: unknown SITE_EXTRAS keys ignored: %s", ", ".join(unknown))
    merged = dict(DEFAULTS)
    for key, value in user.items():
        if key not in DEFAULTS:
            continue
        if not isinstance(value, type(DEFAULTS[key])):
            log.warning("site_extras: SITE_EXTRAS[%r] should be a %s, got %r; using %r",
                        key, type(DEFAULTS[key]).__name__, value, DEFAULTS[key])
            continue
        merged[key] = value
    return merged
