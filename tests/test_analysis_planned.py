from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta

import pandas as pd
import pytest
from test_analysis_support import M, article, build_store

from detente.analysis.planned import (
    FEATURES,
    _PrepIndex,
    fit_planned_model,
    planned_events,
)
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


# -- preparatory meetings: blocked by pair, windowed by date -----------------------------------
PLAN_DAY = date(2023, 5, 31)


@pytest.fixture(scope="module")
def prep_store(tmp_path_factory):
    """A planned U.S. visit to China and realized consultations around it: the pair in either
    direction, at the window's edges, reported late, and another pair."""
    db = tmp_path_factory.mktemp("planned_prep") / "prep.duckdb"
    with Store(db) as s:
        article(s, "plan", PLAN_DAY, "Visit planned", [
            M("USAGOV", "CHNGOV", "042", 1.9, 1, status="planned", date="2023-07-10",
              cue="will", speaker="State Department",
              sentence="The secretary will visit Beijing on July 10.")])
        # the reverse direction, exactly 45 days before the plan's report
        article(s, "p1", date(2023, 4, 16), "Talks", [
            M("CHNGOV", "USAGOV", "043", 2.8, 1, date="2023-04-16",
              sentence="Beijing hosted U.S. envoys.")])
        # on the day itself
        article(s, "p2", PLAN_DAY, "Talks 2", [
            M("USAGOV", "CHNGOV", "040", 1.0, 1, date="2023-05-31",
              sentence="U.S. and Chinese officials held talks.")])
        # 46 days before: outside the window
        article(s, "p3", date(2023, 4, 15), "Old talks", [
            M("USAGOV", "CHNGOV", "044", 2.5, 1, date="2023-04-15",
              sentence="They met in Vienna.")])
        # inside the window but reported only on June 5
        article(s, "p4", date(2023, 6, 5), "Late report", [
            M("CHNGOV", "USAGOV", "040", 1.0, 1, date="2023-05-20",
              sentence="Officials consulted in May.")])
        # another pair, inside the window
        article(s, "p5", date(2023, 5, 20), "Other pair", [
            M("USAGOV", "JPNGOV", "040", 1.0, 1, date="2023-05-20",
              sentence="U.S. and Japanese officials consulted.")])
        fuse_store(s)
    with Store(db, read_only=True) as s:
        yield s


@pytest.mark.parametrize(("as_of", "n_prep"), [
    (PLAN_DAY, 2),  # the reverse-direction talks on the window's first day + the same day
    (date(2023, 6, 4), 1),  # the first one has left the window, the late one is not out yet
    (date(2023, 6, 10), 2),  # the late report is visible now
])
def test_analysis_planned_preparatory_links_across_directions_and_window_edges(
        prep_store, as_of, n_prep):
    events = [e for e in planned_events(prep_store, "USA", "CHN", as_of=as_of)
              if e.cameo == "042"]
    assert len(events) == 1 and events[0].state == "upcoming"
    assert events[0].features["preparatory"] == pytest.approx(math.log1p(n_prep))


def test_analysis_planned_prep_index_counts_like_a_full_scan():
    """The pair-blocked, date-sorted index finds every consultation a scan of all of them
    finds (both directions, window edges inclusive, visibility, the event itself left out)."""
    rng = random.Random(5)
    countries = ["USA", "CHN", "RUS", "JPN"]
    start = date(2023, 1, 1)
    rows = []
    for i in range(400):
        a, b = rng.sample(countries, 2)
        day = start + timedelta(days=rng.randrange(200))
        rows.append({"fused_id": f"f{i}", "pair": frozenset((a, b)), "day": day,
                     "visible": day + timedelta(days=rng.choice([0, 0, 3, 30]))})
    prep = pd.DataFrame(rows, columns=["fused_id", "pair", "day", "visible"])
    index = _PrepIndex.build(prep)
    for _ in range(500):
        a, b = rng.sample(countries, 2)
        pair = frozenset((a, b))
        day = start + timedelta(days=rng.randrange(-10, 230))
        own = f"f{rng.randrange(400)}"
        window = rng.choice([0, 1, 45])
        expected = sum(1 for r in rows if r["pair"] == pair and r["fused_id"] != own
                       and day - timedelta(days=window) <= r["day"] <= day
                       and r["visible"] <= day)
        assert index.count(pair, own, day, window) == expected


def test_analysis_planned_one_step_leave_one_out_matches_refits(history_store, monkeypatch):
    """At scale the calibration report's leave-one-event-out predictions come from one Newton
    step per event instead of one refit per event; on a small store both agree closely."""
    import detente.analysis.planned as planned

    exact = fit_planned_model(history_store, as_of=date(2023, 6, 2))
    monkeypatch.setattr(planned, "EXACT_LOO_LIMIT", 0)
    approx = fit_planned_model(history_store, as_of=date(2023, 6, 2))
    assert "one Newton step" in approx.note and "one Newton step" not in exact.note
    assert approx.weights == exact.weights  # the fit itself is the same
    assert approx.brier == pytest.approx(exact.brier, abs=0.01)
    assert [r["n"] for r in approx.reliability] == [r["n"] for r in exact.reliability]
