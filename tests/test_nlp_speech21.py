"""Places and targets of the events built from a saying (nlp.speech, "# speech21"):

* an event a saying implies (a hostile aim named, a judgement, a threat) takes the place the
  saying was made, as any other event does: the sentence's own place phrase ("In Brussels,
  ... said", "Addressing parliament in Yerevan, ..."), a visit the speaker was on, else the
  dateline's place; a name several places share is read in the speaker's country;
* what a state voice says it expects a named other side to do ("Seoul expects Tokyo to
  honour the deal") is an appeal (020) to it when the act is one asked of a side; a
  forecast ("expects Moscow to launch an offensive"), a non-state voice ("analysts expect"),
  the passive ("is expected to") and the negated ("does not expect") are none;
* the rules that find "the reporting verb before the clause, its speakers, their countries"
  share one helper (``_told_before``): output identical, covered by the older rule tests.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _said(coder, make_article, text, rule_prefix="disapprove."):
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None,
             (e.location.name, e.location.country) if e.location else None)
            for e in coder.code(make_article(text, published=PUB)).events
            if (e.rule or "").startswith(rule_prefix)}


@pytest.mark.parametrize("text, expected", [
    # the dateline's place
    ("MANILA, March 3 (Wire) -- The Philippine foreign ministry described the water cannon "
     "attack as an attempt by Beijing to intimidate its fishermen.",
     ("PHL", "111", "CHN", ("Manila", "PHL"))),
    ("MINSK, March 3 (Wire) -- Belarus said the new checkpoints were one more move by the "
     "Latvian government to wreck ties between the neighbours.",
     ("BLR", "111", "LVA", ("Minsk", "BLR"))),
    # the sentence's own place phrase, before the dateline and abroad
    ("In Brussels, Poland's prime minister described the border crossings as a bid by Minsk "
     "to destabilise Europe.", ("POL", "111", "BLR", ("Brussels", "BEL"))),
    ("Addressing parliament in Yerevan, Armenia's prime minister called the blockade an "
     "attempt by Baku to starve the enclave.", ("ARM", "111", "AZE", ("Yerevan", "ARM"))),
    # a shared name read in the speaker's country, not the target's (Geneva, Illinois)
    ("In Geneva on Tuesday, Iran's foreign minister described the new sanctions as a bid by "
     "Washington to strangle the Iranian economy.",
     ("IRN", "111", "USA", ("Geneva", "CHE"))),
    # the visit the speaker is on, not the dateline's place
    ("KYIV, March 3 (Wire) -- Talks resumed on Monday. Kazakhstan's president, on a visit "
     "to Beijing, described the "
     "sanctions as a bid by Washington to isolate Moscow.",
     ("KAZ", "111", "USA", ("Beijing", "CHN"))),
])
def test_nlp_speech21_saying_place(coder, make_article, text, expected):
    assert expected in _said(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # no place told and no dateline: none guessed
    ("Poland's prime minister described the border crossings as a bid by Minsk to "
     "destabilise Europe.", ("POL", "111", "BLR", None)),
    ("Iran's foreign minister described the new sanctions as a bid by Washington to strangle "
     "the Iranian economy.", ("IRN", "111", "USA", None)),
    ("Belarus said the new checkpoints were one more move by the Latvian government to wreck "
     "ties between the neighbours.", ("BLR", "111", "LVA", None)),
])
def test_nlp_speech21_saying_no_place(coder, make_article, text, expected):
    assert expected in _said(coder, make_article, text)


def _appeals(coder, make_article, text):
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None, e.status.value)
            for e in coder.code(make_article(text, published=PUB)).events
            if e.cameo.startswith("02")}


@pytest.mark.parametrize("text, expected", [
    ("Seoul expects Tokyo to honour the 2015 agreement on wartime labour.",
     [("KOR", "020", "JPN", "happened")]),
    ("Ukraine's envoy told reporters Kyiv expected Brazil and India to back the peace "
     "formula and to denounce the deportations.",
     [("UKR", "020", "BRA", "happened"), ("UKR", "020", "IND", "happened")]),
    ("The Chinese foreign ministry said Beijing expected Washington to stop arming Taiwan.",
     [("CHN", "020", "USA", "happened")]),
    ("Turkey's president said he expected Sweden to fulfil its promises on counter-terrorism.",
     [("TUR", "020", "SWE", "happened")]),
])
def test_nlp_speech21_expected_of(coder, make_article, text, expected):
    got = _appeals(coder, make_article, text)
    assert all(e in got for e in expected)


@pytest.mark.parametrize("text", [
    # forecasts: what a side is thought likely to do
    "Analysts expect Beijing to keep up the pressure on Taiwan.",
    "Russia expects Ukraine to launch a counteroffensive in the spring.",
    "Japanese diplomats said they expected Russia to step up its drills near the islands.",
    # negated, passive
    "Washington does not expect Pyongyang to return to talks soon.",
    "Moscow is expected to respond to the sanctions next week.",
    # a non-state voice
    "Diplomats in Brussels expect Hungary to approve the aid package.",
])
def test_nlp_speech21_expected_of_none(coder, make_article, text):
    assert not {e for e in _appeals(coder, make_article, text) if e[1] == "020"}
