"""Quality gate on the development set (examples/gold.jsonl): fails when extraction quality
drops below the pinned floors. Floors only ever go up; raise them when the scores improve."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluate import evaluate

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold.jsonl"

# Measured 2026-11-30, end of session 12 (`detente eval --gold examples/gold.jsonl`): P 0.895,
# R 0.893, status (grouped) 0.949, date (month) 0.959, location 0.956 (session 11 on the same
# 438-event gold, which aligned six events to one convention: P 0.898, R 0.886, 0.946, 0.959,
# 0.956; session 10 on the 432-event gold: P
# 0.894, R 0.875, 0.942, 0.955, 0.955; session 9: P 0.893, R 0.866, 0.944, 0.952, 0.943;
# session 8: P 0.888, R 0.863, 0.933,
# 0.952, 0.947; session 7: P 0.877, R 0.859, 0.935,
# 0.951, 0.947; session 6: P 0.881, R 0.843, 0.931,
# 0.945, 0.95; session 5: P 0.852, R 0.829, 0.933,
# 0.944, 0.95; session 4: P 0.854, R 0.824, 0.935,
# 0.944, 0.95; session 3: P 0.836, R 0.817, 0.926,
# 0.938, 0.954; about 0.02 of the precision gain since session 3 is the
# scorer's, which no longer counts an unnamed restatement as a second false event). Blind
# held-out sets score lower (see benchmarks/quality.py), so these floors guard the dev set only.
FLOORS = {
    "precision": 0.89,
    "recall": 0.89,
    "status_grouped_accuracy": 0.94,
    "date_month_accuracy": 0.95,
    "location_accuracy": 0.94,
}


@pytest.fixture(scope="module")
def report(coder):
    return evaluate(GOLD, coder=coder)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_eval_gate_floor(report, metric):
    assert report[metric] is not None
    assert report[metric] >= FLOORS[metric], (metric, report[metric])


def test_eval_gate_scores_whole_corpus(report):
    assert report["articles"] >= 50 and report["gold_events"] >= 250


# Fusion: pairwise merges against the gold's `story` ids, over the matched events whose
# prediction surely stands for its gold event (own sentence, status and month, and no second
# gold event of that sentence with the same dyad and root). Measured 2026-11-29, end of
# session 4: precision 0.993, recall 0.827 (139 true, 1 false, 29 missed merges; the false one
# pairs a restated meeting with the gold's trip of the same sentence); planned->realized links
# precision 1.0, recall 0.897. The floors sit a little below: extraction changes move the
# matched set.
FUSION_FLOORS = {
    "pairwise_precision": 0.97,
    "pairwise_recall": 0.80,
}


@pytest.mark.parametrize("metric", sorted(FUSION_FLOORS))
def test_eval_gate_fusion_floor(report, metric):
    fusion = report["fusion"]
    assert fusion["identity"] == "story"
    assert fusion[metric] is not None
    assert fusion[metric] >= FUSION_FLOORS[metric], (metric, fusion[metric])
