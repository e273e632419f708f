"""Quality gate on the development set (examples/gold.jsonl): fails when extraction quality
drops below the pinned floors. Floors only ever go up; raise them when the scores improve."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluate import evaluate

pytestmark = pytest.mark.slow

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold.jsonl"

FLOORS = {
    "precision": 0.80,
    "recall": 0.28,
    "status_grouped_accuracy": 0.70,
    "date_month_accuracy": 0.70,
    "location_accuracy": 0.50,
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
