"""What reported speech does when its content is the event (nlp.speech,
coding/data/stance.yaml, "# speech19"):

* a measure or act of another side judged against a norm ("said Ottawa's quota was not
  based on science", "said the Japanese ban was in breach of the treaty", "lacked any legal
  basis") is criticism (111) of the side that owns it;
* the speaker's own measures or acts said to keep a norm ("replied that its measures were
  compatible with the pact") answer the charge told before: a denial (016) aimed at the
  accuser; with no charge told, no event;
* a step of its own that the speaker's side will take, or stands ready to take, if another
  side refuses or fails ("said it stood ready to begin pumping if its partners declined
  to take part") is a threat (130, 138 with force) aimed at that side.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture(scope="module")
def rows(event_rows_all):
    """(source country, code, target country, status) of a one-text article."""
    return lambda text: event_rows_all(text, PUB, by="country", digits=3)


@pytest.mark.parametrize("text, expected", [
    ("Canberra said Beijing's tariffs were not based on any evidence.",
     ("AUS", "111", "CHN", "happened")),
    ("Seoul said the Japanese quota was not consistent with the fisheries treaty.",
     ("KOR", "111", "JPN", "happened")),
    ("Moscow said that Kyiv's actions were contrary to the Minsk agreements.",
     ("RUS", "111", "UKR", "happened")),
    ("Pakistan said India's decision was in violation of the Indus Waters Treaty.",
     ("PAK", "111", "IND", "happened")),
    ("Tokyo said the Chinese ban on seafood imports was not based on science.",
     ("JPN", "111", "CHN", "happened")),
    ("Wellington said Canberra's visa rules lacked any legal basis.",
     ("NZL", "111", "AUS", "happened")),
    ("The foreign ministry in Hanoi said Chinese fishing bans in the gulf had no basis in "
     "international law.", ("VNM", "111", "CHN", "happened")),
    # no owner named: whoever did the act the noun names
    ("China banned Japanese seafood imports in August. Tokyo said the ban was not based on "
     "science.", ("JPN", "111", "CHN", "happened")),
    # an international body's judgement
    ("The European Commission said Hungary's new law was not in line with EU rules.",
     ("EU", "111", "HUN", "happened")),
    ("NATO said Russia's deployment was in breach of the treaty.",
     ("NATO", "111", "RUS", "happened")),
])
def test_nlp_speech19_norm_breached_is_criticism(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text, expected", [
    ("Washington accused Mexico of breaking the trade agreement. Mexico's economy ministry "
     "responded that its curbs were compatible with the pact.",
     ("MEX", "016", "USA", "happened")),
    ("Britain criticised Iceland's fishing quotas. Reykjavik said it had acted in line with "
     "international law.", ("ISL", "016", "GBR", "happened")),
    ("Manila accused Beijing of violating the arbitral ruling. China said its coast guard had "
     "acted in accordance with the law.", ("CHN", "016", "PHL", "happened")),
])
def test_nlp_speech19_norm_kept_denies_charge(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text, code", [
    # no charge told before: an assertion, no denial
    ("Reykjavik said it had acted in line with international law.", "016"),
    ("China said its coast guard had acted in accordance with the law.", "016"),
    # another side said to keep the norm: no criticism
    ("Tokyo said Seoul's stance was compatible with the accord.", "111"),
    # a wish, not a finding
    ("Berlin said Warsaw's new media law should be based on European standards.", "111"),
    # a basis granted, not denied
    ("Manila said the Chinese map had a basis in history.", "111"),
    # the speaker's own measure
    ("Ottawa said Canada's own rules were compatible with the pact.", "016"),
])
def test_nlp_speech19_norm_judgement_negative(rows, text, code):
    assert not any(c[1] == code for c in rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Kuwait and Saudi Arabia signed an agreement to develop the field. Iran's oil minister "
     "said Tehran stood prepared to begin pumping on its side of the reservoir if the others "
     "declined to join.", {("IRN", "130", "KWT", "happened"), ("IRN", "130", "SAU", "happened")}),
    ("The Indian foreign minister said New Delhi would suspend the water treaty if Pakistan "
     "did not stop the attacks.", {("IND", "130", "PAK", "happened")}),
    ("Moscow said it was prepared to send troops if Kyiv refused to withdraw its forces.",
     {("RUS", "138", "UKR", "happened")}),
    ("Ankara said it would take the case to arbitration unless Athens lifted the ban.",
     {("TUR", "130", "GRC", "happened")}),
])
def test_nlp_speech19_refusal_condition_threat(rows, text, expected):
    assert expected <= rows(text)


@pytest.mark.parametrize("text", [
    # the condition tells no refusal
    "Beijing said it would help if Manila asked for assistance.",
    # another side's step
    "Berlin said Paris would impose tariffs if Washington refused to negotiate.",
    # the step itself negated
    "Seoul said it would not resume the project if Tokyo refused to apologise.",
])
def test_nlp_speech19_refusal_condition_negative(rows, text):
    assert not any(c[1][:2] == "13" for c in rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Iran called the deal between Kuwait and Saudi Arabia illegal. Riyadh replied that the "
     "gas under the zone belonged to the kingdom and Kuwait alone.",
     ("SAU", "120", "IRN", "happened")),
    ("Kuwait criticised Iran's survey of the field. Tehran answered that it would never cede "
     "its share.", ("IRN", "120", "KWT", "happened")),
    ("China criticised the Japanese patrols. Tokyo responded that the islands belonged to "
     "Japan and that it would never surrender its sovereignty.",
     ("JPN", "120", "CHN", "happened")),
])
def test_nlp_speech19_own_claim_answered_rejects(rows, text, expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # a claim said, not an answer
    "China criticised the Japanese patrols. Tokyo said the islands belonged to Japan.",
    # what the answer holds is not the speaker's own
    "Argentina renewed its claim to the islands. Britain replied that the islands belonged "
    "to their inhabitants.",
    # the rights given up, not held
    "Kuwait criticised Iran's survey of the field. Tehran answered that it would give up its "
    "stake.",
])
def test_nlp_speech19_own_claim_answered_negative(rows, text):
    assert not any(c[1] == "120" and c[0] in ("JPN", "GBR", "IRN")
                   for c in rows(text))


def test_nlp_speech19_own_claim_answered_needs_charge(rows):
    text = ("Kuwait and Iran held talks on the border. Tehran answered that it would never "
            "cede its share.")
    assert not any(c[1] == "120" for c in rows(text))


@pytest.mark.parametrize("text, expected", [
    ("Iranian guards clashed with Taliban fighters at the border on Saturday. The Taliban "
     "spokesman said the movement wanted no war and that the matter must be resolved "
     "through talks.", ("AFG", "036", "IRN", "happened")),
    ("Azerbaijani troops shelled Armenian positions. Yerevan said the dispute could only be "
     "settled by peaceful means.", ("ARM", "036", "AZE", "happened")),
    ("Manila protested to Beijing over the water cannon attack. The Chinese foreign ministry "
     "said the issue should be handled through diplomatic consultations.",
     ("CHN", "036", "PHL", "happened")),
])
def test_nlp_speech19_dialogue_preferred_is_intent_to_talk(rows, text,
                                                          expected):
    assert expected in rows(text)


@pytest.mark.parametrize("text", [
    # a third side's call
    "Azerbaijani troops shelled Armenian positions. Beijing said the dispute should be "
    "settled through dialogue.",
    # no quarrel told
    "Yerevan said the dispute should be settled through dialogue.",
    # not by talks
    "Azerbaijani troops shelled Armenian positions. Baku said the problem would be solved "
    "by force.",
])
def test_nlp_speech19_dialogue_preferred_negative(rows, text):
    assert not any(c[1] == "036" for c in rows(text))
