"""Golden output: every sample article's JSON-LD, as the publish build writes it.

A change to structured data shows up as a diff against tests/theme/golden/.
After an intended change, regenerate with: UPDATE_GOLDEN=1 pytest tests/theme
"""

import json
import os
from pathlib import Path

import pytest

from tests.theme.conftest import json_ld

GOLDEN = Path(__file__).resolve().parent / "golden" / "json_ld.json"


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
