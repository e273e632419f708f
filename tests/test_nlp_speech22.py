"""Charges backed or denied in coordinated participles, and relative condemnations (nlp.speech):

* "accused X of ..., a charge backed by Y and rejected by X": the side a coordinated passive
  participle names as rejecting the charge denies it (016) to the accuser, and a side that
  backs (endorses, echoes, supports) the charge makes the same accusation (112) of the one
  charged; a backing negated is none;
* "A issued a statement ..., which B denounced as interference", "A and C signed a
  declaration, which B condemned": a relative "which" the object of a verb of condemning
  stands for the deed of whoever did it, and the condemnation is criticism (111) of that side;
  a condemnation negated, or of something the antecedent's verb only judged, is none.

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


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None, e.status.value) for e in events}


@pytest.mark.parametrize("text, expected", [
    ("Ukraine accused Belarus of training the saboteurs, a charge supported by Poland but "
     "rejected by Minsk.", [("BLR", "016", "UKR", "happened"), ("POL", "112", "BLR", "happened")]),
    ("Manila accused Beijing of ramming its vessel, charges endorsed by Washington and "
     "dismissed by the Chinese embassy.",
     [("CHN", "016", "PHL", "happened"), ("USA", "112", "CHN", "happened")]),
    ("Kinshasa accuses Kigali of backing the rebels, a charge backed by Burundi and denied by "
     "Rwanda.", [("RWA", "016", "COD", "happened"), ("BDI", "112", "RWA", "happened")]),
    ("Japan accused China of harassing its fishing boats, a charge rejected by Beijing.",
     [("CHN", "016", "JPN", "happened")]),
])
def test_nlp_speech22_charge_backed_and_denied(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, unwanted", [
    # (a backing negated is none)
    ("India accused Pakistan of sheltering militants, a charge not backed by Washington.",
     ("USA", "112", "PAK", "happened")),
    # (no charge against anyone told before: a backed plan is no accusation)
    ("Ghana proposed a trade plan, a plan backed by Togo and rejected by Benin.",
     ("TGO", "112", "GHA", "happened")),
])
def test_nlp_speech22_charge_backed_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("The governments of Chile, Brazil and Uruguay issued a joint statement backing the jailed "
     "leader, which Caracas denounced as meddling.",
     [("VEN", "111", "CHL"), ("VEN", "111", "BRA"), ("VEN", "111", "URY")]),
    ("Vietnam and the Philippines signed a declaration on the shoal, which Beijing condemned.",
     [("CHN", "111", "VNM"), ("CHN", "111", "PHL")]),
    ("Russia and Belarus announced joint drills near the border, which Warsaw denounced as "
     "provocation.", [("POL", "111", "RUS"), ("POL", "111", "BLR")]),
])
def test_nlp_speech22_relative_condemned(coder, make_article, text, expected):
    got = {(s, c, t) for s, c, t, _st in _codes(coder, make_article, text)}
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, unwanted", [
    # (a condemnation negated is none)
    ("Iran held naval drills near the strait, which the Emirates did not condemn.",
     ("ARE", "111", "IRN")),
    ("Serbia and Hungary signed a gas deal in Belgrade, which Brussels has not criticised.",
     ("EU", "111", "SRB")),
])
def test_nlp_speech22_relative_condemned_negative(coder, make_article, text, unwanted):
    got = {(s, c, t) for s, c, t, _st in _codes(coder, make_article, text)}
    assert unwanted not in got


@pytest.mark.parametrize("text, expected", [
    ("Mogadishu condemned the port accord between Ethiopia and Somaliland. Addis Ababa "
     "defended the accord on Friday, calling it lawful.", ("ETH", "016", "SOM")),
    ("Beijing criticised Japan's new export curbs on chips. Tokyo justified the curbs as a "
     "matter of national security.", ("JPN", "016", "CHN")),
    ("Ottawa accused India of meddling after the expulsion of its diplomats. New Delhi defended "
     "the decision on Tuesday.", ("IND", "016", "CAN")),
])
def test_nlp_speech22_act_defended(coder, make_article, text, expected):
    got = {(s, c, t) for s, c, t, _st in _codes(coder, make_article, text)}
    assert expected in got


@pytest.mark.parametrize("text, unwanted", [
    # (another side's act defended is no denial; a defence negated is none)
    ("Poland criticised Germany's pipeline policy. Berlin defended Kyiv's decision to ban "
     "exports.", ("DEU", "016", "POL")),
    ("Moscow condemned the strikes by Israel. Israel did not defend the strikes.",
     ("ISR", "016", "RUS")),
    # (no critic told: nothing to answer)
    ("Kenya defended the decision to send police officers to Haiti.", ("KEN", "016", "HTI")),
])
def test_nlp_speech22_act_defended_negative(coder, make_article, text, unwanted):
    got = {(s, c, t) for s, c, t, _st in _codes(coder, make_article, text)}
    assert unwanted not in got


@pytest.mark.parametrize("text, expected", [
    ("The Malaysian trade minister said that his country could end rubber shipments to "
     "Europe if the new rules took effect.", ("MYS", "13", "EU")),
    ("Beijing said China might suspend imports of Australian wine if Canberra pressed on with "
     "the inquiry.", ("CHN", "13", "AUS")),
    ("Ankara said Turkey could halt trade with Sweden unless the protests were banned.",
     ("TUR", "13", "SWE")),
])
def test_nlp_speech22_measure_held_out(coder, make_article, text, expected):
    got = {(s, c[:2], t) for s, c, t, _st in _codes(coder, make_article, text)}
    assert expected in got


@pytest.mark.parametrize("text, unwanted", [
    # (no state voice: a forecast, not a threat; no condition: no threat)
    ("Analysts said Malaysia could end rubber shipments to Europe if the new rules took effect.",
     ("MYS", "13", "EU")),
    ("Jakarta said Indonesia could halt nickel exports to Europe.", ("IDN", "13", "EU")),
    ("Jakarta said Indonesia halted nickel exports to Europe after the law went ahead.",
     ("IDN", "13", "EU")),
])
def test_nlp_speech22_measure_held_out_negative(coder, make_article, text, unwanted):
    got = {(s, c[:2], t) for s, c, t, _st in _codes(coder, make_article, text)}
    assert unwanted not in got
