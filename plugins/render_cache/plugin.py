"""Signal wiring. Receivers are module-level functions (blinker holds them
weakly); the build's RenderCache lives in the build's context, which Pelican
makes anew for every build, so autoreload builds never share stale state."""

import functools
import logging
import os

from .cache import Manifest, RenderCache
from .fingerprint import code_and_settings_digest
from .settings import settings_for
from .writer import RenderCacheWriter

log = logging.getLogger(__name__)

CONTEXT_KEY = "RENDER_CACHE"


def content_objects(context):
    """Every article, page, draft, hidden post and translation read this build, in path order."""
    generated = context.get("generated_content") or {}
    return [generated[path] for path in sorted(generated) if generated[path] is not None]


def static_objects(context):
    found = context.get("static_content") or {}
    return [found[path] for path in sorted(found) if found[path] is not None]


def start_cache(generators):
    """After every generator has read its content, before any page is written."""
    if not generators:
        return
    context = generators[0].context
    settings = generators[0].settings
    options = settings_for(settings)
    if not options["enabled"]:
        return
    output_path = os.path.abspath(generators[0].output_path)
    cache = RenderCache(output_path, options["manifest"], Manifest.load(options["manifest"]),
                        code_and_settings_digest(settings))
    cache.index_site(content_objects(context), static_objects(context))
    context[CONTEXT_KEY] = cache
    writing = [generator for generator in generators if hasattr(generator, "generate_output")]
    cache.generators_left = len(writing)
    for generator in writing:
        # On the instance, which lives for this build only.
        generator.generate_output = functools.partial(write_through_cache, generator.generate_output, cache)


def write_through_cache(generate_output, cache, writer):
    """Run one generator's output through the cache; after the last one, save the manifest.

    A generator that fails leaves the manifest unsaved: the last good one
    stays, and the files it lists are checked on disk before any reuse.
    """
    result = generate_output(RenderCacheWriter(writer, cache))
    cache.generators_left -= 1
    if cache.generators_left == 0:
        cache.save()
        log.info("render_cache: %d pages rendered, %d unchanged and reused", cache.rendered, cache.reused)
    return result


def note_written(path, context):
    cache = (context or {}).get(CONTEXT_KEY)
    if isinstance(cache, RenderCache):
        cache.note_written(path)
