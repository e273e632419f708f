"""Actors present but not linked (session 19, link25).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source country + sector or country, target likewise, cameo code or
root prefix, status). Sides are compared by actor code when the row gives six letters, else
by country.

- "the signing of a fishing memorandum of understanding between A and B", "talks on a deal
  between A and B": the parties of a pact a noun of signing or talks is about are those the
  pact's "between" phrase names, down a short "of" / "on" chain through the pact's name
  (``ArgumentPicker._pact_between``). Negative rows: a judgement of such a pact is no act of
  its parties; a "between" phrase on a noun that is no pact's name.
- "the two leaders held talks in which they agreed to ...", "A and B reviewed the treaty,
  which they signed in 2021": "they" in a relative clause of a meeting or pact noun stands
  for the two or more sides the clause the noun is told in has as subject
  (``ArgumentPicker._clause_pronoun``, ``_holders_of``). Negative row: one side there.
- "officials signed three agreements in the presence of A's and B's leaders": the sides
  present at a signing whose signers name no side are its parties
  (``ArgumentPicker._signed_before``). Negative row: only reporters present.
- "the suspension that the League imposed on Syria": a measure noun whose relative or
  participle clause puts it on a side is aimed at that side, by the clause's subject
  (``ArgumentPicker._imposed_on``). Negative row: a clause with no "on" phrase.
- "seized a Marshall Islands-flagged tanker", "struck a Greek-owned freighter": an act of
  force on a craft is on the state of its flag or owner (``ArgumentPicker._flag_state``).
  Negative rows: a craft named by no state; a flag state on a craft that is only inspected.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 20)

Row = tuple[str, str, str, str]


PACT_BETWEEN = [
    ("Last week the Spanish foreign minister flew to Rabat with the Portuguese premier to "
     "attend the signing of a fisheries memorandum of understanding between Morocco and the "
     "European Union.", "Last week", [("MAR", "EU", "057", "happened")], []),
    ("Negotiations on a new investment treaty between Kenya and India, begun in 2019, "
     "stalled last year.", "Negotiations", [("KEN", "IND", "04", "happened")], []),
    ("Delegates gathered in Geneva for the ratification of the agreement on cooperation "
     "between Peru and Chile.", "Delegates", [("PER", "CHL", "05", "happened")], []),
    # a judgement of the pact is not an act of its parties on each other
    ("Opposition lawmakers voiced sharp criticism of the terms of the deal between Ghana and "
     "Nigeria on gas supplies.", "Opposition", [],
     [("GHA", "NGA", "11", "happened"), ("NGA", "GHA", "11", "happened")]),
    # "between" on a noun that is no pact's name: the border is not the signers
    ("The signing of a protocol on the border between Peru and Ecuador was put off.",
     "The signing", [], [("PER", "ECU", "05", "happened")]),
]

MEETING_THEY = [
    ("President Ruto of Kenya received President Museveni of Uganda in Nairobi. Afterwards "
     "the two presidents held talks in which they discussed trade and agreed to reopen the "
     "border crossing.", "Afterwards", [("KEN", "UGA", "03", "happened")], []),
    ("Chancellor Scholz welcomed Prime Minister Fiala of the Czech Republic to Berlin. The two "
     "leaders then held a meeting at which they signed a deal on energy links.", "The two",
     [("DEU", "CZE", "05", "happened")], []),
    ("Foreign Minister Wong of Australia hosted Foreign Minister Peters of New Zealand in "
     "Canberra. The two ministers held a session in which they pledged to coordinate aid to "
     "the Pacific.", "The two", [("AUS", "NZL", "03", "happened")], []),
    # a pact the clause's pair reviews, told in a relative clause of theirs
    ("Presidents Erdogan and Aliyev reviewed the implementation of the Shusha Declaration, "
     "which they signed in 2021.", "Presidents", [("TUR", "AZE", "057", "happened")], []),
    ("Presidents Ramaphosa and Lula praised the progress of the trade accord, which they "
     "concluded in 2023.", "Presidents", [("ZAF", "BRA", "057", "happened")], []),
    # one side in the main clause: "they" is not taken for it and a partner
    ("Morocco and Spain quarrelled. Algeria criticised the border treaty, which they signed "
     "in Rabat.", "Algeria", [], [("DZA", "ESP", "05", "happened"),
                                   ("DZA", "MAR", "05", "happened")]),
]

SIGNED_BEFORE = [
    ("Officials signed three agreements in the presence of Prime Minister Modi and President "
     "Macron.", "Officials", [("IND", "FRA", "057", "happened")], []),
    ("In the presence of Presidents Ramaphosa and Ruto, senior officials signed a memorandum "
     "on visa waivers.", "In the presence", [("ZAF", "KEN", "057", "happened")], []),
    ("Ministers signed a trade pact with Chile in the presence of President Lula.",
     "Ministers", [("BRA", "CHL", "057", "happened")], []),
    # nobody's side present: no parties guessed
    ("Morocco and Spain have quarrelled over fishing. In the presence of reporters, the "
     "minister signed the decree on tariffs.", "In the presence", [],
     [("MAR", "ESP", "05", "happened"), ("ESP", "MAR", "05", "happened")]),
]

IMPOSED_ON = [
    ("The Arab League voted to end the suspension that it imposed on Syria in 2011.",
     "The Arab League", [("LAS", "SYR", "16", "happened")], []),
    ("West African leaders reviewed the suspension that ECOWAS imposed on Niger after the "
     "coup.", "West African", [("ECOWAS", "NER", "16", "happened")], []),
    ("The summit debated the suspension that the African Union placed on Gabon in August.",
     "The summit", [("AU", "GAB", "16", "happened")], []),
    ("Ministers debated the embargo that Washington imposed on Cuba decades ago.",
     "Ministers", [("USA", "CUB", "1", "happened")], []),
    # no "on" phrase in the clause: no target guessed from it
    ("Mali's suspension, which the African Union decided after the coup, remains in force.",
     "Mali's", [], [("AU", "NER", "16", "happened")]),
]

FLAG_STATE = [
    ("Houthi forces seized a Liberian-flagged cargo ship in the Red Sea on Sunday.",
     "Houthi", [("YEM", "LBR", "17", "happened")], []),
    ("Russian warplanes struck a Greek-owned bulk carrier near Odesa overnight.",
     "Russian", [("RUS", "GRC", "19", "happened")], []),
    ("Venezuelan troops detained a Panama-flagged fishing vessel near the disputed island.",
     "Venezuelan", [("VEN", "PAN", "17", "happened")], []),
    ("Houthi forces carried out a missile attack on a Norwegian-owned tanker off Aden on "
     "Tuesday.", "Houthi", [("YEM", "NOR", "19", "happened")], []),
    # no state on the craft: nothing guessed from the modifier
    ("Pirates boarded and seized an oil tanker off the coast of Somalia on Friday.",
     "Pirates", [], [("SOM", "LBR", "17", "happened")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted",
                         PACT_BETWEEN + MEETING_THEY + SIGNED_BEFORE + IMPOSED_ON + FLAG_STATE)
def test_nlp_link25_linked(pair_rows, check_pairs, text: str, sentence: str,
                           want: list[Row], unwanted: list[Row]) -> None:
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
