"""Speech acts whose other side is told, not named (nlp.speech, nlp.implied):

* a judgement in reported speech of an act the article told ("Tallinn said the move was
  unjustified"), or of a side's words or measures with no doer told ("said the remarks were
  unacceptable"): aimed at the doer, else at the other side of the article's relationship;
* "each side accused the other" after a truce, talks or a clash told a sentence before;
* a retaliation promised for the other side's act ("the North's provocation would meet a stern
  response"), or for any act, told beside a reproach of the same side to someone;
* a claim that another side defied a norm or a line ("said the boat had ignored warnings"):
  the speaker's charge (112).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 2, 14)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _events(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None) for e in events}


def _roots(coder, make_article, text):
    return {(s, c[:2], t) for s, c, t in _events(coder, make_article, text)}


@pytest.mark.parametrize("text, expected", [
    # the act told just before, referred to by a generic noun
    ("Russia expelled two Estonian diplomats on Monday. Tallinn said the move was unjustified "
     "and provocative.", ("EST", "11", "RUS")),
    ("Algeria closed its airspace to Moroccan planes on Tuesday. Rabat said the step was "
     "unjustified and hostile.", ("MAR", "11", "DZA")),
    # words of the other side, with no doer told: the article's relationship
    ("Argentine President Javier Milei called the wife of Spanish Prime Minister Pedro "
     "Sanchez corrupt on Sunday. Spain's foreign minister said the remarks were "
     "unacceptable.", ("ESP", "11", "ARG")),
    ("Washington announced new tariffs on Chinese steel on Tuesday. China's commerce "
     "ministry said the measures amounted to naked protectionism.", ("CHN", "11", "USA")),
])
def test_nlp_speech5_judgement_of_a_told_act(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, unexpected", [
    # the judged act is the speaker's own side's
    ("Estonia expelled two Russian diplomats on Monday. Tallinn said the move was a "
     "response to hostile acts.", ("EST", "11", "RUS")),
    # a verb that tells what the measures are about, no judgement
    ("Washington announced new export controls on Chinese chipmakers on Tuesday. A U.S. "
     "trade official said the controls concerned national security.", ("USA", "11", "CHN")),
])
def test_nlp_speech5_no_judgement(coder, make_article, text, unexpected):
    assert unexpected not in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, pair", [
    # the truce told a sentence before
    ("Armenia and Azerbaijan agreed a humanitarian truce in Moscow on Saturday. Each side "
     "accused the other of breaking it within hours.", ("ARM", "AZE")),
    # the clash told in the same sentence
    ("Troops of Kyrgyzstan and Tajikistan clashed near the border on Friday, and each "
     "capital blamed the other for opening fire.", ("KGZ", "TJK")),
])
def test_nlp_speech5_mutual_charges(coder, make_article, text, pair):
    got = _roots(coder, make_article, text)
    a, b = pair
    assert (a, "11", b) in got and (b, "11", a) in got


def test_nlp_speech5_mutual_charges_not_from_a_visit(coder, make_article):
    # (no side named for the clash: "their forces" would be the visit's two sides, since
    # refs7, and their clash a fair anchor)
    text = ("President Xi Jinping arrived in Tashkent on Wednesday for a state visit. Border "
            "guards exchanged fire on Friday, and each capital blamed the other for opening "
            "fire.")
    got = _roots(coder, make_article, text)
    assert ("CHN", "11", "UZB") not in got and ("UZB", "11", "CHN") not in got


@pytest.mark.parametrize("text, expected", [
    # the act answered is the subject of "meet"
    ("North Korea fired a ballistic missile on Tuesday. South Korean President Yoon Suk Yeol "
     "said any such provocation by the North would draw a firm answer.",
     ("KOR", "13", "PRK")),
])
def test_nlp_speech5_retaliation(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech5_retaliation_another_sides_answer(coder, make_article):
    text = "Lithuania's president said NATO would respond to any attack on the Baltic states."
    assert not any(r == "13" for _s, r, _t in _roots(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    ("The Vietnamese foreign ministry said the Chinese coast guard ship had ignored repeated "
     "warnings near the islands.", ("VNM", "112", "CHN")),
    ("Greece's defence ministry said Turkish fighter jets had encroached on Greek airspace "
     "eleven times on Thursday.", ("GRC", "112", "TUR")),
])
def test_nlp_speech5_defiance_claimed(coder, make_article, text, expected):
    assert expected in _events(coder, make_article, text)


def test_nlp_speech5_defiance_own_side_no_charge(coder, make_article):
    text = "Greece's defence ministry said its jets had ignored the Turkish warnings."
    assert ("GRC", "112", "TUR") not in _events(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # a demand with nobody named: of the other side of the article's relationship
    ("Argentine President Javier Milei called the wife of Spanish Prime Minister Pedro "
     "Sanchez corrupt on Sunday. Spanish Foreign Minister Jose Manuel Albares demanded a "
     "public apology.", ("ESP", "10", "ARG")),
    # an apology with nobody named: to the side the apologiser's side just dealt with
    ("A Georgian patrol boat fired on a Turkish fishing vessel on Monday. Tbilisi apologised "
     "and offered compensation.", ("GEO", "05", "TUR")),
    # an apology refused
    ("Israel's prime minister demanded an apology from Brazilian President Lula on Monday. "
     "Lula's aides said the president would not apologise.", ("BRA", "12", "ISR")),
])
def test_nlp_speech5_unaddressed_demand_and_apology(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech5_apology_to_no_one_told(coder, make_article):
    text = "The Georgian prime minister apologised on Monday."
    assert not any(r in ("05", "12") for _s, r, _t in _roots(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    ("Serbia's president said Pristina was provoking violence in the north.",
     ("SRB", "11", "XKX")),
    ("Rwanda's government said Kinshasa was inciting hatred against Tutsis.",
     ("RWA", "11", "COD")),
])
def test_nlp_speech5_stirring_trouble(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    # the charge noun with a relative clause
    ("Ethiopia accused Egypt of arming rebels in the north, a charge Cairo denies.",
     ("EGY", "016", "ETH")),
    ("Moldova's government accused Moscow of plotting a coup, a claim the Kremlin dismissed "
     "as absurd.", ("RUS", "016", "MDA")),
    # "which" standing for the charge
    ("Honduras accuses Nicaragua of letting smugglers use its coast, which Managua denies.",
     ("NIC", "016", "HND")),
    # the charge told in the sentence before
    ("Kenya accused Somalia of training fighters near the border on Monday. Mogadishu "
     "rejected the charge.", ("SOM", "016", "KEN")),
    # the accuser named as the charge's owner
    ("Azerbaijan rejected Armenia's accusations of ethnic cleansing.", ("AZE", "016", "ARM")),
])
def test_nlp_speech5_charge_denied(coder, make_article, text, expected):
    assert expected in _events(coder, make_article, text)


@pytest.mark.parametrize("text, unexpected", [
    # claims to land or sea are no charge
    ("Vietnam rejected China's sweeping claims to the Paracel Islands.", ("VNM", "111", "CHN")),
    ("Manila rejected Beijing's territorial claims.", ("PHL", "111", "CHN")),
    # nobody charged the one who denies
    ("Havana denied the claim on Tuesday.", ("CUB", "111", None)),
])
def test_nlp_speech5_no_charge_denied(coder, make_article, text, unexpected):
    assert unexpected not in _events(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("The Irish prime minister called the cartoon repugnant and said the Israeli embassy "
     "should be ashamed.", ("IRL", "11", "ISR")),
    ("Seoul's foreign ministry said Tokyo's textbook decision was divisive.",
     ("KOR", "11", "JPN")),
])
def test_nlp_speech5_revulsion_and_shame(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


def test_nlp_speech5_party_demand_not_aimed_abroad(coder, make_article):
    text = ("Argentine President Javier Milei called the wife of Spanish Prime Minister Pedro "
            "Sanchez corrupt on Sunday. Spain's opposition Popular Party demanded a public "
            "apology.")
    assert not any(r == "10" for _s, r, _t in _roots(coder, make_article, text))
