"""Same-country targets, guessed partners and people told held (session 18, link24).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source country + sector or country, target likewise, cameo code or
root prefix, status). Sides are compared by actor code when the row gives six letters, else
by country.

- "Yemen's Saudi-backed government condemned the Houthis": a group set against the state at
  home that the object itself names (rebels, opposition) is whom a state organ's act is on
  (and the other way round); the backer named in a modifier of the subject is no target.
  (``arguments._domestic_foe``)
- "Mali's Russian-backed junta condemned ...": a compound "X-backed" before the subject names
  its backer, never the article's other party guessed as the target
  (``ArgumentPicker._article_partner``).
- "condemned the coup in Gabon" after a meeting told in another capital: a judgement of what
  happened in a third side's place is not aimed at the article's other party, nor at the
  host of a meeting told before (``ArgumentPicker._article_partner``).
- "the two men" / "the four" just after people were told held or freed are those people
  (captives, private persons), no pair of states visiting or welcomed
  (``ArgumentPicker._not_held_people``). Negative-row guard: "the two men" for two leaders
  who met still pairs their states.
- "accused Rwanda of arming a rebel group": help alleged to go to an armed group no actor
  names, whose deeds the clause tells ("that raided ..."), goes to the accuser's own rebels
  (its country, REB) (``ArgumentPicker._accusers_rebels``). Negative rows: a body that is
  no armed group; rebels whose deeds are untold.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 3, 14)

Row = tuple[str, str, str, str]


DOMESTIC_FOE = [
    ("Yemen's Saudi-backed government condemned the Houthis on Monday.", "Yemen's",
     [("YEMGOV", "YEMREB", "111", "happened")], [("YEM", "SAU", "11", "happened")]),
    ("Somalia's Turkish-backed government accused al-Shabaab of attacking the port.",
     "Somalia's",
     [("SOMGOV", "SOMREB", "112", "happened")], [("SOM", "TUR", "11", "happened")]),
    ("Syria's Russian-backed government denounced the rebels in Idlib.", "Syria's",
     [("SYRGOV", "SYRREB", "111", "happened")], [("SYR", "RUS", "11", "happened")]),
    # the other way round: the group against the state
    ("The Houthis condemned Yemen's Saudi-backed government on Monday.", "The Houthis",
     [("YEMREB", "YEMGOV", "111", "happened")], [("YEM", "SAU", "11", "happened")]),
    # a group the resolver does not know: no event rather than the backer
    ("Mali's Russian-backed junta condemned the Tuareg rebels after the ambush.", "Mali's",
     [], [("MLI", "RUS", "11", "happened")]),
]

THIRD_PLACE = [
    ("African Union leaders met in Addis Ababa on Sunday. The Council condemned the coup "
     "in Gabon.", "The Council", [], [("AU", "ETH", "11", "happened")]),
    ("Kenya and Uganda signed a trade pact in Kampala. Kampala condemned the violence in "
     "Sudan.", "Kampala", [], [("UGA", "KEN", "11", "happened")]),
    ("Ghana and Togo agreed to share border patrols. Accra criticised the crackdown in "
     "Burkina Faso.", "Accra", [], [("GHA", "TGO", "1", "happened")]),
    # negative guard: nothing named in the act's place, the other party stands
    ("Kenya and Ethiopia signed a trade pact in Nairobi. Nairobi condemned the violence.",
     "Nairobi", [("KEN", "ETH", "111", "happened")], []),
]

HELD_PEOPLE = [
    ("Two Canadians held in China for nearly three years were released on Friday as "
     "Beijing dropped its case. Prime Minister Trudeau welcomed the two men at the airport "
     "in Toronto.", "Prime Minister", [],
     [("CHN", "CAN", "04", "happened"), ("CAN", "CHN", "04", "happened"),
      ("USA", "CAN", "04", "happened")]),
    ("Four Italian engineers were detained in Niger in March and freed this week after "
     "talks mediated by Algeria. The four are expected to travel on to Italy.", "The four",
     [], [("NER", "ITA", "04", "planned"), ("DZA", "ITA", "04", "planned")]),
    ("Two Swedish hikers were arrested in Iran last year. Qatar mediated their release on "
     "Monday, and the two men will fly to Doha.", "Qatar mediated",
     [], [("IRN", "QAT", "04", "planned"), ("SWE", "QAT", "04", "planned")]),
    # two leaders who met are still a pair of states
    ("Biden met Xi in California. The two men agreed to restore military communication.",
     "The two men", [("USA", "CHN", "03", "happened")], []),
]


ACCUSERS_REBELS = [
    ("Burundi's president accused Rwanda of arming and training a rebel group that "
     "attacked near the border.", "Burundi's", [("RWA", "BDIREB", "072", "uncertain")], []),
    ("Mali accused Algeria of financing the separatists who overran two army posts.",
     "Mali", [("DZA", "MLIREB", "07", "uncertain")], []),
    ("Ukraine accused Russia of arming the militants that shelled Kharkiv overnight.",
     "Ukraine", [("RUS", "UKRREB", "072", "uncertain")], []),
    # whose rebels they are is not told: no target (tests/test_nlp_link9.py, link16.py)
    ("Niger accused Chad of arming the rebels in the east.", "Niger", [],
     [("TCD", "NER", "07", "uncertain")]),
    ("Somalia accused Kenya of backing a rival regional administration.", "Somalia",
     [], [("KEN", "SOM", "07", "uncertain")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted",
                         DOMESTIC_FOE + THIRD_PLACE + HELD_PEOPLE + ACCUSERS_REBELS)
def test_nlp_link24_targets(pair_rows, check_pairs, text: str, sentence: str,
                            want: list[Row], unwanted: list[Row]) -> None:
    rows = pair_rows(text, PUB, sentence)
    check_pairs(rows, want, unwanted)
