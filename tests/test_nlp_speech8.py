"""Praise of what another side did, promises to hold attackers to account, and words of
bigotry (nlp.speech, coding/data/evaluation.yaml):

* a welcoming verb (welcome, hail, applaud ...) whose object is an act or pact the sentence
  names no side of ("welcomed the agreement", "the accord was applauded by ...", "welcomed
  it"), or a naming verb that calls one a praise word ("called the deal historic",
  "described the accord as a milestone"), is praise (051) of both parties of the pact the
  article told (neither of them the speaker's side), or of the side whose act on the
  speaker's side the article just told ("welcomed the announcement");
* "would hold accountable those who attacked its soldiers", "... whoever fired the rockets":
  a threat (130) to whoever last struck the speaker's side;
* a side called antisemitic, racist or xenophobic, a step called unfortunate, is criticised
  (111);
* "said it would strike Hezbollah positions", "vowed to ...": force the speaker's own side
  is said to be going to use on another threatens it (138); force foretold of another side,
  denied or told as done is no threat; a measure against the other side promised on a
  condition ("would cut ties with Stockholm if ...") threatens it too (131), one announced
  without a condition is the measure only;
* a naming judgement in a relative clause the parser hung on a date ("signed an accord with
  X on 12 April, which China described as a provocation") is aimed at the parties of the act
  the clause stands for; a side named and called an instrument of another's domination is
  judged beside the dominating side;
* a state's comment on the relationship that names no other side ("said the road ahead would
  not be smooth", "said relations remained strained") is aimed at the other side of the
  relationship the article is about (012, 013); an analyst's is no event;
* an apology the speaker says another side should make or owes ("said it was Canberra that
  should apologise", "told the envoy that Moscow must apologise", "owed Turkey an apology")
  is demanded of it (100); one told as made, or denied, is not;
* a judgement quoted before its speaker ("'Such remarks are deeply regrettable,' the
  spokesman said") is aimed like one reported after it (111).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None) for e in events}


@pytest.mark.parametrize("text, expected", [
    # a pact of two other sides praised by a third: both parties
    ("Ankara and Tripoli signed a maritime accord on Monday. The French foreign minister "
     "called the deal historic.", [("FRA", "051", "TUR"), ("FRA", "051", "LBY")]),
    ("Serbia and Kosovo agreed to normalise relations in March. The agreement was "
     "applauded by the British foreign secretary.", [("GBR", "051", "SRB"),
                                                     ("GBR", "051", "XKX")]),
    ("Egypt and Sudan agreed on Tuesday to share water from the dam. Kenya's president "
     "described the accord as a milestone.", [("KEN", "051", "EGY"), ("KEN", "051", "SDN")]),
    ("Armenia and Azerbaijan signed a declaration on prisoner exchanges on Thursday. The "
     "German government welcomed it.", [("DEU", "051", "ARM"), ("DEU", "051", "AZE")]),
    # an act on the speaker's side: whoever did it
    ("Paris recalled its ambassador from Bamako on Sunday. The Malian junta welcomed the "
     "announcement as a victory for sovereignty.", [("MLI", "051", "FRA")]),
])
def test_nlp_speech8_praise_of_a_told_act(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, unwanted", [
    # a pact named a disaster is no praise
    ("Ankara and Tripoli signed a maritime accord on Monday. The French foreign minister "
     "called the deal a disaster.", ("FRA", "051", "TUR")),
    # a welcome denied
    ("Ankara and Tripoli signed a maritime accord on Monday. Athens did not welcome the "
     "deal.", ("GRC", "051", "TUR")),
    # a domestic decision welcomed abroad names no act on the speaker's side
    ("The Indian cabinet approved a new budget on Friday. Pakistan welcomed the decision.",
     ("PAK", "051", "IND")),
    # a party praising its own pact is not praising the pact of two others
    ("Ankara and Tripoli signed a maritime accord on Monday. Turkey's president called the "
     "deal historic.", ("TUR", "051", "LBY")),
])
def test_nlp_speech8_no_praise_without_a_told_act(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Iranian-backed militias in Iraq fired drones at a US base in Syria on Sunday. The "
     "Pentagon said Washington would hold accountable those who attacked its soldiers.",
     ("USA", "130", "IRQ")),
    ("Russian forces shelled the Ukrainian city of Kharkiv on Monday. Zelensky said Ukraine "
     "would hold accountable those who shelled its cities.", ("UKR", "130", "RUS")),
    ("Hezbollah fired rockets at an Israeli town on Friday. The Israeli defence minister "
     "said Israel would hold accountable whoever fired the rockets.", ("ISR", "130", "LBN")),
])
def test_nlp_speech8_attackers_held_to_account(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


def test_nlp_speech8_no_threat_to_lawbreakers_at_home(coder, make_article):
    text = "The interior minister said France would hold accountable those who break the law."
    assert not {c for c in _codes(coder, make_article, text) if c[1][:2] == "13"}


@pytest.mark.parametrize("text, expected", [
    ("The Israeli foreign minister called Colombia's president antisemitic.",
     ("ISR", "111", "COL")),
    ("Warsaw called the Hungarian law racist and xenophobic.", ("POL", "111", "HUN")),
    ("Argentina's foreign ministry called Brazil's decision unfortunate.",
     ("ARG", "111", "BRA")),
])
def test_nlp_speech8_bigotry_and_regret_judge(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("The Israeli army said it would strike Hezbollah positions in southern Lebanon.",
     ("ISR", "138", "LBN")),
    ("Kim Yo Jong said the North would shell the South Korean border islands.",
     ("PRK", "138", "KOR")),
    ("Turkish jets struck Kurdish militia positions in Syria last month. Ankara said its "
     "jets would bomb the militia's bases in Syria again.", ("TUR", "138", "SYR")),
])
def test_nlp_speech8_force_promised_threatens(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Blinken said Russia would attack Kyiv again.",  # another side's act foretold
    "The Pentagon said it would not strike Iranian territory.",  # denied
    "Russia said it had struck Ukrainian ports overnight.",  # told as done
])
def test_nlp_speech8_no_force_threat(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "138"}


@pytest.mark.parametrize("text, expected", [
    ("Manila signed a defence accord with Washington on 12 April, which China described as "
     "a provocation.", [("CHN", "111", "PHL"), ("CHN", "111", "USA")]),
    ("Ethiopia signed a port lease with the Somaliland authorities on 3 February, which "
     "the Somali government called an assault on its territorial unity.",
     [("SOM", "111", "ETH")]),
    ("The Organization of American States met in Lima on Monday. Caracas calls the "
     "organisation an instrument of Washington's domination.", [("VEN", "111", "OAS"),
                                                                ("VEN", "111", "USA")]),
])
def test_nlp_speech8_naming_judgement_targets(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, expected", [
    ("Japan and South Korea held talks in Tokyo on Monday about the export curbs. The "
     "Japanese foreign minister said the road ahead would not be smooth.", ("JPN", "012", "KOR")),
    ("India and China held border talks in Chushul on Sunday. Afterwards the Indian defence "
     "minister said relations remained strained.", ("IND", "012", "CHN")),
    ("Australia and China held their first trade talks in three years in Beijing on Friday. "
     "The Australian trade minister said he expected relations to thaw.", ("AUS", "013", "CHN")),
])
def test_nlp_speech8_unaimed_relation_comment(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    # not a state's comment
    "Japan and South Korea held talks in Tokyo on Monday about the export curbs. An analyst "
    "at a Tokyo university said the road ahead would not be smooth.",
    # optimism denied is too unsure to aim
    "India and China held border talks in Chushul on Sunday. The defence ministers greeted "
    "each other, but New Delhi said there had been no productive discussion.",
])
def test_nlp_speech8_no_unaimed_comment(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1][:2] == "01"}


@pytest.mark.parametrize("text, expected", [
    ("China's foreign ministry spokesman said it was Canberra that should apologise to the "
     "Chinese people.", ("CHN", "100", "AUS")),
    ("The Polish foreign minister told the Russian ambassador that Moscow must apologise for "
     "the remarks.", ("POL", "100", "RUS")),
    ("Erdogan said it was Athens that owed Turkey an apology.", ("TUR", "100", "GRC")),
])
def test_nlp_speech8_apology_demanded(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Seoul said Tokyo had already apologised for the remarks.",
    "Warsaw said Berlin did not owe Poland an apology.",
    "The Kremlin said Ukraine should not expect Russia to apologise.",
])
def test_nlp_speech8_no_apology_demand(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "100"}


@pytest.mark.parametrize("text, expected", [
    ("Seoul summoned Tokyo's ambassador on Monday. \"Such remarks are deeply regrettable,\" a "
     "South Korean foreign ministry spokesman said.", ("KOR", "111", "JPN")),
    ("Manila and Beijing have quarrelled over the shoal for years. \"These actions are "
     "dangerous and illegal,\" the Philippine coast guard spokesman said on Tuesday.",
     ("PHL", "111", "CHN")),
    ("Delhi and Islamabad traded charges on Friday. \"The comments are baseless,\" India's "
     "foreign ministry spokesman said.", ("IND", "111", "PAK")),
])
def test_nlp_speech8_quote_before_speaker(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Manila and Beijing have quarrelled over the shoal for years. \"These actions are "
    "dangerous and illegal,\" a Filipino fisherman said on Tuesday.",  # no state voice
    "\"The talks were useful,\" the Japanese minister said.",  # no judgement of a side
])
def test_nlp_speech8_quote_without_judged_side(coder, make_article, text):
    assert not {c for c in _codes(coder, make_article, text) if c[1] == "111"}


@pytest.mark.parametrize("text, expected", [
    ("Turkey's foreign minister said Ankara would cut ties with Stockholm if Sweden allowed "
     "more Koran burnings.", ("TUR", "131", "SWE")),
    ("Israel's foreign minister called Petro a liar. Petro replied that if relations had to "
     "be cut, Colombia would suspend them.", ("COL", "131", "ISR")),
    ("The Chinese envoy said Beijing would suspend all dialogue with Manila if the "
     "Philippines let more US troops in.", ("CHN", "131", "PHL")),
])
def test_nlp_speech8_measure_promised_on_condition(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


def test_nlp_speech8_measure_announced_is_no_threat(coder, make_article):
    text = "Rabat said it would recall its ambassador from Madrid."
    assert not {c for c in _codes(coder, make_article, text) if c[1][:2] == "13"}
