"""Red lines named, answers promised on a hostile act, obligations to apologise and more
verdict words (nlp.speech, coding/data/evaluation.yaml):

* a naming verb that calls a thing a red line ("called the island's status a red line",
  "described the blockade as a red line", the parser hanging the predicate on the object or
  on its "by" phrase) warns (130) the side whose act the thing is, else the other side of
  the relationship the line is drawn in, else the other side of the article's relationship;
  a red line denied is none;
* "said it would hit back if Hanoi attacks", "said its response would be harsher if Riyadh
  struck again": an answer promised on a hostile act of another side threatens it (130, 138
  when the act or answer is military); an answer promised on a request, or denied, is none;
* "said Tokyo has to apologise", "needs to apologise": an apology another side is bound to
  make is demanded of it (100);
* verdicts such as useless, unjust, inexcusable, a distortion, in reported speech criticise
  the side whose act or words they judge (111).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 2, 11)


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None) for e in events}


def _roots(coder, make_article, text):
    return {(s, c[:2], t) for s, c, t in _codes(coder, make_article, text)}


@pytest.mark.parametrize("text, expected", [
    ("Ankara called Greek militarisation of the islands a red line.", ("TUR", "13", "GRC")),
    ("Ankara called the militarisation of the islands by Greece a red line.",
     ("TUR", "13", "GRC")),
    ("Beijing called the Taiwan question a red line in its relations with Washington.",
     ("CHN", "13", "USA")),
    ("The Iranian government described Israel's strikes on its ports as a red line.",
     ("IRN", "13", "ISR")),
    ("Seoul said a North Korean nuclear test would be a red line.", ("KOR", "13", "PRK")),
])
def test_nlp_speech9_red_line_named(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Paris said its relations with Algiers were not a red line issue.",
    "Beijing said the Taiwan question was not a red line.",
    "Analysts called the election a red line for investors.",
])
def test_nlp_speech9_red_line_no_threat(coder, make_article, text):
    assert not any(r == "13" for _s, r, _t in _roots(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    ("Islamabad said it would hit back if Delhi struck its territory.", ("PAK", "13", "IND")),
    ("Seoul said it would hit back hard if Pyongyang fired more missiles across the border.",
     ("KOR", "13", "PRK")),
    ("Riyadh said its response would be much harsher if Tehran struck its oil fields again.",
     ("SAU", "13", "IRN")),
    ("Moscow said it would respond if NATO deployed weapons in Finland.",
     ("RUS", "13", "NATO")),
])
def test_nlp_speech9_answer_promised_on_hostile_act(coder, make_article, text, expected):
    assert expected in _roots(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Beijing said it would respond if Manila sends a formal request.",
    "Tokyo said it would not respond if Beijing fired warning shots.",
    "Analysts said China would respond if the United States imposed new tariffs.",
])
def test_nlp_speech9_answer_no_threat(coder, make_article, text):
    got = _roots(coder, make_article, text)
    assert not any(r == "13" and s in ("CHN", "JPN") for s, r, _t in got)


@pytest.mark.parametrize("text, expected", [
    ("Beijing said Tokyo has to apologise for the remarks.", ("CHN", "100", "JPN")),
    ("Hanoi said Beijing needs to apologise for the collision.", ("VNM", "100", "CHN")),
    ("Ankara said Stockholm had to apologise for the protest.", ("TUR", "100", "SWE")),
])
def test_nlp_speech9_apology_bound(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Beijing said Tokyo did not have to apologise for the remarks.",
    "Tokyo said it has apologised to Beijing for the remarks.",
])
def test_nlp_speech9_apology_not_bound(coder, make_article, text):
    assert not any(c == "100" for _s, c, _t in _codes(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    ("India's foreign ministry said Pakistan's statement was useless and irresponsible.",
     ("IND", "111", "PAK")),
    ("Hanoi said Beijing's seizure of the fishing boat was unjust and inexcusable.",
     ("VNM", "111", "CHN")),
    ("The Kremlin said the British report was a distortion of the facts.",
     ("RUS", "111", "GBR")),
])
def test_nlp_speech9_verdict_words(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


def test_nlp_speech9_useful_is_no_verdict(coder, make_article):
    got = _codes(coder, make_article, "Seoul said the talks with Tokyo had been useful.")
    assert not any(c[:2] == "11" for _s, c, _t in got)


@pytest.mark.parametrize("text, expected", [
    ("Beijing accused Washington of spying with balloons. A White House spokesperson "
     "responded on the same day that the claim is false.", ("USA", "016", "CHN")),
    ("Manila accused Beijing of ramming its boat. The Chinese foreign ministry said the "
     "accusation was groundless.", ("CHN", "016", "PHL")),
    ("Moscow said Kyiv's allegations were a fabrication.", ("RUS", "016", "UKR")),
])
def test_nlp_speech9_charge_called_false(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Hanoi said China's claims in the South China Sea were baseless.",
    "Tokyo said the report was false.",
    "Seoul accused Pyongyang of hacking its banks. Pyongyang said the claims were not false.",
])
def test_nlp_speech9_charge_not_called_false(coder, make_article, text):
    assert not any(c == "016" for _s, c, _t in _codes(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    # the denial names the same third side as the charge: the charge's maker
    ("The State Department accused Beijing of planning to arm Russia. A Chinese spokesman "
     "denied that China was sending shells to Russia.", ("CHN", "016", "USA")),
    ("The U.S. envoy accused Pretoria of loading ammunition for Russia. South Africa has "
     "denied selling ammunition to Russia.", ("ZAF", "016", "USA")),
    ("Ottawa accused Tehran of shipping drones to Russia. Iran denied sending drones to Russia "
     "for use in Ukraine.", ("IRN", "016", "CAN")),
])
def test_nlp_speech9_wrong_denied_with_third_side(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    # a denial of another deed, with another third side, answers no charge told
    "Poland accused Minsk of pushing migrants across the border. Belarus denied selling arms "
    "to Iran.",
    "Belarus denied selling arms to Iran.",
    "Kyiv accused Moscow of shelling the plant. Russia denied that the Ukrainian army had "
    "shelled it.",
])
def test_nlp_speech9_wrong_denied_no_accuser(coder, make_article, text):
    assert not any(c == "016" for _s, c, _t in _codes(coder, make_article, text))


@pytest.mark.parametrize("text, expected", [
    ("Washington accused Iran of attacking two tankers in the Gulf. Tehran denied any part in "
     "the incident.", ("IRN", "016", "USA")),
    ("Hamas accused Israel of striking the hospital. Israel's military denied responsibility "
     "for the blast.", ("ISR", "016", "PSE")),
    ("Moscow accused Kyiv of attacking the Kremlin with drones. A Ukrainian presidential aide "
     "told reporters that Kyiv had nothing to do with the strike.", ("UKR", "016", "RUS")),
    ("Manila accused Beijing of ramming its supply boat. China's foreign ministry said it had "
     "nothing to do with the collision.", ("CHN", "016", "PHL")),
])
def test_nlp_speech9_role_denied(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Tehran denied any involvement in the talks.",
    "Tehran said it had nothing to do with the talks.",
    "Tehran denied any involvement in the attack.",
    "Moscow accused Kyiv of attacking the Kremlin with drones. Kyiv did not deny "
    "responsibility for the attack.",
])
def test_nlp_speech9_role_not_denied(coder, make_article, text):
    assert not any(c == "016" for _s, c, _t in _codes(coder, make_article, text))


def test_nlp_speech9_red_line_topic_not_warned(coder, make_article):
    got = _roots(coder, make_article, "Athens said the Cyprus question was a red line for Greece.")
    assert not any(r == "13" for _s, r, _t in got)
