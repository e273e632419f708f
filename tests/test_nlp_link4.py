"""Linking the right pair when both actors are in the sentence: the means a subject uses to
act, help asked for, what a passive giver gives, warnings of consequences, "where they ..."
after a meeting, a plan put forward, an envoy's post, a call in which one acts on the other,
who is responsible for an attack, one's own people pulled out of a place, a cleft sentence's
doer, each target of a list, the same verb told again "as well" for other subjects, an
official who reports her side's act, a demand said in the same breath as an act on another
side, a threat's condition, requests, hosted rounds of talks, blame, talks reported by one
side, and a complaint filed with a body.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LINKED_CASES = [
    ("means verb, infinitive as complement",
     "Erdogan used a press conference in Ankara to invite Prime Minister Mitsotakis to "
     "Istanbul.", ("TUR", "03", "GRC")),
    ("means verb, infinitive on the object",
     "King Mohammed VI used a televised address to invite President Ruto of Kenya to visit "
     "Rabat.", ("MAR", "03", "KEN")),
    ("means verb, opportunity",
     "Macron took the opportunity to invite Chancellor Scholz to Paris.", ("FRA", "03", "DEU")),
    ("help asked for goes to the asker",
     "Manila could ask Tokyo to send coast guard vessels to help patrol the shoal.",
     ("JPN", "07", "PHL")),
    ("passive giving of a noun act",
     "Former president Evo Morales was given asylum by Mexico in 2019.", ("MEX", "07", "BOL")),
    ("warned of being held accountable",
     "Moscow warned that Helsinki would be held accountable for any provocation on the "
     "border.", ("RUS", "13", "FIN")),
    ("warned of a price to pay",
     "Beijing warned that Washington would pay a heavy price for the arms sale.",
     ("CHN", "13", "USA")),
    ("warned of consequences",
     "Moscow warned that Finland would face consequences if it joined NATO.",
     ("RUS", "13", "FIN")),
    ("where they agreed, after a meeting",
     "Scholz and Meloni met in Rome in March, where they talked about migration and agreed "
     "to deepen cooperation.", ("DEU", "03", "ITA")),
    ("where they agreed to resume talks",
     "Biden and Xi met in Woodside, where they agreed to resume military talks.",
     ("USA", "03", "CHN")),
    ("where they signed",
     "Putin and Xi met in Beijing in May, where they signed a joint statement.",
     ("RUS", "05", "CHN")),
    ("a plan put forward calls for",
     "Brazil laid out a peace plan that calls on Moscow to withdraw its troops.",
     ("BRA", "02", "RUS")),
    ("envoy named to a post in a capital",
     "Jordan has named Ambassador Sami Haddad as its envoy in Baghdad.", ("JOR", "05", "IRQ")),
    ("a call in which one congratulated the other",
     "Macron and Lula spoke in a telephone call, in which Macron congratulated Lula on his "
     "victory.", ("FRA", "04", "BRA")),
    ("responsible for an attack",
     "London said Moscow was responsible for the strikes on a Danish tanker and a Greek "
     "cargo ship.", ("RUS", "19", "DNK")),
    ("each target of a list after an attack noun",
     "Washington said Iran was responsible for the attacks on two Norwegian tankers and a "
     "Japanese freighter.", ("IRN", "19", "JPN")),
    ("to blame for an attack",
     "Washington said Russia was to blame for the attack on the Ukrainian port.",
     ("RUS", "19", "UKR")),
    ("own diplomats pulled out of a capital",
     "In 2020 Argentina pulled its diplomats out of Managua after a row over election "
     "monitors.", ("ARG", "16", "NIC")),
    ("cleft sentence puts the doer first",
     "Japanese officials said it was Seoul that had asked for a meeting with Kishida.",
     ("KOR", "03", "JPN")),
    ("the same verb again with 'as well'",
     "Italy sent water bombers to Athens at the request of the Greek government, and Spain "
     "and Portugal sent crews as well.", ("PRT", "15", "GRC")),
    ("the same verb again with 'too'",
     "Japan imposed sanctions on Russia in March, and South Korea imposed sanctions too.",
     ("KOR", "16", "RUS")),
    ("an unlisted official speaks for the side whose act she reports",
     "Chile has expelled a Venezuelan diplomat, Foreign Minister Rosa Valdivia said on "
     "Monday, accusing Caracas of spying.", ("CHL", "11", "VEN")),
    ("a demand joined to an act on another side",
     "Poland's foreign ministry summoned Belarus's charge d'affaires and demanded the "
     "immediate release of the journalist.", ("POL", "10", "BLR")),
    ("the condition of a threat a level down",
     "Sunak warned that Britain would not hesitate to scrap the treaty if Brussels broke its "
     "promises.", ("GBR", "13", "EU")),
    ("asked at someone's request",
     "New Zealand flew medical teams to Apia at Samoa's request.", ("WSM", "02", "NZL")),
    ("at the request of",
     "Kenya deployed police officers to Haiti at the request of the Haitian government.",
     ("HTI", "02", "KEN")),
    ("hosted rounds of talks between two",
     "Qatar hosted a series of meetings between Israel and Hamas.", ("QAT", "04", "PSE")),
    ("greeted by, the subject shared with the verb before",
     "Lula arrived in Beijing on Thursday and was greeted by Xi Jinping at the Great Hall of "
     "the People.", ("CHN", "04", "BRA")),
    ("blamed for an attack",
     "Kyiv blamed Moscow for the missile attack on Odesa.", ("RUS", "19", "UKR")),
    ("talks with one side, reported by the other",
     "Negotiations with Ankara over the grain corridor will go on, the Russian foreign "
     "ministry said.", ("RUS", "04", "TUR")),
    ("a complaint lodged with a body after an act on the other side",
     "Amman withdrew its envoy from Damascus and lodged a complaint with the Arab League.",
     ("JOR", "11", "SYR")),
]


@pytest.mark.parametrize("name,text,triple", LINKED_CASES, ids=[c[0] for c in LINKED_CASES])
def test_nlp_link4_links_the_pair(triples, name, text, triple):
    got = triples(text)
    assert triple in got, got


UNLINKED_CASES = [
    ("warning of one's own price is no threat at another",
     "Pyongyang warned that it would pay any price to defend itself.", ("PRK", "13")),
    ("an appeal by a third party gives no aid to the appealer",
     "The United Nations urged Russia to provide aid to civilians in Mariupol.",
     ("RUS", "07", "UNO")),
    ("the same verb again names its own target",
     "Japan imposed sanctions on Russia in March, and South Korea imposed sanctions on "
     "Belarus too.", ("KOR", "16", "RUS")),
    ("own troops ordered out is no demand on the place",
     "Mali ordered its troops out of Niger.", ("MLI", "10", "NER")),
    ("what an appeal asks for stays no event through a means verb",
     "Canberra urged Beijing to use its leverage to persuade Pyongyang to halt missile tests.",
     ("CHN", "02", "PRK")),
    ("openness to a dialogue with one side, reported by the other, is no meeting",
     "A statement from Bamako said the junta stayed ready for dialogue with Abidjan.",
     ("MLI", "04", "CIV")),
    ("an order to attack is no demand on the one just rejected",
     "Baku turned down every proposal made by Yerevan and ordered an offensive.",
     ("AZE", "10")),
    ("a complaint with a body names no other side",
     "Ukraine filed a complaint with the International Court of Justice.",
     ("UKR", "11", "UKR")),
    ("cleared of an attack is not blamed for it",
     "Cairo said Khartoum was not responsible for the shelling of the convoy.",
     ("SDN", "19")),
]


@pytest.mark.parametrize("name,text,unwanted", UNLINKED_CASES,
                         ids=[c[0] for c in UNLINKED_CASES])
def test_nlp_link4_leaves_the_pair_alone(triples, name, text, unwanted):
    got = triples(text)
    if len(unwanted) == 3:
        assert unwanted not in got, got
    else:
        assert not any((s, r) == unwanted for s, r, _ in got), got
