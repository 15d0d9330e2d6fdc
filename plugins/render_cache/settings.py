"""The RENDER_CACHE settings: defaults merged with pelicanconf.py through ``common.settings``.

Bad settings are logged once as ``render_cache:`` WARNINGs and replaced by
the default; they never stop the build.
"""

import os

from common.settings import Option, is_bool_or_none, is_relative_file_name, merged

PREFIX = "render_cache"

OPTIONS = {
    # None: on exactly when Pelican's own content cache is loaded
    # (LOAD_CONTENT_CACHE), so a warm build reuses both, a cold one neither.
    "enabled": Option(None, is_bool_or_none, "True, False or None"),
    # Kept in CACHE_PATH, next to Pelican's content cache.
    "manifest": Option("render_cache.json", is_relative_file_name, "a file name inside CACHE_PATH"),
}
DEFAULTS = {key: option.default for key, option in OPTIONS.items()}


def settings_for(pelican_settings) -> dict:
    options = merged(pelican_settings, "RENDER_CACHE", PREFIX, OPTIONS)
    if options["enabled"] is None:
        options["enabled"] = bool(pelican_settings.get("LOAD_CONTENT_CACHE"))
    options["manifest"] = os.path.join(pelican_settings.get("CACHE_PATH") or "cache", options["manifest"])
    return options
