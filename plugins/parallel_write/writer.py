"""The forked child, and the build's side of the exchange (see the package docstring)."""

from __future__ import annotations

import fcntl
import functools
import logging
import multiprocessing

from pelican.generators import ArticlesGenerator

from common.parallel import serial

log = logging.getLogger(__name__)

# Post pages per message: about 150 KB of HTML for this theme; enough pages
# that each message costs little, few enough that the build's process is
# handed its first pages early.
CHUNK_PAGES = 8
# The child's share of the pages. The build's process also writes every page
# and runs every signal, about a third of what rendering a page costs, so a
# child with 60% of the renders finishes with it on two cores.
CHILD_SHARE = 0.6
# Bytes a pipe holds (Linux F_SETPIPE_SZ; 1 MiB is the kernel's usual
# unprivileged limit): the child can be several chunks ahead before it waits.
PIPE_BYTES = 1 << 20
F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", 1031)


def childs(chunk: int) -> bool:
    """Is this chunk of pages the child's to render? Spread evenly at CHILD_SHARE."""
    return int((chunk + 1) * CHILD_SHARE) > int(chunk * CHILD_SHARE)


class Rendered(Exception):
    """Stops Pelican's writer in the child right after rendering, carrying the HTML."""

    def __init__(self, output: str):
        super().__init__("rendered")
        self.output = output


class RenderOnly:
    """The child's template: renders, then stops the writer before it writes or signals."""

    def __init__(self, template):
        self.template = template

    def render(self, *args, **kwargs):
        raise Rendered(self.template.render(*args, **kwargs))


class Prerendered:
    """The build's template for a page the child rendered: Pelican's writer does the rest."""

    def __init__(self, output: str):
        self.output = output

    def render(self, *args, **kwargs):
        return self.output


class Noticed(logging.Handler):
    """In the child, instead of the console: remembers that a warning or error was logged."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.seen = False

    def emit(self, record):
        self.seen = True


def widen(connection) -> None:
    try:
        fcntl.fcntl(connection.fileno(), F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass  # a smaller pipe only makes the child wait sooner


def child_loop(generate_articles, write, connection) -> None:
    """The child: Pelican's loop, rendering its own chunks; one message per chunk (None: render it yourself)."""
    noticed = Noticed()
    root = logging.getLogger()
    root.handlers = [noticed]  # the child's own copy: nothing it logs reaches the console twice
    position = {"page": 0, "chunk": []}

    def render_only(name, template, context, **kwargs):
        number = position["page"]
        position["page"] += 1
        if not childs(number // CHUNK_PAGES):
            return
        noticed.seen = False
        output = None
        try:
            write(name, RenderOnly(template), context, **kwargs)
        except Rendered as rendered:
            output = None if noticed.seen else rendered.output
        except Exception:  # noqa: BLE001 - the build's process renders it again and reports it
            output = None
        position["chunk"].append(output)
        if len(position["chunk"]) == CHUNK_PAGES:
            connection.send(position["chunk"])
            position["chunk"] = []

    try:
        generate_articles(render_only)
    except Exception:  # noqa: BLE001 - the rest is rendered by the build's process
        pass
    if position["chunk"]:
        connection.send(position["chunk"])
    connection.close()


def generate_articles_in_two(generate_articles, generator, write) -> None:
    """Run in place of ``ArticlesGenerator.generate_articles(write)``."""
    if serial(generator.settings) or generator.context.get("RENDER_CACHE") is not None:
        return generate_articles(write)
    fork = multiprocessing.get_context("fork")
    receiving, sending = fork.Pipe(duplex=False)
    widen(sending)
    child = fork.Process(target=child_loop, args=(generate_articles, write, sending),
                         name="parallel-write", daemon=True)
    child.start()
    sending.close()
    position = {"page": 0, "received": [], "open": True}

    def from_child():
        if not position["received"] and position["open"]:
            try:
                position["received"] = list(reversed(receiving.recv()))
            except (EOFError, OSError):
                position["open"] = False
        return position["received"].pop() if position["received"] else None

    def write_or_replay(name, template, context, **kwargs):
        number = position["page"]
        position["page"] += 1
        output = from_child() if childs(number // CHUNK_PAGES) else None
        return write(name, template if output is None else Prerendered(output), context, **kwargs)

    try:
        return generate_articles(write_or_replay)
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiving.close()


def wrap_article_writing(generators) -> None:
    """``all_generators_finalized``: each ArticlesGenerator of this build writes its posts in two processes."""
    for generator in generators:
        if isinstance(generator, ArticlesGenerator):
            # On the instance, which lives for this build only.
            generator.generate_articles = functools.partial(generate_articles_in_two, generator.generate_articles,
                                                            generator)
