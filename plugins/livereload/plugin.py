"""Write ``livereload.js`` and the change token ``.livereload`` after each live build."""

from __future__ import annotations

import logging
import os
import time

from pelican import signals

from common.files import write_atomic

log = logging.getLogger(__name__)

SETTING = "LIVERELOAD"
SCRIPT_NAME = "livereload.js"  # at the site's root, beside the token it polls
TOKEN_NAME = ".livereload"  # a dot file: never linked, listed in the sitemap or indexed
SCRIPT_SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), SCRIPT_NAME)


def enabled(settings) -> bool:
    value = settings.get(SETTING, False)
    if not isinstance(value, bool):
        log.warning("livereload: %s must be true or false, not %r; using false", SETTING, value)
        return False
    return value


def new_token() -> bytes:
    """Different after every build: the pages themselves stay byte-identical between builds."""
    return f"{time.time_ns()}\n".encode("ascii")


def after_build(pelican) -> None:
    """``finalized``: the script and a fresh token when on; neither file when off."""
    output = pelican.settings["OUTPUT_PATH"]
    if not os.path.isdir(output):
        return
    script, token = os.path.join(output, SCRIPT_NAME), os.path.join(output, TOKEN_NAME)
    if not enabled(pelican.settings):
        for path in (token, script):
            if os.path.isfile(path):
                os.unlink(path)
        return
    with open(SCRIPT_SOURCE, "rb") as handle:
        write_atomic(script, handle.read())
    write_atomic(token, new_token())  # last: a page that sees it can load everything else


def register() -> None:
    signals.finalized.connect(after_build)
