"""The RENDER_CACHE settings: module-constant defaults merged with pelicanconf.py.

Bad settings are logged with the ``render_cache:`` prefix and replaced by
the default; they never stop the build.
"""

import logging
import os

log = logging.getLogger(__name__)

DEFAULTS = {
    # None: on exactly when Pelican's own content cache is loaded
    # (LOAD_CONTENT_CACHE), so a warm build reuses both, a cold one neither.
    "enabled": None,
    # Kept in CACHE_PATH, next to Pelican's content cache.
    "manifest": "render_cache.json",
}


def settings_for(pelican_settings) -> dict:
    user = pelican_settings.get("RENDER_CACHE") or {}
    if not isinstance(user, dict):
        log.warning("render_cache: RENDER_CACHE must be a dict, got %r; using defaults", user)
        user = {}
    for key in sorted(set(user) - set(DEFAULTS)):
        log.warning("render_cache: unknown RENDER_CACHE key %r ignored", key)
    merged = dict(DEFAULTS)
    enabled = user.get("enabled", DEFAULTS["enabled"])
    if enabled is not None and not isinstance(enabled, bool):
        log.warning("render_cache: RENDER_CACHE['enabled'] should be true, false or None, got %r; "
                    "using None", enabled)
        enabled = None
    merged["enabled"] = bool(pelican_settings.get("LOAD_CONTENT_CACHE")) if enabled is None else enabled
    manifest = user.get("manifest", DEFAULTS["manifest"])
    if not isinstance(manifest, str) or not manifest or os.path.isabs(manifest):
        log.warning("render_cache: RENDER_CACHE['manifest'] should be a file name inside CACHE_PATH, "
                    "got %r; using %r", manifest, DEFAULTS["manifest"])
        manifest = DEFAULTS["manifest"]
    merged["manifest"] = os.path.join(pelican_settings.get("CACHE_PATH") or "cache", manifest)
    return merged
