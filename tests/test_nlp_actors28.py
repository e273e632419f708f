"""Actor recognition (session 21, actors28): a junta's own ministry or army is no second side
that deals with it; a lone surname after another person's full name is not the knowledge
base's namesake; "a critic of the junta" is the opposition of the junta's country; a titled
subject is not one of the group it acts on ("The Minister thanked both delegations"); "The
government also said" after an official's sentence is that official's government; people of
swaps, expulsions and extraditions the knowledge base now knows. The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture
def rows_of(sentence_rows):
    """(source country, target country, root, status) of the events of the sentence
    starting with ``start``."""
    return lambda text, start, day=date(2024, 3, 1): sentence_rows(
        text, day, start, by="country", prefilter=False)


# (text, start of the sentence, rows expected, rows that must not be there)
CASES = [
    # a junta's own ministry deals with a critic of the junta: the junta stays its country's
    ("Mali's military government tore up a peace accord with Algeria on Monday. "
     "Last month Mali's foreign ministry summoned the Algerian ambassador over a meeting "
     "with an imam, a critic of the junta. "
     "The junta, which expelled the U.N. mission in 2023, says it will hold a "
     "national dialogue.",
     "The junta, which", {("MLI", "UNO", "16", "happened")},
     {("DZA", "UNO", "16", "happened")}),
    # a foreign subject that deals with the junta is still not the junta
    ("Niger's military government ended its accord with Washington on Sunday. "
     "A Pentagon spokeswoman said Washington was seeking clarification from the junta.",
     "A Pentagon", set(), {("USA", "USA", "10", "happened")}),
    # a surname after another person's full name: not the minister of that surname
    ("Nicaragua released Bishop Tomas Alvarez, a critic of President Daniel Ortega, on "
     "Monday. Alvarez was arrested in 2022 when police raided his offices.",
     "Alvarez was", {("NIC", "NIC", "17", "happened")},
     {("NIC", "DOM", "17", "happened"), ("", "DOM", "17", "happened")}),
    # the minister himself, named alone, is still the minister
    ("Dominican Foreign Minister Roberto Alvarez flew to Caracas on Monday. "
     "Alvarez met President Nicolas Maduro there.",
     "Alvarez met", {("DOM", "VEN", "04", "happened")}, set()),
    # "a critic of X": the opposition of X's country
    ("Ethiopia released Samuel Bekele, an outspoken critic of the government in Addis "
     "Ababa, and flew him to Kenya.",
     "Ethiopia released", {("ETH", "ETH", "08", "happened")}, set()),
    ("Minsk arrested Ales Pavlov, a critic of President Alexander Lukashenko, on Friday.",
     "Minsk arrested", {("BLR", "BLR", "17", "happened")}, set()),
    # a titled subject is not one of the two delegations it thanks
    ("Qatar hosted talks in Doha between Armenia, represented by Foreign Minister Ararat "
     "Mirzoyan, and Azerbaijan, represented by Foreign Minister Jeyhun Bayramov. Armenia "
     "and Azerbaijan agreed to meet again. Foreign Minister Mohammed bin Abdulrahman Al Thani "
     "received the two delegations. The Minister thanked both delegations for their "
     "approach.",
     "The Minister thanked", {("QAT", "ARM", "05", "happened"),
                              ("QAT", "AZE", "05", "happened")},
     {("ARM", "AZE", "05", "happened")}),
    # "The government also said" after an official's sentence: the official's government
    ("Bolivia broke off relations with Israel on Tuesday. Deputy Foreign Minister Freddy "
     "Mamani told reporters in La Paz that the offensive was disproportionate. The "
     "government also said it would ship humanitarian aid to Gaza.",
     "The government also", {("BOL", "PSE", "03", "happened")},
     {("ISR", "PSE", "03", "happened")}),
    # a body chaired by an official is that official's state's, and so is "the committee"
    ("Tensions with India rose after the army exchanged fire on the border. Ministers met "
     "in Islamabad at a meeting of the Defence Committee chaired by Prime Minister Shehbaz "
     "Sharif. The committee also decided to take the dispute to the United Nations.",
     "The committee also", {("PAK", "UNO", "02", "planned")},
     {("IND", "UNO", "02", "planned")}),
    # people the knowledge base now knows
    ("China sentenced Michael Kovrig to eleven years in prison on Monday.",
     "China sentenced", {("CHN", "CAN", "17", "happened")}, set()),
    ("Germany released Vadim Krasikov in the exchange on Thursday.",
     "Germany released", {("DEU", "RUS", "08", "happened")}, set()),
    ("Belgium freed Asadollah Assadi on Friday.",
     "Belgium freed", {("BEL", "IRN", "08", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "start", "want", "unwanted"), CASES)
def test_nlp_actors28_sides(rows_of, text, start, want, unwanted):
    rows = rows_of(text, start)
    assert want <= rows, rows
    assert not rows & unwanted, rows
