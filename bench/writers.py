"""Write generated posts three ways: raw archives, Pelican Markdown, a Hugo site.

* ``archives/``  plain-text archives laid out as ``corpus.LAYOUTS`` says, chrome and
  all: the importer's input;
* ``content/``   a Pelican content folder (``imported/`` with the metadata
  contract's front matter, ``posts/`` hand-written posts with ``Series:``,
  plus the real ``pages/`` and ``extra/``): what both Pelican builds read;
* ``hugo/``      the same posts with Hugo front matter, a config and a tiny
  built-in layout: Hugo needs layouts to render pages.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import EXTRA_CHROME, LAYOUTS, MONTHS, Post

ROOT = Path(__file__).resolve().parent.parent
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Real pages and static extras copied into the bench content, so both
# builds also write the about page and robots.txt as the real site does.
REAL_CONTENT_EXTRAS = ("pages", "extra")
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]])")
ROMAN_NUMERALS = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                  (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


@dataclass(frozen=True)
class CorpusPaths:
    root: Path
    archives: Path
    content: Path
    hugo: Path

    @classmethod
    def under(cls, root: Path) -> "CorpusPaths":
        return cls(root, root / "archives", root / "content", root / "hugo")


# --- raw archives --------------------------------------------------------------

def ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def roman(year: int) -> str:
    out = ""
    for value, letters in ROMAN_NUMERALS:
        while year >= value:
            out, year = out + letters, year - value
    return out


def archive_body(post: Post) -> str:
    parts = []
    for block in post.blocks:
        if block.kind == "paragraph":
            parts.append(block.lines[0])
        elif block.kind == "bullets":
            parts.append("\n".join(f"  • {line}" for line in block.lines))
        else:
            parts.append("\n".join(f"{n}. {line}" for n, line in enumerate(block.lines, 1)))
    return post.layout.paragraph_gap.join(parts)


def post_fields(post: Post) -> dict[str, str]:
    """The values a layout's ``post`` text names."""
    layout, date = post.layout, post.date
    values = {"title": post.title, "body": archive_body(post), "blog": layout.blog,
              "author": layout.author or "", "bio": post.author_bio or "",
              "subtitle_block": f"{post.subtitle}\n\n" if post.subtitle else "",
              "chrome": EXTRA_CHROME if layout.chrome_every and post.order % layout.chrome_every == 0 else ""}
    if date:
        values.update(year=str(date.year), month=MONTHS[date.month - 1], day=str(date.day),
                      ordinal=ordinal(date.day), weekday=WEEKDAYS[date.weekday()],
                      time=f"{date:%H:%M}", roman_year=roman(date.year))
    return values


def write_archives(posts: list[Post], folder: Path) -> int:
    """Group each layout's posts into archive files; returns the file count."""
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for number, layout in enumerate(LAYOUTS):
        own = [p for p in posts if p.layout is layout and not p.hand_written]
        for page, start in enumerate(range(0, len(own), layout.posts_per_file), 1):
            name = f"{number:03d}_{layout.key}_{page:04d}.txt"
            chunk = own[start:start + layout.posts_per_file]
            for order, post in enumerate(chunk, 1):
                post.archive, post.order = name, order
            text = layout.header.format(page=page) + "".join(layout.post.format(**post_fields(p)) for p in chunk)
            (folder / name).write_text(text, encoding="utf-8")
            files += 1
    return files


# --- Markdown -----------------------------------------------------------------

def md_escape(text: str) -> str:
    """Plain archive text as Markdown that renders exactly as written."""
    return MARKDOWN_SPECIALS.sub(r"\\\1", html.escape(text, quote=False))


def markdown_body(post: Post) -> str:
    parts = []
    for block in post.blocks:
        if block.kind == "paragraph":
            parts.append(md_escape(block.lines[0]))
        elif block.kind == "bullets":
            parts.append("\n".join(f"- {md_escape(line)}" for line in block.lines))
        else:
            parts.append("\n".join(f"{n}. {md_escape(line)}" for n, line in enumerate(block.lines, 1)))
    return "\n\n".join(parts) + "\n"


def pelican_markdown(post: Post) -> str:
    meta = [("Title", post.title), ("Slug", post.slug)]
    if post.date:
        fmt = "%Y-%m-%d %H:%M" if post.date_precision == "minute" else "%Y-%m-%d"
        meta.append(("Date", post.date.strftime(fmt)))
    if post.hand_written:
        meta += [("Series", post.series), ("Series_index", str(post.series_index))]
    else:
        meta += [("Date_precision", post.date_precision),
                 ("Date_source", "generated" if post.date else "none")]
    if post.layout.author:
        meta.append(("Author", post.layout.author))
    if post.author_bio:
        meta.append(("Author_bio", post.author_bio))
    meta += [("Category", "Customer Service"), ("Tags", ", ".join(post.tags))]
    if post.subtitle:
        meta.append(("Subtitle", post.subtitle))
    if not post.hand_written:
        meta.append(("Source_name", post.layout.blog))
        if post.layout.url:
            meta.append(("Source_url", post.layout.url))
        meta += [("Source_archive", post.archive), ("Source_order", str(post.order))]
    return "".join(f"{key}: {value}\n" for key, value in meta) + "\n" + markdown_body(post)


def write_pelican_content(posts: list[Post], folder: Path) -> None:
    for sub in ("imported", "posts"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for post in posts:
        sub = "posts" if post.hand_written else "imported"
        (folder / sub / f"{post.slug}.md").write_text(pelican_markdown(post), encoding="utf-8")
    for extra in REAL_CONTENT_EXTRAS:
        if (ROOT / "content" / extra).is_dir():
            shutil.copytree(ROOT / "content" / extra, folder / extra, dirs_exist_ok=True)


# --- Hugo -----------------------------------------------------------------------

HUGO_CONFIG = """baseURL = "http://127.0.0.1:8000/"
title = "Customer Service Notes"
languageCode = "en"
relativeURLs = true
buildFuture = true
paginate = 10
disableKinds = []
[permalinks]
  posts = "/posts/:slug/"
[taxonomies]
  category = "categories"
  tag = "tags"
  author = "authors"
"""
HUGO_BASE_HEAD = ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
                  '<title>{{ .Title }} | {{ .Site.Title }}</title></head><body>'
                  '<header><a href="{{ .Site.BaseURL }}">{{ .Site.Title }}</a></header>')
HUGO_LAYOUTS = {
    "_default/single.html": HUGO_BASE_HEAD + (
        '<main><article><h1>{{ .Title }}</h1>{{ with .Params.subtitle }}<p>{{ . }}</p>{{ end }}'
        '{{ if not .Date.IsZero }}<time datetime="{{ .Date.Format "2006-01-02" }}">'
        '{{ .Date.Format "January 2, 2006" }}</time>{{ else }}<p>Date unknown</p>{{ end }}'
        '{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>'
        '</article></main></body></html>\n'),
    "_default/list.html": HUGO_BASE_HEAD + (
        '<main><h1>{{ .Title }}</h1>{{ range .Paginator.Pages }}'
        '<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ .Summary }}</article>'
        '{{ end }}{{ template "_internal/pagination.html" . }}</main></body></html>\n'),
    "index.html": HUGO_BASE_HEAD + (
        '<main>{{ range (.Paginate (where .Site.RegularPages "Type" "posts")).Pages }}'
        '<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>{{ .Summary }}</article>'
        '{{ end }}{{ template "_internal/pagination.html" . }}</main></body></html>\n'),
}


def hugo_markdown(post: Post) -> str:
    front = {"title": post.title, "slug": post.slug,
             "categories": ["Customer Service"], "tags": post.tags}
    if post.date:
        front["date"] = post.date.strftime("%Y-%m-%dT%H:%M:%SZ")
    if post.layout.author:
        front["authors"] = [post.layout.author]
    if post.subtitle:
        front["subtitle"] = post.subtitle
    if post.series:
        front["series"] = post.series
    # JSON is valid YAML: no hand-rolled quoting of titles with colons and quotes.
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + markdown_body(post)


def write_hugo_site(posts: list[Post], folder: Path) -> None:
    (folder / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    for relative, text in HUGO_LAYOUTS.items():
        target = folder / "layouts" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    for post in posts:
        (folder / "content" / "posts" / f"{post.slug}.md").write_text(hugo_markdown(post), encoding="utf-8")


def write_corpus(posts: list[Post], root: Path) -> CorpusPaths:
    """All three forms of ``posts`` under ``root`` (archives first: they number posts)."""
    paths = CorpusPaths.under(root)
    write_archives(posts, paths.archives)
    write_pelican_content(posts, paths.content)
    write_hugo_site(posts, paths.hugo)
    return paths
