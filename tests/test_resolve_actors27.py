"""Actor false positives (session 19, third pass): an arrest or abduction of a private
person is on that person, not on the state the article pairs with the doer; a city lending
its name to waters ("Manila Bay") is no government; "opposition figures" acting on the
government of the story's state are its opposition. The sentences here are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def rows_of(sentence_rows):
    """(source country, target country, root, status) of the events of the sentence
    starting with ``start``."""
    return lambda text, start, day=date(2023, 6, 1): sentence_rows(
        text, day, start, by="country", prefilter=False)


# an act on a private person's body or freedom, the person of no country told: no guessed
# partner (text, start, rows expected, rows that must not be there)
PRIVATE_UNDERGOER = [
    ("Iranian guards arrested a tourist who had studied at a college in Ohio.",
     "Iranian guards", set(), {("IRN", "USA", "17", "happened")}),
    ("Russian agents detained a student who once interned at the Louvre.",
     "Russian agents", set(), {("RUS", "FRA", "17", "happened")}),
    ("Maria Cruz, a teacher abducted by Colombian rebels, praised Ecuador.",
     "Maria Cruz", set(), {("COL", "ECU", "18", "happened")}),
    ("Sam Ortiz, a journalist beaten by Egyptian police, thanked Italy on Tuesday.",
     "Sam Ortiz", set(), {("EGY", "ITA", "18", "happened")}),
    ("Belarus jailed an activist on Friday. Exiled dissidents appealed to Lithuania for "
     "help.",
     "Belarus jailed", set(), {("BLR", "LTU", "17", "happened")}),
    # positives: the person's own country still counts, and state agents of the partner
    # are the partner's
    ("Iranian guards arrested a French tourist near the border.",
     "Iranian guards", {("IRN", "FRA", "17", "happened")}, set()),
    ("Nicaragua jailed a critic on Monday.",
     "Nicaragua jailed", {("NIC", "NIC", "17", "happened")}, set()),
]


# who did something to a named person is no nation of theirs ("a teacher abducted by
# Colombian rebels"), unlike who sent them (text, start, rows expected, rows not wanted)
DONE_TO_PERSON = [
    ("Maria Cruz, a teacher abducted by Colombian rebels, praised Ecuador.",
     "Maria Cruz", set(), {("COL", "ECU", "05", "happened")}),
    ("Omar Haddad, a blogger jailed by Saudi courts, criticised Canada on Monday.",
     "Omar Haddad", set(), {("SAU", "CAN", "11", "happened")}),
    ("Jan Smit, a Dutch engineer held by Iranian guards, accused Tehran of torture.",
     "Jan Smit", {("NLD", "IRN", "11", "happened")}, set()),
    ("Li Wei, an envoy sent by Beijing, met Japanese officials in Osaka.",
     "Li Wei", {("CHN", "JPN", "04", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), DONE_TO_PERSON)
def test_resolve_actors27_done_to_person_no_nationality(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), PRIVATE_UNDERGOER)
def test_resolve_actors27_private_undergoer_no_partner(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


# waters named after a city are a place, not the city's government
# (text, start, rows expected, rows that must not be there)
CITY_WATERS = [
    ("The frigate HMS Kent sailed into Manila Bay on Sunday.",
     "The frigate", set(), {("GBR", "PHL", "15", "happened")}),
    ("A US aircraft carrier anchored in Manila Bay as the exercise began.",
     "A US", set(), {("USA", "PHL", "15", "happened")}),
    ("Chinese coast guard ships sailed near Manila Bay on Monday.",
     "Chinese coast", set(), {("CHN", "PHL", "15", "happened")}),
    # the city itself stays its government
    ("Manila protested to Beijing over the water cannon attack.",
     "Manila", {("PHL", "CHN", "11", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), CITY_WATERS)
def test_resolve_actors27_city_waters_no_government(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


# "opposition figures", "opposition activists" acting on the government of the state the
# story is about (text, start, rows expected, rows that must not be there)
OPPOSITION_PEOPLE = [
    ("Exiled opposition figures condemned Minsk.",
     "Exiled", {("BLR", "BLR", "11", "happened")}, set()),
    ("Cuba held a one-party vote. Opposition activists urged Havana to free prisoners.",
     "Opposition activists", {("CUB", "CUB", "02", "happened")}, set()),
    ("Opposition leaders accused Caracas of rigging the count.",
     "Opposition leaders", {("VEN", "VEN", "11", "happened")}, set()),
    # with their nationality told, they are its opposition, whoever they act on
    ("Belarusian opposition figures condemned Moscow.",
     "Belarusian", {("BLR", "RUS", "11", "happened")}, set()),
    ("Two Russian opposition members met German officials in Berlin.",
     "Two Russian", {("RUS", "DEU", "04", "happened")}, set()),
    # negative: a foreign capital they act on is not theirs
    ("Venezuela postponed the vote. Opposition figures urged Washington to impose sanctions.",
     "Opposition figures", set(), {("USA", "USA", "02", "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), OPPOSITION_PEOPLE)
def test_resolve_actors27_opposition_people(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


# the sector of "opposition figures" is the opposition's, with a nationality or without
SIDE_PEOPLE_CODES = [
    ("Belarusian opposition figures condemned Moscow.", "Belarusian", "BLROPP"),
    ("Exiled opposition figures condemned Minsk.", "Exiled", "BLROPP"),
    ("Venezuelan opposition members urged Caracas to hold a vote.", "Venezuelan", "VENOPP"),
]


@pytest.mark.parametrize(("text", "start", "code"), SIDE_PEOPLE_CODES)
def test_resolve_actors27_side_people_sector(sentence_rows, text, start, code):
    rows = sentence_rows(text, date(2023, 6, 1), start, prefilter=False)
    assert code in {src for src, _tgt, _root, _status in rows}
