"""Write generated posts three ways: raw archives, Pelican Markdown, a Hugo site.

* ``archives/``  plain-text archives laid out like the real ones, chrome and
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

from bench.corpus import MONTH_WORDS, ROOT, SOURCES, Post

WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SHEP_BIO = ("Shep Hyken is a customer service expert, professional speaker and New York "
            "Times bestselling business author. For information contact (314)692-2200 "
            "or  www.hyken.com . Follow on Twitter:  @Hyken")
# Real pages and static extras copied into the bench content, so both
# builds also write the about page and robots.txt as the real site does.
REAL_CONTENT_EXTRAS = ("pages", "extra")
MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]])")


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
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while year >= value:
            out, year = out + letters, year - value
    return out


def long_date(post: Post) -> str:
    return f"{MONTH_WORDS[post.date.month - 1]} {post.date.day}, {post.date.year}"


def archive_body(post: Post, paragraph_gap: str = "\n\n") -> str:
    parts = []
    for block in post.blocks:
        if block.kind == "paragraph":
            parts.append(block.lines[0])
        elif block.kind == "bullets":
            parts.append("\n".join(f"  • {line}" for line in block.lines))
        else:
            parts.append("\n".join(f"{n}. {line}" for n, line in enumerate(block.lines, 1)))
    return paragraph_gap.join(parts)


def cts_post(post: Post) -> str:
    head = ["Customers That Stick®", "Shares", "", post.title, "", "Shares", ""]
    if post.subtitle:
        head += [post.subtitle, ""]
    tail = ["", f"About the Author {post.source.author}", "", post.author_bio or "", "",
            "follow me on:", "", "Leave a Comment:", "", "Add Your Reply"]
    return "\n".join(head) + "\n" + archive_body(post) + "\n" + "\n".join(tail)


def jeff_post(post: Post) -> str:
    stamp = f"{WEEKDAYS[post.date.weekday()]}, {MONTH_WORDS[post.date.month - 1]} {ordinal(post.date.day)}, {post.date.year}"
    return f"{post.title}\n\n{stamp}\n\n{archive_body(post)}\n\n"


def tablet_post(post: Post) -> str:
    return f"{post.title}\n\n{archive_body(post)}\n\n"


def manifesto_post(post: Post) -> str:
    chrome = " \n\nEnhanced by Zemanta\n\n" if post.order % 7 == 3 else ""
    return f"{post.title}\n\n{archive_body(post)}\n\n{chrome}"


def shep_post(post: Post) -> str:
    when = long_date(post)
    return (f"{when}\n\n{post.title}\n\n\n{archive_body(post, chr(10) * 3)}\n\n\n{SHEP_BIO}\n\n\n"
            f"(Copyright © {roman(post.date.year)}, Shep Hyken)\n\n\n \n\n\n"
            f"The post {post.title} appeared first on Shep Hyken.\n\n"
            f" •  0 comments  •  flag\nShare on Twitter\n"
            f"Published on {when} {post.date:%H:%M}\n\n")


# Per source: (archive page header or None, how one post is written).
ARCHIVE_LAYOUTS = {
    "cts": (None, cts_post),
    "jeff": ("Archive for the ‘Customer Service’ Category\n\n", jeff_post),
    "tablet": (None, tablet_post),
    "manifesto": ("Category Archives: Customer Service\n\n", manifesto_post),
    "shep": ("Shep Hyken's Blog, page {page}\n\n", shep_post),
}


def write_archives(posts: list[Post], folder: Path) -> int:
    """Group each source's posts into archive pages; returns the file count."""
    folder.mkdir(parents=True, exist_ok=True)
    files = 0
    for number, source in enumerate(SOURCES):
        own = [p for p in posts if p.source is source and not p.hand_written]
        header, write_post = ARCHIVE_LAYOUTS[source.key]
        for page, start in enumerate(range(0, len(own), source.posts_per_file), 1):
            name = f"{number:03d}_{source.key}_{page:04d}.txt"
            chunk = own[start:start + source.posts_per_file]
            for order, post in enumerate(chunk, 1):
                post.archive, post.order = name, order
            text = (header or "").format(page=page) + "".join(write_post(p) for p in chunk)
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
    if post.source.author:
        meta.append(("Author", post.source.author))
    if post.author_bio:
        meta.append(("Author_bio", post.author_bio))
    meta += [("Category", "Customer Service"), ("Tags", ", ".join(post.tags))]
    if post.subtitle:
        meta.append(("Subtitle", post.subtitle))
    if not post.hand_written:
        meta.append(("Source_name", post.source.name))
        if post.source.url:
            meta.append(("Source_url", post.source.url))
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
    if post.source.author:
        front["authors"] = [post.source.author]
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
