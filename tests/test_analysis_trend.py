from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from detente.analysis.trend import change_points, mann_kendall, trend_verdict


def _series(values, start="2023-01-01", n_events=3) -> pd.DataFrame:
    periods = pd.date_range(start, periods=len(values), freq="MS")
    df = pd.DataFrame({"period": periods, "net_cooperation": np.asarray(values, dtype=float),
                       "n_events": n_events})
    df.attrs.update(a="AAA", b="BBB", freq="month")
    return df


RISING = [-5, -4, -6, -1, 0, 2, 1, 4, 6, 5, 8, 10]


@pytest.mark.parametrize("values, expected", [
    (RISING, "warming"),
    (RISING[::-1], "cooling"),
    ([1, -1, 1, -1, 1, -1, 1, -1, 1, -1, 1, -1], "stable"),
    ([3, 3, 3, 3, 3, 3], "stable"),
    ([1, 2], "insufficient data"),
])
def test_analysis_trend_verdict_on_synthetic_series(values, expected):
    v = trend_verdict(_series(values))
    assert v.verdict == expected
    if expected in ("warming", "cooling"):
        assert v.confidence >= 0.8
        assert (v.slope > 0) == (expected == "warming")
        assert v.slope_low <= v.slope <= v.slope_high


def test_analysis_trend_window_uses_the_last_periods():
    # falling for a year, then rising for the last eight months
    values = list(range(10, -2, -1)) + [-3, -1, 0, 2, 4, 5, 7, 9]
    assert trend_verdict(_series(values), window=8).verdict == "warming"
    assert trend_verdict(_series(values), window=20).verdict != "warming"


def test_analysis_trend_too_few_events_is_insufficient():
    v = trend_verdict(_series(RISING, n_events=0))
    assert v.verdict == "insufficient data" and "realized event" in v.summary


def test_analysis_trend_empty_series_carries_message():
    df = _series([])
    df.attrs["message"] = "no realized events between AAA and BBB"
    v = trend_verdict(df)
    assert v.verdict == "insufficient data" and v.summary == df.attrs["message"]


def test_analysis_trend_mann_kendall_matches_hand_computation():
    s, z, p = mann_kendall(np.array([1.0, 2.0, 3.0, 4.0, 5.0]))
    assert s == 10
    assert z == pytest.approx((10 - 1) / np.sqrt(5 * 4 * 15 / 18))
    assert 0 < p < 0.05


def test_analysis_trend_change_point_on_a_step():
    rng = np.random.default_rng(1)
    y = np.r_[np.zeros(8), np.full(8, 10.0)] + rng.normal(0, 0.5, 16)
    assert change_points(y) == [8]
    assert change_points(rng.normal(0, 1, 16)) == []
    v = trend_verdict(_series(y), window=16)
    assert v.change_points[0].period == "2023-09-01"
    assert v.change_points[0].mean_after > v.change_points[0].mean_before


def test_analysis_trend_drivers_follow_the_verdict():
    periods = pd.date_range("2023-01-01", periods=12, freq="MS")
    events = pd.DataFrame({
        "fused_id": [f"f{i}" for i in range(12)],
        "date_start": [p.date() for p in periods],
        "date_value": [p.strftime("%Y-%m-%d") for p in periods],
        "goldstein": [-5, -4, -6, -1, 2, 2, 1, 4, 6, 5, 8, 7.5],
        "n_mentions": 1, "sentence": [f"sentence {i}" for i in range(12)],
        "article_id": "a", "title": "t", "published": None, "source_code": "AAA",
        "target_code": "BBB", "cameo": "042", "label": "Make a visit", "status": "happened",
    })
    v = trend_verdict(_series(RISING), events=events)
    assert v.verdict == "warming"
    assert len(v.drivers) >= 3 and all(d["goldstein"] > 0 for d in v.drivers)
    assert v.drivers[0]["sentence"] == "sentence 10"  # strongest in the recent half
    assert v.strongest_negative[0]["sentence"] == "sentence 2"
    json.dumps(v.to_dict())  # JSON-ready


def test_analysis_trend_regime_shift_after_last_change_point():
    # a flat year that turned sharply in the last two months: no monotonic trend, but a
    # regime shift the verdict must report
    from detente.analysis.trend import trend_verdict

    vals = [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, -14.0, -16.0]
    periods = pd.date_range("2022-04-01", periods=len(vals), freq="MS")
    series = pd.DataFrame({"period": periods, "net_cooperation": vals,
                           "n_events": [3] * len(vals)})
    v = trend_verdict(series, window=12)
    assert v.verdict == "cooling" and "regime shift" in v.summary
    flat = series.assign(net_cooperation=[2.0, 0.0, 3.0, 1.0, 2.0, 0.0, 1.0, 3.0, 2.0, 1.0,
                                          2.0, 0.0])
    assert trend_verdict(flat, window=12).verdict == "stable"


@pytest.mark.parametrize("values, expected", [
    # bad, thaw, then two bad months: no trend, no change point past the penalty, a turn
    ([-8, 0, -8, 6.2, 0, 7, -30.7, -8], "cooling"),
    ([8, 0, 8, -6.2, 0, -7, 30.7, 8], "warming"),
    # the last periods like the rest: no turn
    ([-8, 0, -8, 6.2, 0, 7, 0, -1], "stable"),
])
def test_analysis_trend_recent_turn_without_trend(values, expected):
    v = trend_verdict(_series(values))
    assert v.verdict == expected, v.summary
    if expected != "stable":
        assert "recent turn" in v.summary
