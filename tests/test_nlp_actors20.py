"""Actor references, round 2 (session 17).

- The head of a force named by the force ("Iran's deputy police chief", "the army chief",
  "Pakistan's intelligence chief") speaks for that force: COP, MIL, SPY -- not the bare
  country.
- Military rulers told as "the military-led government in <capital>" are the article's
  junta: a later bare "the junta" and a bare "the army" are that country's, not the country
  the story names most.
- A bare domestic body or crowd ("security forces", "police", "protesters") in a sentence
  that names no country, whose main clause has a state's ruling body as its subject, is of
  that state.
- A possessive pronoun on an act done to a person ("his arrest", "her extradition") is not
  the doer of the clause that orders or seeks it.
- "Officers of the two sides" (a national noun of a state sector) is a group phrase; a
  pair of one country (its army and an armed group) keeps both members against each other.
- Frontline towns under geonames' size limit (Kiwanja, Bunagana, Paletwa ...) are places.

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

# (source code, root, target code, status)
Row = tuple[str | None, str, str | None, str]

D = date(2023, 9, 4)


@pytest.fixture(scope="module")
def coded(event_rows_all):
    return lambda text: event_rows_all(text, D)


def _check(coded, text: str, want: set[Row], never: set[Row]) -> None:
    got = coded(text)
    assert want <= got, (text, got)
    assert not (never & got), (text, got)


FORCE_HEADS: list[tuple[str, set[Row], set[Row]]] = [
    ("Iran's deputy police chief, General Ali Karimi, accused Iraq of arming the rebels.",
     {("IRNCOP", "11", "IRQ", "happened")}, {("IRN", "11", "IRQ", "happened")}),
    ("Kenya's police commissioner accused Somalia of sheltering the gunmen.",
     {("KENCOP", "11", "SOM", "happened")}, {("KEN", "11", "SOM", "happened")}),
    ("Ghana's army chief of staff blamed Togo for the raid on the border post.",
     {("GHAMIL", "11", "TGO", "happened")}, {("GHA", "11", "TGO", "happened")}),
    ("Pakistan's intelligence chief met Afghan officials in Kabul on Sunday.",
     {("PAKSPY", "04", "AFGGOV", "happened")}, {("PAK", "04", "AFGGOV", "happened")}),
    ("Nigeria's army chief visited Chad to discuss border patrols.",
     {("NGAMIL", "04", "TCD", "happened")}, {("NGA", "04", "TCD", "happened")}),
    # a civilian office stays the government's
    ("Iran's interior minister accused Iraq of arming the rebels.",
     {("IRNGOV", "11", "IRQ", "happened")}, {("IRNCOP", "11", "IRQ", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), FORCE_HEADS)
def test_nlp_actors20_force_heads(coded, text, want, never):
    _check(coded, text, want, never)


JUNTA_HOME: list[tuple[str, set[Row], set[Row]]] = [
    # a junta told as a military-led government, then a bare "the army"
    ("BERLIN - Germany suspended aid to Guinea after the military-led government in Conakry "
     "expelled a German diplomat. Germany said the decision was unjustified. The army "
     "arrested a German journalist in 2022.",
     {("GINMIL", "17", "DEUMED", "happened")}, {("DEUMIL", "17", "DEUMED", "happened")}),
    ("BERLIN - Germany suspended aid to Niger. Germany said the junta in Niamey had broken "
     "its promises. The army detained a German aid worker last month.",
     {("NERMIL", "17", "DEULAB", "happened")}, set()),
    # a body and crowd in the junta's own clause
    ("PARIS - France recalled its ambassador from Niger on Monday after Niger's junta ordered "
     "him out. The junta has promised a transition, but security forces arrested dozens of "
     "protesters in the capital.",
     {("NERMIL", "17", "NERCVL", "happened")}, {("FRAMIL", "17", "FRACVL", "happened")}),
    ("BERLIN - Germany suspended aid to Guinea, days after the military-led government in "
     "Conakry expelled a German diplomat. The junta has promised elections, but police "
     "arrested opposition leaders last week.",
     {("GINCOP", "17", "GINOPP", "happened")}, {("DEUCOP", "17", "DEUOPP", "happened")}),
    # a city the sentence names decides, not the clause's ruler
    ("PARIS - France recalled its ambassador from Niger on Monday. The government in Paris "
     "has promised a review, and police arrested dozens of protesters in Lyon.",
     set(), {("NERCOP", "17", "NERCVL", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), JUNTA_HOME)
def test_nlp_actors20_junta_and_clause_home(coded, text, want, never):
    _check(coded, text, want, never)


DONE_TO: list[tuple[str, str, list[str]]] = [
    ("Former Bolivian president Evo Morales fled to Mexico in 2019. A Peruvian judge first "
     "ordered his arrest in March.", "A Peruvian judge", ["BOLELI"]),
    ("Former Ecuadorian vice president Jorge Glas sought refuge in Mexico's embassy. A "
     "court in Quito had ordered his detention.", "A court", ["ECUELI"]),
    ("Former Peruvian president Alejandro Toledo lived in California for years. A Peruvian "
     "prosecutor requested his extradition in 2018.", "A Peruvian prosecutor", ["PERELI"]),
]


@pytest.mark.parametrize(("text", "start", "want"), DONE_TO)
def test_nlp_actors20_possessive_of_act_done_to(resolve_in, text, start, want):
    assert resolve_in(text, D, start, "his") == want


PAIR_OF_ONE_COUNTRY: list[tuple[str, set[Row], set[Row]]] = [
    ("The Sudanese army and the Rapid Support Forces agreed to a truce. Military officers "
     "of the two sides met in Jeddah on Saturday.",
     {("SDNMIL", "04", "SDNREB", "happened")}, set()),
    ("The Sudanese army and the Rapid Support Forces agreed to a truce. Military commanders "
     "of the two sides met in Jeddah on Saturday.",
     {("SDNMIL", "04", "SDNREB", "happened")}, set()),
    # two states: each member keeps its own country
    ("Indian and Chinese troops clashed in Ladakh. Officers of the two countries met at the "
     "border on Monday.",
     {("INDMIL", "04", "CHNMIL", "happened")}, set()),
    ("Indian and Chinese troops clashed in Ladakh. Military officers of both sides held "
     "talks on Monday.",
     {("INDMIL", "04", "CHNMIL", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), PAIR_OF_ONE_COUNTRY)
def test_nlp_actors20_group_of_officers(coded, text, want, never):
    _check(coded, text, want, never)


def test_nlp_actors20_fit_group_same_country():
    from detente.model import Actor
    from detente.nlp.actor_common import ResolvedActor
    from detente.nlp.actor_groups import fit_group

    def member(code: str, country: str, sector: str | None) -> ResolvedActor:
        return ResolvedActor(Actor(None, None, code, country, sector), "dyad", group=2)

    pair = [member("SDNMIL", "SDN", "MIL"), member("SDNREB", "SDN", "REB")]
    army = ResolvedActor(Actor("army", None, "SDNMIL", "SDN", "MIL"), "agent")
    assert [m.actor.code for m in fit_group(pair, [army])] == ["SDNREB"]
    states = [member("INDMIL", "IND", "MIL"), member("CHNMIL", "CHN", "MIL")]
    india = ResolvedActor(Actor("India", None, "IND", "IND", None), "country")
    assert [m.actor.code for m in fit_group(states, [india])] == ["CHNMIL"]


@pytest.mark.parametrize(("name", "country"), [
    ("Kiwanja", "COD"), ("Bunagana", "COD"), ("Minova", "COD"), ("Paletwa", "MMR"),
    ("Laiza", "MMR"),
])
def test_nlp_actors20_frontline_towns(name, country):
    from detente.resolve.places import Gazetteer

    loc = Gazetteer().lookup(name)
    assert loc is not None and loc.country == country


SHARED_NOUN: list[tuple[str, set[Row], set[Row]]] = [
    ("Kyrgyz and Tajik border guards exchanged fire near the frontier.",
     {("KGZCOP", "19", "TJKCOP", "happened")}, {("KGZ", "19", "TJKCOP", "happened")}),
    ("Uzbek and Kazakh police officers clashed at the crossing on Friday.",
     {("UZBCOP", "19", "KAZCOP", "happened")}, {("UZB", "19", "KAZCOP", "happened")}),
    ("Kyrgyz and Tajik leaders met in Bishkek on Monday.",
     {("KGZGOV", "04", "TJKGOV", "happened")}, set()),
    # a country's name joined to a nationality's noun is not given that noun
    ("Russia and Chinese officials met in Beijing.",
     set(), {("RUSGOV", "04", "CHNGOV", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), SHARED_NOUN)
def test_nlp_actors20_nationalities_share_noun(coded, text, want, never):
    _check(coded, text, want, never)


KENYA = ("NAIROBI - Kenya's parliament passed the finance bill on Tuesday despite weeks of "
         "anger in Kenya over new taxes. Kenya's president said he would sign it. ")
TWO_SIDES = ("BERLIN - Germany suspended aid to Chad on Tuesday, and Chad expelled a German "
             "diplomat. Germany said the step was unjustified. ")

STORY_CROWDS: list[tuple[str, set[Row], set[Row]]] = [
    (KENYA + "Security forces fired tear gas at protesters outside parliament.",
     {("KENMIL", "17", "KENCVL", "happened")}, set()),
    (KENYA + "Protesters attacked police stations in several towns.",
     {("KENCVL", "14", "KENCOP", "happened")}, set()),
    (KENYA + "Riot police arrested dozens of demonstrators in the capital.",
     {("KENCOP", "17", "KENCVL", "happened")}, set()),
    # a story of two countries: whose crowd it is, nothing tells
    (TWO_SIDES + "Security forces fired tear gas at protesters outside parliament.",
     set(), {("DEUMIL", "17", "DEUCVL", "happened"), ("TCDMIL", "17", "TCDCVL", "happened")}),
]


@pytest.mark.parametrize(("text", "want", "never"), STORY_CROWDS)
def test_nlp_actors20_story_crowds_and_forces(coded, text, want, never):
    _check(coded, text, want, never)


PASSIVE_ITS: list[tuple[str, set[Row], set[Row]]] = [
    ("Seoul said its former spy chief was sentenced to life by an American judge in March.",
     {("USAJUD", "17", "KORSPY", "happened")}, {("USAJUD", "17", "USASPY", "happened")}),
    ("Ankara said its police chief had been detained by Greek border guards overnight.",
     {("GRCCOP", "17", "TURCOP", "happened")}, {("GRCCOP", "17", "GRCCOP", "happened")}),
    ("Tokyo said its ambassador had been summoned by the Chinese foreign ministry.",
     {("CHNGOV", "11", "JPNGOV", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), PASSIVE_ITS)
def test_nlp_actors20_its_in_passive_subject(coded, text, want, never):
    _check(coded, text, want, never)
