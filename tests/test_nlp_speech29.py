"""Session 22 (speech29): denials after a charge, persona non grata after a long
apposition, mediated talks between a government and its rebels, deportations of people told
again.

* ", a charge Minsk denies", ", charges that Minsk denies", ", the accusation Minsk
  rejected": the denial (016) of the one charged, aimed at the accuser, whatever article
  or number the charge noun takes and however the parser took the words
  (nlp.speech._charges_denied, _charge_before).
* "declared Mr X, special envoy of ... (acronym), persona non grata": the Latin parsed as a
  verb joined to "declared" after a long apposition (nlp.events).
* "talks facilitated by A and B" after a government and its rebels were told dealing with
  each other: each facilitator mediates (045) with each of the two, not with a state the
  story only mentioned (nlp.implied._story_mediations).
* "the prisoners were deported" after a captivity was told: the deportation (174) takes its
  holder and people (nlp.captives.story_captivity).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

@pytest.fixture
def coded(coded_codes):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_codes


def _has(rows: set[tuple[str, str, str, str]], src: str, code: str, tgt: str) -> bool:
    return any(r[0] is not None and r[2] is not None and r[0].startswith(src)
               and r[1] == code and r[2].startswith(tgt) for r in rows)


@pytest.mark.parametrize("text, denier, accuser", [
    ("Kenya accuses Somalia of shielding the militants, a charge Mogadishu denies.",
     "SOM", "KEN"),
    ("Poland accused Belarus of pushing migrants over the border, charges that Minsk "
     "denies.", "BLR", "POL"),
    ("Poland accused Belarus of pushing migrants over the border, the charge Minsk rejects.",
     "BLR", "POL"),
    ("Poland accused Belarus of pushing migrants over the border, charges Minsk rejects.",
     "BLR", "POL"),
    ("Mali accused Algeria of hosting rebel leaders, a claim Algiers has long dismissed.",
     "DZA", "MLI"),
    ("Lithuania said in March that Moscow was plotting to topple its government with "
     "saboteurs, a charge that Russia rejected as baseless.", "RUS", "LTU"),
])
def test_nlp_speech29_charge_denied_after_comma(coded, text, denier, accuser):
    rows = coded(text)
    assert _has(rows, denier, "016", accuser), rows
    assert not _has(rows, accuser, "016", denier), rows


@pytest.mark.parametrize("text", [
    # (a comma, a noun and a name, but no charge: a critic, not an accusation)
    "Peru deported the activist, a critic Lima has jailed before.",
    # (the charge noun is no charge of the name after it)
    "Poland accused Belarus of pushing migrants over the border on Friday, and Minsk "
    "denied entry to Polish lorries.",
])
def test_nlp_speech29_charge_denied_negative(coded, text):
    assert not [r for r in coded(text) if r[1] == "016"]


def test_nlp_speech29_persona_non_grata_after_apposition(coded):
    rows = coded("The Government of Chad has today informed the Secretary-General of the "
                 "United Nations that it has declared Mr. Hans Berger, Special Envoy of the "
                 "Secretary-General for Chad and Head of the United Nations Assistance Office "
                 "in Chad (UNAOC), persona non grata with immediate effect.")
    assert _has(rows, "TCD", "161", "UNO"), rows


def test_nlp_speech29_facilitated_talks_home_pair(coded):
    text = ("Fighting between the Sudanese army and the Rapid Support Forces went on in "
            "Khartoum. The bloc called on both sides to agree to a ceasefire and open aid "
            "corridors. Sudan's government had objected to the bloc's choice of Kenya as "
            "chair, accusing Nairobi of bias. The bloc welcomed the talks facilitated in Doha "
            "by Qatar and Turkey, which led to a pledge to protect civilians.")
    rows = {r for r in coded(text) if r[1] == "045"}
    for mediator in ("QAT", "TUR"):
        # (one event a side country: tests/test_nlp_link5.py)
        assert _has(rows, mediator, "045", "SDN"), rows
    assert not [r for r in rows if r[2] and r[2].startswith("KEN")], rows


def test_nlp_speech29_facilitated_talks_not_with_state_only_accused(coded):
    # (no dealings of the two sides told: the state only accused is no side of the talks)
    text = ("Chadian troops and rebels of the Front for Change and Concord have fought near "
            "the capital since April. The regional bloc urged both sides to accept a truce. "
            "Chad's government had objected to the bloc's choice of Kenya as chair, accusing "
            "Nairobi of bias. The bloc welcomed the talks facilitated in Doha by Qatar and "
            "Turkey, which led to a pledge to protect civilians.")
    rows = {r for r in coded(text) if r[1] == "045"}
    assert not [r for r in rows if r[2] and r[2].startswith("KEN")], rows


@pytest.mark.parametrize("text, expected", [
    # (the captivity told: the holder's own opposition jailed; the prisoners deported)
    ("Azerbaijan jailed 40 opposition activists in the spring. A court in Baku ordered "
     "that the prisoners be deported, and they were flown to Istanbul.",
     ("AZE", "174", "AZEOPP")),
    ("Azerbaijan jailed 40 opposition activists in the spring. They were deported to "
     "Turkey on Friday.", ("AZE", "174", "AZEOPP")),
])
def test_nlp_speech29_deportation_continues_story(coded, text, expected):
    rows = coded(text)
    assert _has(rows, *expected), rows


@pytest.mark.parametrize("text", [
    # (no captivity told before: nobody to continue)
    "A court ordered that the prisoners be deported on Friday.",
    # (deportation asked for, not done)
    "Azerbaijan jailed 40 opposition activists in the spring. Rights groups feared they "
    "could be deported.",
])
def test_nlp_speech29_deportation_negative(coded, text):
    assert not [r for r in coded(text) if r[1] == "174" and r[3] == "happened"]


@pytest.mark.parametrize("text, expected", [
    # (the judging state's own crowd stormed it: the condemnation is aimed at the crowd)
    ("BAGHDAD, May 2 - Hundreds of protesters stormed the Danish embassy in Baghdad before "
     "dawn on Friday. Iraq's foreign ministry condemned the storming on Friday.",
     ("IRQGOV", "111", "IRQCVL")),
    # (another state condemning it: at the crowd too, never at the embassy's owner)
    ("Hundreds of protesters stormed the Danish embassy in Tehran on Friday. Denmark "
     "condemned the storming.", ("DNK", "111", "IRNCVL")),
])
def test_nlp_speech29_storming_condemned(coded, text, expected):
    rows = coded(text)
    assert _has(rows, *expected), rows
    assert not [r for r in rows if r[1] == "111" and r[2] and r[2].startswith("DNK")], rows


def test_nlp_speech29_charge_denied_each_accuser(coded):
    rows = coded("Lithuania and the United States accuse Belarus of flying migrants to the "
                 "border. Belarus denies the charge.")
    for accuser in ("LTU", "USA"):
        assert _has(rows, "BLR", "016", accuser), rows


def test_nlp_speech29_charges_of_a_sentence_denied(coded):
    # (the charges a court jailed him on, rejected by his own government: its denial aimed
    # at the jailing state, no rejection of anything else)
    rows = coded("Police in Tehran arrested a French teacher, Marc Duval, in May 2022. In "
                 "March he was sentenced to twelve years in prison on charges that included "
                 "spying, which his relatives and the French government rejected as baseless.")
    assert _has(rows, "FRA", "016", "IRN"), rows
    assert not [r for r in rows if r[1][:2] == "12"], rows


def test_nlp_speech29_charge_denied_answers_the_other_side(coded):
    # (a third state's echo of the charge told last: the denial still answers the
    # article's other side, who made the charge first)
    rows = coded("Estonia expelled two Russian diplomats on Monday and blamed Russia for a "
                 "hacking attack on its tax office. Estonia's prime minister said the attack "
                 "had been ordered from Moscow. Britain also said Russia was responsible. "
                 "Moscow rejected the accusation as absurd.")
    assert _has(rows, "RUS", "016", "EST"), rows
    assert not _has(rows, "RUS", "016", "GBR"), rows


@pytest.mark.parametrize("text, expected", [
    ("Niger's junta accused Benin of interfering in its affairs on Monday. Beninese "
     "officials deny meddling and say the talks were part of a regional effort.",
     ("BEN", "016", "NER")),
])
def test_nlp_speech29_wrong_denied_outright(coded, text, expected):
    rows = coded(text)
    assert _has(rows, *expected), rows


def test_nlp_speech29_wrong_denied_no_charge_told(coded):
    # (no charge told before: nobody to answer)
    assert not [r for r in coded("Beninese officials deny meddling in the vote.")
                if r[1] == "016" and r[2]]


def test_nlp_speech29_release_from_own_jails_then_deported(coded):
    # (people held in the holder's own jails are its own prisoners of conscience; the
    # deportation of "the prisoners" told next continues that captivity)
    text = ("Today the government of Belarus freed 140 people who had been held in its jails "
            "for years, and Lithuania arranged their journey to Vilnius. Earlier today a "
            "court in Minsk ordered that the prisoners be deported.")
    rows = coded(text)
    assert _has(rows, "BLR", "0841", "BLROPP"), rows
    assert _has(rows, "BLR", "174", "BLROPP"), rows


def test_nlp_speech29_release_not_own_jails(coded):
    # (held in another's jails: not the releaser's own people)
    rows = coded("Belarus freed 140 people on Monday who had been held for months.")
    assert not _has(rows, "BLR", "0841", "BLR"), rows
