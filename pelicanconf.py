"""Settings for local work: `make html`, `make serve`, `make devserver`.

Everything a maintainer may want to change lives here; `publishconf.py`
layers the production differences (absolute URLs, feeds) on top.
"""

import os
import sys

SITE_ROOT = os.path.dirname(os.path.abspath(__file__))
# The project's own plugins import each other as top-level packages.
if os.path.join(SITE_ROOT, "plugins") not in sys.path:
    sys.path.insert(0, os.path.join(SITE_ROOT, "plugins"))

AUTHOR = "The Customer Service Blog team"
SITENAME = "Customer Service Notes"
SITESUBTITLE = "Tools, tales and tips on customer service, gathered from five blogs"
# Pages link to each other with relative URLs, so output/ works from
# `make serve` (http://127.0.0.1:8000/) and from any folder; feeds and the
# sitemap need absolute links, so they point at the preview server.
SITEURL = "http://127.0.0.1:8000"
RELATIVE_URLS = True

PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
LOCALE = ("C",)

# Where things live under content/.
ARTICLE_PATHS = ["posts", "imported"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = ["images", "extra/favicon.svg"]
EXTRA_PATH_METADATA = {"extra/favicon.svg": {"path": "favicon.svg"}}
# robots.txt is a theme template (robots.html) so it can name the sitemap's
# absolute address, and every content folder gets one.
ROBOTS_SAVE_AS = "robots.txt"
# The raw archives are the importer's input, never published as they are.
IGNORE_FILES = [".#*", "archives"]

# Clean, stable URLs; articles live under /posts/ so no slug can collide
# with a page Pelican writes itself (archives, tags, categories ...).
ARTICLE_URL = "posts/{slug}/"
ARTICLE_SAVE_AS = "posts/{slug}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
CATEGORY_URL = "category/{slug}/"
CATEGORY_SAVE_AS = "category/{slug}/index.html"
TAG_URL = "tag/{slug}/"
TAG_SAVE_AS = "tag/{slug}/index.html"
AUTHOR_URL = "author/{slug}/"
AUTHOR_SAVE_AS = "author/{slug}/index.html"
ARCHIVES_SAVE_AS = "archives/index.html"
ARCHIVES_URL = "archives/"
CATEGORIES_SAVE_AS = "categories/index.html"
TAGS_SAVE_AS = "tags/index.html"
AUTHORS_SAVE_AS = "authors/index.html"
SEARCH_URL = "search/"
SEARCH_SAVE_AS = "search/index.html"
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
# Metadata is HTML (the importer writes "Tips &amp; Tricks"): an entity makes
# the same URL as the character it stands for, which the rules below drop.
SLUG_REGEX_SUBSTITUTIONS = [
    (r"&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);", ""),
    (r"[^\w\s-]", ""),
    (r"(?u)\A\s*", ""),
    (r"(?u)\s*\Z", ""),
    (r"[-\s]+", "-"),
]
DRAFT_URL = "drafts/{slug}/"
DRAFT_SAVE_AS = "drafts/{slug}/index.html"

DEFAULT_PAGINATION = 10
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)
SUMMARY_MAX_LENGTH = 50

# Feeds: on locally too, so tests and `make serve` see what readers get.
FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_MAX_ITEMS = 20

THEME = os.path.join(SITE_ROOT, "theme")
# Pages Pelican writes from theme templates alone; search/ hosts Pagefind's UI.
DIRECT_TEMPLATES = ["index", "tags", "categories", "authors", "archives", "search", "robots"]
# The header's menu: (label, URL relative to the site root).
NAV_LINKS = [
    ("Home", ""),
    ("Series", "series/"),
    ("Archives", "archives/"),
    ("Categories", "categories/"),
    ("Tags", "tags/"),
    ("Authors", "authors/"),
    ("Sources", "sources/"),
    ("Search", "search/"),
    ("About", "about/"),
]

# Pelican's own Jinja options, plus auto_reload off: every build makes new
# generators and so reloads the templates anyway, and with it on Jinja
# stats each partial's file on every include (over 100,000 times a build
# at 5,000 posts).
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": [], "auto_reload": False}

MARKDOWN = {
    "extension_configs": {
        "markdown.extensions.extra": {},
        "markdown.extensions.meta": {},
        "markdown.extensions.toc": {"permalink": False},
    },
    "output_format": "html5",
}

# Byte-identical output for the same commit.
OUTPUT_SOURCES = False
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
# True builds in one thread of one process (plugins/common/parallel.py); the
# output is byte-identical either way. `make html` indexes posts for search
# while Pelican writes the rest of the site.
SERIAL_BUILD = False

PLUGIN_PATHS = [os.path.join(SITE_ROOT, "plugins")]
PLUGINS = [
    "pelican.plugins.sitemap",
    "sitemap_dates",
    "search_index",
    "parallel_read",
    "parallel_write",
    "archive_import",
    "series",
    "site_extras",
    "render_cache",
    "livereload",  # last: its token is written after everything else, search index included
]

# --- livereload (plugins/livereload) ----------------------------------------
# Off: make html and make publish pages carry no script for it. `make devserver`
# turns it on (-e LIVERELOAD=true), so the page being read reloads after a rebuild.
LIVERELOAD = False

# --- pelican-sitemap --------------------------------------------------------
SITEMAP = {
    "format": "xml",
    "priorities": {"articles": 0.7, "indexes": 0.5, "pages": 0.5},
    "changefreqs": {"articles": "monthly", "indexes": "daily", "pages": "monthly"},
    "exclude": ["^drafts/", "^robots\\.txt$", "^search/"],
}

# --- archive_import (plugins/archive_import) --------------------------------
# Imports content/archives/*.txt into content/imported/<archive>/ at the start
# of every build; per-archive settings live in content/archives/archives.toml.
ARCHIVE_IMPORT = {
    "archives_dir": "archives",
    "output_dir": "imported",
    "default_category": "Customer Service",
}



# --- series (plugins/series) -------------------------------------------------
# Known series. An article's own `Series:` always wins; imported posts match
# these rules (title patterns see straight quotes and hyphens, case ignored;
# the group `part` names the part), then automatic detection.
SERIES = {
    "known": [
        {
            "name": "5 W's",
            "description": "The 5 W's of Great!! Service: who, what, when, where "
                           "and why to give great customer service, and how.",
            "title": r"^The 5 W's of Great!* Service\s*-\s*(?P<part>\w+)$",
            "part": "label",
            "planned": ["Who", "What", "When", "Where", "Why", "How"],
        },
        {
            "name": "Monthly Mash",
            "description": "A monthly mashup of tools, tales and tips on customer "
                           "service and the customer experience from around the blogosphere.",
            "title": r"^Monthly Mash\b",
            "subtitle": r"\bVolume\s+(?P<part>\d+)",
            "part": "number",
        },
        {
            "name": "5 Top Customer Service Articles",
            "description": "Shep Hyken's weekly pick of five customer service articles.",
            "title": r"^5 Top Customer Service Articles for the Week of (?P<part>.+)$",
            "part": "date",
        },
        {
            "name": "Guest Blog",
            "description": "Friends on Friday: guest posts by Shep Hyken's colleagues.",
            "title": r"^Guest Blog\s*:",
            "part": None,
        },
    ],
}



# --- site_extras (plugins/site_extras) ----------------------------------------
# Build-time data for the theme; keys and defaults in plugins/site_extras/settings.py.
SITE_EXTRAS = {
    "related_max": 4,
}



# --- search_index (plugins/search_index) -------------------------------------
SEARCH_INDEX = {"enabled": True}
