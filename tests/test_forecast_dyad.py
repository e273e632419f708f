"""Dyad forecasts on hand-made event tables."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pandas as pd
import pytest

from detente.analysis.forecast.dyad import (
    DyadModelConfig,
    describe_event,
    forecast_dyad,
)
from detente.errors import ForecastError

DAY1 = date(2023, 1, 1)
HAND = DyadModelConfig(half_life_periods=1.0, prior_strength=1.0, n_boot=4000)


def _frame(rows: list[tuple[int, str, str, str, float]]) -> pd.DataFrame:
    """rows: (day, source, target, cameo, goldstein); day 1 = 2023-01-01."""
    return pd.DataFrame({
        "date": [DAY1 + timedelta(days=d - 1) for d, *_ in rows],
        "source_country": [r[1] for r in rows],
        "target_country": [r[2] for r in rows],
        "root": [r[3][:2] for r in rows],
        "cameo": [r[3] for r in rows],
        "goldstein": [r[4] for r in rows],
        "quad_class": [1 if int(r[3][:2]) <= 5 else 3 for r in rows],
    })


# two 10-day periods before day 20: k0 = days 11..20 (weight 1), k1 = days 1..10 (weight 0.5)
HAND_ROWS = [
    (15, "USA", "CHN", "042", 2.0),  # A-B: root 04 in k0 only, Goldstein +2 in k0
    (5, "CHN", "USA", "112", -4.0),  # A-B: root 11 in k1, Goldstein -4 in k1
    (1, "FRA", "DEU", "043", 1.0),  # C-D: root 04 in both periods
    (12, "DEU", "FRA", "043", 1.0),
]


def test_forecast_dyad_probabilities_match_the_hand_computation() -> None:
    result = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN", as_of=date(2023, 1, 20),
                           horizon_days=10, freq_days=10, config=HAND)
    roots = {r.root: r for r in result.roots}
    # pooled prior for 04: (1 + 1.5) / (1.5 * 2) = 5/6; posterior (5/6 + 1) / (1 + 1.5)
    assert roots["04"].base_rate == pytest.approx(5 / 6)
    assert roots["04"].p_either == pytest.approx((5 / 6 + 1) / 2.5)
    # root 11: prior (0.5 + 0) / 3 = 1/6; posterior (1/6 + 0.5) / 2.5
    assert roots["11"].p_either == pytest.approx((1 / 6 + 0.5) / 2.5)
    # directions: USA -> CHN had 04, never 11
    assert roots["04"].p_a_to_b > roots["04"].p_b_to_a
    assert roots["11"].p_b_to_a > roots["11"].p_a_to_b
    # Goldstein: decayed mean (2*1 - 4*0.5) / 1.5 = 0; bootstrap 10%/90% = -4 / +2
    assert result.goldstein_sum.expected == pytest.approx(0.0)
    assert (result.goldstein_sum.low, result.goldstein_sum.high) == (-4.0, 2.0)
    assert result.net_cooperation == result.goldstein_sum
    assert result.expected_cooperation == pytest.approx(2 / 1.5)
    assert result.expected_conflict == pytest.approx(2 / 1.5)
    assert result.basis["periods_used"] == 2 and result.basis["n_events"] == 2


def test_forecast_dyad_longer_horizon_raises_probability() -> None:
    short = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN", horizon_days=10, freq_days=10,
                          config=HAND)
    long = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN", horizon_days=30, freq_days=10,
                         config=HAND)
    p10, p30 = short.roots[3].p_either, long.roots[3].p_either
    assert p30 == pytest.approx(1 - (1 - p10) ** 3)


def test_forecast_dyad_to_dict_is_json_ready() -> None:
    result = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["as_of"] == "2023-01-15"
    assert len(data["roots"]) == 20 and data["roots"][0]["root"] == "01"
    # no labels given: the root label phrases the event
    assert data["likely_events"][0]["text"] == "USA consults with CHN"
    labelled = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN", labels={"042": "Make a visit"})
    assert labelled.likely_events[0].text == "USA makes a visit to CHN"


def test_forecast_dyad_unknown_pair_falls_back_to_prior_and_says_so() -> None:
    result = forecast_dyad(_frame(HAND_ROWS), "USA", "RUS", config=HAND)
    assert result.basis["fallback"] == "prior" and result.basis["n_events"] == 0
    assert "pooled rate" in result.basis["note"]
    assert result.likely_events == () and result.goldstein_sum.expected == 0.0
    assert 0 < result.roots[3].p_either < result.roots[3].base_rate


def test_forecast_dyad_tiny_history_is_flagged() -> None:
    result = forecast_dyad(_frame(HAND_ROWS[:1]), "USA", "CHN")
    assert result.basis["fallback"] == "prior"
    assert "only 1 event" in result.basis["note"]


def test_forecast_dyad_rich_history_has_no_fallback() -> None:
    rows = [(d, "USA", "CHN", "042", 1.9) for d in range(1, 200, 3)]
    result = forecast_dyad(_frame(rows), "USA", "CHN")
    assert result.basis["fallback"] is None
    assert result.roots[3].p_either > 0.9 and result.roots[13].p_either == 0.0
    assert result.likely_events[0].expected_count > 5


def test_forecast_dyad_drops_and_counts_bad_rows() -> None:
    frame = _frame(HAND_ROWS)
    frame.loc[0, "root"] = "99"
    result = forecast_dyad(frame, "FRA", "DEU")
    assert result.basis["dropped_rows"] == 1


@pytest.mark.parametrize(("kwargs", "match"), [
    ({"a": "USA", "b": "USA"}, "two different actors"),
    ({"a": "USA", "b": "CHN", "horizon_days": 0}, "positive"),
    ({"a": "USA", "b": "CHN", "as_of": date(2020, 1, 1)}, "no events on or before"),
])
def test_forecast_dyad_bad_arguments(kwargs: dict, match: str) -> None:
    with pytest.raises(ForecastError, match=match):
        forecast_dyad(_frame(HAND_ROWS), **kwargs)


def test_forecast_dyad_bad_frames() -> None:
    with pytest.raises(ForecastError, match="lack column"):
        forecast_dyad(_frame(HAND_ROWS).drop(columns=["goldstein"]), "USA", "CHN")
    with pytest.raises(ForecastError, match="no usable events"):
        forecast_dyad(_frame(HAND_ROWS).iloc[:0], "USA", "CHN")


@pytest.mark.parametrize(("cameo", "label", "text"), [
    ("042", "Make a visit", "USA makes a visit to CHN"),
    ("043", "Host a visit", "USA hosts a visit from CHN"),
    ("111", "Criticize or denounce", "USA criticizes or denounces CHN"),
    ("173", "Arrest, detain, or charge with legal action",
     "USA arrests, detains, or charges with legal action CHN"),
    ("036", "Express intent to meet or negotiate",
     "USA expresses intent to meet or negotiate with CHN"),
    ("040", None, "USA consults with CHN"),
])
def test_forecast_dyad_describe_event(cameo: str, label: str | None, text: str) -> None:
    assert describe_event("USA", "CHN", cameo, label) == text


def test_forecast_dyad_accepts_timestamps_with_zones_and_integer_roots() -> None:
    frame = _frame(HAND_ROWS)
    frame["date"] = pd.to_datetime(frame["date"]).dt.tz_localize("Asia/Shanghai")
    frame["root"] = frame["root"].astype(int)
    result = forecast_dyad(frame, "USA", "CHN", as_of=date(2023, 1, 20), horizon_days=10,
                           freq_days=10, config=HAND)
    assert result.roots[3].p_either == pytest.approx((5 / 6 + 1) / 2.5)
