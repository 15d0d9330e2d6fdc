"""archive_import: turn raw blog archives (``content/archives/*.txt``) into articles.

Runs at Pelican's ``initialized`` signal, so ``make html`` imports new archives
before reading content (``make import`` runs it alone). Output:
``content/imported/<archive stem>/<slug>.md`` plus ``_chrome-report.txt``
listing every dropped line and why.

Public API (used by the CLI, the benchmark and the fuzz checks):

``parse_archive(data: bytes, name: str, config: ArchiveConfig | None = None) -> ParsedArchive``
    Pure, no I/O, never raises. ``ParsedArchive`` has ``posts`` (``Post``:
    title, slug, date, date_precision, date_source, authors, metadata dict,
    body Markdown, lines = 1-based source line numbers, source_order),
    ``dropped`` (``DroppedLine``: line, text, reason), ``shape`` (the kind
    of template found: fields, single, stream, e-mail, key-value),
    ``confidence``, ``template`` (the record shapes), ``unsure`` (lines to
    check), ``comments`` (reader comments seen), ``warnings``
    (``"name:line: message"``) and ``line_count``. Every input line is in
    exactly one post's ``lines`` or in ``dropped``.

``import_archives(archives_dir, output_dir, settings: dict | None = None) -> ImportReport``
    Parses every ``*.txt``, writes Markdown atomically (only changed bytes),
    keeps hand-edited files (their ``Import_hash`` no longer matches), removes
    its own stale files, writes the chrome report and returns one
    ``ArchiveResult`` row per archive (the ``make import`` table).

Pipeline (one module per stage, data flowing one way):

1. ``decoding``: bytes → text lines (UTF-8, UTF-16, cp1252, CR-only ends,
   mojibake, binary).
2. ``lines``: the facts of each line, computed once (``Line``): blank, a
   metadata cue (``cues``, ``segments``, ``labels``), generic chrome
   (``patterns``), a date (``dates``), title-like, prose, recurring page
   furniture.
3. ``template``: the archive's own template (see its docstring): runs of
   template lines, their recurring shapes, the title slot beside them
   (``slots``), where posts end (``bounds``), records in ``structure``;
   comment threads (``comments``); header blocks (``header_blocks``:
   e-mails, "Title:" exports); a post page (``single``); otherwise
   ``stream`` (titles by their look).
4. ``posts``: every line of each record dealt to title, fields, body,
   comment or furniture.
5. ``fields``: date (at its precision, numeric order from the whole
   archive), authors, tags, category, excerpt signs, source URL.
6. ``metadata``: the ``Post`` and its front matter; ``authors`` reads bylines
   and bios in the body.
7. ``markdown_body``: escaped Markdown; then ``writer`` writes the files.

``tools/score_importer.py`` scores parses against the hand-written gold of
``tests/importer/corpus`` and ``tests/importer/seeds``; the test suite refuses
regressions.

Settings: ``ARCHIVE_IMPORT`` dict over ``settings.OPTIONS`` (via ``common.settings``); per-archive
settings in ``content/archives/archives.toml`` (see ``ArchiveConfig``).
Undated posts (``Date_precision: unknown``) get a sentinel date at
``content_object_init`` (1970-01-01 minus ``Source_order`` seconds) so
listings keep archive order; templates must show ``date_precision`` instead.

Log levels: bad input (empty, binary, non-UTF-8, too big, no posts), kept
hand edits and bad settings are WARNINGs, so ``--fatal errors`` builds still
finish and earlier imports stay. Only an importer bug logs an ERROR.
"""

from .model import ArchiveConfig, ArchiveResult, DroppedLine, ImportReport, ParsedArchive, Post  # noqa: F401
from .parser import parse_archive  # noqa: F401
from .plugin import register  # noqa: F401
from .writer import import_archives  # noqa: F401
