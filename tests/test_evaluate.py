"""Scoring rules of ``detente eval``: how predictions are matched to gold events."""

from __future__ import annotations

from datetime import date

import pytest

from detente.evaluate import score_article

pytestmark = pytest.mark.slow

PUB = date(2023, 11, 16)
TEXT = ("President Joe Biden met Chinese President Xi Jinping near San Francisco on "
        "Wednesday. The two leaders agreed to restore military communication. The two leaders "
        "also agreed to resume cooperation against fentanyl. The talks between Biden and Xi "
        "lasted four hours.")


def _gold(cameo: str, evidence: str, source: str = "USA GOV", target: str = "CHN GOV") -> dict:
    return {"source": source, "target": target, "cameo": cameo, "status": "happened",
            "date": {"value": "2023-11-15", "precision": "day"}, "evidence": evidence}


@pytest.fixture(scope="module")
def events(coder):
    from detente.ingest.repair import repair_text
    from detente.model import Article

    text = repair_text(TEXT).text
    art = Article(id="t-eval", title=None, text=text, published=PUB, origin="test")
    return coder.code(art).events


def test_evaluate_two_agreements_of_one_day_are_two_matches(events):
    gold = [_gold("031", "The two leaders agreed to restore military communication."),
            _gold("031", "The two leaders also agreed to resume cooperation against fentanyl.")]
    sc = score_article(gold, events)
    assert len(sc["pairs"]) == 2, [p.evidence.sentence for _g, p in sc["pairs"]]
    # each gold event gets the prediction coded from its own sentence
    for g, p in sc["pairs"]:
        assert p.evidence.sentence.strip() == g["evidence"]


def test_evaluate_restated_event_is_not_a_false_positive(events):
    gold = [_gold("044", TEXT.split(". ")[0] + ".")]
    sc = score_article(gold, [e for e in events if e.root == "04"])
    assert len(sc["pairs"]) == 1
    # "The talks between Biden and Xi lasted four hours" tells the same meeting again
    assert sc["false_positives"] == [], [p.evidence.sentence for p in sc["false_positives"]]


def test_evaluate_unmatched_distinct_event_is_a_false_positive(events):
    sc = score_article([], events)
    assert sc["n_pred"] == len(sc["false_positives"]) > 0


def test_evaluate_gold_sharing_sentence_dyad_and_root_is_ambiguous():
    from detente.evaluate import _ambiguous_gold

    sent = ("The two met during Blinken's visit in June, which was followed by a trip by "
            "Yellen in July.")
    trips = [_gold("042", sent), _gold("042", sent)]
    other = _gold("111", sent)
    elsewhere = _gold("042", "Blinken visited Beijing.")
    amb = _ambiguous_gold([*trips, other, elsewhere])
    assert amb == {id(trips[0]), id(trips[1])}


def test_evaluate_candidate_fitting_the_gold_date_wins():
    """Two predictions of one sentence, dyad, root and month: the gold takes the one whose
    date fits at its own precision, whatever their order."""
    from dataclasses import replace

    from detente.model import DatePrecision, EventDate

    sent = "Blinken arrived in Beijing on July 2 and met Wang Yi on July 14."
    base = _fake_event(sent)
    arrived = replace(base, event_id="e1", date=EventDate("2023-07-02", DatePrecision.DAY))
    met = replace(base, event_id="e2", date=EventDate("2023-07-14", DatePrecision.DAY))
    gold = _gold("042", sent)
    gold["date"] = {"value": "2023-07-14", "precision": "day"}
    for preds in ([arrived, met], [met, arrived]):
        sc = score_article([gold], preds)
        assert [p.event_id for _g, p in sc["pairs"]] == ["e2"]


def _fake_event(sentence: str):
    from detente.model import Actor, DatePrecision, Event, EventDate, Evidence, Status

    usa = Actor("Blinken", None, "USAGOV", "USA", "GOV")
    chn = Actor("Beijing", None, "CHNGOV", "CHN", "GOV")
    return Event(event_id="e0", article_id="a", source=usa, target=chn, cameo="042",
                 root="04", label="Make a visit", goldstein=1.9, quad_class=1,
                 status=Status.HAPPENED, date=EventDate("2023-06", DatePrecision.MONTH),
                 evidence=Evidence(sentence, 0, len(sentence)))


@pytest.mark.parametrize("key, seen, undated, expected", [
    # meetings: a side left unnamed fits either person
    (("CHN", "USA", "04", "2023-11-15", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, True),
    (("CHN", "USA", "04", "2023-11-15", frozenset({"Xi Jinping", None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, True),
    # other people, or another day, are another event
    (("CHN", "USA", "04", "2023-11-15", frozenset({"Wang Yi", None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, False),
    (("CHN", "USA", "04", "2023-11-14", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, False),
    # ... unless the mention is undated
    (("CHN", "USA", "04", "2023-11-16", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), True, True),
    # ... or dated only to the month or year that holds the day ("the November summit")
    (("CHN", "USA", "04", "2023-11", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, True),
    (("CHN", "USA", "04", "2023", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, True),
    # ... but not another month, nor a finer date inside a coarser seen one
    (("CHN", "USA", "04", "2023-10", frozenset({None})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, False),
    (("CHN", "USA", "04", "2023-11-15", frozenset({None})),
     ("CHN", "USA", "04", "2023-11", frozenset({"Joe Biden", "Xi Jinping"})), False, False),
    # directed roots: each side's name fits when equal or missing
    (("USA", "CHN", "11", "2023-11-15", (None, "Xi Jinping")),
     ("USA", "CHN", "11", "2023-11-15", ("Joe Biden", "Xi Jinping")), False, True),
    (("USA", "CHN", "11", "2023-11-15", ("Antony Blinken", None)),
     ("USA", "CHN", "11", "2023-11-15", ("Joe Biden", "Xi Jinping")), False, False),
    (("USA", "CHN", "11", "2023-11-15", (None, None)),
     ("USA", "CHN", "12", "2023-11-15", (None, None)), False, False),
    # a side named by its capital, its country or a body names no person
    (("JPN", "CHN", "11", "2023-11-15", ("Tokyo", "Beijing")),
     ("JPN", "CHN", "11", "2023-11-15", ("Fumio Kishida", "China")), False, True),
    (("CHN", "USA", "04", "2023-11-15", frozenset({"United States", "Xi Jinping"})),
     ("CHN", "USA", "04", "2023-11-15", frozenset({"Joe Biden", "Xi Jinping"})), False, True),
    (("JPN", "CHN", "11", "2023-11-15", ("Ministry of Foreign Affairs of Japan", None)),
     ("JPN", "CHN", "11", "2023-11-15", ("Fumio Kishida", None)), False, True),
    # ... but a name the knowledge base does not know stays a person's
    (("JPN", "CHN", "11", "2023-11-15", ("Jane Roe", None)),
     ("JPN", "CHN", "11", "2023-11-15", ("Fumio Kishida", None)), False, False),
])
def test_evaluate_unnamed_mention_restates_a_named_one(key, seen, undated, expected):
    from detente.evaluate import _restates

    assert _restates(key, seen, undated) is expected


@pytest.mark.parametrize(("gold_code", "ours"), [("ARL", "LAS"), ("WAS ", "ECOWAS"),
                                                 ("AFU GOV", "AU"), ("USA GOV", "USA")])
def test_evaluate_gold_organization_spellings_score_as_ours(gold_code, ours):
    from detente.evaluate import _country

    assert _country(gold_code) == ours


@pytest.mark.parametrize(("value", "precision", "gold", "expected"), [
    ("2023-W34", "week", {"value": "2023-08", "precision": "month"}, True),
    ("2023-W40", "week", {"value": "2023-08", "precision": "month"}, False),
    ("2023-08-21", "day", {"value": "2023-08", "precision": "month"}, True),
    ("2023", "year", {"value": "2023-08", "precision": "month"}, False),
    ("2023-W34", "week", {"value": "2023-W34", "precision": "week"}, True),
])
def test_evaluate_date_at_gold_precision_reads_weeks_by_their_start(value, precision, gold,
                                                                   expected):
    from detente.evaluate import date_correct

    assert date_correct(value, precision, gold, "precision") is expected


@pytest.mark.parametrize("gold_codes, pred_codes, n_pairs", [
    # a visit and its hosting in one sentence: two gold events, two coded events
    (["042", "043"], ["042", "043"], 2),
    (["043", "042"], ["042", "043"], 2),
    # the collapse set aside a code no gold event has: still one match, and no false event
    (["042"], ["042", "043"], 1),
    # two gold events of one code take one prediction of that code, not two
    (["042", "042"], ["042", "042"], 1),
    # a second gold event whose code nobody predicted stays missed
    (["042", "043"], ["042", "040"], 1),
])
def test_evaluate_second_event_of_one_sentence_takes_its_own_code(gold_codes, pred_codes,
                                                                   n_pairs):
    from dataclasses import replace

    sent = "Prime Minister Kishida hosted Yoon in Tokyo on June 3."
    base = _fake_event(sent)
    preds = [replace(base, event_id=f"e{i}", cameo=code, confidence=0.9 - i / 10)
             for i, code in enumerate(pred_codes)]
    gold = [_gold(code, sent) for code in gold_codes]
    for g in gold:
        g["date"] = {"value": "2023-06", "precision": "month"}
    sc = score_article(gold, preds)
    assert len(sc["pairs"]) == n_pairs
    assert sc["false_positives"] == []
    assert all(p.cameo == g["cameo"] for g, p in sc["pairs"]) or n_pairs == 1


def test_evaluate_set_aside_event_matches_only_its_own_sentence():
    from dataclasses import replace

    sent = "Prime Minister Kishida hosted Yoon in Tokyo on June 3."
    base = _fake_event(sent)
    preds = [replace(base, event_id="e1", cameo="042", confidence=0.9),
             replace(base, event_id="e2", cameo="043", confidence=0.8)]
    gold = [_gold("042", sent), _gold("043", "Yoon's trip was the first in twelve years.")]
    for g in gold:
        g["date"] = {"value": "2023-06", "precision": "month"}
    sc = score_article(gold, preds)
    assert [p.event_id for _g, p in sc["pairs"]] == ["e1"]
    assert sc["false_positives"] == []
