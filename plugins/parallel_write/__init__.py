"""parallel_write: cold builds render part of the post pages in a forked child.

Rendering a post page (Jinja) is most of writing it and depends on nothing
the other post pages change. When the ArticlesGenerator writes its posts, a
child forked at that moment runs the same loop (every
``article_generator_write_article`` signal, in Pelican's order) but renders
only its share of the pages, chunk by chunk, and sends the HTML back. The
build's own process runs the loop too: it renders its own share, and for the
child's pages hands Pelican's writer a template that returns the child's
HTML. So every file is still written, and every signal (the
``article_generator_write_article`` receivers, ``content_written`` with the
same context) still fires, in the build's own process in Pelican's order.

``article_generator_write_article`` receivers therefore run in the child
too, on its copy of the objects: ours only set attributes (site_extras); a
receiver that wrote files would write them twice.

A page whose rendering logged a warning or error in the child, or failed
there, is rendered again by the build's own process, which logs or fails
exactly as a serial build (``--fatal`` included). Off with ``SERIAL_BUILD``
and when the render cache is on (warm builds render few pages).
"""

from pelican import signals

from .writer import wrap_article_writing


def register():
    signals.all_generators_finalized.connect(wrap_article_writing)
