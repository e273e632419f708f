"""Proposals waved away, wrongs served "to" someone, and an "it" judged (nlp.speech):

* "Seoul described Pyongyang's offer as a non-starter", "Copenhagen called the offer
  preposterous": a proposal, offer or idea called absurd, unacceptable, a non-starter ... is
  rejected (120) by the one who calls it so, towards whoever put it (named on the noun, else
  the side that last made an offer or appeal to it, else the article's other side); a "plan"
  may be a side's own course of action, judged (111), not a proposal rejected;
* "called Quito's move a surrender to terrorism", "a gift to the Kremlin": a naming judgement
  whose wrong is what the act is given up "to" judges the doer of the act (111), not the one
  it is given up to;
* "Algeria called the accord unacceptable": a judgement of a pact told between two other
  sides is aimed at both of them (111);
* "Moscow warned that it would retaliate": a bare answer the speaker warns its own side
  will give threatens (130) the side whose hostile act against it the article last told;
* "The decree ... Lima called it unlawful", "Both governments call it discriminatory": a
  naming verb's "it" stands for the act or rule the sentence before is about, and the
  judgement is aimed at the side that laid it down.

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
    ("Seoul described Pyongyang's offer as a non-starter.", ("KOR", "120", "PRK", "happened")),
    ("Kyiv said the Russian proposal was a non-starter.", ("UKR", "120", "RUS", "happened")),
    ("The Greek government said the Turkish demand was unacceptable.",
     ("GRC", "120", "TUR", "happened")),
    ("Washington offered to buy the island from Denmark. Copenhagen called the offer "
     "preposterous.", ("DNK", "120", "USA", "happened")),
    ("Beijing called the American suggestion laughable.", ("CHN", "120", "USA", "happened")),
])
def test_nlp_speech23_proposal_dismissed(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (a plan of a side's own, judged: no proposal put to the speaker)
    ("Pakistan announced a plan to deport the migrants by November. The Taliban government in "
     "Kabul called the plan unacceptable.", ("AFG", "120", "PAK", "happened")),
    # (a proposal praised is none)
    ("Canberra called the Chinese proposal sensible.", ("AUS", "120", "CHN", "happened")),
    # (a calling negated is none)
    ("Paris did not call the German proposal absurd.", ("FRA", "120", "DEU", "happened")),
])
def test_nlp_speech23_proposal_dismissed_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("The Israeli foreign ministry called Chile's decision a surrender to terrorism.",
     ("ISR", "111", "CHL", "happened")),
    ("Moscow's foreign ministry called Finland's move a surrender to terrorists.",
     ("RUS", "111", "FIN", "happened")),
    ("Kyiv called Hungary's veto a gift to the Kremlin and to terrorism.",
     ("UKR", "111", "HUN", "happened")),
    ("Ankara branded the Swedish ruling a capitulation to terrorists.",
     ("TUR", "111", "SWE", "happened")),
])
def test_nlp_speech23_given_up_to(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    assert expected in got
    # (the one the act is given up to is not the one judged, nor is it charged)
    assert not any(c == "112" for _s, c, _t, _st in got)


@pytest.mark.parametrize("text, unwanted", [
    # (no wrong named: a gift to partners judges nobody)
    ("Paris called Italy's decision a gift to its partners.", ("FRA", "111", "ITA", "happened")),
    # (the one a surrender is made to is not judged by this rule)
    ("Kyiv called Hungary's veto a gift to the Kremlin and to terrorism.",
     ("UKR", "111", "RUS", "happened")),
])
def test_nlp_speech23_given_up_to_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Indonesia and Malaysia met officials of the European Union on Tuesday. The regulation, "
     "which the bloc adopted last month, bans imports of palm oil grown on cleared land. Both "
     "governments call it discriminatory.",
     [("IDN", "111", "EU", "happened"), ("MYS", "111", "EU", "happened")]),
    ("Chile and Peru held talks with Bolivia on Monday. The decree, which La Paz issued in May, "
     "closes the border to trucks. Lima called it unlawful.", [("PER", "111", "BOL", "happened")]),
])
def test_nlp_speech23_it_judged(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, unwanted", [
    # (what "it" stands for is no act nor rule: the weather judged judges no side)
    ("Ghana and Togo held talks with Nigeria on Monday. The weather in the region was dry. "
     "Accra called it unusual.", ("GHA", "111", "NGA", "happened")),
])
def test_nlp_speech23_it_judged_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Morocco and Spain signed a fishing accord last year. Algeria called the accord "
     "unacceptable.", [("DZA", "111", "MAR", "happened"), ("DZA", "111", "ESP", "happened")]),
    ("Japan and South Korea signed a trade deal in March. China, which buys much of their "
     "steel, called the deal unfair.",
     [("CHN", "111", "JPN", "happened"), ("CHN", "111", "KOR", "happened")]),
])
def test_nlp_speech23_pact_judged_both_sides(coder, make_article, text, expected):
    got = _codes(coder, make_article, text)
    for row in expected:
        assert row in got


@pytest.mark.parametrize("text, unwanted", [
    # (a pact praised is no disapproval)
    ("Greece and Egypt signed a maritime agreement in August. Turkey called that deal historic.",
     ("TUR", "111", "GRC", "happened")),
])
def test_nlp_speech23_pact_judged_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, expected", [
    ("Latvia expelled two Russian diplomats on Monday. Moscow warned that it would retaliate.",
     ("RUS", "130", "LVA", "happened")),
    ("Poland closed its border with Belarus on Friday. Minsk warned that it would respond.",
     ("BLR", "130", "POL", "happened")),
    ("Lithuania expelled the Chinese envoy in August. Beijing warned that it would react.",
     ("CHN", "130", "LTU", "happened")),
])
def test_nlp_speech23_answer_warned(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, unwanted", [
    # (said, not warned: an answer announced is no threat)
    ("Lithuania expelled the Chinese envoy in August. Beijing said that it would respond.",
     ("CHN", "130", "LTU", "happened")),
    # (an answer to a letter is a reply, not a retaliation)
    ("Lithuania expelled the Chinese envoy in August. Beijing warned that it would respond to "
     "the letter.", ("CHN", "130", "LTU", "happened")),
    # (no act against the speaker's side told before)
    ("Lithuania hosted a trade fair in August. Beijing warned that it would respond.",
     ("CHN", "130", "LTU", "happened")),
])
def test_nlp_speech23_answer_warned_negative(coder, make_article, text, unwanted):
    assert unwanted not in _codes(coder, make_article, text)
