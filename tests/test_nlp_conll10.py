"""Sentence -> event tables for constructions found missing on real news sentences (session
13): aid (given or cut) whose recipient is named only by the people it is for, their place,
the disaster it answers or the purpose it serves; forces or help sent to a body's mission or
force abroad (for the country it serves); goods named by whose imports they are and what a
count head ("a number of") counts; a demand noun's "that" clause; "met his counterpart X"
parsed as two objects and leaders who gather for talks; a participle that tells what a
letter says; officials or investigators sent to another country (a visit); and a warning or
protest handed to someone ("gave X a warning").

Every row is written for this file and names the construction it covers. ``present`` triples
must be coded, ``absent`` ones must not. A triple is (source country, CAMEO code or two-digit
root, target country): a two-character code is compared with the event's root, a longer one
with its full code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 3, 1)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


AID_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- aid goes where the people it is for are, or where its purpose is
    ("for people displaced in a place", "Norway provided 40 million dollars to pay for "
     "emergency food for families displaced in Somalia.", {("NOR", "07", "SOM")}, set()),
    ("to communities hit by a disaster in a place", "Japan announced 12 million dollars in "
     "new assistance to communities hit by the floods in Pakistan.",
     {("JPN", "033", "PAK")}, set()),
    ("purpose clause with a place", "Canada gave 25 million dollars to rebuild schools and "
     "clinics in Haiti.", {("CAN", "07", "HTI")}, set()),
    ("purpose clause after a gift of goods", "The Netherlands donated medical equipment to "
     "help hospitals in Lebanon.", {("NLD", "07", "LBN")}, set()),
    ("after a disaster in a place", "China sent relief supplies after the floods in "
     "Pakistan.", {("CHN", "07", "PAK")}, set()),
    ("victims of a disaster in a place", "Japan sent rescue teams to help victims of the "
     "earthquake in Turkey.", {("JPN", "07", "TUR")}, set()),
    # -- an increase in aid is aid given (the noun of increase stands for what it raises)
    ("increase in funding with a purpose", "The Dutch government announced a sharp increase "
     "in funding to fight the cholera outbreak in Malawi.", {("NLD", "033", "MWI")}, set()),
    ("boost in aid to a capital", "Washington approved a boost in military aid to Kyiv.",
     {("USA", "07", "UKR")}, set()),
    ("increase in aid pledged", "Japan pledged an increase in aid to Jordan.",
     {("JPN", "033", "JOR")}, set()),
    ("a rise in tariffs on goods", "China announced a rise in tariffs on Australian barley.",
     {("CHN", "163", "AUS")}, set()),
    # -- aid cut for a place or for the people there is aimed at the country they are in
    ("aid suspended to a territory", "The European Commission has suspended humanitarian aid "
     "to Gaza over the fighting.", {("EU", "162", "PSE")}, set()),
    ("aid cut for people in a place", "The WFP cut food aid for refugees living in Jordan.",
     {("UNO", "162", "JOR")}, set()),
    ("funding suspended for schools in a place", "Britain suspended funding for schools in "
     "Gaza.", {("GBR", "162", "PSE")}, set()),
    # -- negative rows: where the aid was told is no recipient; a named recipient stays
    ("place of the announcement", "Sweden announced new aid at a conference in Jordan.",
     set(), {("SWE", "03", "JOR"), ("SWE", "07", "JOR")}),
    ("a disaster with no place, a capital told", "Germany sent aid after the earthquake, "
     "the ministry said in Ankara.", set(), {("DEU", "07", "TUR")}),
    ("own budget cut", "Germany cut its aid budget.", set(), {("DEU", "162", "DEU")}),
    ("arms sent to strike a place", "Iran sent drones to attack targets in Ukraine.", set(),
     {("IRN", "07", "UKR")}),
    ("shells shipped to hit positions", "North Korea shipped artillery shells to hit Ukrainian "
     "positions in Donbas.", set(), {("PRK", "07", "UKR")}),
    ("own embassy paid for", "The US provided funding to pay for a new embassy in Baghdad.",
     set(), {("USA", "07", "IRQ")}),
    ("a body named as recipient", "Australia gave 10 million dollars to the World Food "
     "Programme in Rome.", set(), {("AUS", "07", "ITA")}),
]

MISSION_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- forces and help for a body's mission or force abroad: for the country it serves
    ("soldiers sent to a UN mission", "Ireland is sending 150 soldiers to the UN "
     "peacekeeping mission in Lebanon.", {("IRL", "074", "LBN")}, set()),
    ("troops contributed to an AU force", "Rwanda contributed troops to the African Union "
     "force in Somalia.", {("RWA", "074", "SOM")}, set()),
    ("ready to contribute to a mission", "Sweden is ready to contribute helicopters to the UN "
     "mission in Mali.", {("SWE", "074", "MLI")}, set()),
    ("pledged to a force", "Brazil pledged troops to the United Nations force in Haiti.",
     {("BRA", "074", "HTI")}, set()),
    # -- negative rows: no place named, or troops sent toward a rival
    ("a mission with no place", "Spain contributed troops to the EU mission.", set(),
     {("ESP", "074", "ESP")}),
    ("troops to a border", "Russia sent troops to the NATO border.", set(),
     {("RUS", "074", "NATO")}),
]

GOODS_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a measure on imports or shipments of another country's goods is aimed at it
    ("ban on imports lifted", "Beijing agreed to lift its ban on imports of Australian wine.",
     {("CHN", "03", "AUS")}, set()),
    ("curbs on imports imposed", "Moscow imposed new curbs on imports of Moldovan fruit.",
     {("RUS", "16", "MDA")}, set()),
    ("restrictions on shipments eased", "Seoul eased restrictions on shipments of Japanese "
     "seafood.", {("KOR", "08", "JPN")}, set()),
    # -- a count head ("a number of", "a range of") stands for what it counts
    ("strikes on a number of plants", "Russia launched missile strikes on a number of "
     "Ukrainian power plants.", {("RUS", "19", "UKR")}, set()),
    ("curbs on a range of products", "Beijing imposed curbs on a range of Japanese seafood "
     "products.", {("CHN", "16", "JPN")}, set()),
    ("hackers on a number of sites", "Iranian hackers launched attacks on a number of "
     "Israeli government websites.", {("IRN", "19", "ISR")}, set()),
    # -- negative row: one's own exports name no other side
    ("own exports", "India lifted its ban on exports of Indian rice.", set(),
     {("IND", "08", "IND")}),
]

DEMAND_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- the "that" clause of a demand or call names who is asked to act
    ("demand that X end", "Pyongyang repeated its demand that Washington end its joint "
     "drills with Seoul.", {("PRK", "10", "USA")}, set()),
    ("call that X free", "Tehran renewed its call that Paris free the detained researcher.",
     {("IRN", "02", "FRA")}, set()),
    ("demand that troops leave", "Kyiv restated its demand that Russian troops leave the "
     "plant.", {("UKR", "10", "RUS")}, set()),
    # -- negative row: a relative clause on the demand names no one asked
    ("relative clause", "Tehran ignored the demand that the agency had sent.", set(),
     {("IRN", "10", "IRN")}),
]

MEETING_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- "met his counterpart X": the named counterpart, however the parser splits it
    ("counterpart named after, two objects", "Lavrov will meet his counterpart Turkish "
     "Foreign Minister Mevlut Cavusoglu in Ankara.", {("RUS", "04", "TUR")}, set()),
    ("counterpart named after, loose name", "Blinken met his counterpart Chinese Foreign "
     "Minister Wang Yi in Bali.", {("USA", "04", "CHN")}, set()),
    ("counterpart with nationality", "Erdogan met his Hungarian counterpart Viktor Orban in "
     "Budapest.", {("TUR", "04", "HUN")}, set()),
    # -- leaders who gather for a meeting or talks meet each other (no protest gathering)
    ("two leaders gather for talks", "Macron and Scholz will gather for talks in Paris.",
     {("FRA", "04", "DEU")}, {("FRA", "14", "DEU"), ("FRA", "11", "DEU")}),
    ("gather with a leader for talks", "Putin will gather with Erdogan for talks in Sochi.",
     {("RUS", "04", "TUR")}, set()),
    ("ministers gather for a meeting", "The foreign ministers of Japan and China gathered for "
     "a meeting in Tokyo.", {("JPN", "04", "CHN")}, set()),
]

LETTER_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a participle after a letter or note sent tells what the sender says, to the receiver
    ("letter accusing", "Azerbaijan sent a letter to the OSCE accusing Armenia of shelling "
     "villages.", {("AZE", "112", "ARM")}, {("OSCE", "112", "ARM")}),
    ("note demanding", "Serbia sent a note to Kosovo demanding the release of the detained "
     "officers.", {("SRB", "10", "XKX")}, {("XKX", "10", "SRB")}),
    ("letter urging", "Kenya wrote a letter to the African Union urging Ethiopia to withdraw "
     "its troops.", {("KEN", "02", "ETH")}, set()),
    ("letter threatening, to its receiver", "The US president sent a letter to the Cuban "
     "government threatening to tighten the embargo.", {("USA", "13", "CUB")}, set()),
]

SENT_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- officials, negotiators or investigators sent to another country visit it (042)
    ("officials sent", "The United States sent senior officials to Doha to look into the "
     "funding claims.", {("USA", "042", "QAT")}, {("USA", "150", "QAT")}),
    ("investigators dispatched", "Warsaw dispatched investigators to Minsk after the crash.",
     {("POL", "042", "BLR")}, {("POL", "150", "BLR")}),
    ("negotiators sent", "Paris sent negotiators to Niamey.", {("FRA", "042", "NER")}, set()),
    # -- negative row: officials sent within one's own country visit no one
    ("officials sent at home", "Beijing sent officials to Shanghai to inspect the port.",
     set(), {("CHN", "042", "CHN")}),
]

HANDED_ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # -- a warning or protest handed to someone is aimed at the indirect object
    ("warning given, topic named", "Biden gave Xi a clear warning about Taiwan.",
     {("USA", "130", "CHN")}, {("USA", "130", "TWN")}),
    ("protest handed", "Tokyo handed Beijing a formal protest over the drills.",
     {("JPN", "11", "CHN")}, set()),
    ("warning given about a place", "Beijing gave Manila a stern warning about the shoal.",
     {("CHN", "130", "PHL")}, set()),
]


def _rows(rows):
    return pytest.mark.parametrize(("label", "text", "present", "absent"), rows,
                                   ids=[r[0] for r in rows])


@pytest.mark.slow
@_rows(AID_ROWS)
def test_nlp_conll10_aid_destination(check, label: str, text: str, present: set[Triple],
                                     absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(MISSION_ROWS)
def test_nlp_conll10_mission_country(check, label: str, text: str, present: set[Triple],
                                     absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(GOODS_ROWS)
def test_nlp_conll10_goods_owner(check, label: str, text: str, present: set[Triple],
                                 absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(DEMAND_ROWS)
def test_nlp_conll10_demand_clause(check, label: str, text: str, present: set[Triple],
                                   absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(MEETING_ROWS)
def test_nlp_conll10_counterpart_named(check, label: str, text: str, present: set[Triple],
                                       absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(LETTER_ROWS)
def test_nlp_conll10_letter_content(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(SENT_ROWS)
def test_nlp_conll10_officials_sent(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)


@pytest.mark.slow
@_rows(HANDED_ROWS)
def test_nlp_conll10_noun_handed_to(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)
