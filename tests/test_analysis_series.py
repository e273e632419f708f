from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from test_analysis_support import build_store

from detente.analysis.series import (
    SERIES_COLUMNS,
    dyad_events,
    dyad_series,
    planned_beside,
    series_from_events,
)
from detente.errors import UsageError
from detente.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("series"))
    with Store(db, read_only=True) as s:
        yield s


def _row(df: pd.DataFrame, period: str) -> pd.Series:
    return df[df["period"] == pd.Timestamp(period)].iloc[0]


def test_analysis_series_monthly_math(store):
    df = dyad_series(store, "USA", "CHN")
    assert list(df.columns) == list(SERIES_COLUMNS)
    assert [p.strftime("%Y-%m") for p in df["period"]] == ["2023-01", "2023-02", "2023-03",
                                                           "2023-04"]
    jan = _row(df, "2023-01-01")
    assert (jan.n_events, jan.q1, jan.q3) == (2, 1, 1)
    assert jan.goldstein_sum == pytest.approx(-0.1)
    assert jan.goldstein_mean == pytest.approx(-0.05)
    assert (jan.cooperation, jan.conflict) == (pytest.approx(1.9), pytest.approx(2.0))
    assert jan.net_cooperation == pytest.approx(-0.1)
    assert jan.conflict_share == pytest.approx(0.5)
    feb = _row(df, "2023-02-01")  # an empty month between two months with events
    assert feb.n_events == 0 and feb.net_cooperation == 0 and feb.goldstein_mean == 0
    mar = _row(df, "2023-03-01")
    assert (mar.q2, mar.q4, mar.cooperation, mar.conflict) == (1, 1, 8.0, 8.0)
    apr = _row(df, "2023-04-01")  # the realized visit (planned mention is not counted) + deal
    assert apr.n_events == 2 and apr.net_cooperation == pytest.approx(9.9)


def test_analysis_series_weighted_counts_mentions(store):
    plain = _row(dyad_series(store, "USA", "CHN"), "2023-04-01")
    weighted = _row(dyad_series(store, "USA", "CHN", weighted=True), "2023-04-01")
    # the Beijing visit has two mentions (planned + realized) in one fused event
    assert weighted.n_events == plain.n_events + 1
    assert weighted.cooperation == pytest.approx(plain.cooperation + 1.9)


def test_analysis_series_directed_and_sector_codes(store):
    directed = dyad_series(store, "USA", "CHN", directed=True)
    assert directed["n_events"].sum() == 3  # visit Jan, sanctions, visit Apr
    gov = dyad_series(store, "USAGOV", "CHNGOV")
    assert gov["n_events"].sum() == 5  # the USAGOV -> CHN sanctions do not match CHNGOV


@pytest.mark.parametrize("freq, n_periods", [("week", None), ("month", 4), ("quarter", 2)])
def test_analysis_series_frequencies(store, freq, n_periods):
    df = dyad_series(store, "USA", "CHN", freq=freq)
    assert df["n_events"].sum() == 6
    if n_periods:
        assert len(df) == n_periods
    else:
        assert (df["period"].dt.day_of_week == 0).all()


def test_analysis_series_as_of_hides_later_articles(store):
    df = dyad_series(store, "USA", "CHN", as_of=date(2023, 3, 31))
    assert df["period"].max() == pd.Timestamp("2023-03-01")
    planned = planned_beside(store, "USA", "CHN", as_of=date(2023, 3, 31))
    assert planned["planned"].sum() == 1
    assert planned["period"].iloc[0] == pd.Timestamp("2023-04-01")
    # once it happened it leaves the planned table and enters the series
    assert planned_beside(store, "USA", "CHN").empty


def test_analysis_series_empty_dyad_message(store):
    df = dyad_series(store, "USA", "FRA")
    assert df.empty and list(df.columns) == list(SERIES_COLUMNS)
    assert "no realized events between USA and FRA" in df.attrs["message"]


@pytest.mark.parametrize("a, b, freq", [("USA", "USA", "month"), ("U S", "CHN", "month"),
                                        ("USA", "CHN", "year")])
def test_analysis_series_bad_arguments(store, a, b, freq):
    with pytest.raises(UsageError):
        dyad_series(store, a, b, freq=freq)


def test_analysis_series_coarse_dates_are_counted_not_placed():
    ev = pd.DataFrame({"date_start": [date(2023, 1, 1), date(2023, 1, 5)],
                       "date_precision": ["year", "day"], "goldstein": [5.0, 1.0],
                       "quad_class": [1, 1], "n_mentions": [1, 1]})
    df = series_from_events(ev, freq="month")
    assert df.attrs["n_coarse"] == 1 and df["n_events"].sum() == 1
    assert series_from_events(ev, freq="quarter").attrs["n_coarse"] == 1


def test_analysis_series_dyad_events_carry_evidence(store):
    ev = dyad_events(store, "USA", "CHN")
    row = ev[ev["cameo"] == "163"].iloc[0]
    assert row["article_id"] == "a2" and row["title"] == "March news"
    assert "sanctions" in row["sentence"]


def test_analysis_series_late_snapshot_equals_stored_events(store):
    cols = ["fused_id", "status", "cameo", "goldstein", "date_start", "n_mentions",
            "article_id", "title"]
    stored = dyad_events(store, "USA", "CHN")[cols]
    late = dyad_events(store, "USA", "CHN", as_of=date(2030, 1, 1))[cols]
    pd.testing.assert_frame_equal(stored.reset_index(drop=True), late.reset_index(drop=True),
                                  check_dtype=False)
