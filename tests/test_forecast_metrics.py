"""Ranking metrics on hand-made score tables whose MRR is worked out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from detente.analysis.forecast.metrics import (
    hits_at,
    mrr,
    ranks_raw,
    ranks_time_aware_filtered,
    summarize,
)

# five entities; query 0 has answers {1, 3} at its timestamp, query 1 has answer {4}
SCORES = np.array([
    [0.9, 0.5, 0.1, 0.7, 0.2],
    [0.3, 0.3, 0.3, 0.1, 0.3],
])


def test_forecast_metrics_raw_rank_counts_everything_above() -> None:
    # query 0, answer 1: entities 0 and 3 score higher -> rank 3
    # query 0, answer 3: entity 0 higher -> rank 2
    ranks = ranks_raw(SCORES[[0, 0]], [1, 3])
    assert ranks.tolist() == [3.0, 2.0]


def test_forecast_metrics_time_aware_filter_removes_other_true_answers() -> None:
    # answer 1 with filter {1, 3}: entity 3 is removed, only entity 0 is above -> rank 2
    # answer 3 with filter {1, 3}: entity 1 is below anyway -> rank 2 still
    ranks = ranks_time_aware_filtered(SCORES[[0, 0]], [1, 3], [{1, 3}, {1, 3}])
    assert ranks.tolist() == [2.0, 2.0]
    assert mrr(ranks) == pytest.approx(0.5)


@pytest.mark.parametrize(("ties", "expected"), [
    ("mean", 1 + 3 / 2),  # four entities share 0.3: ranks 1..4, mean 2.5
    ("pessimistic", 4.0),
    ("optimistic", 1.0),
])
def test_forecast_metrics_ties_use_the_tie_rule(ties: str, expected: float) -> None:
    ranks = ranks_time_aware_filtered(SCORES[[1]], [2], [set()], ties=ties)  # type: ignore[arg-type]
    assert ranks.tolist() == [expected]


def test_forecast_metrics_filtered_tie_partner_leaves_the_group() -> None:
    # answer 2 ties with 0, 1, 4; entity 4 is another true answer -> group {0, 1, 2}: rank 2
    ranks = ranks_time_aware_filtered(SCORES[[1]], [2], [{4, 2}])
    assert ranks.tolist() == [2.0]


def test_forecast_metrics_constant_scores_get_the_middle_rank() -> None:
    # a model that says nothing must not score well: all 100 tied -> rank 50.5
    ranks = ranks_raw(np.zeros((1, 100)), [7])
    assert ranks.tolist() == [50.5]


def test_forecast_metrics_hand_computed_mrr_and_hits() -> None:
    ranks = np.array([1.0, 2.0, 4.0, 1.5])
    assert mrr(ranks) == pytest.approx((1 + 0.5 + 0.25 + 1 / 1.5) / 4)
    assert hits_at(ranks, 1) == 0.25
    assert hits_at(ranks, 3) == 0.75
    summary = summarize(ranks)
    assert summary["hits@10"] == 100.0 and summary["n"] == 4


def test_forecast_metrics_rejects_bad_shapes() -> None:
    with pytest.raises(ValueError):
        ranks_raw(np.zeros(5), [0])
    with pytest.raises(ValueError):
        ranks_raw(np.zeros((2, 5)), [0])
    with pytest.raises(ValueError):
        ranks_raw(np.array([[np.nan, 1.0]]), [0])
