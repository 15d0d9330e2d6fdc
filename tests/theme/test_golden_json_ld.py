"""JSON-LD of every sample article: a regenerated snapshot, and hand-written expectations beside it.

Where the truth comes from:

- ``tests/theme/golden/json_ld.json`` is a **regenerated snapshot**: the
  code's own output, written by ``UPDATE_GOLDEN=1 pytest tests/theme``.
  It proves only that nothing changed unnoticed; review its diff after an
  intended change, then regenerate.
- ``test_a_reader_s_values_for_one_post`` is **hand-written** from
  ``tests/theme/content/posts/minute-post.md`` and schema.org's
  BlogPosting: it does not depend on the snapshot or on the code's output.
"""

import json
import os
from pathlib import Path

import pytest

from tests.theme.conftest import json_ld
from tests.theme.sample import PUBLISHED_SITEURL

GOLDEN = Path(__file__).resolve().parent / "golden" / "json_ld.json"
MINUTE_POST = "posts/handling-an-angry-caller-in-five-steps/"
UNDATED_POST = "posts/ten-rules-for-the-help-desk/"


def current(published_sample_site):
    documents = {}
    for path in sorted((published_sample_site.output / "posts").glob("*/index.html")):
        url = f"posts/{path.parent.name}/"
        page = published_sample_site.html(url)
        documents[url] = json_ld(page, "BlogPosting") + json_ld(page, "BreadcrumbList")
    return documents


def test_json_ld_matches_golden_output(published_sample_site):
    documents = current(published_sample_site)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(documents, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                          encoding="utf-8")
        pytest.skip("golden JSON-LD rewritten")
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(documents) == sorted(expected)
    for url in expected:
        assert documents[url] == expected[url], url


def test_a_reader_s_values_for_one_post(published_sample_site):
    """Hand-written: Title, Date (UTC, to the minute), Author, Category, Tags and Summary of minute-post.md."""
    page = published_sample_site.html(MINUTE_POST)
    posting = json_ld(page, "BlogPosting")[0]
    assert posting["headline"] == "Handling an angry caller in five steps"
    assert posting["datePublished"] == "2015-02-25T05:33+00:00"
    assert posting["author"]["name"] == "Jane Doe"
    assert posting["articleSection"] == "Tips"
    assert posting["keywords"] == ["phone", "complaints"]
    assert posting["description"] == "Five steps that calm an angry caller down."
    assert posting["url"] == f"{PUBLISHED_SITEURL}/{MINUTE_POST}"
    crumbs = [item["name"] for item in json_ld(page, "BreadcrumbList")[0]["itemListElement"]]
    assert crumbs == ["Home", "Tips", "Handling an angry caller in five steps"]


def test_an_undated_post_claims_no_date(published_sample_site):
    """Hand-written: undated-post.md says Date_precision: unknown, so no date may be published."""
    posting = json_ld(published_sample_site.html(UNDATED_POST), "BlogPosting")[0]
    assert "datePublished" not in posting and "dateModified" not in posting
