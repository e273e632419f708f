"""The TKG model on tiny graphs: leakage, both directions, multi-step, errors."""

from __future__ import annotations

import numpy as np
import pytest

from detente.analysis.forecast.features import (
    FeatureBuilder,
    FeatureConfig,
    relation_cooccurrence,
)
from detente.analysis.forecast.tkg import ForecastConfig, TKGForecaster, make_queries
from detente.errors import ForecastError

N_ENT, N_REL = 6, 3


def _history(days: int = 20) -> np.ndarray:
    """0 visits 1 every day, 2 criticises 3 on even days, 4 consults 5 on day 5 only."""
    rows = []
    for t in range(1, days + 1):
        rows.append((0, 0, 1, t))
        if t % 2 == 0:
            rows.append((2, 1, 3, t))
        if t == 5:
            rows.append((4, 2, 5, t))
    return np.array(rows, dtype=np.int64)


def _builder(quads: np.ndarray) -> FeatureBuilder:
    rel = relation_cooccurrence(quads, N_ENT, N_REL)
    return FeatureBuilder(quads, N_ENT, N_REL, rel, FeatureConfig(top_k_popular=2))


def test_forecast_tkg_never_sees_the_query_day() -> None:
    # (4, 2, 5) happens for the first time on the query day 30: nothing may know about it
    quads = np.vstack([_history(29), [[4, 0, 5, 30]], [[4, 2, 5, 30]]])
    quads = quads[quads[:, 0] != 4]  # drop the day-5 event: 4 and 5 have no past at all
    quads = np.vstack([quads, [[4, 2, 5, 30]]])
    builder = _builder(quads)
    batch = builder.build(np.array([[4, 2, 30]]), 30)
    assert 5 not in batch.candidate.tolist()  # 5 has no support before day 30
    names = builder.names
    assert batch.x[:, names.index("pair_count")].sum() == 0
    assert batch.x[:, names.index("exact_count")].sum() == 0
    assert batch.x[:, names.index("pop_share_all")].sum() == 0  # relation 2 never seen
    # one day later the same fact is visible history
    later = builder.build(np.array([[4, 2, 31]]), 31)
    row = later.candidate.tolist().index(5)
    assert later.x[row, names.index("exact_count")] == 1
    assert later.x[row, names.index("exact_yesterday")] == 1


def test_forecast_tkg_cutoff_after_query_is_refused() -> None:
    builder = _builder(_history())
    with pytest.raises(ValueError, match="leak"):
        builder.build(np.array([[0, 0, 10]]), 11)


def test_forecast_tkg_inverse_relation_answers_subject_queries() -> None:
    builder = _builder(_history())
    # (?, visits, 1) at day 21 == (1, visits^-1, ?) -> candidate 0 with 20 past events
    batch = builder.build(np.array([[1, 0 + N_REL, 21]]), 21)
    row = batch.candidate.tolist().index(0)
    assert batch.x[row, builder.names.index("exact_count")] == 20
    # reciprocity: (3, criticise, ?) sees that 2 criticised 3
    batch = builder.build(np.array([[3, 1, 21]]), 21)
    row = batch.candidate.tolist().index(2)
    assert batch.x[row, builder.names.index("recip_count")] == 10


def test_forecast_tkg_make_queries_groups_answers() -> None:
    quads = np.array([[0, 0, 1, 3], [0, 0, 2, 3], [0, 0, 1, 4]])
    queries, answers = make_queries(quads, N_REL)
    as_dict = {tuple(q): a.tolist() for q, a in zip(queries.tolist(), answers, strict=True)}
    assert as_dict[(0, 0, 3)] == [1, 2]
    assert as_dict[(1, N_REL, 3)] == [0]
    assert as_dict[(0, 0, 4)] == [1]


@pytest.fixture(scope="module")
def fitted() -> TKGForecaster:
    config = ForecastConfig(train_window_days=10, max_iter=20, negatives_per_query=5,
                            min_samples_leaf=2,
                            features=FeatureConfig(top_k_popular=2))
    return TKGForecaster(N_ENT, N_REL, config).fit(_history(20))


def test_forecast_tkg_model_ranks_the_recurring_answer_first(fitted: TKGForecaster) -> None:
    fitted.attach(_history(25))
    scores = fitted.score_dense(np.array([[0, 0, 24], [1, N_REL, 24]]))
    assert scores.shape == (2, N_ENT)
    assert int(np.argmax(scores[0])) == 1
    assert int(np.argmax(scores[1])) == 0


def test_forecast_tkg_multi_step_ignores_history_after_cutoff(fitted: TKGForecaster) -> None:
    base = _history(20)
    extra = np.vstack([base, [[4, 2, 5, 21]] * 3])
    fitted.attach(base)
    a = fitted.score_dense(np.array([[4, 2, 23]]), cutoff=21)
    fitted.attach(extra)
    b = fitted.score_dense(np.array([[4, 2, 23]]), cutoff=21)
    np.testing.assert_allclose(a, b)  # day-21 events are after the cutoff's last day
    c = fitted.score_dense(np.array([[4, 2, 23]]), cutoff=None)
    assert not np.allclose(a, c)


def test_forecast_tkg_refuses_an_empty_history() -> None:
    with pytest.raises(ForecastError, match="empty history"):
        TKGForecaster(N_ENT, N_REL).fit(np.zeros((0, 4), dtype=np.int64))


def test_forecast_tkg_tiny_history_falls_back_to_the_prior_and_says_so(
        caplog: pytest.LogCaptureFixture) -> None:
    quads = np.array([[0, 0, 1, 1], [0, 0, 1, 2], [2, 0, 1, 2]])
    with caplog.at_level("WARNING"):
        model = TKGForecaster(N_ENT, N_REL).fit(quads)
    assert model.fit_info["fallback"] == "prior"
    assert "2 timestamp(s)" in model.fit_info["reason"] and "prior" in caplog.text
    scores = model.score_dense(np.array([[0, 0, 3], [5, 0, 3]]))
    assert int(np.argmax(scores[0])) == 1  # the recurring answer
    assert int(np.argmax(scores[1])) == 1  # unknown subject: the popular object of r


def test_forecast_tkg_scoring_before_fit_is_an_error() -> None:
    with pytest.raises(ForecastError, match="not fitted"):
        TKGForecaster(N_ENT, N_REL).score_dense(np.array([[0, 0, 3]]))
