"""trig28 (session 28): events the lexicon lacked (its scorer change was not kept)."""

from __future__ import annotations

import pytest


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
