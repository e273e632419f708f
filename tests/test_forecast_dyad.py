"""Dyad forecasts on hand-made event tables."""

from __future__ import annotations

import json
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from detente.analysis.forecast.dyad import (
    DyadModelConfig,
    describe_event,
    fit_dyad_model,
    forecast_dyad,
    origin_rows,
    prepare_events,
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


# -- the fitted level and calibration ---------------------------------------------------------
def _synthetic(seed: int = 0, days: int = 360) -> pd.DataFrame:
    """40 dyads with their own event rate and tone, one year of daily draws."""
    rng = np.random.default_rng(seed)
    actors = [f"C{i:02d}" for i in range(12)]
    rows = []
    for _ in range(40):
        a, b = rng.choice(actors, size=2, replace=False)
        rate = rng.uniform(0.02, 0.4)
        tone = rng.choice([-1.0, 1.0])
        for day in np.flatnonzero(rng.random(days) < rate) + 1:
            cooperative = rng.random() < (0.8 if tone > 0 else 0.3)
            root = rng.choice(["04", "05", "03"]) if cooperative else rng.choice(["11", "17"])
            gold = {"03": 4.0, "04": 1.0, "05": 3.5, "11": -2.0, "17": -7.0}[root]
            src, tgt = (a, b) if rng.random() < 0.5 else (b, a)
            rows.append((int(day), str(src), str(tgt), root + "0", gold))
    return _frame(rows)


def test_forecast_dyad_fits_level_and_calibration_on_a_rich_store() -> None:
    frame = _synthetic()
    pair = frame.groupby(["source_country", "target_country"]).size().idxmax()
    result = forecast_dyad(frame, pair[0], pair[1], horizon_days=10, freq_days=10)
    basis = result.basis
    assert basis["level"].startswith("fitted") and basis["calibration"].startswith("isotonic")
    assert basis["fit_rows"] >= 200 and basis["fit_origins"] >= 2
    assert "fit_notes" not in basis
    assert json.loads(json.dumps(result.to_dict()))["basis"]["fit_rows"] == basis["fit_rows"]
    # the interval holds the expected value; the parts still add up to the net figure
    nc = result.net_cooperation
    assert nc.low <= nc.expected <= nc.high
    assert result.expected_cooperation - result.expected_conflict == pytest.approx(nc.expected)
    assert all(0.0 <= r.p_either <= 1.0 for r in result.roots)


def test_forecast_dyad_fit_never_uses_data_after_the_origin() -> None:
    frame = _synthetic()
    origin = date(2023, 9, 1)
    pair = frame.groupby(["source_country", "target_country"]).size().idxmax()
    future = pd.to_datetime(frame["date"]) > pd.Timestamp(origin)
    # scramble everything after the origin: tones flipped, extra events, other roots
    changed = frame.copy()
    changed.loc[future, "goldstein"] = -10.0 * changed.loc[future, "goldstein"]
    changed.loc[future, ["root", "cameo"]] = ["19", "190"]
    extra = changed[future].copy()
    changed = pd.concat([changed, extra, extra], ignore_index=True)
    kwargs = {"as_of": origin, "horizon_days": 10, "freq_days": 10}
    before = forecast_dyad(frame, pair[0], pair[1], **kwargs).to_dict()
    after = forecast_dyad(changed, pair[0], pair[1], **kwargs).to_dict()
    assert before["basis"]["level"].startswith("fitted")
    assert before == after
    # every training outcome period ends on or before the origin
    prepared, _ = prepare_events(frame)
    fit = fit_dyad_model(prepared, np.datetime64(origin), 10, DyadModelConfig())
    assert fit.origins and fit.last_target_day is not None
    assert fit.last_target_day <= origin
    assert all(o + timedelta(days=10) <= origin for o in fit.origins)
    assert fit.origins[-1] == origin - timedelta(days=10)


def test_forecast_dyad_origin_rows_refuse_an_outcome_after_the_data_end() -> None:
    prepared, _ = prepare_events(_synthetic())
    with pytest.raises(ValueError, match="leak"):
        origin_rows(prepared, np.datetime64("2023-06-01"), 10, DyadModelConfig(),
                    data_end=np.datetime64("2023-06-05"))


def test_forecast_dyad_fit_cache_gives_the_same_fit() -> None:
    prepared, _ = prepare_events(_synthetic())
    config = DyadModelConfig()
    cache: dict = {}
    first = fit_dyad_model(prepared, np.datetime64("2023-08-01"), 10, config, cache=cache)
    fit_dyad_model(prepared, np.datetime64("2023-08-11"), 10, config, cache=cache)
    again = fit_dyad_model(prepared, np.datetime64("2023-08-01"), 10, config, cache=cache)
    plain = fit_dyad_model(prepared, np.datetime64("2023-08-01"), 10, config)
    assert first == again == plain


def test_forecast_dyad_small_store_keeps_the_decayed_mean_and_says_so() -> None:
    result = forecast_dyad(_frame(HAND_ROWS), "USA", "CHN", config=HAND)
    assert result.basis["level"].startswith("decayed mean")
    assert result.basis["calibration"] == "none"
    notes = " ".join(result.basis["fit_notes"])
    assert "level not fitted" in notes and "not calibrated" in notes


def test_forecast_dyad_unfitted_config_reproduces_the_plain_model() -> None:
    frame = _synthetic()
    pair = frame.groupby(["source_country", "target_country"]).size().idxmax()
    plain = forecast_dyad(frame, pair[0], pair[1], horizon_days=10, freq_days=10,
                          config=DyadModelConfig(fitted=False))
    assert plain.basis["level"].startswith("decayed mean")
    assert plain.expected_cooperation - plain.expected_conflict == pytest.approx(
        plain.net_cooperation.expected)
