"""The evaluation gate: split/title/date/author/chrome scores never regress.

Two corpora: the five seed archives (gold in ``gold/``) and archives of
shapes the importer was not written against (``eval_corpus/``, gold next to
each archive). Scores at or above ``evaluation_baseline.json`` pass; after
a real improvement, record it with ``UPDATE_BASELINE=1``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.importer.helpers import SEED_ARCHIVES

from archive_import.evaluation import evaluate, table

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "evaluation_baseline.json"
CORPORA = {
    "seed": (HERE / "gold", SEED_ARCHIVES),
    "unseen": (HERE / "eval_corpus", HERE / "eval_corpus"),
}


@pytest.fixture(scope="module")
def scores():
    results = {name: evaluate(gold, archives) for name, (gold, archives) in CORPORA.items()}
    if os.environ.get("UPDATE_BASELINE"):
        BASELINE.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return results


@pytest.mark.parametrize("corpus", sorted(CORPORA))
def test_scores_do_not_regress(scores, corpus):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[corpus]
    got = scores[corpus]
    print(table(got))
    assert set(got) >= set(baseline), "an archive of the corpus was not scored"
    worse = [
        f"{archive} {metric}: {got[archive][metric]:.3f} < baseline {value:.3f}"
        for archive, metrics in baseline.items() for metric, value in metrics.items()
        if got[archive][metric] < value - 1e-9
    ]
    assert not worse, "\n".join(worse)


def test_seed_archives_are_fully_right(scores):
    """The five seed archives are hand-checked: every score is perfect."""
    assert all(value == 1.0 for value in scores["seed"]["mean"].values()), table(scores["seed"])
