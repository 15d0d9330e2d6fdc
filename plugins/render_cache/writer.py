"""A writer that skips rendering pages whose inputs have not changed.

It wraps the writer Pelican made rather than subclassing ``Writer``: Pelican
uses only the first class offered through ``get_writer``, and another plugin
(archive_import's feed writer) already offers one. Everything but
``write_file`` goes to the wrapped writer, feeds included: they are cheap
and always written.
"""

from pelican import signals
from pelican.utils import sanitised_join


class RenderCacheWriter:
    def __init__(self, writer, cache):
        self._writer = writer
        self._cache = cache

    def __getattr__(self, name):
        return getattr(self._writer, name)

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        cache = self._cache
        if not name:
            return self._writer.write_file(name, template, context, relative_urls, paginated,
                                           template_name, override_output, url, **kwargs)
        key = cache.key(name, kwargs)
        entry = cache.reuse(name, key)
        if entry is not None:
            localcontext = {**context, **kwargs}
            for relative, _size, _mtime in entry.files:
                path = sanitised_join(self._writer.output_path, relative)
                self._count_as_written(path, override_output)
                # Listeners (pelican-sitemap) hear of each file as if it were written.
                signals.content_written.send(path, context={**localcontext, "output_file": relative})
            return None
        cache.start(name, key)
        succeeded = False
        try:
            result = self._writer.write_file(name, template, context, relative_urls, paginated,
                                             template_name, override_output, url, **kwargs)
            succeeded = True
            return result
        finally:
            cache.finish(succeeded)

    def _count_as_written(self, path, override_output):
        """Keep Pelican's overwrite bookkeeping as if the file had been written.

        A later write to the same file then fails, or goes to os.devnull
        after an ``override_output`` write (a page's own Save_as), exactly
        as in a build that renders everything.
        """
        if override_output:
            getattr(self._writer, "_overridden_files", set()).add(path)
        getattr(self._writer, "_written_files", set()).add(path)
