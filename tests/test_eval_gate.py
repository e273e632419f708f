"""Quality gate on the development set (examples/gold.jsonl): fails when extraction quality
drops below the pinned floors. Floors only ever go up; raise them when the scores improve."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluate import evaluate

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold.jsonl"

# Measured 2026-11-29 (`detente eval --gold examples/gold.jsonl`): P 0.690, R 0.586,
# status (grouped) 0.916, date (month) 0.882, location 0.833.
# Precision is understated: the gold lists only the events its writer chose per article, and
# many "false positives" are true events it leaves out (see the eval's list).
FLOORS = {
    "precision": 0.69,
    "recall": 0.58,
    "status_grouped_accuracy": 0.90,
    "date_month_accuracy": 0.93,
    "location_accuracy": 0.87,
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
# prediction comes from the gold event's own sentence and status. Measured 2026-11-29
# (432-event gold): precision 0.946, recall 0.705 (105 true, 6 false, 44 missed merges);
# planned->realized links precision 0.87, recall 0.541. The floors sit a little below:
# extraction changes move the matched set.
FUSION_FLOORS = {
    "pairwise_precision": 0.90,
    "pairwise_recall": 0.65,
}


@pytest.mark.parametrize("metric", sorted(FUSION_FLOORS))
def test_eval_gate_fusion_floor(report, metric):
    fusion = report["fusion"]
    assert fusion["identity"] == "story"
    assert fusion[metric] is not None
    assert fusion[metric] >= FUSION_FLOORS[metric], (metric, fusion[metric])
