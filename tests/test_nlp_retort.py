"""Retorts: a verb of striking with "back" and an aim ("hit back at", "fired back at",
"pushed back against") is a rebuke (111) when a government or official retorts at someone,
and stays force when troops fire back or a weapon is named. The parser often reads "back" as
an adverb, so no particle pattern of the lexicon can tell these apart.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow



CASES = [
    # (name, text, present, absent)
    ("hit back at a country", "Iran hit back at Britain over the new sanctions.",
     {("IRN", "11", "GBR")}, {("IRN", "19", "GBR")}),
    ("fired back at an alliance", "Moscow fired back at NATO on Monday, calling the drills a "
     "provocation.", {("RUS", "11", None)}, {("RUS", "19", None)}),
    ("lashed back at a capital", "The Kremlin lashed back at Washington over the remarks.",
     {("RUS", "11", "USA")}, set()),
    ("official subject", "India's foreign minister hit back at Pakistan, saying it had no "
     "lessons to give.", {("IND", "11", "PAK")}, {("IND", "19", "PAK")}),
    ("pushed back against someone's criticism", "Beijing pushed back against Australian "
     "criticism of its trade policy.", {("CHN", "11", "AUS")}, set()),
    ("troops firing back fight", "Israeli troops fired back at Hezbollah fighters across the "
     "border.", {("ISR", "19", "LBN")}, {("ISR", "11", "LBN")}),
]


@pytest.mark.parametrize("name,text,present,absent", CASES, ids=[c[0] for c in CASES])
def test_nlp_retort_constructions(triples, name, text, present, absent):
    got = triples(text)
    # (an alliance's "country" is its own code: compared without the target)
    got_loose = got | {(s, r, None) for s, r, _ in got}
    assert present <= got_loose, got
    assert not (absent & got), got


def test_nlp_retort_no_actor_aimed_at(coder, make_article):
    art = make_article("The minister said the country would push back against aggression and "
                       "intimidation.", published=date(2023, 10, 6))
    events = coder.extractor.extract(coder.nlp(art.text), art)
    assert not [e for e in events if e.rule == "disapprove.retort"], events
