"""One-sided sentences whose other side is implicit (session 25, onesided25).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source, target, CAMEO code prefix, status), a side of six letters
an actor code, else a country.

- A show of force or a closing told at a border ("moved troops to the border", "held
  drills along the frontier", "units closer to the boundary", "crossed the Line of Actual
  Control"), with one side named, is aimed at the neighbour across it: the article's other
  side (``onesided.at_border`` and ``ArgumentPicker._article_partner``). Negative rows:
  every border ("sealed its borders"), guarding one's own line ("patrol the frontier"), a
  third country named in the sentence (the border may be its), no border at all.
- A trip or an attendance told with no place ("he called off the trip", "toured the
  locks", "attended the session") goes to the host of the meeting the story told: the
  side the traveller's own visit went to, else the side visited or hosting last
  (``onesided.story_host``, ``onesided.trip_unplaced``). Negative rows: the last host is
  the traveller's own side, a bare "attend" (which gathering is not told), a place named
  ("a tour of Europe"), another country named in the clause.
- "also condemned the execution", "the abduction": a judgement of a deed on people told
  before by its verb ("was executed by the Iranian authorities") is aimed at the doer
  (``rules.ACT_NOUN_VERBS``, read by ``ArgumentPicker._told_act_agents``).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 20)

Row = tuple[str, str, str, str]

LEAD = "Tensions between Poland and Belarus rose again this week. Warsaw and Minsk traded "
LEAD += "accusations over migrants. "

BORDER = [
    (LEAD + "Poland has moved thousands of extra soldiers to the border.", "Poland has moved",
     [("POL", "BLR", "15", "happened")], []),
    (LEAD + "Belarus held large military exercises along the frontier on Monday.",
     "Belarus held", [("BLR", "POL", "15", "happened")], []),
    (LEAD + "The Polish defence minister said more troops would be sent to the eastern "
     "frontier.", "The Polish", [("POL", "BLR", "15", "planned")], []),
    (LEAD + "Minsk also moved several units closer to the boundary.", "Minsk also",
     [("BLR", "POL", "15", "happened")], []),
    # every border, no neighbour
    (LEAD + "Belarus sealed its borders during the pandemic.", "Belarus sealed", [],
     [("BLR", "POL", "17", "happened")]),
    # keeping one's own side of the line
    (LEAD + "Police helped the Polish army patrol the frontier.", "Police helped", [],
     [("POL", "BLR", "15", "happened")]),
    # a third country named: its border, maybe
    (LEAD + "Lithuania accuses Belarus of sending troops toward the border.",
     "Lithuania accuses", [], [("BLR", "POL", "15", "uncertain"),
                               ("BLR", "POL", "15", "happened")]),
    # the neighbour named in the act's clause in another role
    (LEAD + "Belarus closed the border in 2021 in solidarity with Poland.", "Belarus closed",
     [], [("BLR", "POL", "17", "happened")]),
    # no border: no guess
    (LEAD + "Belarus held large military exercises on Monday.", "Belarus held", [],
     [("BLR", "POL", "15", "happened")]),
]


HOST = [
    ("The Czech prime minister was due to visit Moscow next week for talks with Putin. "
     "He called off the trip on Saturday.", "He called off",
     [("CZE", "RUS", "04", "cancelled")], []),
    ("Rubio arrived in Panama on Saturday and held talks with President Mulino. On Sunday "
     "Rubio toured the canal locks with the canal's administrator.", "On Sunday",
     [("USA", "PAN", "04", "happened")], []),
    ("Qatar's foreign minister flew to Riyadh on Tuesday for talks with Saudi officials. "
     "The minister attended the signing ceremony in person.", "The minister attended",
     [("QAT", "SAU", "04", "happened")], []),
    # the last meeting was the traveller's own hosting: no guess
    ("Biden hosted Lula at the White House on Monday. Biden toured a car factory in the "
     "afternoon.", "Biden toured", [], [("USA", "BRA", "04", "happened")]),
    # which gathering is not told
    ("Biden met Li Qiang in New Delhi on Sunday. Beijing has not said whether Xi will "
     "attend.", "Beijing has", [], [("CHN", "IND", "04", "uncertain"),
                                    ("CHN", "IND", "04", "planned")]),
    # a place named: the trip goes there
    ("Wang Yi met Blinken in Munich on Saturday. Wang is now on a tour of Europe.",
     "Wang is now", [], [("CHN", "DEU", "04", "happened"),
                         ("CHN", "USA", "04", "happened")]),
]


TOLD_DEED = [
    ("A British-Iranian man was executed by the Iranian authorities on Saturday, Iran's "
     "judiciary said. The governments of Canada and Germany also condemned the execution.",
     "The governments", [("CAN", "IRN", "11", "happened"), ("DEU", "IRN", "11", "happened")],
     []),
]


@pytest.mark.parametrize("text,sentence,want,unwanted", HOST + TOLD_DEED + BORDER)
def test_coding_onesided25_implicit_partner(pair_rows, check_pairs, text: str, sentence: str,
                                            want: list[Row], unwanted: list[Row]) -> None:
    """The story's host of a trip, the doer of a deed told back, the neighbour across a
    border: found for the one-sided sentence, and no guess where the sentence says otherwise."""
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
