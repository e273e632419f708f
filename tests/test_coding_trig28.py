"""trig28 (session 28): events the lexicon lacked, and events coded but lost in scoring."""

from __future__ import annotations

from dataclasses import replace

import pytest

from detente.evaluate import score_article


def _event(sentence: str, cameo: str, source: tuple[str, str], target: tuple[str, str]):
    from detente.model import Actor, DatePrecision, Event, EventDate, Evidence, Status

    s = Actor(source[0], source[0], source[1] + "GOV", source[1], "GOV")
    t = Actor(target[0], target[0], target[1] + "GOV", target[1], "GOV")
    return Event(event_id=f"e{cameo}{source[1]}", article_id="a", source=s, target=t,
                 cameo=cameo, root=cameo[:2], label="x", goldstein=1.0, quad_class=1,
                 status=Status.HAPPENED, date=EventDate("2023-05-12", DatePrecision.DAY),
                 evidence=Evidence(sentence, 0, len(sentence)))


def _gold(sentence: str, cameo: str, source: str, target: str) -> dict:
    return {"source": source + " GOV", "target": target + " GOV", "cameo": cameo,
            "status": "happened", "date": {"value": "2023-05-12", "precision": "day"},
            "evidence": sentence}


@pytest.mark.parametrize("sentence, preds, gold, n_pairs", [
    # a hosting and the guest's visit of one sentence: two codes, two events
    ("The foreign minister welcomed his Omani counterpart to the capital.",
     [("043", ("Ann", "NOR"), ("Bob", "OMN")), ("042", ("Bob", "OMN"), ("Ann", "NOR"))],
     [("043", "NOR", "OMN"), ("042", "OMN", "NOR")], 2),
    # an accusation and a condemnation of one dyad in one sentence
    ("The ministry accused the neighbour of spying and condemned the act.",
     [("112", ("Ann", "NOR"), ("Bob", "OMN")), ("111", ("Ann", "NOR"), ("Bob", "OMN"))],
     [("112", "NOR", "OMN"), ("111", "NOR", "OMN")], 2),
    # one code told twice in a sentence stays one event
    ("The ministry condemned the act and condemned it again.",
     [("111", ("Ann", "NOR"), ("Bob", "OMN")), ("111", ("Ann", "NOR"), ("Bob", "OMN"))],
     [("111", "NOR", "OMN"), ("111", "NOR", "OMN")], 1),
])
def test_evaluate_two_codes_of_one_sentence_are_two_events(sentence, preds, gold, n_pairs):
    events = [replace(_event(sentence, c, s, t), event_id=f"e{i}")
              for i, (c, s, t) in enumerate(preds)]
    sc = score_article([_gold(sentence, *g) for g in gold], events)
    assert len(sc["pairs"]) == n_pairs
    # the second code of a matched event is no false event
    assert sc["false_positives"] == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a stay told by its length in a place is a visit there
    ("The Vatican envoy spent three days in Kenya last week.", ("VAT", "042", "KEN")),
    ("The Indian prime minister spent a night in Hanoi on his way home.", ("IND", "042", "VNM")),
    # a first arrival told as setting foot somewhere
    ("Antony Blinken became the first U.S. secretary of state to set foot in Tonga.",
     ("USA", "042", "TON")),
])
def test_coding_trig28_stay_is_a_visit(coder, make_article, text, expected):
    events = coder.code(make_article(text)).events
    got = {(e.source.country if e.source else None, e.cameo,
            e.target.country if e.target else None) for e in events}
    assert expected in got, got


@pytest.mark.slow
def test_coding_trig28_time_spent_without_a_place_is_no_visit(coder, make_article):
    text = "The Indian and Vietnamese negotiators spent three days on the draft treaty."
    events = coder.code(make_article(text)).events
    assert not [e for e in events if e.cameo == "042"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # the meeting summed up after a comma is not whom the two sides met
    ("Israeli and Palestinian envoys met in Amman on Sunday, the first meeting of its sort "
     "for a decade.", {("ISR", "PSE")}),
    ("Greek and Turkish ministers met in Athens on Monday, their first talks since the quake.",
     {("GRC", "TUR")}),
    # people met are still no meeting of the two sides with each other
    ("The two leaders were expected to meet business leaders in Aqaba.", set()),
])
def test_coding_trig28_meeting_summed_up_after_comma(coder, make_article, text, expected):
    events = coder.code(make_article(text)).events
    got = {tuple(sorted((e.source.country, e.target.country))) for e in events
           if e.root == "04" and e.source and e.target}
    assert got == expected


@pytest.mark.slow
def test_coding_trig28_resort_of_names_the_place(coder, make_article):
    text = "Egyptian and Israeli officials met on Sunday in the seaside resort of Sochi."
    events = [e for e in coder.code(make_article(text)).events if e.root == "04"]
    assert events and all(e.location is not None and e.location.country == "RUS"
                          for e in events)
