"""Actors not recognised (session 17).

- A person the text presents as holding an office of an IGO ("Jane Roe, the AU's envoy,
  former President of Peru", "its High Representative, Jane Roe", "the SADC mission, led by
  a former Ghanaian president Jane Roe") acts for the IGO, and so does every later
  mention of the name; not when the office is a state's ("the U.S. envoy to the UN") or the
  person holds a current national office ("Kenyan President X, the chairman of the EAC").
- A bare state body ("police", "the government", "the opposition", "federal forces") in a
  sentence that names no other country is the body of the country the article is about,
  when it names one country at least twice as often as any other; not in a story of two.

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# (source country, root, target country, status)
Row = tuple[str | None, str, str | None, str]

D = date(2023, 9, 4)


@pytest.fixture(scope="module")
def coded(event_rows_all):
    return lambda text: event_rows_all(text, D, by="country")


def _check(coded, text: str, want: set[Row], never: set[Row]) -> None:
    got = coded(text)
    assert want <= got, (text, got)
    assert not (never & got), (text, got)


IGO_OFFICES: list[tuple[str, set[Row], set[Row]]] = [
    ("Olusegun Obasanjo, the African Union's High Representative and a former President of "
     "Nigeria, met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
     {("AU", "04", "ETH", "happened")}, {("NGA", "04", "ETH", "happened")}),
    ("The talks were hosted by the African Union and led by its envoy for the region, "
     "Olusegun Obasanjo, former President of Nigeria. Obasanjo praised Ethiopia for its "
     "restraint.",
     {("AU", "05", "ETH", "happened")}, {("NGA", "05", "ETH", "happened")}),
    ("The talks were facilitated by the African Union's envoy, Olusegun Obasanjo, a former "
     "Nigerian president. Obasanjo urged Ethiopia to lift the blockade.",
     {("AU", "02", "ETH", "happened")}, {("NGA", "02", "ETH", "happened")}),
    ("The ECOWAS observer team, led by former Ghanaian president John Mahama, called the "
     "count in Sierra Leone flawed. Sierra Leone's ruling party accused Mahama of bias.",
     {("SLE", "11", "ECOWAS", "happened")}, {("SLE", "11", "GHA", "happened")}),
    ("Jane Roe, the European Union's special representative for the Sahel, met Malian "
     "officials in Bamako. Roe later criticised the junta's delay of the elections.",
     {("EU", "04", "MLI", "happened")}, set()),
    # a state's envoy to an IGO, a sitting head of state who also chairs an IGO: the state
    ("The U.S. envoy to the United Nations, Linda Thomas-Greenfield, criticised Russia.",
     {("USA", "11", "RUS", "happened")}, {("UNO", "11", "RUS", "happened")}),
    ("Kenyan President William Ruto, the chairman of the East African Community, urged "
     "Somalia to hold talks.",
     {("KEN", "02", "SOM", "happened")}, {("EAC", "02", "SOM", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), IGO_OFFICES)
def test_nlp_actors19_igo_office_holder(coded, text, want, never):
    _check(coded, text, want, never)


ZIM = ("HARARE, Aug 3 - Zimbabwe's electoral body named President Emmerson Mnangagwa the "
       "winner of the vote over Nelson Chamisa and turned down calls for a recount in "
       "Zimbabwe. ")
TWO = ("Chinese and Japanese officials met in Beijing on Monday, and China and Japan agreed "
       "to resume talks. ")

STORY_BODIES: list[tuple[str, set[Row], set[Row]]] = [
    (ZIM + "On Tuesday police detained the head of the EU observer mission for six hours.",
     {("ZWE", "17", "EU", "happened")}, set()),
    (ZIM + "The opposition accused SADC of ignoring the fraud.",
     {("ZWE", "11", "SADC", "happened")}, set()),
    (ZIM + "The government thanked the African Union for its patience.",
     {("ZWE", "05", "AU", "happened")}, set()),
    ("ADDIS ABABA - Ethiopia's government and the TPLF signed a truce in Pretoria. Federal "
     "forces clashed with Tigrayan fighters near Mekelle on Sunday.",
     {("ETH", "19", "ETH", "happened")}, set()),
    # a story of two countries: a bare "police" is no one's
    (TWO + "Police detained the UN envoy for an hour outside the venue.",
     set(), {("CHN", "17", "UNO", "happened"), ("JPN", "17", "UNO", "happened")}),
    (TWO + "Riot police held back protesters who had gathered near the U.N. office.",
     set(), {("CHN", "17", "UNO", "happened"), ("JPN", "17", "UNO", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), STORY_BODIES)
def test_nlp_actors19_story_country_body(coded, text, want, never):
    _check(coded, text, want, never)


OTHERS_AND_RULERS: list[tuple[str, set[Row], set[Row]]] = [
    # "the others" after a subject: the article's other parties
    ("Russia, Turkey and Iran met in Astana. Moscow accused the others of stalling the talks.",
     {("RUS", "11", "TUR", "happened"), ("RUS", "11", "IRN", "happened")},
     {("RUS", "11", "RUS", "happened")}),
    ("Brazil, Argentina and Chile met in Santiago on the trade pact. Buenos Aires later "
     "criticised the others for the delay.",
     {("ARG", "11", "BRA", "happened"), ("ARG", "11", "CHL", "happened")}, set()),
    # "the military leaders" with no nationality in a story of a junta: the junta's country
    ("Niger's junta expelled the French ambassador on Friday. France urged the military "
     "leaders to release President Bazoum.",
     {("FRA", "02", "NER", "happened")}, set()),
    ("Mali's junta postponed the election. The United States called on the military leaders "
     "to set a new date.",
     {("USA", "02", "MLI", "happened")}, set()),
    # with a nationality they are that country's
    ("The military leaders of the United States and China met in Singapore.",
     {("USA", "04", "CHN", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), OTHERS_AND_RULERS)
def test_nlp_actors19_others_and_military_rulers(coded, text, want, never):
    _check(coded, text, want, never)


INTERNAL_PAIRS: list[tuple[str, set[Row], set[Row]]] = [
    # "commanders of both sides" after a state and its armed group: that pair's people,
    # not the guarantors or hosts the article names
    ("The Government of Colombia and the ELN signed a ceasefire in Havana on Friday, with "
     "Cuba and Norway as guarantors. Senior commanders of both sides will meet next week.",
     {("COL", "04", "COL", "planned")}, {("COL", "04", "CUB", "planned")}),
    # a capitalised "the Government of X" beside the group names the state's side
    ("The Government of the Philippines and the Moro Islamic Liberation Front signed a deal "
     "in Kuala Lumpur, hosted by Malaysia. Both sides thanked Malaysia for its help.",
     {("PHL", "05", "MYS", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), INTERNAL_PAIRS)
def test_nlp_actors19_people_of_an_internal_pair(coded, text, want, never):
    _check(coded, text, want, never)


STATE_KIND_PAIRS: list[tuple[str, set[Row], set[Row]]] = [
    # "the two kingdoms", "the two monarchies", "both republics": the pair just named
    ("Bahrain and Saudi Arabia are linked by a causeway; last year the two kingdoms "
     "signed an accord to build a rail line beside it.",
     {("BHR", "05", "SAU", "happened")}, set()),
    ("Morocco and Jordan held talks in Rabat on Monday, and the two monarchies signed a "
     "deal to expand trade.",
     {("MAR", "05", "JOR", "happened")}, set()),
    ("Armenia and Azerbaijan met in Brussels. The two republics agreed to continue border "
     "talks.",
     {("ARM", "03", "AZE", "happened")}, set()),
    # a single kingdom is still the one named before
    ("Saudi Arabia restored ties with Iran in March. The kingdom reopened its embassy in "
     "Tehran in June.",
     set(), {("SAU", "05", "SAU", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), STATE_KIND_PAIRS)
def test_nlp_actors19_pair_of_states_by_kind(coded, text, want, never):
    _check(coded, text, want, never)
