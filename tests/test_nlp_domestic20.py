"""Sentence -> event tables for session 17's domestic detentions (domestic20): people a state
holds at home, told with no country of their own (nlp.captives).

- one former official or opposition figure told held in the passive, with no doer and no
  place, is held by an organ of their own state: police for an arrest or a detention, a
  court for a trial or a sentence, the government for a jailing;
- a former office holder named by the office alone ("former Vice President X") and held by
  a state's police, courts or government is that state's own former official (ELI);
- new people of no stated country held by a state as local or partisan politicians, or as
  workers, students, villagers, are its own opposition (OPP) or civilians (CVL), not the
  story's other side that the argument search guessed;
- opponents, critics or rivals owned by a ruler ("Ortega's main rivals") are that state's
  opposition, held by its government unless the clause names a doer or a place;
- people held by a bare organ ("police", "authorities") in a story filed from the country
  it names most are that country's own (its police or government holding its civilians or
  opposition), never when the story is filed from elsewhere;
- a crowd of no stated country that a state's organ represses (175: breaks up, disperses,
  fires tear gas at) is that state's own civilians (nlp.domestic).

Every row is written for this file: (text, source code, 3-digit cameo, target code, status)
must be coded; the negative tables list events that must not be.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 14)

Row = tuple[str, str, str, str, str]


@pytest.fixture(scope="module")
def coded(event_rows_all):
    return lambda text: event_rows_all(text, PUB, digits=3)


# a lone former leader or opposition figure held with no doer and no place: their own state's
HELD_AT_HOME: list[Row] = [
    ("Former Peruvian president Pedro Castillo was detained in December, days after his bid "
     "to shut down Congress.", "PERCOP", "173", "PERELI", "happened"),
    ("Former Bolivian interim president Jeanine Anez was sentenced to ten years in prison.",
     "BOLJUD", "173", "BOLELI", "happened"),
    ("Russian opposition leader Alexei Navalny was jailed in 2021.", "RUSGOV", "173",
     "RUSOPP", "happened"),
]

# a doer, a place, or an active verb whose doer is its own clause's: no home holder
NOT_HELD_AT_HOME: list[tuple[str, str, str]] = [
    # (the place names the holder)
    ("Former Peruvian president Alejandro Toledo was arrested in California in 2019.",
     "PERCOP", "PERELI"),
    # (soldiers named as the doer, whatever state they serve)
    ("Former Pakistani prime minister Imran Khan was detained by soldiers on Tuesday.",
     "PAKCOP", "PAKOPP"),
    # (police who came to arrest someone: an attempt, not the home holder's arrest)
    ("Police came to arrest former Peruvian president Alan Garcia at his home.",
     "PERCOP", "PERELI"),
]

# a former office holder named by the office alone, held by a state's civil organs
FORMER_OFFICIALS: list[Row] = [
    ("Ecuadorean police forced their way into the Mexican embassy in Quito and arrested "
     "former Vice President Jorge Glas.", "ECUCOP", "173", "ECUELI", "happened"),
    ("Tunisian police detained former prime minister Hichem Mechichi on Monday.",
     "TUNCOP", "173", "TUNELI", "happened"),
    ("Bolivian authorities arrested the former interior minister on Tuesday.",
     "BOLGOV", "173", "BOLELI", "happened"),
]

NOT_FORMER_OFFICIALS: list[tuple[str, str, str]] = [
    # (troops often hold another people's former officials)
    ("Israeli troops detained the former minister during a raid in Jenin.", "ISRMIL",
     "ISRELI"),
    # (a nationality names whose former official it is)
    ("Russian police arrested a former Ukrainian minister in Moscow.", "RUSCOP", "RUSELI"),
]

# new people of no stated country held at home, with the story's other side guessed
OWN_PEOPLE: list[Row] = [
    ("India and Pakistan traded charges over Kashmir this week. New Delhi cut internet "
     "links and detained local political leaders.", "INDGOV", "173", "INDOPP", "happened"),
    ("Armenia and Azerbaijan met in Brussels last month. Baku later detained opposition "
     "party members ahead of the vote.", "AZEGOV", "173", "AZEOPP", "happened"),
    ("Kenyan police raided two rights groups and arrested 41 of their workers on "
     "Wednesday.", "KENCOP", "173", "KENCVL", "happened"),
    ("Pakistani authorities detained local party leaders before the vote.", "PAKGOV", "173",
     "PAKOPP", "happened"),
]

NOT_OWN_PEOPLE: list[tuple[str, str, str]] = [
    # (foreign workers are someone else's)
    ("Iran and Pakistan argued over the border. Iranian police arrested foreign workers "
     "in Tehran.", "IRNCOP", "IRNCVL"),
    # (a nationality says whose students they are)
    ("Russia and Ukraine swapped prisoners. Russia detained two Ukrainian students.",
     "RUS", "RUSCVL"),
    # ("the workers" refer back to people told before)
    ("Two Chinese engineers were kidnapped in Mali. Malian police later detained the "
     "workers.", "MLICOP", "MLICVL"),
]


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), HELD_AT_HOME)
def test_nlp_domestic20_lone_leader_held_at_home(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_HELD_AT_HOME)
def test_nlp_domestic20_no_home_holder(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), FORMER_OFFICIALS)
def test_nlp_domestic20_former_official_by_office(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_FORMER_OFFICIALS)
def test_nlp_domestic20_not_own_former_official(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), OWN_PEOPLE)
def test_nlp_domestic20_own_people_held(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_OWN_PEOPLE)
def test_nlp_domestic20_not_own_people(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))


RIVALS: list[Row] = [
    ("Before the vote, Ortega's main rivals were detained.", "NICGOV", "173", "NICOPP",
     "happened"),
    ("Belarus and Poland argued over the border. Lukashenko's critics were jailed last "
     "year.", "BLRGOV", "173", "BLROPP", "happened"),
    ("Putin's opponents have been arrested in Moscow.", "RUSGOV", "173", "RUSOPP",
     "happened"),
]

NOT_RIVALS: list[tuple[str, str, str]] = [
    # (a pronoun owner is no ruler named)
    ("Their rivals were detained on Monday.", "NICGOV", "NICOPP"),
    # (an owner who is no ruler: a rival's supporters are no one's opponents here)
    ("Navalny's supporters were detained in Moscow.", "RUSGOV", "RUSOPP"),
]

CROWDS: list[Row] = [
    ("Since the coup, Myanmar's troops have broken up protests with live fire.", "MMRMIL",
     "175", "MMRCVL", "happened"),
    ("Kenyan police fired tear gas at demonstrators in Nairobi on Tuesday.", "KENCOP",
     "175", "KENCVL", "happened"),
    ("Georgian riot police dispersed marchers near the parliament building on Sunday.",
     "GEOCOP", "175", "GEOCVL", "happened"),
]

NOT_OWN_CROWDS: list[tuple[str, str, str]] = [
    # (a nationality says whose crowd it is)
    ("Israeli police dispersed Palestinian protesters in Jerusalem.", "ISRCOP", "ISRCVL"),
    ("Georgian police fired tear gas at Russian tourists.", "GEOCOP", "GEOCVL"),
    # (no state's organ: protesters who break up a rally are no repression by a state)
    ("Rival protesters broke up a rally in Tbilisi.", "GEOCOP", "GEOCVL"),
]


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), RIVALS)
def test_nlp_domestic20_rulers_rivals_held(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_RIVALS)
def test_nlp_domestic20_not_rulers_rivals(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), CROWDS)
def test_nlp_domestic20_repressed_crowd_is_own(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_OWN_CROWDS)
def test_nlp_domestic20_not_own_crowd(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))


HOME_ARRESTS: list[Row] = [
    ("TBILISI, May 3 - Georgia's parliament passed the bill on Tuesday despite protests "
     "across Georgia. Police detained dozens of students overnight.", "GEOCOP", "173",
     "GEOCVL", "happened"),
    ("TBILISI, May 3 - Georgia's parliament passed the bill on Tuesday despite protests "
     "across Georgia. Authorities detained dozens of students overnight.", "GEOGOV", "173",
     "GEOCVL", "happened"),
    ("LAGOS, May 3 - Nigeria's electoral body declared the result on Tuesday. Nigeria's "
     "opposition rejected it. Police arrested 30 opposition activists in the evening.",
     "NGACOP", "173", "NGAOPP", "happened"),
    # filed from elsewhere, but the story tells of one country only: its police (the
    # one-country story rule of the actor resolver)
    ("BRUSSELS, May 3 - Georgia's parliament passed the bill on Tuesday despite protests "
     "across Georgia. Police detained dozens of students overnight.", "GEOCOP", "173",
     "GEOCVL", "happened"),
    ("HARARE, Aug 27 - Zimbabwe counted its votes slowly. Observers criticised Zimbabwe's "
     "vote. Police raided a church and arrested 12 of its volunteers.", "ZWECOP", "173",
     "ZWECVL", "happened"),
]

NOT_HOME_ARRESTS: list[tuple[str, str, str]] = [
    # (a nationality says whose students they are)
    ("TBILISI, May 3 - Georgia's parliament passed the bill on Tuesday despite protests "
     "across Georgia. Police detained two Russian students overnight.", "GEOCOP",
     "GEOCVL"),
    # ("the students" refer back)
    ("TBILISI, May 3 - Georgia's parliament passed the bill despite protests across "
     "Georgia. Police later detained the students.", "GEOCOP", "GEOCVL"),
]


@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), HOME_ARRESTS)
def test_nlp_domestic20_home_arrest_by_bare_organ(coded, text, src, code, tgt, status):
    assert (src, code, tgt, status) in coded(text)


@pytest.mark.parametrize(("text", "src", "tgt"), NOT_HOME_ARRESTS)
def test_nlp_domestic20_no_home_arrest(coded, text, src, tgt):
    assert not any(s == src and t == tgt for s, _c, t, _st in coded(text))
