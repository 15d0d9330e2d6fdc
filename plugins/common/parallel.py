"""One knob for every part of a build that runs beside Pelican's own thread.

``SERIAL_BUILD = True`` (``-e SERIAL_BUILD=true``, or ``BUILD_SERIAL=1`` in
the environment) makes a build do everything in one thread of one process,
in Pelican's order. The output is byte-identical either way
(``tests/test_parallel_build.py`` checks it); serial is for comparing, and
for debugging a plugin without other threads or processes around.
"""

from __future__ import annotations

import logging
import os

SETTING = "SERIAL_BUILD"
ENVIRONMENT = "BUILD_SERIAL"
TRUE_WORDS = {"1", "true", "yes", "on"}

log = logging.getLogger(__name__)


def serial(settings) -> bool:
    """True when this build must not run anything in parallel."""
    if os.environ.get(ENVIRONMENT, "").strip().lower() in TRUE_WORDS:
        return True
    value = settings.get(SETTING, False)
    if not isinstance(value, bool):
        log.warning("common: %s must be true or false, not %r; building serially", SETTING, value)
        return True
    return value
