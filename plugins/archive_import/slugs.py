"""Stable, unique slugs that never shadow a page Pelican writes itself."""

from __future__ import annotations

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


class SlugRecord:
    """The committed record of every imported post's slug (``content/imported/_slugs.tsv``)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.rows: dict[str, tuple[str, int, str]] = {}  # slug -> (archive, position, title)
        try:
            with open(path, encoding="utf-8") as handle:
                for line in handle:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 4 and not line.startswith("#") and parts[2].isdigit():
                        self.rows[parts[0]] = (parts[1], int(parts[2]), parts[3])
        except FileNotFoundError:
            pass

    def add(self, slug: str, archive: str, position: int, title: str) -> None:
        self.rows[slug] = (archive, position, " ".join(title.split()))

    def archives(self) -> set[str]:
        return {archive for archive, _, _ in self.rows.values()}

    def titles(self, archive: str) -> set[str]:
        return {title for name, _, title in self.rows.values() if name == archive}

    def rename(self, old: str, new: str) -> None:
        for slug, (archive, position, title) in list(self.rows.items()):
            if archive == old:
                self.rows[slug] = (new, position, title)

    def forget(self, archive: str) -> None:
        self.rows = {slug: row for slug, row in self.rows.items() if row[0] != archive}

    def assign(self, archive: str, posts: list, reserved) -> None:
        """Give each post its recorded slug (same title, else same position), or a new unused one."""
        mine = sorted((row[1], slug, row[2]) for slug, row in self.rows.items() if row[0] == archive)
        free = list(mine)
        chosen: dict[int, str] = {}
        for match in (lambda post, row: row[2] == " ".join(post.title.split()),
                      lambda post, row: row[0] == post.source_order):
            for post in posts:
                row = next((row for row in free if post.source_order not in chosen and match(post, row)), None)
                if row is not None:
                    chosen[post.source_order] = row[1]
                    free.remove(row)
        for slug in (row[1] for row in free):  # posts this archive no longer yields
            del self.rows[slug]
        taken = SlugRegistry()
        for slug in set(self.rows) | set(reserved):
            taken.add(slug)
        for post in posts:
            slug = chosen.get(post.source_order)
            if slug is None:
                slug = post.slug if post.slug not in taken else taken.unique(post.title)
                taken.add(slug)
            post.slug = post.metadata["slug"] = slug
            self.add(slug, archive, post.source_order, post.title)

    def text(self) -> str:
        rows = sorted(self.rows.items(), key=lambda item: (item[1][0], item[1][1], item[0]))
        return RECORD_HEADER + "".join(f"{slug}\t{a}\t{n}\t{t}\n" for slug, (a, n, t) in rows)
