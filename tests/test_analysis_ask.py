from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from test_analysis_support import build_store

from detente.analysis.ask import CAPABILITIES, ask, classify, find_actors, time_window
from detente.coding.actors import default_kb
from detente.store import Store

KEYS = {"question", "intent", "actors", "verdict", "probability", "summary", "evidence",
        "as_of"}
EVIDENCE_KEYS = {"event_id", "article_id", "title", "published", "sentence"}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("ask"))
    with Store(db, read_only=True) as s:
        yield s


@pytest.mark.parametrize("question, intent", [
    ("Is U.S.-China relations expected to warm up?", "trend"),
    ("Are relations between Japan and Korea improving?", "trend"),
    ("Are China and the Philippines heading for conflict?", "conflict"),
    ("Will Xi Jinping attend the meeting in San Francisco?", "planned"),
    ("Will the summit in Jakarta take place?", "planned"),
    ("What happened between Russia and Ukraine last week?", "happened"),
    ("Who met whom in Malta?", "who_met"),
    ("When did Blinken last visit Beijing?", "last_visit"),
    ("What is the capital of France?", "unknown"),
])
def test_analysis_ask_classify(question, intent):
    assert classify(question) == intent


@pytest.mark.parametrize("question, codes", [
    ("Is U.S.-China relations expected to warm up?", ["USA", "CHN"]),
    ("Are China and the Philippines heading for conflict?", ["CHN", "PHL"]),
    ("Will Xi Jinping attend the meeting in San Francisco?", ["CHN"]),
    ("Are American and Chinese officials talking?", ["USA", "CHN"]),
])
def test_analysis_ask_find_actors(question, codes):
    found, unknown = find_actors(question, default_kb(), date(2023, 10, 31))
    assert [a.code for a in found] == codes
    assert "San Francisco" in unknown or "San Francisco" not in question


@pytest.mark.parametrize("phrase, start, end", [
    ("last week", date(2023, 7, 17), date(2023, 7, 23)),
    ("this week", date(2023, 7, 24), date(2023, 7, 26)),
    ("last month", date(2023, 6, 1), date(2023, 6, 30)),
    ("in March 2023", date(2023, 3, 1), date(2023, 3, 31)),
    ("recently", date(2023, 6, 27), date(2023, 7, 26)),
])
def test_analysis_ask_time_window(phrase, start, end):
    s, e, _ = time_window(f"What happened {phrase}?", date(2023, 7, 26))
    assert (s, e) == (start, end)


def _check_shape(ans):
    assert KEYS <= set(ans)
    for e in ans["evidence"]:
        assert EVIDENCE_KEYS <= set(e)
    json.dumps(ans)


def test_analysis_ask_what_happened(store):
    ans = ask(store, "What happened between Russia and Ukraine last week?",
              as_of=date(2023, 2, 8))
    _check_shape(ans)
    assert ans["intent"] == "happened" and ans["as_of"] == "2023-02-08"
    assert [a["code"] for a in ans["actors"]] == ["RUS", "UKR"]
    assert ans["evidence"][0]["article_id"] == "a6"
    assert "shelled" in ans["evidence"][0]["sentence"]


def test_analysis_ask_what_happened_nothing_in_period(store):
    ans = ask(store, "What happened between Russia and Ukraine last week?",
              as_of=date(2023, 4, 20))
    assert ans["verdict"] == "nothing recorded"
    assert "2023-02-01" in ans["summary"]  # points to the latest event instead


def test_analysis_ask_planned_probability_and_as_of(store):
    q = "Will Blinken visit Beijing?"
    before = ask(store, q, as_of=date(2023, 4, 1))
    _check_shape(before)
    assert before["intent"] == "planned"
    assert 0.5 < before["probability"] < 1.0
    assert any(e["article_id"] == "a3" for e in before["evidence"])
    after = ask(store, q, as_of=date(2023, 4, 20))
    assert after["verdict"] == "happened" and after["probability"] == 1.0
    nothing = ask(store, q, as_of=date(2023, 3, 1))
    assert nothing["verdict"] == "not found"


def test_analysis_ask_last_visit(store):
    ans = ask(store, "When did Blinken last visit Beijing?")
    _check_shape(ans)
    assert ans["verdict"] == "2023-04-15"
    assert ans["evidence"][0]["article_id"] == "a4"
    early = ask(store, "When did Blinken last visit Beijing?", as_of=date(2023, 4, 1))
    assert early["verdict"] == "nothing recorded"


def test_analysis_ask_who_met(store):
    ans = ask(store, "Who met whom in Beijing?")
    assert ans["intent"] == "who_met" and "Beijing" in ans["summary"]
    assert ans["evidence"] and ans["evidence"][0]["article_id"] in ("a3", "a4")


def test_analysis_ask_trend_on_small_store(store):
    ans = ask(store, "Are U.S.-China relations warming?")
    _check_shape(ans)
    assert ans["intent"] == "trend"
    assert ans["verdict"] in ("warming", "cooling", "stable", "insufficient data")


@pytest.mark.parametrize("question, name, suggestion", [
    ("Are Chinna and Japan heading for conflict?", "Chinna", "China"),
    ("Is Freedonia-Japan relations warming?", "Freedonia", None),
])
def test_analysis_ask_unknown_actor_suggestions(store, question, name, suggestion):
    ans = ask(store, question)
    assert f"'{name}' was not recognised" in ans["summary"]
    assert ans["unrecognised"] == [name]
    if suggestion:
        assert suggestion in ans["suggestions"][name]


def test_analysis_ask_unhandled_question_lists_capabilities(store):
    ans = ask(store, "What is the capital of France?")
    assert ans["intent"] == "unknown" and ans["verdict"] is None
    assert all(c in ans["summary"] for c in CAPABILITIES)
    assert ask(store, "")["intent"] == "unknown"


def test_analysis_ask_needs_two_actors(store):
    ans = ask(store, "Are relations with Japan warming?")
    assert "two actors" in ans["summary"]


# -- the sample corpus targets (load spaCy, ingest 54 articles) --------------------------------
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    corpus = ROOT / "examples" / "corpus"
    if not corpus.is_dir():
        pytest.skip("examples/corpus is absent")
    from detente.cli import ingest_paths
    from detente.config import load_options

    db = str(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    ingest_paths([str(corpus)], db, load_options(), command="test", quiet=True)
    with Store(db, read_only=True) as s:
        yield s


@pytest.mark.slow
def test_analysis_ask_sample_warming_in_october(sample_store):
    ans = ask(sample_store, "Is U.S.-China relations expected to warm up?",
              as_of=date(2023, 10, 31))
    _check_shape(ans)
    assert ans["verdict"] == "warming"
    assert len(ans["evidence"]) >= 3
    assert all(e["published"] <= "2023-10-31" for e in ans["evidence"])
    assert ans["details"]["forecast"] is not None


@pytest.mark.slow
def test_analysis_ask_sample_cooling_in_march(sample_store):
    ans = ask(sample_store, "Is U.S.-China relations expected to warm up?",
              as_of=date(2023, 3, 31))
    assert ans["verdict"] == "cooling"
    assert all(e["published"] <= "2023-03-31" for e in ans["evidence"])


@pytest.mark.slow
def test_analysis_ask_sample_san_francisco_meeting(sample_store):
    ans = ask(sample_store, "Will Xi Jinping attend the meeting in San Francisco?",
              as_of=date(2023, 10, 31))
    _check_shape(ans)
    assert ans["intent"] == "planned" and ans["probability"] > 0.5
    assert ans["event"]["state"] in ("upcoming", "due")
    assert all(e["published"] <= "2023-10-31" for e in ans["evidence"])
    assert any("San Francisco" in e["sentence"] for e in ans["evidence"])
    assert "Raised or lowered most by" in ans["summary"]
