"""Settings for publishing: `make publish` and `make github`, and the Pages workflow.

Builds on pelicanconf.py; only what differs in production is here.
"""

import os
import sys

sys.path.append(os.path.dirname(os.path.abspath(__file__)))

from pelicanconf import *  # noqa: E402,F403

# The public address; the Pages workflow passes its own.
SITEURL = os.environ.get("SITEURL", "https://example.github.io/customer-service-blog").rstrip("/")
RELATIVE_URLS = False

FEED_DOMAIN = SITEURL
FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/category/{slug}.atom.xml"

# A custom domain for GitHub Pages: `make github` writes it to output/CNAME.
GITHUB_PAGES_CNAME = os.environ.get("GITHUB_PAGES_CNAME", "")

# tools/build.py (make publish) empties output/ itself, after checking that it is
# safe to; Pelican's own option would empty any folder it is given.
DELETE_OUTPUT_DIRECTORY = False

# Drafts are never published: production builds leave them out entirely
# (local builds keep them under drafts/, marked noindex).
DRAFT_SAVE_AS = ""
DRAFT_LANG_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""
DRAFT_PAGE_LANG_SAVE_AS = ""
