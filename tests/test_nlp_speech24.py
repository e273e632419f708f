"""Captives, warnings to heed and armed proxies (nlp.speech):

* "Beijing demanded her release", the captive one of the demander's own: the demand (1053)
  is made of the side the article last told arresting or holding one of its people;
* "He told them to take his words seriously", "warned Taipei not to test its resolve",
  "said Washington should take its warnings seriously": telling another side to heed one's
  warning, or not to try one's patience, threatens it (130); "them" is the other side of the
  speaker's latest conflictual event (none after a friendly one);
* "said they were trained, paid and equipped by Tehran", "said Moscow had
  trained the saboteurs": a state voice's claim that another state armed, funded, trained or
  organised an armed group accuses the backer (112).

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
    ("Canadian police arrested a Chinese executive in Vancouver at American request. Beijing "
     "had demanded her release throughout the case.", ("CHN", "105", "CAN", "happened")),
    ("Russia detained an American journalist in March. Washington has repeatedly demanded his "
     "release.", ("USA", "105", "RUS", "happened")),
    ("Iran arrested a French teacher last year. Paris demanded her release on Monday.",
     ("FRA", "105", "IRN", "happened")),
])
def test_nlp_speech24_release_of_own_captive(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (nobody told holding anyone: no holder to aim at)
    ("Kyiv demanded his release.", ("UKR", "105", "UKR", "happened")),
])
def test_nlp_speech24_release_of_own_captive_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Iran's president warned the Taliban to respect its share of the river. He told them to "
     "take his words seriously.", ("IRN", "130", "AFG", "happened")),
    ("The Russian president told the Americans to take his words seriously.",
     ("RUS", "130", "USA", "happened")),
    ("Tehran said Washington should take its warnings seriously.",
     ("IRN", "130", "USA", "happened")),
    ("The Chinese defence minister warned Taipei not to test Beijing's resolve.",
     ("CHN", "130", "TWN", "happened")),
])
def test_nlp_speech24_heed_warned(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (after a friendly meeting, "them" is no rival)
    ("North Korea's leader met the Chinese president in Beijing. He told them to take his "
     "words seriously.", ("PRK", "130", "CHN", "happened")),
    # (told not to take threats seriously: no warning)
    ("The Turkish minister said Athens should not take the threats seriously.",
     ("TUR", "130", "GRC", "happened")),
    # (a test asked for is none)
    ("Seoul urged Pyongyang to test the new railway line.", ("KOR", "130", "PRK", "happened")),
])
def test_nlp_speech24_heed_warned_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen from Serbia raided a Kosovo village. Pristina's premier described the raiders as "
     "well drilled and said they had been organised, paid and equipped by Belgrade.",
     ("XKX", "112", "SRB", "happened")),
    ("Kyiv said the saboteurs had been trained and equipped by Moscow.",
     ("UKR", "112", "RUS", "happened")),
    ("Tbilisi said the militants were armed and financed by Russia.",
     ("GEO", "112", "RUS", "happened")),
    ("Kyiv said Moscow had trained and armed the saboteurs.", ("UKR", "112", "RUS", "happened")),
])
def test_nlp_speech24_proxies_armed(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (no armed group: athletes, an army)
    ("Seoul said the athletes had been trained by Japan.", ("KOR", "112", "JPN", "happened")),
    ("Washington said the Ukrainian army had been trained by Britain.",
     ("USA", "112", "GBR", "happened")),
    # (denied, negated, only possible, or a source cited after the deed)
    ("Moscow denied that the rebels had been armed by Russia.", ("RUS", "112", "RUS", "happened")),
    ("Kyiv said the rebels were not armed by Moscow.", ("UKR", "112", "RUS", "happened")),
    ("Israel said the rebels could be armed by Iran.", ("ISR", "112", "IRN", "happened")),
    ("The rebels were armed by Iran, Israel said.", ("ISR", "112", "IRN", "happened")),
])
def test_nlp_speech24_proxies_armed_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Afghan interior ministry said Iranian forces had fired first, and "
     "that one fighter had been killed.", ("AFG", "112", "IRN", "happened")),
    ("Baku said Armenian troops attacked first near the border.",
     ("AZE", "112", "ARM", "happened")),
    ("Armenia's defence ministry said Azerbaijani units had opened fire first.",
     ("ARM", "112", "AZE", "happened")),
])
def test_nlp_speech24_first_shot_charged(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    ("India said Pakistani soldiers did not fire first.", ("IND", "112", "PAK", "happened")),
    ("Delhi said Pakistani troops would fire first if provoked.",
     ("IND", "112", "PAK", "happened")),
    ("Russian forces fired first, Kyiv said.", ("UKR", "112", "RUS", "happened")),
])
def test_nlp_speech24_first_shot_charged_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Chisinau said the expulsion reflected Moldova's concern over Russian meddling in its "
     "elections.", ("MDA", "111", "RUS", "happened")),
    ("Seoul said the step reflected South Korea's concern about North Korean missile launches.",
     ("KOR", "111", "PRK", "happened")),
    ("Tokyo said the decision showed Japan's deep concern about Chinese military activity near "
     "the islands.", ("JPN", "111", "CHN", "happened")),
])
def test_nlp_speech24_concern_owned(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (not a state voice: analysts reading another side's concern)
    ("Analysts said the visit reflected Beijing's concern about American tariffs.",
     ("CHN", "111", "USA", "happened")),
    ("New Delhi said the move did not reflect India's concern about Canadian diplomats.",
     ("IND", "111", "CAN", "happened")),
])
def test_nlp_speech24_concern_owned_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Washington threatened Tehran with air strikes, and Iranian leaders said their country "
     "would not negotiate under such pressure.",
     ("IRN", "125", "USA", "happened")),
    ("Washington imposed new sanctions on Pyongyang. North Korea said it would never negotiate "
     "while sanctions remain.", ("PRK", "125", "USA", "happened")),
    ("Beijing threatened Manila with unspecified measures. The Philippines said it would not "
     "negotiate under pressure.", ("PHL", "125", "CHN", "happened")),
])
def test_nlp_speech24_talks_refused_unaimed(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (after a friendly meeting: no side pressing it)
    ("Paris and Berlin met in Aachen. France said it would not negotiate on agricultural "
     "subsidies.", ("FRA", "125", "DEU", "happened")),
    # (another side's refusal, told by the speaker)
    ("Washington imposed new sanctions on Moscow. Kyiv said Moscow would not negotiate in good "
     "faith.", ("UKR", "125", "USA", "happened")),
])
def test_nlp_speech24_talks_refused_unaimed_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)
