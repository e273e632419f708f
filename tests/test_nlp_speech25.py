"""Denials of a blamed act told with a gerund, and releases asked of a captor (nlp.speech):

* "Ankara blamed Damascus for the raid, which Syria denied carrying out": the parser makes
  "which" a second subject of the denial when it takes a gerund; the denial is still the
  denier's answer (016) to the side that blamed it;
* "Paris called for her immediate release", "urged their release": an appeal for captives to
  be let go (0253) that names no one asked is made of the side the article last told
  arresting, jailing or seizing someone, when that side is not the caller's own.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 6, 10)


@pytest.fixture
def coded(sentence_rows):
    """(source country, CAMEO code (3 digits), target country, status) of every event of
    ``text`` (repaired as ingest does; every sentence parsed)."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, by="country", digits=3, prefilter=False)}


@pytest.mark.parametrize("text, expected", [
    ("A limpet mine crippled a Liberian tanker off Fujairah; London and Washington blamed "
     "the Iranian government for the explosion, which Tehran denied carrying out.",
     ("IRN", "016", "GBR", "happened")),
    ("Seoul blamed Pyongyang for the hacking of its banks, which North Korea denies being "
     "behind.", ("PRK", "016", "KOR", "happened")),
    ("Vilnius blamed Belarus for the border incidents, which Minsk denied organising.",
     ("BLR", "016", "LTU", "happened")),
    ("Kyiv blamed Moscow for the strike on the dam, which Russia has denied ordering.",
     ("RUS", "016", "UKR", "happened")),
])
def test_nlp_speech25_which_denied_gerund(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (owned, not denied)
    ("Vilnius blamed Belarus for the border incidents, which Minsk admitted organising.",
     ("BLR", "016", "LTU", "happened")),
    # (a regret is no denial)
    ("Berlin blamed Moscow for the cyberattack, which Russia said it regretted.",
     ("RUS", "016", "DEU", "happened")),
])
def test_nlp_speech25_which_denied_gerund_negative(coded, text, unwanted):
    assert unwanted not in coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Iranian security forces arrested a Swedish aid worker in Tabriz in April. Stockholm "
     "called for his immediate release.", ("SWE", "025", "IRN", "happened")),
    ("Belarusian police detained two Polish activists near Grodno last week. Warsaw has "
     "called for their release.", ("POL", "025", "BLR", "happened")),
    ("Saudi police arrested several women's rights campaigners in 2018. Canada's foreign "
     "ministry voiced alarm and urged their immediate release.",
     ("CAN", "025", "SAU", "happened")),
    ("Venezuelan intelligence agents seized a Colombian reporter in Caracas on Friday. Bogota "
     "appealed for her release on Saturday.", ("COL", "025", "VEN", "happened")),
])
def test_nlp_speech25_release_urged_of_captor(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (nobody told holding anyone: no captor to aim at)
    ("Warsaw called for their release.", ("POL", "025", "BLR", "happened")),
    # (the caller's own side holds them: no other side is asked)
    ("Polish border guards detained two Belarusian activists. Warsaw later called for the "
     "release of hostages held elsewhere.", ("POL", "025", "BLR", "happened")),
    # (a call not made)
    ("Russian police detained a German student in Kaliningrad. Berlin did not call for his "
     "release.", ("DEU", "025", "RUS", "happened")),
])
def test_nlp_speech25_release_urged_of_captor_negative(coded, text, unwanted):
    assert unwanted not in coded(text)


@pytest.mark.parametrize("text, expected", [
    ("India rejected as baseless an allegation by Ottawa that its agents had plotted a killing "
     "on Canadian soil. Washington and Canberra said they were deeply concerned by the "
     "allegations.", ("USA", "111", "IND", "happened")),
    ("Beijing rejected an accusation by Manila that its coast guard had blocked a supply "
     "mission. Australia and Japan said they were deeply concerned by the accusations.",
     ("JPN", "111", "CHN", "happened")),
    ("Tehran denied the charges by Tirana that it had hacked Albanian government servers. "
     "Germany said it was very concerned about the allegations.",
     ("DEU", "111", "IRN", "happened")),
])
def test_nlp_speech25_concern_at_denied_charge(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (no charge told before: no one to aim at)
    ("Washington said it was deeply concerned by the allegations.",
     ("USA", "111", "IND", "happened")),
    # (the accuser's own concern is not aimed at itself, nor a third side's at the accuser)
    ("India rejected as baseless an allegation by Ottawa that its agents had plotted a killing "
     "on Canadian soil. Washington said it was deeply concerned by the allegations.",
     ("USA", "111", "CAN", "happened")),
])
def test_nlp_speech25_concern_at_denied_charge_negative(coded, text, unwanted):
    assert unwanted not in coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Britain accused Iran of supplying attack drones to Russia, a charge both countries deny.",
     ("RUS", "016", "GBR", "happened")),
    ("Washington accuses Beijing of selling drone engines to Moscow, a charge both governments "
     "reject.", ("CHN", "016", "USA", "happened")),
    ("Seoul and Tokyo accuse Pyongyang of shipping artillery shells to Russia for the war, a "
     "charge both governments have denied.", ("RUS", "016", "JPN", "happened")),
])
def test_nlp_speech25_charge_both_deny(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (the act charged has no side besides the accuser and the one charged: "both" names
    # no pair of deniers, and the rule does not guess one)
    ("Paris accused Moscow of hacking French hospitals, a charge both governments deny.",
     ("RUS", "016", "FRA", "happened")),
    # (repeated, not denied)
    ("Britain accused Iran of supplying attack drones to Russia, a charge both London and "
     "Paris repeated.", ("RUS", "016", "GBR", "happened")),
])
def test_nlp_speech25_charge_both_deny_negative(coded, text, unwanted):
    assert unwanted not in coded(text)


@pytest.mark.parametrize("text, expected", [
    ("The African Union welcomed the talks held in Addis Ababa by Sudan and South Sudan.",
     ("AU", "051", "SSD", "happened")),
    ("Germany welcomed the signing of the ceasefire accord by representatives of Armenia and "
     "Azerbaijan.", ("DEU", "051", "AZE", "happened")),
    ("Brussels welcomed the negotiations conducted in Muscat by envoys of Iran and the United "
     "States.", ("EU", "051", "IRN", "happened")),
])
def test_nlp_speech25_welcomed_deed_doers(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (the host named by "in", not a doer named by "by": no praise of the host)
    ("Britain welcomed the talks held in Geneva on Tuesday.", ("GBR", "051", "CHE", "happened")),
    # (not welcomed)
    ("The African Union criticised the talks held in Addis Ababa by Sudan and South Sudan.",
     ("AU", "051", "SSD", "happened")),
    # (a host is no doer of the talks: tests/test_nlp_link18.py; a broker's part is
    # praised, tests/test_nlp_speech30.py)
    ("The African Union welcomed the talks hosted in Doha by Qatar and Egypt.",
     ("AU", "051", "EGY", "happened")),
])
def test_nlp_speech25_welcomed_deed_doers_negative(coded, text, unwanted):
    assert unwanted not in coded(text)
