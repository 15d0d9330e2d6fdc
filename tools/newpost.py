"""`make newpost TITLE="..." [SERIES="..."]`: start a new hand-written post.

Writes ``content/posts/<date>-<slug>.md`` with every front-matter field an
author uses, so nothing has to be looked up. It never overwrites a file
and opens no editor.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
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
        ("Title", title),
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


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="make newpost", description=__doc__.splitlines()[0])
    parser.add_argument("--title", required=True, help="the post's title")
    parser.add_argument("--series", default="", help="series name, e.g. \"5 W's\"")
    parser.add_argument("--series-index", default=os.environ.get("INDEX", ""), help="part number in the series")
    parser.add_argument("--author", default=os.environ.get("AUTHOR", DEFAULT_AUTHOR))
    parser.add_argument("--category", default=os.environ.get("CATEGORY", DEFAULT_CATEGORY))
    parser.add_argument("--status", default=os.environ.get("STATUS", "draft"), choices=STATUSES)
    parser.add_argument("--date", default=os.environ.get("DATE", ""), help="YYYY-MM-DD HH:MM (default: now)")
    parser.add_argument("--posts-dir", default=os.environ.get("POSTS_DIR", str(POSTS_DIR)))
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    title = args.title.strip()
    if not title:
        print('error: give the post a title: make newpost TITLE="My title"', file=sys.stderr)
        return 2
    if args.series_index and not args.series_index.isdigit():
        print(f"error: the series index must be a whole number, not {args.series_index!r}", file=sys.stderr)
        return 2
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
    posts_dir.mkdir(parents=True, exist_ok=True)
    path = posts_dir / f"{date:%Y-%m-%d}-{slug}.md"
    text = front_matter(title, date, slug, author=args.author, category=args.category,
                        status=args.status, series=args.series.strip(), series_index=args.series_index)
    try:
        with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
    except FileExistsError:
        print(f"error: {path} already exists; it was left as it is", file=sys.stderr)
        return 1
    print(f"Wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({args.status})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
