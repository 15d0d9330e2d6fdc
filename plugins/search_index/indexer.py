"""Call the Pagefind binary on the output folder once Pelican is done."""

import logging
import subprocess
import sys
from pathlib import Path

from pelican import signals

from .stable_order import stabilise

log = logging.getLogger(__name__)

DEFAULTS = {
    "enabled": True,
    "command": [sys.executable, "-m", "pagefind"],
    # Generous: the binary indexes thousands of pages a second.
    "timeout_seconds": 300,
}


def settings_for(pelican_settings):
    """The plugin's settings: DEFAULTS overlaid with the user's SEARCH_INDEX dict."""
    user = pelican_settings.get("SEARCH_INDEX") or {}
    if not isinstance(user, dict):
        log.warning("search_index: SEARCH_INDEX must be a dict, got %r; using defaults", user)
        user = {}
    unknown = sorted(set(user) - set(DEFAULTS))
    if unknown:
        log.warning("search_index: unknown SEARCH_INDEX keys ignored: %s", ", ".join(unknown))
    return {**DEFAULTS, **{k: v for k, v in user.items() if k in DEFAULTS}}


def build_index(pelican):
    settings = settings_for(pelican.settings)
    if not settings["enabled"]:
        return
    command = [*settings["command"], "--site", pelican.output_path]
    try:
        result = subprocess.run(
            command,
            capture_output=True,
            encoding="utf-8",
            errors="replace",
            timeout=settings["timeout_seconds"],
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        log.error("search_index: could not run Pagefind (%s): %s", " ".join(command), error)
        return
    if result.returncode != 0:
        tail = (result.stderr or result.stdout).strip().splitlines()[-5:]
        log.error("search_index: Pagefind failed (exit %s): %s", result.returncode, " | ".join(tail))
        return
    try:
        stabilise(Path(pelican.output_path))
    except (OSError, ValueError, KeyError) as error:
        log.warning("search_index: left Pagefind's filter order as written (%s)", error)
    log.info("search_index: Pagefind indexed %s", pelican.output_path)


def register():
    signals.finalized.connect(build_index)
