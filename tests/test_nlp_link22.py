"""Actors present in the sentence but not linked to the event (session 18, link22).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source country, target country, cameo code or root prefix, status).

- A subject the parser took for the object of a preposition right before the verb: a
  fronted time phrase with no comma ("In May Kenya sent ..."), a subordinator read as a
  preposition ("... after Chile granted asylum to ..."). Negative rows: a place phrase before
  a real subject, a verb with its own subject.
- A passive hosting whose guest is only a definite noun ("the delegation was received by
  the Saudi minister"): the guest of the story's latest visit to the host's country.
  Negative rows: the story's visit went to another country; no visit told.
- A relative clause on the side turned to ("X turned to Y, which agreed to ..."): Y's
  promise or aid goes to X. Negative row: a hostile act of Y's with its own target.
- "X said, after talks with Y's premier, that he had accepted ...": a pronoun that made the
  act go from a country to itself stands for the named reporter. Negative row: a domestic
  pair.
- "criticised the entry into the embassy": the criticism of a forced entry, raid or attack
  on a side's place is aimed at the doer the story told, not at the side whose place it is.
  Negative rows: the doer named with the act; no such act told.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 14)

Row = tuple[str, str, str, str]


@pytest.fixture
def rows_of(sentence_rows):
    """(source country, target country, CAMEO code, status) of the two-sided events of the
    sentence starting with ``sentence``, every sentence parsed."""
    return lambda text, sentence: sentence_rows(text, PUB, sentence, by="country", digits=4,
                                                both=True, prefilter=False)


def _has(rows: set[Row], want: Row) -> bool:
    return any(r[0] == want[0] and r[1] == want[1] and r[2].startswith(want[2])
               and r[3] == want[3] for r in rows)


SWALLOWED = [
    # a fronted month phrase swallows a person's name known from the story
    ("President Felix Tshisekedi of Congo has long criticised the mission. In September "
     "Tshisekedi asked the UN to withdraw its peacekeepers.", "In September",
     [("COD", "UNO", "020", "happened")], []),
    # the same with a charge and a leader named by surname only
    ("In March Kagame accused Congo of arming the rebels.", "In March",
     [("RWA", "COD", "112", "happened")], []),
    # a month phrase swallows a country, a border closed
    ("In December Poland closed its border with Belarus.", "In December",
     [("POL", "BLR", "172", "happened")], []),
    # "after" read as a preposition: the name after it acts in the conjoined verb
    ("Bolivia expelled Chile's ambassador after Chile granted asylum to Morales's family.",
     "Bolivia expelled", [("CHL", "BOL", "075", "happened"),
                          ("BOL", "CHL", "161", "happened")], []),
    ("Later in May Colombia recalled Argentina's ambassador after Argentina granted asylum "
     "to Petro's critics.", "Later in May", [("ARG", "COL", "075", "happened")], []),
    # a place phrase before a real subject: the place does not act
    ("In Beijing Blinken met Wang Yi.", "In Beijing",
     [("USA", "CHN", "04", "happened")], [("CHN", "USA", "04", "happened")]),
    # a verb with its own subject after "after": that subject, not the name before
    ("Serbia recalled its ambassador after Montenegro recognised Kosovo's independence.",
     "Serbia recalled", [("MNE", "XKX", "054", "happened")],
     [("SRB", "XKX", "054", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "absent"), SWALLOWED,
                         ids=[r[1] for r in SWALLOWED])
def test_nlp_link22_swallowed_subject(rows_of, text, sentence, want, absent):
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), rows
    for a in absent:
        assert not _has(rows, a), rows


GUESTS = [
    # a definite "delegation" received by a host whose country the story's visit went to
    # (the "with ... from" phrase of the visit leaves the noun without a referent)
    ("A Houthi delegation from Yemen flew into Muscat on Friday with advisers from Iran. "
     "Before returning, the delegation was received by Oman's foreign minister.",
     "Before returning", [("YEM", "OMN", "042", "happened"), ("OMN", "YEM", "043", "happened")],
     []),
    # the visitors told by a different noun than the one taking them up
    ("Negotiators from Colombia's ELN guerrillas arrived in Havana on Monday with observers "
     "from Norway. On Wednesday the delegation was received by Cuba's foreign minister.",
     "On Wednesday", [("COL", "CUB", "042", "happened"), ("CUB", "COL", "043", "happened")],
     []),
    # the story's visit went elsewhere: no guest for this host
    ("Kenya's president visited Ethiopia in May. The delegation was received by Egypt's "
     "president.", "The delegation", [], [("EGY", "KEN", "043", "happened"),
                                          ("EGY", "ETH", "043", "happened")]),
    # no visit told at all
    ("The delegation was received by Jordan's interior minister.", "The delegation", [],
     [("JOR", "", "043", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "absent"), GUESTS,
                         ids=[r[1] for r in GUESTS])
def test_nlp_link22_passive_host_takes_story_guest(rows_of, text, sentence, want,
                                                  absent):
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), rows
    for a in absent:
        assert not _has(rows, a), rows


PRE = "Somalia's president met Ethiopia's prime minister last year. "
TURNED_TO = [
    # "appealed to Y, whose government offered ...": the offer is made to the one appealing
    (PRE + "Mogadishu appealed to Egypt, whose government offered to send troops.",
     "Mogadishu appealed", [("EGY", "SOM", "03", "happened")], []),
    # "turned to Y, which agreed to provide a loan": the pledge is to the one turning to it
    (PRE + "Mogadishu has since turned to Turkey, which agreed to provide a loan.",
     "Mogadishu has since", [("TUR", "SOM", "03", "happened")], []),
    # a promise by Y's president, another story
    ("Haiti's prime minister spoke with Brazil's president in March. Haiti turned to Kenya, "
     "whose president promised to lead a police mission.", "Haiti turned",
     [("KEN", "HTI", "03", "happened")], []),
    # a hostile act in the relative clause keeps its own target
    (PRE + "Mogadishu turned to Turkey, which criticised Ethiopia.", "Mogadishu turned",
     [("TUR", "ETH", "111", "happened")], [("TUR", "SOM", "111", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "absent"), TURNED_TO,
                         ids=[r[1] for r in TURNED_TO])
def test_nlp_link22_relative_clause_acts_for_the_asker(rows_of, text, sentence,
                                                       want, absent):
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), rows
    for a in absent:
        assert not _has(rows, a), rows


DETAINEE = ("SYDNEY, May 3 - Yang Mei, a Chinese-born Australian writer who spent two years in "
            "detention in China, is back in Sydney, Prime Minister Anthony Albanese said on "
            "Tuesday. She was detained in Beijing in 2021. Chinese media reported that she had "
            "been deported after her sentence. ")
REPORTED_PRONOUN = [
    # "he" in the reported clause is the one reporting, not the partner named before it
    (DETAINEE + "Albanese said in April, after talks with Chinese Premier Li Qiang in Manila, "
     "that he had accepted an invitation to travel to China later this year.", "Albanese said in",
     [("AUS", "CHN", "036", "happened"), ("AUS", "CHN", "042", "planned")], []),
    # a domestic pair stays unlinked: the reporter is of the partner's own country
    (DETAINEE + "Xi Jinping said in April, after talks with Premier Li Qiang in Beijing, "
     "that he had accepted an invitation to visit Shanghai.", "Xi Jinping said in",
     [], [("CHN", "CHN", "03", "happened"), ("CHN", "CHN", "04", "planned")]),
    # with no partner before the pronoun nothing changes
    ("Albanese said in April that he had accepted an invitation to travel to China.",
     "Albanese said in", [("AUS", "CHN", "036", "happened")], []),
]


@pytest.mark.parametrize(("text", "sentence", "want", "absent"), REPORTED_PRONOUN,
                         ids=[r[1] + str(i) for i, r in enumerate(REPORTED_PRONOUN)])
def test_nlp_link22_reported_pronoun_is_the_reporter(rows_of, text, sentence,
                                                     want, absent):
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), rows
    for a in absent:
        assert not _has(rows, a), rows


INTRUSION = [
    # the entry told as forcing into another side's embassy: aimed at the police who did it
    ("Ecuadorean police forced their way into Mexico's embassy in Quito on Friday. Brazil and "
     "Chile criticised the entry into the embassy.", "Brazil and Chile",
     [("BRA", "ECU", "111", "happened"), ("CHL", "ECU", "111", "happened")],
     [("BRA", "MEX", "111", "happened")]),
    # a raid on a consulate, "condemned"
    ("Serbian police raided the Croatian consulate in Novi Sad on Monday. Slovenia condemned "
     "the raid on the consulate.", "Slovenia condemned",
     [("SVN", "SRB", "111", "happened")], [("SVN", "HRV", "111", "happened")]),
    # the doer named with the act: kept
    ("Ecuadorean police forced their way into Mexico's embassy in Quito on Friday. Brazil "
     "criticised Ecuador's raid on the embassy.", "Brazil criticised",
     [("BRA", "ECU", "111", "happened")], []),
    # no such act told: no doer made up
    ("Brazil and Chile criticised the entry into the embassy.", "Brazil and Chile", [],
     [("BRA", "MEX", "111", "happened"), ("BRA", "ECU", "111", "happened")]),
]


@pytest.mark.parametrize(("text", "sentence", "want", "absent"), INTRUSION,
                         ids=[r[1] + str(i) for i, r in enumerate(INTRUSION)])
def test_nlp_link22_criticised_intrusion_aims_at_its_doer(rows_of, text, sentence,
                                                          want, absent):
    rows = rows_of(text, sentence)
    for w in want:
        assert _has(rows, w), rows
    for a in absent:
        assert not _has(rows, a), rows
