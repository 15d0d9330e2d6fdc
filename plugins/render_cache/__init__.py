"""render_cache: warm builds render only the pages whose inputs changed.

With Pelican's content cache on (``LOAD_CONTENT_CACHE``), a rebuild reads
posts from the cache but still renders and writes every page. This plugin
keeps a manifest of each page's input digest (see ``fingerprint``) and
skips pages whose digest and files are unchanged, so editing one post's
body renders that post's page (plus the always-written feeds) instead of
the whole site. Output is byte-identical to a cold build.

Settings (``RENDER_CACHE`` in pelicanconf.py, defaults in ``settings``):
``enabled`` (None: follow LOAD_CONTENT_CACHE) and ``manifest`` (a file in
CACHE_PATH).
"""

from pelican import signals

from .cache import RenderCache
from .plugin import CONTEXT_KEY, note_written, start_cache

__all__ = ["CONTEXT_KEY", "RenderCache", "register"]


def register():
    signals.all_generators_finalized.connect(start_cache)
    signals.content_written.connect(note_written)
