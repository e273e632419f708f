"""Actor mentions the resolver got wrong or missed (session 19, second pass): a named
person's past told by a participle or a clause in the past is no nationality of theirs;
people "on both sides" and "the heads of state" are the article's pair; plural opposition
nouns ("the dissidents") acting on the government of the story's state are its opposition.
The sentences here are our own.
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


# "Jane Roe, an aid worker held in a Syrian jail, ...": the jail's country is where she was,
# not whose she is (text, start, rows expected, rows that must not be there)
PAST_OF_PERSON = [
    ("Paul Roe, an aid worker held in a Syrian jail, criticised Britain on Monday.",
     "Paul Roe", set(), {("SYR", "GBR", "11", "happened")}),
    ("Anna Berg, a nurse who worked in a Russian hospital, accused Ukraine of shelling "
     "the town.",
     "Anna Berg", set(), {("RUS", "UKR", "11", "happened")}),
    ("Lena Novak, a teacher who was detained in Iran for a year, urged Sweden to act.",
     "Lena Novak", set(), {("IRN", "SWE", "02", "happened")}),
    # the person's own nationality still counts
    ("Jan Smit, a Dutch engineer held in an Iranian jail, accused Tehran of torture.",
     "Jan Smit", {("NLD", "IRN", "11", "happened")}, {("IRN", "IRN", "11", "happened")}),
    ("Maria Lopez, a Venezuelan activist who lives in Spain, criticised Maduro.",
     "Maria Lopez", {("VEN", "VEN", "11", "happened")}, {("ESP", "VEN", "11", "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), PAST_OF_PERSON)
def test_resolve_actors26_person_past_is_no_nationality(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


# "officials on both sides", "the heads of state": the pair the article told
PAIR_PEOPLE = [
    ("Armenia and Azerbaijan held talks in Washington on Monday. Officials on both sides "
     "agreed to meet again in July.",
     "Officials on", {("ARM", "AZE", "03", "happened")}),
    ("Serbia and Kosovo held talks in Brussels. Negotiators on the two sides traded "
     "accusations afterwards.",
     "Negotiators", {("SRB", "XKX", "11", "happened")}),
    ("Peru and Chile held a summit on Monday. The heads of state signed a trade agreement.",
     "The heads", {("PER", "CHL", "05", "happened")}),
    ("Ghana and Togo opened a joint summit in Lome. The heads of government agreed to "
     "build a new border post.",
     "The heads", {("GHA", "TGO", "03", "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want"), PAIR_PEOPLE)
def test_resolve_actors26_pair_people(rows_of, text, start, want):
    assert want <= rows_of(text, start)


def test_resolve_actors26_border_sides_are_no_pair(rows_of):
    text = "Officials on both sides of the border said the crossing would reopen."
    assert not rows_of(text, "Officials")


# "the dissidents accused Managua": a plural opposition noun acting on the government of
# the state the story is about (text, start, rows expected, rows that must not be there)
OPPOSITION = [
    ("Nicaragua stripped 94 critics of citizenship. The dissidents accused Managua of "
     "persecution.",
     "The dissidents", {("NIC", "NIC", "11", "happened")}, set()),
    ("Chinese police detained two activists in Shanghai. The exiled dissidents urged "
     "Beijing to free them.",
     "The exiled", {("CHN", "CHN", "02", "happened")}, set()),
    ("Venezuela's government postponed the vote. The main opposition accused Caracas of "
     "fraud.",
     "The main", {("VEN", "VEN", "11", "happened")}, set()),
    # negative: a foreign capital they act on is not theirs
    ("Venezuela's government postponed the vote. The dissidents urged Washington to "
     "impose sanctions.",
     "The dissidents", set(), {("USA", "USA", "02", "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), OPPOSITION)
def test_resolve_actors26_opposition_of_story_state(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


# post-war US presidents an article recalls ("the Truman administration", "under Reagan")
# (text, rows expected, rows not wanted)
PAST_PRESIDENTS = [
    ("In 1946 the Truman administration quietly offered to buy Iceland's bases.",
     {("USA", "ISL", "03", "happened")}, set()),
    ("In 1986 the Reagan administration imposed sanctions on South Africa.",
     {("USA", "ZAF", "16", "happened")}, set()),
    ("In 1972 Nixon visited China and met Mao.",
     {("USA", "CHN", "04", "happened")}, set()),
    ("Under Eisenhower the United States warned Britain to leave Suez.",
     {("USA", "GBR", "13", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), PAST_PRESIDENTS)
def test_resolve_actors26_past_us_presidents(rows_of, text, want, unwanted):
    rows = rows_of(text, text[:8], date(2019, 8, 22))
    assert want <= rows
    assert not rows & unwanted


# a grouping that is no state, told with the members it includes, stands for them
# (text, rows expected, rows not wanted)
GROUP_MEMBERS = [
    ("The Paris Club, which includes Japan and France, agreed to restructure Zambia's debt.",
     {("JPN", "ZMB", "03", "happened"), ("FRA", "ZMB", "03", "happened")}, set()),
    ("The Lima Group, whose members include Peru and Canada, condemned Venezuela's "
     "election.",
     {("PER", "VEN", "11", "happened"), ("CAN", "VEN", "11", "happened")}, set()),
    ("Western creditors, which include Japan, pledged to restructure Sri Lanka's debt.",
     {("JPN", "LKA", "03", "happened")}, set()),
    # negatives: a group of people that includes a state's former leader is not that
    # state; with no members told the grouping stays no one
    ("Kenya welcomed a party of pilgrims, which included Ethiopia's former president "
     "Mulatu Teshome.",
     set(), {("KEN", "ETH", "05", "happened")}),
    ("The Paris Club agreed to restructure Zambia's debt.",
     set(), {("FRA", "ZMB", "03", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), GROUP_MEMBERS)
def test_resolve_actors26_grouping_members(rows_of, text, want, unwanted):
    rows = rows_of(text, text[:8])
    assert want <= rows
    assert not rows & unwanted
