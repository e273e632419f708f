"""Actors present but not linked, second pass (session 19, link26).

Rows are (article text, the sentence the events come from, expected rows, rows that must not
be coded); a row is (source, target, cameo code or root prefix, status), each side compared
by actor code when it has six letters, else by country.

- "Talks on a pact between A and B have stalled, and A's leader vowed to ...": a meeting told
  in the same sentence only by a noun that is a clause's subject is a topic, not a meeting
  whose side the vow is said to (``implied._noun_mention``). Positive rows: the meeting told
  by a verb, or in a sentence before.
- "A held a meeting with B at which they agreed to ...", "A met B for a summit at which they
  pledged ...": "they" in a relative clause of a meeting noun is the meeting's holders (the
  subject and the side it met or held it with), over any pair the story told before
  (``ArgumentPicker._meeting_they``). Negative row: a gathering of one side.
- "A signed a pact with B, and C is negotiating one of its own", "a similar pact", "C brought
  its own case": an object that stands for a thing like one told before
  (``clauses.stand_in_object``) takes the partner of the act told earlier in the sentence
  (``ArgumentPicker._earlier_partner``); and a verb of a stage before the act
  (``clauses.PREPARING_VERBS``: negotiating, weighing ...) with "one of its own" no longer
  echoes the earlier act for its subject. Negative rows: the act not echoed; an object that
  names its own thing.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 20)

Row = tuple[str, str, str, str]


TOPIC_TALKS = [
    ("Negotiations on a trade pact between Vietnam and the European Union, running since "
     "2018, have stalled, and Prime Minister Chinh has pledged to keep exporting rice.",
     "Negotiations", [("VNM", "EU", "04", "happened")], [("VNM", "EU", "03", "happened")]),
    ("Talks between Chile and Bolivia over water rights have dragged on for years, and "
     "President Boric promised to protect the northern aquifers.", "Talks", [],
     [("CHL", "BOL", "03", "happened")]),
    ("The dialogue between Serbia and Kosovo has faltered, and the Serbian president vowed "
     "to defend the monastery.", "The dialogue", [], [("SRB", "XKX", "03", "happened"),
                                                      ("SRB", "KOS", "03", "happened")]),
    # a meeting told by a verb before: the pledge is said to the side met
    ("Talks between Kenya and Uganda on the rail link resumed on Monday. Kenya pledged to "
     "fund the first section.", "Kenya pledged", [("KEN", "UGA", "03", "happened")], []),
]

MEETING_HOLDERS = [
    ("Kenya and Tanzania quarrelled over the lake last year. On Monday President Ruto held "
     "a meeting with President Museveni of Uganda at which they signed a pact on the "
     "railway.", "On Monday", [("KEN", "UGA", "057", "happened")],
     [("KEN", "TZA", "057", "happened")]),
    ("Egypt and Sudan criticised the dam. Ethiopia's prime minister held talks with "
     "Somalia's president, in which they agreed to share intelligence on security.",
     "Ethiopia", [("ETH", "SOM", "03", "happened")], [("EGY", "SDN", "03", "happened")]),
    ("Mexico and Canada argued over dairy quotas. The Japanese premier met the Korean "
     "president in Seoul for a summit at which they pledged to share intelligence.",
     "The Japanese", [("JPN", "KOR", "03", "happened")], [("MEX", "CAN", "03", "happened")]),
    # a gathering of one side: no pair is made of it
    ("Mexico and Canada argued over dairy quotas. Japan's foreign minister held a news "
     "conference at which they criticised Mexico.", "Japan", [("JPN", "MEX", "111",
                                                               "happened")],
     [("JPN", "CAN", "111", "happened")]),
]


STAND_IN = [
    ("Brazil signed a free trade deal with Japan in May, and Argentina is negotiating a "
     "similar pact.", "Brazil", [("ARG", "JPN", "046", "ongoing")],
     [("ARG", "JPN", "057", "happened")]),
    ("Chile, whose own trade deal is still awaiting approval, signed an accord with Japan "
     "last week, and Peru is negotiating one of its own.", "Chile",
     [("CHL", "JPN", "057", "happened"), ("PER", "JPN", "046", "ongoing")],
     [("PER", "JPN", "057", "happened")]),
    ("Brazil took Canada to the World Trade Organization in 2018 over aircraft subsidies, "
     "and Argentina brought its own case in 2020; neither has been settled.", "Brazil",
     [("ARG", "CAN", "115", "happened")], []),
    # a step before the act, "of its own": no echo of the act done
    ("Italy imposed sanctions on Belarus in March, and Austria is weighing measures of its "
     "own.", "Italy", [("ITA", "BLR", "163", "happened")], [("AUT", "BLR", "16", "happened")]),
    # an act of another kind: no offer of the partner's was told
    ("Kenya signed a security pact with Somalia, and Uganda rejected a similar offer.",
     "Kenya", [("KEN", "SOM", "057", "happened")], [("UGA", "SOM", "12", "happened")]),
    ("Peru agreed a fishing deal with Ecuador, and Bolivia criticised a similar accord.",
     "Peru", [], [("BOL", "ECU", "11", "happened")]),
    # an object that names its own thing is no stand-in
    ("Ghana signed a gas deal with Nigeria, and Togo is negotiating a loan from the World "
     "Bank.", "Ghana", [], [("TGO", "NGA", "04", "ongoing")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted",
                         TOPIC_TALKS + MEETING_HOLDERS + STAND_IN)
def test_nlp_link26_linked(pair_rows, check_pairs, text: str, sentence: str,
                           want: list[Row], unwanted: list[Row]) -> None:
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
