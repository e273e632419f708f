"""Whom an act is aimed at when its own clause names nobody, or only what it is about: the
meeting that frames it ("In her talks with X, ..."), the one a purpose clause's main verb
reached ("phoned X to urge ..."), the other side of the meeting a readout just told, and
the list a group phrase ("all three countries") stands for (:mod:`detente.nlp.frames`).

These load the real spaCy model (one Coder per session).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # a meeting noun that frames the clause: said to the one met, not to the topic
    ("In her talks with Sergei Lavrov, Foreign Minister Annalena Baerbock raised concerns "
     "about Ukraine's grain exports.", ("DEU", "11", "RUS")),
    ("During his meeting with Narendra Modi, Prime Minister Anthony Albanese voiced concern "
     "about attacks on Hindu temples in Canada.", ("AUS", "11", "IND")),
    # a meeting clause that frames it
    ("Chancellor Olaf Scholz raised concerns about the gas pipeline in Norway when he met "
     "Recep Tayyip Erdogan in Berlin.", ("DEU", "11", "TUR")),
])
def test_nlp_partner_frames_meeting_frame_names_the_partner(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    # the framing meeting noun is itself a meeting between the clause's subject and the one
    # it is with, or else the one the clause reaches
    ("In a phone call on Monday, Chancellor Olaf Scholz thanked Recep Tayyip Erdogan for his "
     "mediation.", ("DEU", "04", "TUR")),
    ("During a telephone conversation on Friday, Emmanuel Macron congratulated Giorgia Meloni "
     "on her election.", ("FRA", "04", "ITA")),
    ("During his meeting with Narendra Modi, Prime Minister Anthony Albanese voiced concern "
     "about attacks on Hindu temples in Canada.", ("AUS", "04", "IND")),
])
def test_nlp_partner_frames_framing_noun_is_a_meeting(triples, text, expected):
    assert expected in triples(text)


@pytest.mark.parametrize("text, expected", [
    ("French President Emmanuel Macron phoned Benjamin Netanyahu on Friday to urge restraint "
     "in Gaza.", [("FRA", "04", "ISR"), ("FRA", "02", "ISR")]),
    ("Secretary of State Antony Blinken called Nikol Pashinyan on Monday to press for a "
     "return to talks.", [("USA", "04", "ARM"), ("USA", "02", "ARM")]),
    ("Chancellor Olaf Scholz called Emmanuel Macron on Sunday to seek support for the budget "
     "rules.", [("DEU", "04", "FRA")]),
])
def test_nlp_partner_frames_purpose_clause_and_call(triples, text, expected):
    found = triples(text)
    for e in expected:
        assert e in found


@pytest.mark.parametrize("text", [
    "President Joe Biden called Vladimir Putin a killer in an interview.",
    "Prime Minister Narendra Modi called on Russia to end the war.",
    "Beijing called Canberra's remarks irresponsible.",
])
def test_nlp_partner_frames_calling_names_or_appeals_is_no_phone_call(triples, text):
    assert not any(root == "04" for _s, root, _t in triples(text))


@pytest.mark.parametrize("text, expected", [
    ("German Chancellor Olaf Scholz met Emmanuel Macron in Paris on Monday. Scholz also "
     "called for a quick decision on the budget rules.", ("DEU", "02", "FRA")),
    ("Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Beijing on "
     "Saturday. Albanese also demanded the release of the detained journalist Cheng Lei.",
     ("AUS", "10", "CHN")),
    ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI of Morocco in Rabat on "
     "Wednesday. The two discussed migration. Sanchez also criticised the delays at the "
     "border crossings.", ("ESP", "11", "MAR")),
])
def test_nlp_partner_frames_readout_partner(triples, text, expected):
    assert expected in triples(text)


def test_nlp_partner_frames_asked_spokesperson_is_not_appealing(triples):
    text = ("Antony Blinken met Wang Yi in Beijing on Monday. Asked about the meeting, a "
            "Chinese foreign ministry spokesperson said there was nothing to add.")
    assert ("CHN", "02", "USA") not in triples(text)
