"""Events of another root told in the same sentence (session 30, roots30).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source, target, CAMEO code prefix, status), a side of six letters
an actor code, else a country.

- A deal signed in one side's country by a person of the other side tells that person's
  visit (042) besides the signing (057), also when the signer is a named person the
  knowledge base does not hold ("ner") and when the host side is its capital, its state or
  a side the sentence implies (``EventExtractor._signing_visit``). Negative rows: states
  that sign name no one who travelled; a signing at a third place.
- A foreign leader who attends another state's inauguration, investiture or coronation visits
  it (``consult.attend_inauguration``); an embassy or consulate inaugurated or dedicated is
  opened (054: ``diplo.inaugurate_embassy``, ``diplo.dedicate_embassy`` and their nouns).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 12)

Row = tuple[str, str, str, str]

SIGNING = [
    ("Russia and Iran are building a railway together. The contract was signed in Tehran on "
     "Monday by Deputy Prime Minister Igor Valentinov of Russia and the Iranian transport "
     "minister, Reza Shahbazi.", "The contract",
     [("RUS", "IRN", "057", "happened"), ("RUS", "IRN", "042", "happened")], []),
    ("Israel and Morocco have grown closer. Israel's defence minister, Benny Gantz, signed "
     "a security accord with Morocco in Rabat last November.", "Israel's defence",
     [("ISR", "MAR", "042", "happened")], []),
    # states sign: no one named travelled
    ("The juntas of the Sahel drew closer. In September Mali and Niger signed a mutual "
     "defence pact in Niamey.", "In September",
     [], [("MLI", "NER", "042", "happened")]),
    # a third place: no visit to either side
    ("Armenia and Azerbaijan are talking. Prime Minister Nikol Pashinyan and President Ilham "
     "Aliyev signed a statement in Prague on Friday.", "Prime Minister",
     [], [("ARM", "AZE", "042", "happened"), ("AZE", "ARM", "042", "happened")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted", SIGNING)
def test_coding_roots30_signing_visit(pair_rows, check_pairs, text: str, sentence: str,
                                      want: list[Row], unwanted: list[Row]) -> None:
    """A signing abroad by a named person is also that person's visit to the host."""
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)


OPENINGS = [
    ("Chile and Argentina are neighbours. Chilean President Gabriel Boric attended the "
     "inauguration of Argentina's new president in Buenos Aires on Sunday.", "Chilean",
     [("CHL", "ARG", "042", "happened")], []),
    ("Kenya and Britain keep close ties. Kenyan President William Ruto attended the "
     "coronation of the King in London in May.", "Kenyan",
     [("KEN", "GBR", "042", "happened")], []),
    ("Spain backs Ukraine. Spanish Foreign Minister Jose Manuel Albares inaugurated the new "
     "Spanish embassy in Kyiv on Monday.", "Spanish",
     [("ESP", "UKR", "054", "happened")], []),
    ("Washington is courting the Pacific. Secretary of State Antony Blinken dedicated the "
     "new American embassy in Vanuatu on Tuesday.", "Secretary",
     [("USA", "VUT", "054", "happened")], []),
    # a building or a road inaugurated is no embassy
    ("Spain backs Ukraine. Spanish Foreign Minister Jose Manuel Albares inaugurated a new "
     "school in Kyiv on Monday.", "Spanish",
     [], [("ESP", "UKR", "054", "happened")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted", OPENINGS)
def test_coding_roots30_inaugurations(pair_rows, check_pairs, text: str, sentence: str,
                                      want: list[Row], unwanted: list[Row]) -> None:
    """An inauguration attended abroad is a visit; an embassy inaugurated is opened."""
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
