"""The Markdown reader that takes converted text from forked children (see the package docstring)."""

from __future__ import annotations

import logging
import multiprocessing
import os

from markdown import Markdown
from pelican.readers import MarkdownReader
from pelican.utils import file_suffix, pelican_open

from common.parallel import serial

log = logging.getLogger(__name__)

# Files a child converts per message: about 30 KB of HTML for the site's
# posts, so pickling and pipe round trips stay a small share, while Pelican
# gets its first posts early and a child never runs far ahead of it.
CHUNK_FILES = 8
# Children beside the build's own process. Markdown is about 60% of reading
# a post (the build's process does the rest: metadata, content objects, every
# plugin's receivers): with one child the build's process waited 0.6 s of its
# 1.07 s of reading at 1,000 posts on two cores, with two 0.12 s of 0.87 s.
MAX_CHILDREN = 2


def convert(path: str, markdown_settings: dict, formatted_fields) -> tuple | None:
    """What MarkdownReader.read computes with Markdown: the body, its Meta, each formatted field's HTML.

    None when anything fails: Pelican then reads the file itself and reports the error as it always does.
    """
    try:
        md = Markdown(**markdown_settings)
        with pelican_open(path) as text:
            content = md.convert(text)
        meta = getattr(md, "Meta", None)
        formatted = {}
        if meta is not None:
            md.preprocessors.deregister("meta")  # as MarkdownReader._parse_metadata does
            for name, value in meta.items():
                if name.lower() in formatted_fields:
                    joined = "\n".join(value)
                    md.reset()
                    formatted[joined] = md.convert(joined)
        return content, meta, formatted
    except Exception:  # noqa: BLE001 - reported by Pelican's own read of the file
        return None


def convert_chunks(chunks: list, markdown_settings: dict, formatted_fields, connection) -> None:
    """A child: convert its chunks in order, one message per chunk."""
    for chunk in chunks:
        connection.send({path: convert(path, markdown_settings, formatted_fields) for path in chunk})
    connection.close()


class Converted:
    """Stands in for ``Markdown`` in ``MarkdownReader._parse_metadata``: formatted fields come converted."""

    class Preprocessors:
        def deregister(self, name):
            pass

    def __init__(self, formatted: dict):
        self.formatted = formatted
        self.preprocessors = self.Preprocessors()

    def reset(self):
        return self

    def convert(self, text: str) -> str:
        return self.formatted[text]


class PrereadMarkdownReader(MarkdownReader):
    """Pelican's Markdown reader, fed by children when ``start`` was called; itself otherwise."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.children: list = []   # (process, connection), child i converts chunks i, i + n, ...
        self.chunks_left = 0
        self.next_chunk = 0
        self.ready: dict = {}      # path -> convert()'s result, received but not read yet

    def start(self, paths: list[str]) -> None:
        chunks = [paths[start:start + CHUNK_FILES] for start in range(0, len(paths), CHUNK_FILES)]
        count = max(1, min(MAX_CHILDREN, os.cpu_count() or 1, len(chunks)))
        fork = multiprocessing.get_context("fork")
        for number in range(count):
            receiving, sending = fork.Pipe(duplex=False)
            process = fork.Process(target=convert_chunks, name=f"parallel-read-{number}", daemon=True,
                                   args=(chunks[number::count], self.settings["MARKDOWN"],
                                         self.settings["FORMATTED_FIELDS"], sending))
            process.start()
            sending.close()
            self.children.append((process, receiving))
        self.chunks_left = len(chunks)

    def prepared(self, path: str) -> tuple | None:
        while path not in self.ready and self.next_chunk < self.chunks_left:
            _process, connection = self.children[self.next_chunk % len(self.children)]
            self.next_chunk += 1
            try:
                self.ready.update(connection.recv())
            except (EOFError, OSError):
                log.debug("parallel_read: a child stopped early; Pelican reads its files itself")
        return self.ready.pop(path, None)

    def read(self, source_path):
        found = self.prepared(source_path) if self.children else None
        if found is None:
            return super().read(source_path)
        content, meta, formatted = found
        self._source_path = source_path
        self._md = Converted(formatted)
        return content, (self._parse_metadata(meta) if meta is not None else {})

    def stop(self) -> None:
        for process, connection in self.children:
            if process.is_alive() and self.next_chunk < self.chunks_left:
                process.terminate()  # Pelican read fewer files than were dealt out
            process.join()
            connection.close()
        self.children, self.ready = [], {}


def use_preread_reader(readers) -> None:
    """``readers_init``: our reader wherever Pelican would use its own Markdown reader."""
    for extension, reader_class in list(readers.reader_classes.items()):
        if reader_class is MarkdownReader:
            readers.reader_classes[extension] = PrereadMarkdownReader


def start_children(generator) -> None:
    """``article_generator_init``: deal the generator's Markdown files out to children."""
    settings = generator.settings
    if serial(settings) or settings.get("LOAD_CONTENT_CACHE"):
        return
    readers = generator.readers.readers
    paths = [os.path.abspath(os.path.join(generator.path, name))
             for name in generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"])]
    ours = [path for path in paths if isinstance(readers.get(file_suffix(path)), PrereadMarkdownReader)]
    by_reader: dict = {}
    for path in ours:
        by_reader.setdefault(id(readers[file_suffix(path)]), (readers[file_suffix(path)], []))[1].append(path)
    for reader, reader_paths in by_reader.values():
        reader.start(reader_paths)


def stop_children(generator) -> None:
    """``article_generator_finalized``: every file is read; the children are done."""
    for reader in {id(reader): reader for reader in generator.readers.readers.values()}.values():
        if isinstance(reader, PrereadMarkdownReader):
            reader.stop()
