"""Stable, unique slugs that never shadow a page Pelican writes itself."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pelican.utils import slugify

MAX_SLUG_CHARS = 80
# Top-level names Pelican, the theme and the plugins write; an article slug
# equal to one of them would be confusing even under posts/.
RESERVED_SLUGS = frozenset(
    "archives archive authors author categories category tags tag series feeds feed "
    "posts pages drafts index search pagefind theme images static sitemap robots 404".split()
)
SLUG_SUBS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]


@lru_cache(maxsize=4096)
def base_slug(title: str) -> str:
    slug = slugify(title, regex_subs=SLUG_SUBS)[:MAX_SLUG_CHARS].strip("-")
    if len(slug) == MAX_SLUG_CHARS and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    slug = slug or "post"
    if slug in RESERVED_SLUGS:
        slug += "-post"
    return slug


class SlugRegistry:
    """Slugs handed out so far; same titles get -2, -3 ... in order."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}

    def __contains__(self, slug: str) -> bool:
        return slug in self.taken

    def add(self, slug: str) -> None:
        self.taken.add(slug)

    def unique(self, title: str) -> str:
        """A slug for ``title`` not handed out before (and now taken)."""
        slug = base = base_slug(title)
        number = self._next.get(base, 2)
        while slug in self.taken:
            slug = f"{base}-{number}"
            number += 1
        self._next[base] = number
        self.taken.add(slug)
        return slug


RECORD_NAME = "_slugs.tsv"  # beside the imports; Pelican has no reader for .tsv
RECORD_HEADER = ("# Imported posts' URL slugs, one per line: slug, archive, position, title (tab-separated).\n"
                 "# Written by the importer and committed, so a post keeps its URL whatever other\n"
                 "# archives or posts appear, disappear or are renamed. Do not edit.\n")


def _title_key(post) -> str:
    return " ".join(post.title.split())


def _position_key(post) -> int:
    return post.source_order


@dataclass(frozen=True)
class SlugRow:
    """Where a recorded slug came from: its archive, the post's position there, and its title."""
    archive: str
    position: int
    title: str


class SlugRecord:
    """The committed record of every imported post's slug (``content/imported/_slugs.tsv``).

    Rows are kept per archive, so importing one archive costs time in
    proportion to its own posts, however many archives the site has.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.by_archive: dict[str, dict[str, SlugRow]] = {}  # archive -> slug -> row
        self._taken = SlugRegistry()  # every recorded slug, plus the hand-written posts' once known
        self._reserved_added = False
        self._reserved: frozenset[str] = frozenset()
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 4 and not line.startswith("#") and parts[2].isdigit():
                        self._put(parts[0], SlugRow(parts[1], int(parts[2]), parts[3]))
        except FileNotFoundError:
            pass

    def __bool__(self) -> bool:
        return any(self.by_archive.values())

    def _put(self, slug: str, row: SlugRow) -> None:
        self.by_archive.setdefault(row.archive, {})[slug] = row
        self._taken.add(slug)

    def add(self, slug: str, archive: str, position: int, title: str) -> None:
        self._put(slug, SlugRow(archive, position, " ".join(title.split())))

    def archives(self) -> set[str]:
        return {archive for archive, rows in self.by_archive.items() if rows}

    def holds(self, archive: str) -> bool:
        """Has ``archive`` any recorded post? (``archives()`` without building the set.)"""
        return bool(self.by_archive.get(archive))

    def holds_any(self, archive: str, slugs) -> bool:
        """Is any of ``slugs`` recorded as one of ``archive``'s posts?"""
        rows = self.by_archive.get(archive, {})
        return any(slug in rows for slug in slugs)

    def titles(self, archive: str) -> set[str]:
        return {row.title for row in self.by_archive.get(archive, {}).values()}

    def rename(self, old: str, new: str) -> None:
        rows = self.by_archive.pop(old, {})
        self.by_archive.setdefault(new, {}).update(
            (slug, SlugRow(new, row.position, row.title)) for slug, row in rows.items())

    def forget(self, archive: str) -> None:
        for slug in self.by_archive.pop(archive, {}):
            self._release(slug)

    def _release(self, slug: str) -> None:
        if slug not in self._reserved:
            self._taken.taken.discard(slug)

    def assign(self, archive: str, posts: list, reserved) -> None:
        """Give each post its recorded slug (same title, else same position), or a new unused one."""
        mine = sorted(((row.position, slug, row.title) for slug, row in self.by_archive.get(archive, {}).items()))
        by_title: dict[str, list] = {}
        by_position: dict[int, list] = {}
        for row in mine:
            by_title.setdefault(row[2], []).append(row)
            by_position.setdefault(row[0], []).append(row)
        used: set[str] = set()
        chosen: dict[int, str] = {}
        for index, key in ((by_title, _title_key), (by_position, _position_key)):
            for post in posts:
                if post.source_order in chosen:
                    continue
                row = next((row for row in index.get(key(post), ()) if row[1] not in used), None)
                if row is not None:
                    chosen[post.source_order] = row[1]
                    used.add(row[1])
        for _, slug, _ in mine:
            if slug not in used:  # a post this archive no longer yields
                del self.by_archive[archive][slug]
                self._release(slug)
        if not self._reserved_added:  # hand-written posts' slugs: fixed for the whole run
            for slug in reserved:
                self._taken.add(slug)
            self._reserved_added = True
            self._reserved = frozenset(reserved)
        taken = self._taken
        for post in posts:
            slug = chosen.get(post.source_order)
            if slug is None:
                slug = post.slug if post.slug not in taken else taken.unique(post.title)
                taken.add(slug)
            post.slug = post.metadata["slug"] = slug
            self.add(slug, archive, post.source_order, post.title)

    def text(self) -> str:
        rows = sorted(((row.archive, row.position, slug, row.title)
                       for archive_rows in self.by_archive.values() for slug, row in archive_rows.items()))
        return RECORD_HEADER + "".join(f"{slug}\t{a}\t{n}\t{t}\n" for a, n, slug, t in rows)
