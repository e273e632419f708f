"""Sentence -> event tables for session-11 reciprocal force and one-sided meetings (clash8):
an exchange of fire, a clash or a skirmish between two armed sides is fought by both (190 each
way), as is "fighting between A and B" (also "between the armies of A and B") and the fighting
a truce or peace deal of two sides followed ("after two days of fighting"); a crowd that
clashes with police is not coded as fighting back; "had been called home" is a recall, and a
recall that names no country is from the one the sentence's first recall was from; a person of
one side present in another's city ("was in Moscow") made a journey there (042), unless the
post is there (an ambassador) or the "in" phrase is no place; "X became the first leader to
visit Y" is X's act (not the ranked noun's modifier), done as the copula tells.

Every row is written for this file. ``present`` rows (source country, code, target country,
status) must be coded, ``absent`` ones (source, code, target) must not; a two-character code
is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)

Row = tuple[str, str, str, str]
Absent = tuple[str, str, str]


@pytest.fixture(scope="module")
def coded(extracted_pairs):
    """This module's texts as articles published on PUB, every sentence parsed."""
    return functools.partial(extracted_pairs, published=PUB)


def _has(got: set[tuple[str, str, str, str, str]], src: str, code: str, tgt: str,
         status: str | None = None) -> bool:
    return any(s == src and t == tgt and (r == code if len(code) == 2 else c == code)
               and (status is None or st == status) for s, r, c, t, st in got)


def _check(got: set[tuple[str, str, str, str, str]], label: str, present: set[Row],
           absent: set[Absent]) -> None:
    for row in present:
        assert _has(got, *row), (label, row, got)
    for row in absent:
        assert not _has(got, *row), (label, row, got)


RECIPROCAL: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("coordinated adjectives, exchanged fire",
     "Indian and Pakistani troops exchanged fire along the frontier on Tuesday.",
     {("IND", "190", "PAK", "happened"), ("PAK", "190", "IND", "happened")}, set()),
    ("coordinated names, traded fire",
     "Israel and Hezbollah traded fire across the border overnight.",
     {("ISR", "190", "LBN", "happened"), ("LBN", "190", "ISR", "happened")}, set()),
    ("clashed with, both armed",
     "Armenian forces clashed with Azerbaijani troops near the village on Sunday.",
     {("ARM", "190", "AZE", "happened"), ("AZE", "190", "ARM", "happened")}, set()),
    ("troops of A and B clashed",
     "Soldiers of Thailand and Cambodia clashed near the disputed temple last week.",
     {("THA", "190", "KHM", "happened"), ("KHM", "190", "THA", "happened")}, set()),
    ("clashes between A's and B's forces",
     "Clashes between Israeli soldiers and Hezbollah fighters went on all night.",
     {("ISR", "190", "LBN", None), ("LBN", "190", "ISR", None)}, set()),
    ("fighting between two countries (a verb-tagged gerund)",
     "Fighting between Russia and Ukraine continued on Friday.",
     {("RUS", "190", "UKR", None), ("UKR", "190", "RUS", None)}, set()),
    ("fighting between the armies of A and B",
     "Heavy fighting between the armies of Eritrea and Ethiopia broke out on Monday.",
     {("ERI", "190", "ETH", None), ("ETH", "190", "ERI", None)}, set()),
    ("a truce after days of fighting: the pair that agreed fought",
     "Armenia and Azerbaijan agreed on Friday to a truce after three days of fierce fighting "
     "along their frontier.",
     {("ARM", "190", "AZE", "happened"), ("AZE", "190", "ARM", "happened")}, set()),
    ("a peace deal following years of fighting",
     "Eritrea and Ethiopia signed a peace deal following years of fighting.",
     {("ERI", "190", "ETH", "happened"), ("ETH", "190", "ERI", "happened")}, set()),
    ("a bloc named beside its two members is no side",
     "The meeting was clouded by fighting between two members of the alliance, Kyrgyzstan "
     "and Tajikistan.",
     {("KGZ", "190", "TJK", None), ("TJK", "190", "KGZ", None)}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), RECIPROCAL,
                         ids=[r[0] for r in RECIPROCAL])
def test_nlp_clash8_fighting_is_coded_both_ways(coded, label: str, text: str,
                                                present: set[Row],
                                                absent: set[Absent]) -> None:
    _check(coded(text), label, present, absent)


ONE_WAY: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("police clashing with protesters: no fighting back by the crowd",
     "Israeli police clashed with Palestinian protesters outside the mosque.",
     set(), {("PSE", "19", "ISR")}),
    ("a war named as a topic is no fighting told",
     "The war between Israel and Hamas is expected to dominate the minister's talks.",
     set(), {("ISR", "19", "PSE"), ("PSE", "19", "ISR")}),
    ("a meeting after fighting elsewhere: the two who met did not fight",
     "Biden and Xi met after weeks of fighting in Gaza.",
     set(), {("USA", "19", "CHN"), ("CHN", "19", "USA")}),
    ("a trade war is no fighting",
     "The trade war between Washington and Beijing deepened this year.",
     set(), {("USA", "19", "CHN"), ("CHN", "19", "USA")}),
    ("a one-sided attack stays one-sided",
     "Russian forces shelled Ukrainian positions near the river.",
     {("RUS", "19", "UKR", None)}, {("UKR", "19", "RUS")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ONE_WAY,
                         ids=[r[0] for r in ONE_WAY])
def test_nlp_clash8_one_sided_force_stays_one_way(coded, label: str, text: str,
                                                  present: set[Row],
                                                  absent: set[Absent]) -> None:
    _check(coded(text), label, present, absent)


RECALLED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("passive called home, the post named",
     "Seoul said its ambassador to Tokyo had been called home.",
     {("KOR", "161", "JPN", "happened")}, set()),
    ("second recall in the sentence takes the first one's country",
     "Chile recalled its envoy from Israel on Monday, and Bolivia's foreign ministry said "
     "on Tuesday that its envoy had been called home.",
     {("CHL", "161", "ISR", "happened"), ("BOL", "161", "ISR", "happened")}, set()),
    ("recalled back, with the post named",
     "Canada's ambassador to Riyadh was called back to Ottawa last night.",
     set(), {("SAU", "16", "CAN")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), RECALLED,
                         ids=[r[0] for r in RECALLED])
def test_nlp_clash8_envoy_called_home(coded, label: str, text: str, present: set[Row],
                                      absent: set[Absent]) -> None:
    _check(coded(text), label, present, absent)


JOURNEYS: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("due in a capital",
     "Chinese Foreign Minister Wang Yi is due in Paris on Sunday.",
     {("CHN", "042", "FRA", "planned")}, set()),
    ("set to arrive in",
     "Prime Minister Narendra Modi is set to arrive in Moscow on Monday.",
     {("IND", "042", "RUS", "planned")}, set()),
    ("coordinated officials present in a city",
     "Jake Sullivan and India's Ajit Doval were also in Riyadh for the meeting.",
     {("USA", "042", "SAU", "happened"), ("IND", "042", "SAU", "happened")}, set()),
    ("a minister present last week",
     "The Chinese foreign minister was in Moscow last week.",
     {("CHN", "042", "RUS", "happened")}, set()),
    ("an ambassador's post is no journey",
     "Russia's ambassador was in Washington when the note was delivered.",
     set(), {("RUS", "04", "USA")}),
    ("an idiom with in is no place",
     "The Kenyan president is in talks with investors.",
     set(), {("KEN", "042", "")}),
    ("at home is no visit",
     "President Biden was in Chicago on Tuesday.",
     set(), {("USA", "04", "USA")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), JOURNEYS,
                         ids=[r[0] for r in JOURNEYS])
def test_nlp_clash8_presence_is_a_journey(coded, label: str, text: str, present: set[Row],
                                          absent: set[Absent]) -> None:
    _check(coded(text), label, present, absent)


RANKED: list[tuple[str, str, set[Row], set[Absent]]] = [
    ("first leader to visit, the noun's adjective no actor",
     "Chilean President Gabriel Boric became the first Latin American head of state to "
     "visit Kyiv and Moscow in one week.",
     {("CHL", "042", "UKR", "happened"), ("CHL", "042", "RUS", "happened")},
     {("USA", "04", "UKR")}),
    ("first leader to visit, no actor in the noun",
     "Kenya's Ruto was the first African leader to visit Beijing this year.",
     {("KEN", "042", "CHN", "happened")}, set()),
    ("latest state to recognise: done, not planned",
     "Spain became the latest European country to recognize Palestine.",
     {("ESP", "054", "PSE", "happened")}, set()),
    ("only member to send: the subject sends, not the bloc",
     "Germany is the only NATO member to send tanks to Ukraine.",
     {("DEU", "07", "UKR", None)}, {("NATO", "07", "UKR")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), RANKED,
                         ids=[r[0] for r in RANKED])
def test_nlp_clash8_ranked_doer_is_the_copulas_subject(coded, label: str, text: str,
                                                       present: set[Row],
                                                       absent: set[Absent]) -> None:
    _check(coded(text), label, present, absent)
