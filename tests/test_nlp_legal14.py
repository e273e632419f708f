"""Sentence -> event tables for people held, tried, freed, swapped and extradited
(:mod:`detente.nlp.captives` and the legal14 section of ``patterns.yaml``).

The target of an act on a held person is the person's country (a nationality on the phrase,
an apposition, a name given a nationality earlier, "them" after such a sentence); the source
is the holding state (a "by" agent, the place it happened, the holder told before, the
other side of the story). A release traded "in exchange for" someone is also the other
side's release back; a person extradited "to" a state is held by it (173).

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not; a two-character code is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 6, 14)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's texts as articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    # nationality from the apposition, holder from the place
    ("appositive nationality, place holder", "Tom Brown, a British engineer, was arrested in "
     "Tehran last year.", {("IRN", "173", "GBR")}, set()),
    ("appositive job and country adjective", "Ana Ruiz, a Spanish aid worker, was detained "
     "in Caracas on Tuesday.", {("VEN", "173", "ESP")}, set()),
    ("plural demonym held in a country", "The three Estonians held in Belarus since March "
     "returned home on Sunday.", {("BLR", "173", "EST")}, set()),
    # a joined passive shares the subject and the place
    ("joined passive: sentenced", "Tom Brown, a British engineer, was arrested in Tehran "
     "last year and later sentenced to ten years in prison.",
     {("IRN", "173", "GBR")}, set()),
    ("joined passive: tried", "A Japanese businessman was detained in Beijing in 2022 "
     "and tried for spying this week.", {("CHN", "173", "JPN")}, set()),
    # dual citizenship: the one that is not the holder's
    ("dual citizen freed by one of the two", "Lena Fischer, a dual German-Iranian citizen, "
     "was released by Iran on Monday.", {("IRN", "0841", "DEU")}, {("IRN", "0841", "IRN")}),
    ("dual citizen, holder told before", "Iran detained three Britons in March. Sara Amin, "
     "a dual British-Iranian citizen, was also released on Monday, London said.",
     {("IRN", "0841", "GBR")}, {("IRN", "0841", "IRN"), ("GBR", "0841", "IRN")}),
    ("dual citizen held", "Omar Haddad, a dual French-Algerian national, has been held by "
     "Algeria since January.", {("DZA", "17", "FRA")}, set()),
    # a name given a nationality earlier, then the name or "them" alone
    ("name remembered", "Kovac and Horvat, two Croatian citizens, were detained in Serbia in "
     "May. Horvat was sentenced to six years in prison in October.",
     {("SRB", "173", "HRV")}, set()),
    ("them after the held", "Police in Minsk detained two Lithuanian journalists in April. "
     "Belarus freed them on Friday.", {("BLR", "0841", "LTU")}, set()),
    # trials of persons are 173 (legal action); so is a conviction (fresh26: the gold sets
    # code a court convicting someone as 173); a sentence with no term stays 116
    ("convicted is 173", "A court in Moscow convicted the American teacher of "
     "drug smuggling.", {("RUS", "173", "USA")}, {("RUS", "116", "USA")}),
    ("tried person", "An Iranian court tried the Swedish doctor behind closed doors.",
     {("IRN", "173", "SWE")}, set()),
    # swaps: the release back
    ("swap: in exchange for", "Russia released the American teacher Marc Fogel in exchange "
     "for a Russian hacker.", {("RUS", "0841", "USA"), ("USA", "0841", "RUS")}, set()),
    ("swap: in return for", "Venezuela freed ten Americans in return for Alex Saab, a "
     "Colombian businessman.", {("VEN", "0841", "USA"), ("USA", "0841", "VEN")}, set()),
    ("swap: freed for a named man", "Iran released the Belgian aid worker Olivier Vandecasteele "
     "in exchange for Assadollah Assadi.", {("IRN", "0841", "BEL"), ("BEL", "0841", "IRN")},
     set()),
    ("swap: the exchange on a joined verb", "Belarus freed three Poles and handed over a "
     "Lithuanian priest in exchange for two Belarusian agents, Warsaw said.",
     {("BLR", "0841", "POL"), ("POL", "0841", "BLR")}, set()),
    # a swap both sides made, told once: each side's release
    ("mutual swap: coordinated subject", "Armenia and Azerbaijan exchanged prisoners on "
     "Thursday.", {("ARM", "0841", "AZE"), ("AZE", "0841", "ARM")}, set()),
    ("mutual swap: with a partner", "Russia swapped 90 prisoners of war with Ukraine, Kyiv "
     "said.", {("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}, set()),
    ("mutual swap: the noun", "The swap between Moscow and Kyiv took place near Sumy.",
     {("RUS", "0841", "UKR"), ("UKR", "0841", "RUS")}, set()),
    ("exchanged accusations is no swap", "Serbia and Kosovo exchanged accusations over the "
     "clash.", set(), {("SRB", "08", "XKX"), ("XKX", "08", "SRB")}),
    # extradition to a state: held by it, besides the extradition itself
    ("extradited to: held there", "The former Peruvian president was extradited to the "
     "United States in 2023.", {("PER", "063", "USA"), ("USA", "173", "PER")}, set()),
    ("extradited to: a businessman", "A Colombian businessman was extradited to Spain on "
     "Wednesday.", {("ESP", "173", "COL")}, set()),
    ("extradited by: the receiving state", "Thailand extradited the Russian arms dealer to "
     "the United States.", {("THA", "063", "USA"), ("USA", "173", "RUS")}, set()),
    # names told before a description the parser left apart, then used alone
    ("names before their description", "Jan Novak and Petr Dvorak, the two Czechs held in "
     "Iran since 2021, flew home on Sunday. Iran had detained Novak and Dvorak in Tehran.",
     {("IRN", "173", "CZE")}, set()),
    # a reduced relative on an apposition: the person held, the place the holder
    ("reduced relative on an apposition", "The agreement left out Paul Roe, an American "
     "veteran held in Russia for five years.", {("RUS", "173", "USA")},
     {("USA", "173", "USA")}),
    ("a named person held", "Lee, a South Korean pastor, was arrested in Pyongyang in 2015. "
     "Lee has been held ever since, Seoul said.", {("PRK", "173", "KOR")}, set()),
    ("reduced relative: a British teacher", "Ankara said nothing about Jane Poole, a British "
     "teacher held in Turkey since May.", {("TUR", "173", "GBR")}, set()),
    # opponents held or freed by their own state
    ("opponents freed", "Havana freed forty jailed dissidents, the Cuban foreign ministry "
     "said on Monday.",
     {("CUB", "0841", "CUB")}, set()),
    ("opponents jailed", "Belarus jailed three opposition activists in Minsk.",
     {("BLR", "173", "BLR")}, set()),
    # "them" after an intervening release by the other side: the group the holder held
    ("them: the holder's captives", "Two Japanese fishermen held in Moscow came home, hours "
     "after a Japanese court released a Russian sailor. Moscow released them on Friday.",
     {("RUS", "0841", "JPN")}, {("RUS", "0841", "RUS")}),
    # put on a plane out of the country
    ("put on a plane", "The Venezuelan opposition leader was put on a plane to Madrid by "
     "Colombian police.", {("COL", "174", "VEN")}, set()),
    # the nouns: the held are the of-phrase or a person's possessive, never the doer
    ("whose arrest in a city", "Britain freed Li Wei, a Chinese engineer, whose arrest in "
     "London had angered Beijing.", {("GBR", "173", "CHN")}, {("CHN", "173", "GBR")}),
    ("the arrest of nationals by a state", "The arrest of two Japanese fishermen by Russian "
     "border guards in May strained ties between Tokyo and Moscow.", {("RUS", "173", "JPN")},
     set()),
    ("the release of a named national", "Washington welcomed the release of Anna Berg, an "
     "American nurse, by Iran.", {("IRN", "0841", "USA")}, set()),
    # an organ of no country ("a court", "a jury") is the holder's own, or its place's
    ("a court of no country frees", "Anna Berg, an American nurse, was detained in Tehran in "
     "May. A court freed her on Sunday, Washington said.", {("IRN", "0841", "USA")}, set()),
    ("a jury with a place", "Luis Mora, a Mexican banker, was tried by a Texas jury on "
     "Friday, Mexico City said.", {("USA", "173", "MEX")}, set()),
    ("a participle after the clause", "The Colombian businessman was extradited to Spain in "
     "May, convicted by a Madrid court and sentenced to eight years in prison.",
     {("ESP", "173", "COL")}, set()),
    # "the release", "their release" told again
    ("their release told again", "Mali freed 46 Ivorian soldiers on Saturday. Their release "
     "ends a long crisis between Bamako and Abidjan.", {("MLI", "0841", "CIV")}, set()),
    ("freed where they were held", "Three Dutch officials held in Venezuela since 2022 were "
     "freed on Monday, The Hague said.", {("VEN", "0841", "NLD")}, set()),
    # negative rows: no detention
    ("an ousted leader held at home", "The Bolivian president was ousted by parliament after "
     "he attempted to shut it down, and he has been held since then, Brazil said.", set(),
     {("BRA", "17", "BOL")}),
    ("a deposed leader held by a unit of no country", "Paris condemned the coup in Libreville. "
     "The ousted Gabonese president has been held by the republican guard since August.",
     set(), {("FRA", "17", "GAB")}),
    ("a release pressed for is not done", "Kim, a South Korean missionary, was detained in "
     "Pyongyang in 2014. Seoul said it would keep pressing for his release.",
     {("PRK", "173", "KOR")}, {("PRK", "08", "KOR"), ("PRK", "03", "KOR")}),
    ("held responsible in a relative clause", "Canada sanctioned ten Saudi officials it held "
     "responsible for the killing.", set(), {("CAN", "17", "SAU")}),
    ("prisoners held in several states", "Prisoners kept in Poland, Norway and Germany were "
     "flown to Ankara, Turkey said.", set(), {("POL", "173", "DEU"), ("TUR", "173", "POL")}),
    ("a ship held is no person", "Iran said the Stena Impero was still held at Bandar Abbas "
     "by the Revolutionary Guards.", set(), {("IRN", "173", "GBR")}),
    ("held responsible is a judgement", "The Dutch government held Russia responsible for "
     "the downing of the airliner.", set(), {("NLD", "17", "RUS")}),
    ("held talks is a meeting", "Kenya and Uganda held talks in Nairobi on Monday.", set(),
     {("KEN", "17", "UGA"), ("UGA", "17", "KEN")}),
    ("tried to is an attempt", "Serbia tried to persuade Hungary to back the plan.", set(),
     {("SRB", "17", "HUN")}),
    ("charged a fee is no legal action", "Egypt charged Israeli ships higher fees for the "
     "canal.", set(), {("EGY", "173", "ISR")}),
    ("release of a report is no release of people", "Germany released its report on Chinese "
     "investment on Monday.", set(), {("DEU", "0841", "CHN")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_legal14_sentence_events(check, label: str, text: str, present: set[Triple],
                                     absent: set[Triple]) -> None:
    check(text, present, absent, label)
