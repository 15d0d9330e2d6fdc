"""What every check shares: the finding record and a read-only view of the output.

``BuiltOutput`` maps between site URLs and files and parses each page at
most once per run; it holds no state beyond one run of the checker.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import lxml.html

# Folders written by tools rather than by the site's templates: Pagefind's
# bundle is checked for size and origin, not as pages.
GENERATED_DIRS = ("pagefind",)


@dataclass(frozen=True, order=True)
class Finding:
    """One problem: the page (a site URL such as ``posts/x/``, or a file) and what is wrong."""

    page: str
    problem: str

    def __str__(self) -> str:
        return f"{self.page}: {self.problem}"


@dataclass
class BuiltOutput:
    """The built site in ``root``, addressed by site-relative URLs.

    ``site_url`` is the published address (``SITEURL``) for a build with
    absolute URLs: links under it are the site's own and are checked.
    """

    root: Path
    site_url: str | None = None
    _trees: dict = field(default_factory=dict, repr=False)

    def __post_init__(self):
        self.root = Path(self.root).resolve()
        if self.site_url:
            self.site_url = self.site_url.rstrip("/") + "/"

    def own_path(self, reference: str) -> str | None:
        """``reference`` as a root-relative URL when it is an absolute URL of this site, else None."""
        if self.site_url and (reference + "/").startswith(self.site_url):
            return "/" + reference[len(self.site_url):]
        return None

    def html_files(self) -> list[Path]:
        """Every HTML page, in a stable order, skipping generated bundles."""
        return sorted(
            path for path in self.root.rglob("*.html")
            if path.relative_to(self.root).parts[0] not in GENERATED_DIRS
        )

    def files(self, pattern: str) -> list[Path]:
        return sorted(self.root.rglob(pattern))

    def url_of(self, path: Path) -> str:
        """The URL a reader uses for a file: ``posts/x/`` for ``posts/x/index.html``."""
        relative = Path(path).resolve().relative_to(self.root).as_posix()
        if relative == "index.html":
            return ""
        if relative.endswith("/index.html"):
            return relative[: -len("index.html")]
        return relative

    def label(self, path: Path) -> str:
        """How findings name a file: its URL, or ``/`` for the home page."""
        return self.url_of(path) or "/"

    def tree(self, path: Path):
        """The parsed page (lxml), parsed once per run."""
        key = Path(path)
        if key not in self._trees:
            self._trees[key] = lxml.html.fromstring(key.read_bytes())
        return self._trees[key]

    def resolve(self, page: Path, reference: str) -> Path | None:
        """The file a same-site reference on ``page`` points at, or None if it
        leaves the site (scheme, host, ``//``) or is only a fragment.

        The returned path may not exist; callers decide what that means.
        """
        reference = self.own_path(reference) or reference
        parts = urlsplit(reference)
        if parts.scheme or parts.netloc:
            return None
        if not parts.path:
            return None
        target = unquote(parts.path)
        if target.startswith("/"):
            joined = target.lstrip("/")
        else:
            base = posixpath.dirname(Path(page).relative_to(self.root).as_posix())
            joined = posixpath.normpath(posixpath.join(base, target))
            if target.endswith("/") and not joined.endswith("/"):
                joined += "/"
        if joined in ("", ".", "./"):
            return self.root / "index.html"
        if joined == ".." or joined.startswith("../"):
            return self.root.parent / "outside-the-site" / joined
        candidate = self.root / joined
        if joined.endswith("/") or candidate.is_dir():
            candidate = candidate / "index.html"
        return candidate

    def is_inside(self, path: Path) -> bool:
        try:
            Path(path).resolve().relative_to(self.root)
        except ValueError:
            return False
        return True
