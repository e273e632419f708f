"""Actor mentions the resolver missed (second pass): the city of a dateline the parser takes
for the subject is not who "it" is in a relative clause of that sentence; a government set
apart by its foreign backer ("the Saudi-backed government") is the story country's own. The
sentences here are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def rows_of(sentence_rows):
    """(source code, target code, root, status) of the events of the sentence starting with
    ``start``."""
    return lambda text, start: sentence_rows(text, date(2023, 10, 6), start)


# "CITY, date - A has punished Bs, whom it accuses of ...": "it" is A, never the country of
# the dateline's city (text, rows expected, rows that must not be there)
DATELINE_IT = [
    ("MEXICO CITY, March 4 - The United States has imposed travel bans on almost 40 "
     "Mexicans, among them over 20 members of the Senate, whom it accuses of aiding drug "
     "cartels.",
     {("USA", "MEXGOV", "11", "happened")},
     {("MEXGOV", "USA", "11", "happened"), ("MEXGOV", "USAGOV", "11", "happened")}),
    ("PANAMA CITY, Aug 20 - Canada has imposed sanctions on about 60 Panamanians, among "
     "them a dozen members of the National Assembly, whom it accuses of laundering money.",
     {("CAN", "PANGOV", "11", "happened")},
     {("PANGOV", "CAN", "11", "happened"), ("PANGOV", "CANGOV", "11", "happened")}),
    ("OTTAWA, June 9 - Canada has expelled two Iranian diplomats, whom it accuses of "
     "spying on exiles.",
     {("CAN", "IRNGOV", "11", "happened")},
     {("CANGOV", "CAN", "11", "happened")}),
    # negative: a body in capitals opening its sentence is no dateline
    ("NATO said it would send more ships to the Baltic Sea after Russia threatened Finland.",
     {("NATO", "RUS", "15", "planned")},
     set()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), DATELINE_IT)
def test_nlp_actors23_dateline_city_is_not_it(rows_of, text, want, unwanted):
    rows = rows_of(text, text[:12])
    assert want <= rows
    assert not rows & unwanted


_YEMEN = ("Yemen's Houthi rebels seized two oil tankers off the port of Hodeidah on Monday, "
          "Yemeni officials said. The seizure is the latest blow to a truce that has mostly "
          "held in Yemen since April.\n\n")
_LIBYA = ("Clashes between rival militias in Libya killed nine people in Tripoli this week, "
          "Libyan medics said. Libya has had two rival administrations since 2014, and "
          "Libyan politicians have failed to agree on elections.\n\n")
_SOMALIA = ("Al Shabaab fighters attacked an army base near Mogadishu on Sunday, Somali "
            "officials said. Somalia has fought the insurgents for more than fifteen years, "
            "and Somali troops have retaken several towns.\n\n")

# a government its backer sets apart ("the Saudi-backed government") is the story country's
# (text, start of the sentence, source expected, root, sources that must not be there)
BACKED_GOVERNMENT = [
    (_YEMEN + "The Saudi-backed government called on the Houthis to free the crews.",
     "The Saudi", "YEMGOV", "02", {"SAUGOV", "SAU"}),
    # (link24: "Libyan militias" resolve to LBYMIL, a pair detente does not track at home;
    # the row passed before only with the wrong target TURGOV)
    (_LIBYA + "The Turkish-backed government accused Libyan rebels of shelling the airport.",
     "The Turkish", "LBYGOV", "11", {"TURGOV", "TUR"}),
    (_YEMEN + "The Saudi-backed government called on the United Nations to act.",
     "The Saudi", "YEMGOV", "02", {"SAUGOV", "SAU"}),
    (_YEMEN + "The government called on the United Nations to act.",
     "The government", "YEMGOV", "02", {"SAUGOV"}),
]


@pytest.mark.parametrize(("text", "start", "source", "root", "unwanted"), BACKED_GOVERNMENT)
def test_nlp_actors23_backed_government_is_home(rows_of, text, start, source,
                                                root, unwanted):
    rows = rows_of(text, start)
    sources = {s for s, _t, r, _st in rows if r == root}
    assert source in sources
    assert not sources & unwanted


# "negotiators from X's rebels", "envoys of the guerrillas": the people of an armed group (or
# of the opposition) told by its kind are the group's, not the state's
# (text, rows expected, rows that must not be there)
GROUP_MEMBERS = [
    ("Negotiators from Colombia's ELN guerrillas met Venezuelan officials in Caracas on "
     "Tuesday.",
     {("COLREB", "VENGOV", "04", "happened")}, {("COLGOV", "VENGOV", "04", "happened")}),
    ("Envoys of the ELN rebels met Cuban officials in Havana on Tuesday.",
     {("COLREB", "CUBGOV", "04", "happened")}, {("COLGOV", "CUBGOV", "04", "happened")}),
    ("Commanders of Sudan's RSF militia met Chadian officials in N'Djamena on Friday.",
     {("SDNREB", "TCDGOV", "04", "happened")}, {("SDNMIL", "TCDGOV", "04", "happened")}),
    # negative: a government's or an army's delegates stay the state's
    ("Delegates from Colombia's government met Venezuelan officials in Caracas on Tuesday.",
     {("COLGOV", "VENGOV", "04", "happened")}, {("COLREB", "VENGOV", "04", "happened")}),
    ("Officers from Sudan's army met Chadian officials in N'Djamena on Friday.",
     {("SDNMIL", "TCDGOV", "04", "happened")}, {("SDNREB", "TCDGOV", "04", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), GROUP_MEMBERS)
def test_nlp_actors23_group_members_are_the_group(rows_of, text, want, unwanted):
    rows = rows_of(text, text[:12])
    assert want <= rows
    assert not rows & unwanted


# "the Council of <organisation>" ... "the Council": the organ told again is the organisation's
# (text, start of the sentence, rows expected, rows that must not be there)
ORGAN_OF_BODY = [
    ("The Assembly of the African Union opened its summit on Saturday. The Assembly urged "
     "Sudan's warring generals to agree a ceasefire.",
     "The Assembly urged", {("AU", "SDNMIL", "02", "happened")}, set()),
    ("The Council of the African Union met on Monday. The Council then condemned Gabon's "
     "military rulers.",
     "The Council then", {("AU", "GABMIL", "11", "happened")}, set()),
    ("The Commission of the Economic Community of West African States met in Abuja. The "
     "Commission called on Niger's junta to free the president.",
     "The Commission called", {("ECOWAS", "NERMIL", "02", "happened")}, set()),
    # negative: a body whose own name ends in the word stays that body
    ("The Gulf Cooperation Council criticised Iran on Monday. The Council also urged Tehran "
     "to end its occupation of the islands.",
     "The Council also", {("GCC", "IRNGOV", "02", "happened")}, {("AU", "IRNGOV", "02",
                                                                   "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), ORGAN_OF_BODY)
def test_nlp_actors23_organ_of_named_body(sentence_rows, text, start, want, unwanted):
    rows = sentence_rows(text, date(2023, 10, 6), start, prefilter=False)
    assert want <= rows
    assert not rows & unwanted


_PERU = ("LIMA, May 3 - The United States has criticised Peru's handling of the election. "
         "Washington said on Monday that Peru must respect the vote, and the US ambassador met "
         "Peruvian officials. Peru's president rejected the criticism. ")
_ECUADOR = ("QUITO, Jan 9 - Colombia has protested to Ecuador over a border raid. Bogota said "
            "Ecuador had violated its territory, and Colombian diplomats met Ecuadorean "
            "ministers. Ecuador's government denied the charge. ")
_BOLIVIA = ("LIMA, May 3 - Bolivia has recalled its envoy from Chile. Bolivian officials said "
            "Chile had insulted La Paz, and Bolivia's president accused Chile of lying. Peru "
            "offered to mediate. ")

# bare courts and prosecutors in a story filed from the country it names most are that
# country's, though a foreign party is named nearly as often
# (text, start of the sentence, rows expected, rows that must not be there)
DATELINE_COURTS = [
    (_PERU + "Prosecutors have charged the opposition leader with fraud. The European Union "
     "condemned the prosecutors' decision.",
     "The European", {("EU", "PERJUD", "11", "happened")}, {("EU", "USAJUD", "11", "happened")}),
    (_ECUADOR + "A judge ordered the release of the detained soldiers. The United Nations "
     "criticised the court's ruling.",
     "The United Nations", {("UNO", "ECUJUD", "11", "happened")},
     {("UNO", "COLJUD", "11", "happened")}),
    # negative: the city of the dateline is not in the country the story names most
    (_BOLIVIA + "The European Union criticised the court's ruling.",
     "The European", set(), {("EU", "PERJUD", "11", "happened")}),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), DATELINE_COURTS)
def test_nlp_actors23_courts_of_dateline_country(rows_of, text, start, want,
                                                 unwanted):
    rows = rows_of(text, start)
    assert want <= rows
    assert not rows & unwanted


_RANKED = [
    ("The world's two largest cocoa exporters have accused the European Union of hurting "
     "their farmers. Ivory Coast's trade minister and Ghana's finance minister flew to "
     "Brussels on Monday. Ivory Coast and Ghana want the rules delayed.",
     {("CIV", "EU", "11"), ("GHA", "EU", "11")}, set()),
    ("The world's two biggest rice exporters have criticised the World Trade Organization "
     "over its subsidy rules. India's commerce minister and Thailand's trade minister met in "
     "Geneva on Monday. India and Thailand want the rules changed.",
     {("IND", "WTO", "11"), ("THA", "WTO", "11")}, set()),
    ("The world's top two coffee producers urged the European Union to delay its "
     "deforestation law. Brazil's agriculture minister and Vietnam's trade minister wrote to "
     "Brussels this week. Brazil and Vietnam say the law hurts small farmers.",
     {("BRA", "EU", "02"), ("VNM", "EU", "02")}, set()),
    # negative: firms counted without "the world's" and a rank are no states
    ("Two major steel producers criticised Japan on Monday over its exports. China and "
     "South Korea held talks, and South Korea and China signed a trade pact.",
     set(), {("CHN", "JPN", "11"), ("KOR", "JPN", "11")}),
]


# "the world's two biggest palm oil producers" before the article names the two states: the
# pair of states the article is about (the country of each; the sector is the noun's)
@pytest.mark.parametrize(("text", "want", "unwanted"), _RANKED)
def test_nlp_actors23_states_by_world_rank(coder, make_article, text, want, unwanted):
    events = coder.code(make_article(text, published=date(2023, 10, 6))).events
    rows = {((e.source.code or "")[:3] if e.source else None,
             e.target.code if e.target else None, e.cameo[:2])
            for e in events if e.evidence.sentence.startswith(text[:20])}
    assert want <= rows
    assert not rows & unwanted
