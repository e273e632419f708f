"""Linking the sides of an event through who is told, whose guests come, and the pair the
story is about: a step of one's own told to someone ("informed his counterpart that X is
ending the pact": aimed at the one told), a side taking part "as guests of" a state (the
host's 043 and the guest's 042), and an offer to talk that names no partner ("remained open
to talks", "is willing to talk": to the other side of the story's pair).

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


TOLD_STEP_CASES = [
    ("a grouping's meeting frames the clause: the one told",
     "Leaders of the African Union met in Addis Ababa on Sunday. During the summit, Kenya's "
     "president informed the Ugandan leader that Kenya will close the border.",
     ("KEN", "172", "UGA")),
    ("a counterpart told, the grouping named before",
     "Foreign ministers of the G20 gathered in Jakarta on Friday. During the meeting, the "
     "Spanish minister told his Moroccan counterpart that Spain is ending the fishing accord.",
     ("ESP", "121", "MAR")),
    ("a pronoun doer, the one told named",
     "Chad's president notified Sudan that it would withdraw from the border pact.",
     ("TCD", "121", "SDN")),
]


@pytest.mark.parametrize(("label", "text", "want"), TOLD_STEP_CASES,
                         ids=[c[0] for c in TOLD_STEP_CASES])
def test_nlp_link20_told_own_step(extracted_pairs, label, text, want):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert want in got, (label, got)


TOLD_STEP_NEGATIVE = [
    ("the clause names whom the step hits: not the one told",
     "During the summit, Kenya's president informed the Ugandan leader that Kenya will close "
     "the border with Tanzania.",
     ("KEN", "172", "UGA")),
    ("someone else's step told: no step of the teller's",
     "Leaders of the African Union met in Addis Ababa. During the summit, Kenya's president "
     "informed the Ugandan leader that Somalia had suspended the accord.",
     ("SOM", "121", "UGA")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), TOLD_STEP_NEGATIVE,
                         ids=[c[0] for c in TOLD_STEP_NEGATIVE])
def test_nlp_link20_told_own_step_negative(extracted_pairs, label, text, unwanted):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert unwanted not in got, (label, got)


GUEST_CASES = [
    ("two joined subjects, guests of a country",
     "South Korean President Yoon and Australian Prime Minister Albanese took part in the "
     "talks in Hiroshima as guests of Japan.",
     {("JPN", "043", "KOR", "happened"), ("KOR", "042", "JPN", "happened"),
      ("JPN", "043", "AUS", "happened"), ("AUS", "042", "JPN", "happened")}),
    ("guest of a king, one visitor",
     "The Emir of Qatar came to Riyadh as a guest of King Salman on Tuesday.",
     {("SAU", "043", "QAT", "happened"), ("QAT", "042", "SAU", "happened")}),
    ("a relative clause of a summit to come",
     "Lula said the leaders could meet at the summit in Rome, which he and the Indian prime "
     "minister will attend as guests of Italy's premier.",
     {("ITA", "043", "BRA", "planned"), ("BRA", "042", "ITA", "planned")}),
]


@pytest.mark.parametrize(("label", "text", "want"), GUEST_CASES,
                         ids=[c[0] for c in GUEST_CASES])
def test_nlp_link20_guests_of(extracted_pairs, label, text, want):
    got = {(s, c, t, st) for s, _, c, t, st in extracted_pairs(text, PUBLISHED)}
    assert want <= got, (label, want - got, got)


GUEST_NEGATIVE = [
    ("described as guests: no one took part",
     "Critics in Paris described the Chinese envoys as guests of the Kremlin."),
    ("not invited as guests",
     "Chinese officials were not invited as guests of Japan."),
]


@pytest.mark.parametrize(("label", "text"), GUEST_NEGATIVE, ids=[c[0] for c in GUEST_NEGATIVE])
def test_nlp_link20_guests_of_negative(extracted_pairs, label, text):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert not any(c in ("042", "043") for _, c, _ in got), (label, got)


OFFER_CASES = [
    ("remained open to talks, pair told by a claim",
     "Venezuela and Guyana traded accusations over the Essequibo region on Tuesday. Caracas "
     "said it stays open to direct talks.",
     ("VEN", "03", "GUY")),
    ("willing to talk after a charge",
     "Thailand accused Cambodia of shelling a temple on Friday. Phnom Penh said it was "
     "willing to talk.",
     ("KHM", "03", "THA")),
    ("prepared to talk, the pair of a delay",
     "Hungary has delayed Sweden's NATO bid for months. The Swedish government said that it "
     "was prepared to talk.",
     ("SWE", "03", "HUN")),
    ("ready for dialogue after a fight",
     "Azerbaijan and Armenia traded fire on the border on Monday. Yerevan is ready for "
     "dialogue, the foreign ministry said.",
     ("ARM", "03", "AZE")),
]


@pytest.mark.parametrize(("label", "text", "want"), OFFER_CASES, ids=[c[0] for c in OFFER_CASES])
def test_nlp_link20_offer_to_story_partner(extracted_pairs, label, text, want):
    got = {(s, r, t) for s, r, _, t, _ in extracted_pairs(text, PUBLISHED)}
    assert want in got, (label, got)


OFFER_NEGATIVE = [
    ("not ready: no offer",
     "Azerbaijan and Armenia traded fire on the border on Monday. Baku said it was not ready "
     "to talk.",
     ("AZE", "03", "ARM")),
    ("a third side's offer: not the pair's",
     "Azerbaijan and Armenia traded fire on the border on Monday. Turkey said it was ready to "
     "talk.",
     ("TUR", "03", "ARM")),
    ("talks with someone named: that one only",
     "Azerbaijan and Armenia traded fire on the border on Monday. Baku said it was open to "
     "talks with Georgia.",
     ("AZE", "03", "ARM")),
    ("a topic of its own: no guessed partner",
     "Thailand accused Cambodia of shelling a temple on Friday. Phnom Penh said it was "
     "willing to discuss the border.",
     ("KHM", "03", "THA")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), OFFER_NEGATIVE,
                         ids=[c[0] for c in OFFER_NEGATIVE])
def test_nlp_link20_offer_to_story_partner_negative(extracted_pairs, label, text, unwanted):
    got = {(s, r, t) for s, r, _, t, _ in extracted_pairs(text, PUBLISHED)}
    assert unwanted not in got, (label, got)


THIRD_PLACE_CASES = [
    ("the place state's president brokers the meeting",
     "In July, the presidents of Rwanda and Congo met in Luanda, where Angola's President "
     "Lourenco got them to agree on a ceasefire.",
     {("RWA", "042", "AGO"), ("COD", "042", "AGO")}),
    ("the place state's minister takes part",
     "The foreign ministers of Armenia and Azerbaijan met in Washington on Monday, with "
     "Secretary of State Blinken taking part.",
     {("ARM", "042", "USA"), ("AZE", "042", "USA")}),
    ("the place state's premier chairs the meeting",
     "The leaders of Ethiopia and Somalia met in Ankara on Sunday, where Turkish Foreign "
     "Minister Fidan chaired the session.",
     {("ETH", "042", "TUR"), ("SOM", "042", "TUR")}),
]


@pytest.mark.parametrize(("label", "text", "want"), THIRD_PLACE_CASES,
                         ids=[c[0] for c in THIRD_PLACE_CASES])
def test_nlp_link20_third_place_host(extracted_pairs, label, text, want):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert want <= got, (label, want - got, got)


THIRD_PLACE_NEGATIVE = [
    ("no one of the place named: talks abroad only",
     "The leaders of Serbia and Kosovo met in Brussels on Thursday.",
     "BEL"),
    ("one of the place who only tells of it",
     "The army chiefs of Sudan and Chad met in Cairo on Saturday, the Egyptian envoy said.",
     "EGY"),
    ("the place state's king is met as a side",
     "Blinken will travel to Amman tomorrow, where he is to meet King Abdullah of Jordan and "
     "the Palestinian president.",
     "JOR"),
]


@pytest.mark.parametrize(("label", "text", "place"), THIRD_PLACE_NEGATIVE,
                         ids=[c[0] for c in THIRD_PLACE_NEGATIVE])
def test_nlp_link20_third_place_host_negative(extracted_pairs, label, text, place):
    got = {(s, c, t) for s, _, c, t, _ in extracted_pairs(text, PUBLISHED)}
    assert not any(c == "042" and t == place and s not in ("USA",) for s, c, t in got), (
        label, got)


ASKED_HELD_CASES = [
    ("consultations requested, 'those talks' ended",
     "After months of pressure, Canada requested formal consultations with Peru in May, and "
     "those talks ended without a deal.",
     ("CAN", "04", "PER")),
    ("a meeting proposed, 'those talks' began",
     "Brazil proposed a meeting with Argentina last week, and those talks began in Buenos "
     "Aires on Monday.",
     ("BRA", "04", "ARG")),
    ("talks asked for, 'these negotiations' to open",
     "Japan asked for talks with South Korea, and these negotiations will open next month.",
     ("JPN", "04", "KOR")),
]


@pytest.mark.parametrize(("label", "text", "want"), ASKED_HELD_CASES,
                         ids=[c[0] for c in ASKED_HELD_CASES])
def test_nlp_link20_asked_talks_held(extracted_pairs, label, text, want):
    got = {(s, r, t) for s, r, _, t, _ in extracted_pairs(text, PUBLISHED)}
    assert want in got, (label, got)


ASKED_HELD_NEGATIVE = [
    ("the talks never took place",
     "Japan asked for talks with South Korea, but those talks never took place."),
    ("the talks called off",
     "Japan asked for talks with South Korea, but those talks were cancelled on Friday."),
    ("the talks only possible",
     "Japan asked for talks with South Korea, and those talks could take place if Seoul "
     "agrees."),
]


@pytest.mark.parametrize(("label", "text"), ASKED_HELD_NEGATIVE,
                         ids=[c[0] for c in ASKED_HELD_NEGATIVE])
def test_nlp_link20_asked_talks_held_negative(extracted_pairs, label, text):
    got = {(s, r, t) for s, r, _, t, _ in extracted_pairs(text, PUBLISHED)}
    assert ("JPN", "04", "KOR") not in got, (label, got)
