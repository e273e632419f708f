"""Home rivals, quoted release appeals and rejected criticism (nlp.speech):

* "The army said the RSF were responsible for the attack": a charge between two sides of one
  country is tracked when they are of different sectors, one of them outside the state
  (a government and rebels or the opposition), both named; two organs of one state are no
  pair;
* "'We call for his release,' the minister said": the first-person caller of a quotation is
  the quoted speaker's side, asking the captor the article last told;
* "Minsk rejected the criticism": a criticism with no author in the sentence is the one the
  article last told against the rejecting side, and the rejection (111) is aimed at that
  critic.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 6, 10)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO code (3 digits), target code, status) of every event of
    ``text`` (repaired as ingest does; every sentence parsed)."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, digits=3, prefilter=False)}


@pytest.mark.parametrize("text, expected", [
    ("The Sudanese army said the Rapid Support Forces were responsible for the attack on the "
     "market.", ("SDNMIL", "112", "SDNREB", "happened")),
    ("The Ethiopian government said the Tigray People's Liberation Front was responsible for "
     "the killings.", ("ETHGOV", "112", "ETHREB", "happened")),
    ("Myanmar's military government said the Arakan Army was responsible for the ambush on "
     "the convoy.", ("MMRMIL", "112", "MMRREB", "happened")),
    ("Kenyan President William Ruto said the opposition leader Raila Odinga was responsible "
     "for the violence.", ("KENGOV", "112", "KENOPP", "happened")),
])
def test_nlp_speech26_home_rivals_blamed(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # (two organs of one state: no pair)
    "The Nigerian government said Nigerian police were responsible for the raid.",
    # (two ministers of one government)
    "Kenya's interior minister said the finance minister was responsible for the delays.",
    # (a duty, not a blame)
    "Ethiopia's federal government said Ethiopian troops were responsible for securing the "
    "border.",
])
def test_nlp_speech26_home_rivals_blamed_negative(coded, text):
    coded = coded(text)
    assert not [c for c in coded if c[1] == "112" and c[0] and c[2] and c[0][:3] == c[2][:3]]


@pytest.mark.parametrize("text, expected", [
    ("Eritrean forces detained a Swedish journalist. \"We call for his release,\" the Swedish "
     "foreign minister said on Monday.", ("SWEGOV", "025", "ERIMIL", "happened")),
    ("Belarusian border guards detained a Polish priest near Grodno. \"We call for his "
     "immediate release,\" Poland's foreign minister said.",
     ("POLGOV", "025", "BLRCOP", "happened")),
    ("Iran arrested a French tourist in March. \"We call for his release,\" the French foreign "
     "minister said.", ("FRAGOV", "025", "IRN", "happened")),
])
def test_nlp_speech26_quoted_release_appeal(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (an appeal still to come)
    ("Iran arrested a French tourist in March. \"We will call for his release,\" the French "
     "foreign minister said.", ("FRAGOV", "025", "IRN", "happened")),
    # (a private voice, no state's)
    ("Burundian police arrested a Rwandan trader in Bujumbura. \"We call for his immediate "
     "release,\" a Rwandan student said.", ("RWACVL", "025", "BDICOP", "happened")),
])
def test_nlp_speech26_quoted_release_appeal_negative(coded, text, unwanted):
    coded = coded(text)
    assert unwanted not in coded
    assert not [c for c in coded if c[1] == "025"]


@pytest.mark.parametrize("text, expected", [
    ("Poland said Belarusian helicopters had crossed its border. The European Union accused "
     "Lukashenko of staging the migrant crisis. Belarus has rejected the criticism.",
     ("BLR", "111", "EU", "happened")),
    ("Estonia said Russian jets had violated its airspace. The United States condemned Russia "
     "for the flights. Moscow dismissed the condemnation.",
     ("RUSGOV", "111", "USA", "happened")),
    ("Japan protested to China over the buoy. Australia criticised Beijing for the sonar "
     "incident. China rejected the criticism.", ("CHN", "111", "AUS", "happened")),
])
def test_nlp_speech26_criticism_rejected_of_critic(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (not rejected)
    ("Japan protested to China over the buoy. Australia criticised Beijing for the sonar "
     "incident. China did not reject the criticism.", ("CHN", "111", "AUS", "happened")),
    # (accepted, not rejected)
    ("Japan protested to China over the buoy. Australia criticised Beijing for the sonar "
     "incident. China accepted the criticism.", ("CHN", "111", "AUS", "happened")),
    # (no critic told before)
    ("Japan protested to China over the buoy. China rejected the criticism.",
     ("CHN", "111", "AUS", "happened")),
])
def test_nlp_speech26_criticism_rejected_of_critic_negative(coded, text,
                                                             unwanted):
    assert unwanted not in coded(text)


@pytest.mark.parametrize("text, expected", [
    ("Estonia expressed alarm at the arrest of two Estonian journalists by Russian police and "
     "urged their release.", ("EST", "025", "RUSCOP", "happened")),
    ("Tokyo voiced concern over the detention of a Japanese businessman by Chinese "
     "authorities and called for his early release.", ("JPNGOV", "025", "CHNGOV", "happened")),
    # (the parser joins the appeal to the main verb of the sentence)
    ("The row began in 2019, when Norway's foreign ministry voiced alarm at the detention of "
     "two Norwegian aid workers by Ethiopian police, and urged their swift release.",
     ("NORGOV", "025", "ETHCOP", "happened")),
])
def test_nlp_speech26_release_urged_with_alarm(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text, unwanted", [
    # (not urged)
    ("Estonia expressed alarm at the arrest of two Estonian journalists by Russian police but "
     "did not urge their release.", ("EST", "025", "RUSCOP", "happened")),
    # (the captor is the caller's own side: no other side is asked)
    ("Estonia expressed alarm at the arrest of two Russian dissidents by Estonian police and "
     "urged their release.", ("EST", "025", "RUSGOV", "happened")),
])
def test_nlp_speech26_release_urged_with_alarm_negative(coded, text, unwanted):
    coded = coded(text)
    assert unwanted not in coded
    assert not [c for c in coded if c[1] == "025"]
