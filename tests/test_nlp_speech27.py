"""Quoted demands for a release and rejected criticism on the main path (nlp.speech):

* "'We demand his release,' the minister said": a first-person demand for a captive's
  release inside a quotation is the quoted speaker's side's, made of the captor the article
  last told (1053), as the quoted appeal is (0253);
* "Minsk rejected the criticism": the main rejection pattern aims a criticism the sentence
  names no author of at the critic the article last told, not at the country nearest or the
  article's other side.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 6, 10)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO code, target code, status) of every event of
    ``text`` (repaired as ingest does; every sentence parsed)."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, digits=4, prefilter=False)}


@pytest.mark.parametrize("text, expected", [
    ("Eritrean forces detained a Swedish journalist. \"We demand his release,\" the Swedish "
     "foreign minister said on Monday.", ("SWEGOV", "1053", "ERIMIL", "happened")),
    # (the quotation after its speaker and a colon)
    ("Belarusian border guards detained a Polish priest near Grodno. Poland's foreign "
     "minister said: \"We demand the immediate release of the priest.\"",
     ("POLGOV", "1053", "BLRCOP", "happened")),
    ("Iran arrested a French tourist in March. \"We demand her freedom,\" the French foreign "
     "ministry said.", ("FRAGOV", "1053", "IRN", "happened")),
])
def test_nlp_speech27_quoted_release_demand(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # (a demand still to come)
    "Iran arrested a French tourist in March. \"We will demand her release,\" the French "
    "foreign minister said.",
    # (a private voice, no state's)
    "Iran arrested a French tourist in March. \"We demand his release,\" a French student "
    "said.",
    # (not demanded)
    "Eritrean forces detained a Swedish journalist. \"We do not demand his release,\" the "
    "Swedish foreign minister said.",
])
def test_nlp_speech27_quoted_release_demand_negative(coded, text):
    assert not [c for c in coded(text) if c[1].startswith("105")]


@pytest.mark.parametrize("text, expected, unwanted", [
    ("Poland said Belarusian helicopters had crossed its border. The European Union condemned "
     "Belarus. Belarus rejected the criticism and thanked Russia for its support.",
     ("BLR", "111", "EU", "happened"), ("BLR", "111", "POLGOV", "happened")),
    ("Poland said Belarusian helicopters had crossed its border. The European Union accused "
     "Lukashenko of staging the migrant crisis. Belarus has rejected the criticism.",
     ("BLR", "111", "EU", "happened"), ("BLR", "111", "POLGOV", "happened")),
    ("Vietnam said Chinese ships had entered its waters. The Philippines condemned China "
     "over the incursion. China rejected this condemnation.",
     ("CHN", "111", "PHL", "happened"), ("CHN", "111", "VNM", "happened")),
])
def test_nlp_speech27_rejected_criticism_of_told_critic(coded, text, expected,
                                                         unwanted):
    coded = coded(text)
    assert expected in coded
    assert unwanted not in coded


@pytest.mark.parametrize("text, unwanted", [
    # (the author named: the main pattern's own slot)
    ("Poland said Belarusian helicopters had crossed its border. The European Union condemned "
     "Belarus. Belarus rejected Warsaw's criticism.", ("BLR", "111", "EU", "happened")),
    # (not rejected)
    ("Poland said Belarusian helicopters had crossed its border. The European Union condemned "
     "Belarus. Belarus did not reject the criticism.", ("BLR", "111", "EU", "happened")),
])
def test_nlp_speech27_rejected_criticism_of_told_critic_negative(coded, text,
                                                                  unwanted):
    assert unwanted not in coded(text)


def _roots(coded, text):
    return {(s, c[:3], t, st) for s, c, t, st in coded(text)}


@pytest.mark.parametrize("text, expected", [
    # (a charge of the first shot)
    ("The Sudanese army said the Rapid Support Forces had fired first.",
     ("SDNMIL", "112", "SDNREB", "happened")),
    ("Myanmar's junta said the Arakan Army attacked first.",
     ("MMRMIL", "112", "MMRREB", "happened")),
    # (a wrong claimed)
    ("The Colombian army said FARC rebels had exploited the ceasefire.",
     ("COLMIL", "112", "COLREB", "happened")),
    # (a hostile aim named)
    ("The Ethiopian government said the attacks were a move by the Tigray People's Liberation "
     "Front to wreck the peace deal.", ("ETHGOV", "111", "ETHREB", "happened")),
    # (a complaint told by its clause)
    ("Venezuela's opposition complained that Maduro had not consulted it.",
     ("VENOPP", "111", "VENGOV", "happened")),
    # (talks ruled out until the other side acts)
    ("The Sudanese army ruled out talks until the Rapid Support Forces withdraw from "
     "Khartoum.", ("SDNMIL", "125", "SDNREB", "happened")),
    # (a retaliation promised)
    ("Myanmar's military said it would respond strongly to any attack by the Arakan Army.",
     ("MMRMIL", "138", "MMRREB", "happened")),
])
def test_nlp_speech27_home_rivals_in_speech_rules(coded, text, expected):
    assert expected in _roots(coded, text)


@pytest.mark.parametrize("text", [
    # (two organs of one state)
    "The Nigerian government said Nigerian police had fired first.",
    "Kenya's interior minister said the finance ministry had meddled in the tender.",
    "The Kenyan interior minister gave Kenyan police until Friday to finish the probe.",
    # (the speaker's own troops)
    "The Sudanese army said its own soldiers had fired first.",
])
def test_nlp_speech27_home_rivals_in_speech_rules_negative(coded, text):
    coded = _roots(coded, text)
    assert not [c for c in coded if c[0] and c[2] and c[0][:3] == c[2][:3]]


@pytest.mark.parametrize("text, expected", [
    ("Iran arrested a French tourist in March. The French foreign minister said: \"This is "
     "unacceptable. We call for his release.\"", ("FRAGOV", "0253", "IRN", "happened")),
    ("Russian police detained an Estonian journalist. Estonia's prime minister said: \"He is "
     "innocent. We demand his immediate release.\"", ("ESTGOV", "1053", "RUSCOP", "happened")),
    ("Russian police detained an Estonian journalist. Estonia's prime minister told "
     "reporters: \"He is innocent. We call for his immediate release.\"",
     ("ESTGOV", "0253", "RUSCOP", "happened")),
])
def test_nlp_speech27_quotation_still_open(coded, text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize("text", [
    # (a private voice opened the quotation)
    "Russian police detained an Estonian journalist. A student said: \"He is innocent. We "
    "demand his immediate release.\"",
    # (the quotation closed before the appeal: another voice's words)
    "Russian police detained an Estonian journalist. Estonia's prime minister said: \"He is "
    "innocent.\" We demand his immediate release, an activist said.",
])
def test_nlp_speech27_quotation_still_open_negative(coded, text):
    assert not [c for c in coded(text) if c[1] in ("0253", "1053")]
