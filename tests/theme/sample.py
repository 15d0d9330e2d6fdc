"""A small sample site for theme tests: hand-written posts using every metadata
field of the contract (date precisions, sources, several authors, bios,
subtitles, series), plus the real pages and extras from content/."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sitebuild import ROOT, build

SAMPLE_POSTS = Path(__file__).resolve().parent / "content" / "posts"
# Posts only the reader-experience tests add (an excerpt, a second undated
# post of one archive), kept apart so the sample's seven posts stay seven.
EXTRA_POSTS = Path(__file__).resolve().parent / "extra_content" / "posts"
# Small pages so the sample's seven posts need three home pages.
SAMPLE_OVERRIDES = {"DEFAULT_PAGINATION": 3}
PUBLISHED_SITEURL = "https://example.github.io/customer-service-blog"


def sample_content(target: Path, extra: bool = False) -> Path:
    shutil.copytree(SAMPLE_POSTS, target / "posts")
    if extra:
        shutil.copytree(EXTRA_POSTS, target / "posts", dirs_exist_ok=True)
    for folder in ("pages", "extra", "images"):
        if (ROOT / "content" / folder).exists():
            shutil.copytree(ROOT / "content" / folder, target / folder)
    return target


def build_sample(tmp: Path, published: bool = False, extra: bool = False):
    content = sample_content(tmp / "content", extra=extra)
    overrides = dict(SAMPLE_OVERRIDES)
    if published:
        overrides.update(SITEURL=PUBLISHED_SITEURL, RELATIVE_URLS=False, FEED_DOMAIN=PUBLISHED_SITEURL)
    return build(tmp / "output", content=content, overrides=overrides)
