from __future__ import annotations

import json
from datetime import date

import pytest
from test_analysis_support import M, article, build_store

from detente.analysis.planned import FEATURES, fit_planned_model, planned_events
from detente.fuse import fuse_store
from detente.store import Store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("planned"))
    with Store(db, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def history_store(tmp_path_factory):
    """Six firm official plans that happen, six hedged ones that never do, and two open."""
    db = tmp_path_factory.mktemp("planned_hist") / "hist.duckdb"
    with Store(db) as s:
        for i in range(6):
            month = 1 + 2 * i
            article(s, f"p{i}", date(2022, month, 1), f"Visit {i} announced", [
                M("USAGOV", "FRAGOV", "042", 1.9, 1, status="planned",
                  date=f"2022-{month:02d}-15", sentence=f"The minister will visit Paris {i}.",
                  cue="will", speaker="State Department", place="Paris",
                  place_country="FRA")])
            article(s, f"r{i}", date(2022, month, 16), f"Visit {i} held", [
                M("USAGOV", "FRAGOV", "042", 1.9, 1, date=f"2022-{month:02d}-15",
                  sentence=f"The minister visited Paris {i}.", place="Paris",
                  place_country="FRA")])
            article(s, f"h{i}", date(2022, month, 3), f"Maybe a visit {i}", [
                M("USAGOV", "DEUGOV", "042", 1.9, 1, status="hypothetical",
                  date=f"2022-{month:02d}", precision="month", cue="could",
                  sentence=f"The minister could visit Berlin {i}, officials said.",
                  place="Berlin", place_country="DEU")])
        article(s, "open1", date(2023, 6, 1), "Firm plan", [
            M("USAGOV", "FRAGOV", "042", 1.9, 1, status="planned", date="2023-06-20",
              sentence="The minister will visit Paris on June 20.", cue="will",
              speaker="State Department", place="Paris", place_country="FRA")])
        article(s, "open2", date(2023, 6, 1), "Loose idea", [
            M("USAGOV", "DEUGOV", "042", 1.9, 1, status="hypothetical", date="2023-06",
              precision="month", sentence="The minister could visit Berlin in June.",
              cue="could", place="Berlin", place_country="DEU")])
        fuse_store(s)
    with Store(db, read_only=True) as s:
        yield s


def test_analysis_planned_upcoming_with_history(store):
    events = planned_events(store, "USA", "CHN", as_of=date(2023, 4, 1))
    assert len(events) == 1
    ev = events[0]
    assert ev.state == "upcoming" and ev.expected == "2023-04-15"
    assert ev.days_remaining == 14
    assert [h.kind for h in ev.history] == ["confirmation"]
    assert ev.history[0].first and ev.history[0].speaker == "State Department"
    assert ev.features["official"] == 1.0
    assert 0.5 < ev.probability < 1.0
    assert "Beijing" in ev.description
    assert set(ev.features) == set(FEATURES)
    json.dumps(ev.to_dict())


def test_analysis_planned_realized_after_the_fact(store):
    ev = planned_events(store, "USA", "CHN", as_of=date(2023, 4, 20))[0]
    assert ev.state == "realized" and ev.probability == 1.0
    assert [h.kind for h in ev.history] == ["confirmation", "realization"]
    assert [h.published for h in ev.history] == ["2023-03-20", "2023-04-16"]


def test_analysis_planned_as_of_before_first_report(store):
    assert planned_events(store, "USA", "CHN", as_of=date(2023, 3, 10)) == []


def test_analysis_planned_small_store_uses_prior(store):
    model = fit_planned_model(store, as_of=date(2023, 4, 1))
    assert not model.fitted and "not calibrated" in model.note
    assert model.weights == model.prior_weights


def test_analysis_planned_model_is_calibrated_on_outcomes(history_store):
    model = fit_planned_model(history_store, as_of=date(2023, 6, 2))
    assert model.fitted
    assert (model.n_events, model.n_positive) == (12, 6)
    assert model.brier < model.brier_base_rate
    assert sum(r["n"] for r in model.reliability) == model.n_snapshots
    json.dumps(model.to_dict())
    open_events = {e.fused_id: e for e in planned_events(history_store, as_of=date(2023, 6, 2),
                                                         model=model)
                   if e.state in ("upcoming", "due")}
    firm = next(e for e in open_events.values() if e.target == "FRAGOV")
    loose = next(e for e in open_events.values() if e.target == "DEUGOV")
    assert firm.probability > 0.5 > loose.probability


def test_analysis_planned_unresolved_events_are_not_training_data(history_store):
    # as of mid-2022 only the first plans have outcomes; the rest are still open
    early = fit_planned_model(history_store, as_of=date(2022, 3, 1))
    late = fit_planned_model(history_store, as_of=date(2023, 6, 2))
    assert early.n_events < late.n_events
