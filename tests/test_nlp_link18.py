"""Linking left over from round 2 (session 16, link18).

- A judgement (05x/11x/12x) of an act noun whose doers a participle's "by" phrase names
  ("the truce agreed by A and B", also when the parser makes the noun the participle's
  subject) is of each of those doers, and approval (05x) of an act "between A and B" is of
  each of them; a broker's or a host's "by" phrase names no doer.
- "The pact was signed in X, where the two leaders attend a summit of Y": what the "where"
  clause tells of the place (the gathering there, the body holding it) names no third party
  of the passive deal, which takes the story's pair.
- An appeal to "all sides" / "both parties" by a third party that in the same sentence dealt
  with one side ("recognised B's borders and urged all the parties to talk") still goes to
  each side of the story's pair: the third party's own events make no pair.

Every sentence here is our own. The rows run with the pre-filter off (coder_all).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

Row = tuple[str | None, str, str | None]


@pytest.fixture(scope="module")
def coded(root_triples_all):
    return root_triples_all


# (text, rows that must be coded, rows that must not)
JUDGED_DOERS: list[tuple[str, set[Row], set[Row]]] = [
    ("Spain welcomed the ceasefire agreed by Armenia and Azerbaijan.",
     {("ESP", "05", "ARM"), ("ESP", "05", "AZE")}, set()),
    ("The Italian foreign ministry praised the truce signed by Israel and Lebanon on Tuesday.",
     {("ITA", "05", "ISR"), ("ITA", "05", "LBN")}, set()),
    ("Canada hailed the accord concluded by Serbia and Kosovo.",
     {("CAN", "05", "SRB"), ("CAN", "05", "XKX")}, set()),
    ("Japan condemned the sanctions imposed by Russia and Belarus.",
     {("JPN", "11", "RUS"), ("JPN", "11", "BLR")}, set()),
    ("Brazil welcomed the truce between Ethiopia and Eritrea.",
     {("BRA", "05", "ETH"), ("BRA", "05", "ERI")}, set()),
    ("Kenya praised the talks between the Sudanese and Chadian governments.",
     {("KEN", "05", "SDN"), ("KEN", "05", "TCD")}, set()),
    # a host is no doer of the act judged; a welcome of talks a broker brought about
    # praises the broker's part (gold: train16, "welcomed the talks facilitated ... by")
    ("India welcomed the talks mediated by Qatar.", {("IND", "05", "QAT")}, set()),
    ("Chile welcomed the summit hosted by Peru.", set(), {("CHL", "05", "PER")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), JUDGED_DOERS)
def test_nlp_link18_judgement_of_act_doers(coded, text: str, want: set[Row],
                                           unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


WHERE_SCENE: list[tuple[str, set[Row], set[Row]]] = [
    ("Chile and Peru agreed to expand trade on Monday. A fisheries accord was signed in "
     "Quito, where the two presidents were attending an Andean Community summit.",
     {("CHL", "05", "PER")}, set()),
    ("India and Bangladesh agreed to open a rail link on Friday. A transit treaty was signed "
     "in Colombo, where the two leaders took part in a SAARC meeting.",
     {("IND", "05", "BGD")}, set()),
    ("Japan and Vietnam agreed to deepen defence ties on Tuesday. A security pact was signed "
     "in Manila, where the two leaders were attending the ASEAN summit.",
     {("JPN", "05", "VNM")}, set()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), WHERE_SCENE)
def test_nlp_link18_where_clause_is_scene(coded, text: str, want: set[Row],
                                          unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


THIRD_PARTY_APPEAL: list[tuple[str, set[Row], set[Row]]] = [
    ("Armenia and Azerbaijan clashed on the border on Monday. In Paris, the foreign ministry "
     "said France supported Armenia's territorial integrity, and it urged all the parties "
     "concerned to resume talks.",
     {("FRA", "02", "ARM"), ("FRA", "02", "AZE")}, set()),
    ("Thai and Cambodian troops exchanged fire near the temple on Sunday. Japan sent food aid "
     "to Cambodia on Monday and called on both sides to show restraint.",
     {("JPN", "02", "THA"), ("JPN", "02", "KHM")}, set()),
    ("Serbia and Kosovo traded accusations on Monday. Germany criticized Serbia for the troop "
     "build-up and urged both parties to de-escalate.",
     {("DEU", "02", "SRB"), ("DEU", "02", "XKX")}, set()),
    ("Armenia and Azerbaijan clashed on the border on Monday. Turkey sent troops to "
     "Azerbaijan and urged all sides to show restraint.",
     {("TUR", "02", "ARM"), ("TUR", "02", "AZE")}, set()),
    # no pair in the story: the one side dealt with is no pair of its own
    ("France praised Armenia and urged all sides to show restraint.", set(),
     {("FRA", "02", "ARM"), ("FRA", "02", "FRA")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), THIRD_PARTY_APPEAL)
def test_nlp_link18_appeal_past_own_dealings(coded, text: str, want: set[Row],
                                             unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got
