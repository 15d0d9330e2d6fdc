"""parallel_read: cold builds convert the posts' Markdown in forked processes.

Reading a post is Markdown's ``convert`` (about half of it) and then
Pelican's metadata, the content object and every plugin's
``content_object_init`` receiver. The first half of one post depends on no
other post: as soon as the ArticlesGenerator exists (``article_generator_init``)
its Markdown files are dealt out in chunks to forked children, which convert
them (body and formatted metadata such as ``Summary``, exactly as Pelican's
``MarkdownReader`` does); Pelican then reads the files in its own order on
the main thread, and its Markdown reader takes each converted text from the
children instead of converting it again. Everything after ``convert``,
signals included, still happens in the build's own process, in Pelican's order.

Off (Pelican's own reader, nothing forked) with ``SERIAL_BUILD`` and when
Pelican's content cache is loaded: a warm build reads few files. A file a
child could not convert is read again by Pelican itself, so its error is
reported exactly as in a serial build.
"""

from pelican import signals

from .reader import start_children, stop_children, use_preread_reader


def register():
    signals.readers_init.connect(use_preread_reader)
    signals.article_generator_init.connect(start_children)
    signals.article_generator_finalized.connect(stop_children)
