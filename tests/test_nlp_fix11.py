"""Sentence -> event tables for the fix11 rules: blame laid without a "for" phrase ("said X
was responsible", "X was behind the attack") and a direct "held X responsible for"; a "that"
clause on a noun of asking is what is asked, no event of its own; a country adjective inside
a region's epithet ("Latin American") names no country; "Foreign Office" takes the article's
country; "them" after a group phrase of its own sentence is that group; support promised for
a task is an intent; energy supplied is trade; ministers added to the KB.

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not; a two-character code is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 12)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's texts as articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


BLAME: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("bare responsible", "Kyiv said Moscow was responsible.", {("UKR", "112", "RUS")}, set()),
    ("bare responsible, adverb", "Iraq's foreign minister said Turkey was solely responsible.",
     {("IRQ", "112", "TUR")}, set()),
    ("behind a harm", "Officials in Tehran said Israel was behind the attack.",
     {("IRN", "112", "ISR")}, set()),
    ("behind a harm: cyber", "Seoul said North Korea was behind the cyberattacks on its banks.",
     {("KOR", "112", "PRK")}, set()),
    ("held responsible, direct", "Kyiv held Moscow responsible for the attack.",
     {("UKR", "112", "RUS")}, set()),
    ("holds responsible, present", "Ukraine holds Russia responsible for the shelling of "
     "the plant.", {("UKR", "112", "RUS")}, set()),
    # negative rows: no harm, a duty, a denial
    ("behind talks is no blame", "Seoul said North Korea was behind the talks.", set(),
     {("KOR", "112", "PRK")}),
    ("responsible for a duty", "The minister said Germany was responsible for security.",
     set(), {("DEU", "112", "DEU")}),
    ("held responsible for talks", "The ministry in Warsaw held Paris responsible for the "
     "talks.", set(), {("POL", "112", "FRA")}),
    ("not behind", "Ankara said Washington was not behind the coup attempt.", set(),
     {("TUR", "112", "USA")}),
    ("responsible to parliament", "Kyiv said Moscow was responsible to its parliament.",
     set(), {("UKR", "112", "RUS")}),
]

ASKED: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("demand that", "Beijing repeated its demand that Washington ease sanctions.",
     {("CHN", "10", "USA")}, {("USA", "085", "CHN")}),
    ("call that, relcl parse", "Moscow renewed its call that Kyiv withdraw its troops from "
     "the region.", {("RUS", "02", "UKR")}, {("UKR", "087", "RUS")}),
    ("appeal that", "The EU reiterated its appeal that Serbia recognise Kosovo.",
     {("EU", "02", "SRB")}, {("SRB", "054", "XKX")}),
    ("condition that", "Ankara set the condition that Stockholm extradite the suspects.",
     set(), {("SWE", "06", "TUR")}),
    # negative row: a clause told as done is no demand's content
    ("decision that is no asking", "Moscow welcomed the decision that Kyiv withdraw its "
     "troops.", {("UKR", "087", "RUS")}, set()),
]

ACTORS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("Latin American", "China criticized Latin American leaders on Monday.", set(),
     {("CHN", "111", "USA")}),
    ("North American", "Moscow criticized North American leaders.", set(),
     {("RUS", "111", "USA")}),
    # (definite: a bare "South American governments" is such states in general, prec26)
    ("South American, named before", "Brazil and Argentina met. China criticized the South "
     "American governments for the vote.", {("CHN", "111", "BRA")}, {("CHN", "111", "USA")}),
    # negative rows: a country's own adjective stays the country
    ("South African is a country", "China criticized South African officials.",
     {("CHN", "111", "ZAF")}, set()),
    ("American alone", "China criticized American officials.", {("CHN", "111", "USA")},
     set()),
    ("Federal Foreign Office", "The Federal Foreign Office condemned the Russian strike.",
     {("DEU", "111", "RUS")}, {("GBR", "111", "RUS")}),
    ("Foreign Office in a German story", "German Chancellor Olaf Scholz met Polish leaders "
     "in Berlin. The Foreign Office condemned the Russian strike.", {("DEU", "111", "RUS")},
     {("GBR", "111", "RUS")}),
    ("Foreign Office in a Pakistani story", "Pakistan's army chief visited Kabul. The "
     "Foreign Office condemned the Indian strike.", {("PAK", "111", "IND")},
     {("GBR", "111", "IND")}),
    ("Foreign Office in a British story", "British Prime Minister Rishi Sunak spoke in "
     "London. The Foreign Office condemned the Russian strike.", {("GBR", "111", "RUS")},
     set()),
]

GROUPS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("them after both leaders", "Thai and Cambodian troops clashed on the border. The "
     "American president spoke by phone with both leaders and urged them to end the "
     "clashes.", {("USA", "020", "THA"), ("USA", "020", "KHM")}, set()),
    ("them after the two leaders", "Ethiopia and Eritrea held talks in Jeddah. The Saudi "
     "king hosted the two leaders and urged them to sign a peace deal.",
     {("SAU", "020", "ETH"), ("SAU", "020", "ERI")}, set()),
    ("them after both sides", "Serbia and Kosovo met in Brussels. The EU envoy praised "
     "both sides and urged them to implement the deal.",
     {("EU", "020", "SRB"), ("EU", "020", "XKX")}, set()),
]

ACTS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("will support in doing", "Japan will support India in building the high-speed "
     "railway.", {("JPN", "03", "IND")}, {("JPN", "051", "IND")}),
    ("would support in doing, reported", "Germany said it would support Ukraine in "
     "rebuilding its power grid.", {("DEU", "03", "UKR")}, {("DEU", "051", "UKR")}),
    # negative rows: support voiced now, support of a thing
    ("supports in doing, present", "Beijing strongly supports Tehran in defending its "
     "borders.", {("CHN", "051", "IRN")}, {("CHN", "03", "IRN")}),
    ("will support a bid", "Japan will support India's bid for a seat.",
     {("JPN", "051", "IND")}, set()),
    ("gas supplied", "Russia supplied gas to Hungary under a long-term contract.",
     {("RUS", "061", "HUN")}, {("RUS", "070", "HUN")}),
    ("supplied with gas", "Azerbaijan will supply Italy with gas.",
     {("AZE", "061", "ITA")}, {("AZE", "070", "ITA")}),
    ("supplied through a pipeline", "Norway supplies Poland through a new pipeline on the "
     "seabed.", {("NOR", "061", "POL")}, {("NOR", "070", "POL")}),
    # negative rows: arms and aid supplied stay 07x
    ("tanks supplied", "Britain supplied tanks to Ukraine.", {("GBR", "072", "UKR")},
     {("GBR", "061", "UKR")}),
    ("food aid supplied", "China supplied food aid to Tonga.", {("CHN", "07", "TON")},
     {("CHN", "061", "TON")}),
]

ROWS = BLAME + ASKED + ACTORS + GROUPS + ACTS


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_fix11_sentence_events(check, label: str, text: str, present: set[Triple],
                                   absent: set[Triple]) -> None:
    check(text, present, absent, label)


# (name as written, day, expected code)
PEOPLE: list[tuple[str, date, str]] = [
    ("Jan Hamacek", date(2021, 4, 15), "CZEGOV"),
    ("Hamáček", date(2019, 5, 1), "CZEGOV"),
    ("Tomas Petricek", date(2020, 1, 10), "CZEGOV"),
    ("Jakub Kulhánek", date(2021, 6, 1), "CZEGOV"),
    ("Ivan Korcok", date(2021, 2, 1), "SVKGOV"),
    ("Anže Logar", date(2021, 2, 1), "SVNGOV"),
    ("Andrej Kiska", date(2016, 2, 1), "SVKGOV"),
    # out of office: a former official
    ("Tomas Petricek", date(2022, 1, 10), "CZEELI"),
    ("Bohuslav Sobotka", date(2019, 1, 10), "CZEELI"),
]


@pytest.mark.parametrize(("name", "day", "code"), PEOPLE,
                         ids=[f"{p[0]}-{p[1]}" for p in PEOPLE])
def test_nlp_fix11_kb_people(name: str, day: date, code: str) -> None:
    from detente.coding.actors import load_kb

    kb = load_kb()
    found = kb.find(name)
    assert found, name
    assert kb.code_at(found[0], day)[2] == code
