"""`make newpost TITLE="..." [SERIES="..."]`: start a new hand-written post.

Writes ``content/posts/<date>-<slug>.md`` with every front-matter field an
author uses, so nothing has to be looked up. It never overwrites a file,
never reuses a slug another post has, and opens no editor.

The Makefile passes its variables as ``NEWPOST_TITLE``, ``NEWPOST_SERIES``,
``NEWPOST_INDEX``, ``NEWPOST_STATUS``, ``NEWPOST_AUTHOR``, ``NEWPOST_CATEGORY``
and ``NEWPOST_DATE`` in the environment (never through shell text); options
given on the command line win.
"""

from __future__ import annotations

import argparse
import datetime
import html
import os
import sys
import tempfile
from pathlib import Path

from pelican.utils import slugify

ROOT = Path(__file__).resolve().parent.parent
POSTS_DIR = ROOT / "content" / "posts"
DEFAULT_AUTHOR = "The Customer Service Blog team"
DEFAULT_CATEGORY = "Customer Service"
STATUSES = ("draft", "published")

# Same slug rules as pelicanconf's defaults, so the file name matches the URL.
SLUG_SUBSTITUTIONS = [
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]


def front_matter(title: str, date: datetime.datetime, slug: str, *, author: str, category: str,
                 status: str, series: str = "", series_index: str = "") -> str:
    fields = [
        ("Title", html.escape(title, quote=False)),  # Pelican reads a title as HTML: keep it text
        ("Date", date.strftime("%Y-%m-%d %H:%M")),
        ("Modified", date.strftime("%Y-%m-%d %H:%M")),
        ("Author", author),
        ("Category", category),
        ("Tags", ""),
        ("Slug", slug),
        ("Summary", ""),
        ("Status", status),
    ]
    if series:
        fields.append(("Series", series))
        if series_index:
            fields.append(("Series_index", series_index))
    lines = [f"{name}: {value}".rstrip() for name, value in fields]
    body = (
        "Write the post here, in Markdown. A blank line starts a new paragraph.\n\n"
        "Fill in Tags (comma-separated) and a one-sentence Summary above; set\n"
        "Status to `published` when the post is ready.\n"
    )
    return "\n".join(lines) + "\n\n" + body


def env(name: str, default: str = "") -> str:
    """``NEWPOST_<name>`` from the Makefile, else ``<name>`` (set by hand), else ``default``."""
    return os.environ.get(f"NEWPOST_{name}") or os.environ.get(name) or default


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="make newpost", description=__doc__.splitlines()[0])
    parser.add_argument("--title", default=env("TITLE"), help="the post's title")
    parser.add_argument("--series", default=env("SERIES"), help="series name, e.g. \"Refund Basics\"")
    parser.add_argument("--series-index", default=env("INDEX"), help="part number in the series")
    parser.add_argument("--author", default=env("AUTHOR", DEFAULT_AUTHOR))
    parser.add_argument("--category", default=env("CATEGORY", DEFAULT_CATEGORY))
    parser.add_argument("--status", default=env("STATUS", "draft"))
    parser.add_argument("--date", default=env("DATE"), help="YYYY-MM-DD HH:MM (default: now)")
    parser.add_argument("--posts-dir", default=os.environ.get("POSTS_DIR", str(POSTS_DIR)))
    return parser.parse_args(argv)


def problem_with(args) -> str | None:
    """Why these fields cannot make a post, in one line; None when they can."""
    fields = {"TITLE": args.title, "SERIES": args.series, "AUTHOR": args.author, "CATEGORY": args.category}
    for name, value in fields.items():
        if "\n" in value or "\r" in value:
            return f"{name} must be one line; it holds a line break: {value!r}"
        if any(ord(char) < 32 or ord(char) == 127 for char in value):
            return f"{name} holds a control character: {value!r}"
    if not args.title.strip():
        return 'give the post a title: make newpost TITLE="My title"'
    if args.status not in STATUSES:
        return f"STATUS must be draft or published, not {args.status!r}"
    if args.series_index and not args.series_index.isdigit():
        return f"the series index must be a whole number, not {args.series_index!r}"
    return None


def slug_in_use(slug: str, posts_dir: Path) -> Path | None:
    """A post in ``posts_dir`` (or the imports) whose URL is ``slug`` already."""
    content = posts_dir.parent
    for path in sorted(posts_dir.glob("*.md")) + sorted(content.glob("imported/*/*.md")):
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                if not line.strip():
                    break
                key, _, value = line.partition(":")
                if key.strip().lower() == "slug" and value.strip() == slug:
                    return path
        if path.stem.split("-", 3)[-1] == slug and path.parent == posts_dir and path.name[:4].isdigit():
            return path
    return None


def create_atomic(path: Path, text: str) -> None:
    """Write ``path`` whole or not at all, and never over an existing file (FileExistsError)."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".newpost-", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        try:
            os.link(temp, path)  # fails if path exists: no overwrite, no half-written post
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links: exclusive create instead
            with open(path, "x", encoding="utf-8") as handle:
                handle.write(text)
    finally:
        os.unlink(temp)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    problem = problem_with(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    title = args.title.strip()
    try:
        date = (datetime.datetime.strptime(args.date, "%Y-%m-%d %H:%M") if args.date
                else datetime.datetime.now().replace(second=0, microsecond=0))
    except ValueError:
        print(f"error: DATE must look like 2026-11-23 09:30, not {args.date!r}", file=sys.stderr)
        return 2
    slug = slugify(title, regex_subs=SLUG_SUBSTITUTIONS)
    if not slug:
        print(f"error: the title {title!r} has no letters or digits to make a URL from", file=sys.stderr)
        return 2
    posts_dir = Path(args.posts_dir)
    path = posts_dir / f"{date:%Y-%m-%d}-{slug}.md"
    taken = slug_in_use(slug, posts_dir) if posts_dir.is_dir() and not path.exists() else None
    if taken:
        print(f"error: {taken} already has the URL posts/{slug}/; choose another title (no file was written)",
              file=sys.stderr)
        return 1
    posts_dir.mkdir(parents=True, exist_ok=True)
    text = front_matter(title, date, slug, author=args.author.strip(), category=args.category.strip(),
                        status=args.status, series=args.series.strip(), series_index=args.series_index)
    try:
        create_atomic(path, text)
    except FileExistsError:
        print(f"error: {path} already exists; it was left as it is", file=sys.stderr)
        return 1
    print(f"Wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({args.status})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
