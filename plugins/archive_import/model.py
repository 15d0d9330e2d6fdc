"""The records the importer passes between its stages and hands to callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class ArchiveConfig:
    """Per-archive settings an author may give in ``archives.toml``.

    Every field is optional; the importer detects everything itself and only
    falls back to (or is corrected by) these values.
    """

    source_name: str | None = None
    source_url: str | None = None
    author: str | None = None
    timezone: str | None = None
    category: str | None = None
    default_category: str | None = None  # when neither this file nor the archive names one
    # Extra whole-line chrome patterns (regular expressions, case-insensitive).
    chrome: list[str] = field(default_factory=list)
    # Corrections for single posts, keyed by 1-based position in the archive.
    titles: dict[int, str] = field(default_factory=dict)
    dates: dict[int, str] = field(default_factory=dict)
    # The day the page was copied ("2024-05-01"): dates such as "3 years ago" count from it.
    captured: str | None = None
    # Lines that close a quotation in this archive's own style (regular expressions).
    attributions: list[str] = field(default_factory=list)
    # The page's language ("es", "fr", "de", "pt", "it", "nl"; "en" for none): told from its text when not given.
    language: str | None = None


@dataclass
class DroppedLine:
    """A line of the archive that is page chrome, not part of any post."""

    line: int  # 1-based
    text: str
    reason: str


@dataclass
class Post:
    """One article found in an archive."""

    title: str
    slug: str
    date: datetime | None
    date_precision: str  # minute | day | month | year | unknown
    date_source: str
    authors: list[str]
    metadata: dict[str, str]  # Pelican front matter, in writing order
    body: str  # Markdown
    lines: list[int]  # 1-based archive lines this post is made of
    source_order: int  # 1-based position in the archive


@dataclass
class ParsedArchive:
    """Everything ``parse_archive`` learnt from one archive file."""

    name: str
    shape: str
    posts: list[Post]
    dropped: list[DroppedLine]
    warnings: list[str]
    line_count: int
    source_name: str | None = None
    confidence: float = 1.0  # how sure the template stage is (see ``template``)
    template: str = ""  # the record shapes it found, for the report
    unsure: list[int] = field(default_factory=list)  # 1-based lines where the template stage was unsure
    comments: int = 0  # reader comments found in comment threads (never posts, never body)


@dataclass
class ArchiveResult:
    """One row of the ``make import`` summary table."""

    archive: str
    shape: str
    posts: int
    dated: int
    undated: int
    authors: int
    series: str  # a count, filled in by ``make import`` (the importer knows no series), or "-"
    dropped: int
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept_hand_edited: list[str] = field(default_factory=list)
    removed_stale: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: bool = False  # nothing could be imported from this archive
    confidence: float = 1.0  # how sure the template stage was (see ``ParsedArchive``)
    unsure: list[int] = field(default_factory=list)  # lines the author should check
    posts_found: list[Post] = field(default_factory=list)  # for summaries such as the series count
    skipped: bool = False  # inputs and folder unchanged since the last import: not parsed (see ``digests``)


@dataclass
class ImportReport:
    """What ``import_archives`` did, archive by archive."""

    rows: list[ArchiveResult]

    @property
    def failed(self) -> list[ArchiveResult]:
        return [row for row in self.rows if row.failed]
