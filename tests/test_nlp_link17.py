"""Linking left over from round 1 (session 16, link17).

- An appeal to "all sides", "the parties concerned", "both parties" by a third party is made
  of each side of the pair the story is about (none when the story has no one pair, when
  the speaker is one of its sides, or when the parties are someone's political parties).
- "A notified B that it/they would ...": a verb of telling (notify, inform, assure, advise,
  tell) with a that-clause gives the clause's bare pronoun to the teller (not the told), and
  the one told is whom the step is aimed at when the clause names no one else.
- "hosted by A and by B", "shot down by A's jets and by B's ships": each "by" phrase of a
  passive is a doer, also when the parser hangs the second on the verb after a relative
  clause; co-hosts of a meeting the story's pair held each host both sides, and the sides'
  visit goes to one host only.
- "A and B met in X, where C, mediating for the bloc, got them to agree ...": mediation
  (045) of C with each of those who met; "them" of the causative is those who met.

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
ALL_SIDES: list[tuple[str, set[Row], set[Row]]] = [
    ("Armenia and Azerbaijan held peace talks on Monday. The United Nations urged all sides "
     "to respect the ceasefire.",
     {("UNO", "02", "ARM"), ("UNO", "02", "AZE")}, set()),
    ("Armenia and Azerbaijan clashed on the border on Monday. Russia urged the parties "
     "concerned to show restraint.",
     {("RUS", "02", "ARM"), ("RUS", "02", "AZE")}, set()),
    ("Thai and Cambodian troops exchanged fire near the temple on Sunday. France called on "
     "both sides to return to negotiations.",
     {("FRA", "02", "THA"), ("FRA", "02", "KHM")}, set()),
    # the speaker is a side of the pair: not an appeal to itself
    ("Armenia and Azerbaijan clashed on the border on Monday. Armenia urged all sides to "
     "show restraint.", set(), {("ARM", "02", "ARM"), ("ARM", "02", "AZE")}),
    # political parties are no sides of the conflict
    ("Armenia and Azerbaijan clashed on the border on Monday. Russia urged political parties "
     "to show restraint.", set(), {("RUS", "02", "ARM"), ("RUS", "02", "AZE")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), ALL_SIDES)
def test_nlp_link17_appeal_to_all_sides(coded, text: str, want: set[Row],
                                        unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


TOLD: list[tuple[str, set[Row], set[Row]]] = [
    ("Serbia and Hungary notified Kosovo and Albania on Monday that they would not extend "
     "the agreement.",
     {("SRB", "12", "XKX"), ("HUN", "12", "ALB")},
     {("SRB", "12", "HUN"), ("XKX", "12", "ALB")}),
    ("Estonia, Latvia and Lithuania informed Belarus and Russia in 2023 that they would "
     "not renew the energy pact.",
     {("EST", "12", "RUS"), ("LTU", "12", "BLR")}, {("EST", "12", "LVA")}),
    ("Japan informed China that it would not renew the fishing accord.",
     {("JPN", "12", "CHN")}, {("CHN", "12", "JPN")}),
    ("Poland told Germany it would not renew the gas contract.",
     {("POL", "12", "DEU")}, set()),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), TOLD)
def test_nlp_link17_told_step_is_tellers(coded, text: str, want: set[Row],
                                         unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


BY_AND_BY: list[tuple[str, set[Row], set[Row]]] = [
    ("Serbia and Kosovo met on Monday. The meeting was hosted by France, which holds the EU "
     "presidency, and by Germany.",
     {("FRA", "04", "SRB"), ("DEU", "04", "XKX"), ("XKX", "04", "FRA")},
     {("FRA", "04", "DEU"), ("DEU", "04", "FRA"), ("SRB", "04", "DEU")}),
    ("The Sudanese envoy was hosted by Egypt and by Saudi Arabia last week.",
     {("EGY", "04", "SDN"), ("SAU", "04", "SDN")}, set()),
    ("The Russian ambassador was expelled by Poland, which cited spying, and by Lithuania.",
     {("POL", "16", "RUS"), ("LTU", "16", "RUS")}, {("POL", "16", "LTU")}),
    ("The Israeli envoy was summoned by Turkey and by Jordan on Monday.",
     {("TUR", "11", "ISR"), ("JOR", "11", "ISR")}, set()),
    ("The ceasefire was brokered by Qatar and by Egypt.",
     set(), {("QAT", "04", "EGY"), ("EGY", "04", "QAT")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), BY_AND_BY)
def test_nlp_link17_each_by_phrase(coded, text: str, want: set[Row],
                                   unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


SCENE_MEDIATOR: list[tuple[str, set[Row], set[Row]]] = [
    ("Ethiopia and Egypt met in Addis Ababa, where Kenya, mediating for the AU, got them to "
     "agree to a truce.",
     {("KEN", "04", "ETH"), ("KEN", "04", "EGY"), ("ETH", "03", "EGY")}, set()),
    ("Peru and Chile held talks in Lima, where Brazil mediated between them.",
     {("BRA", "04", "PER"), ("BRA", "04", "CHL")}, set()),
    ("Peru and Chile held talks in Lima, where Brazil, which mediated, urged them to settle.",
     {("BRA", "04", "PER"), ("BRA", "04", "CHL")}, set()),
    # no mediator in the scene: nothing of the kind
    ("Peru and Chile held talks in Lima, where they discussed fishing rights.",
     set(), {("PER", "04", "PER"), ("BRA", "04", "PER")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), SCENE_MEDIATOR)
def test_nlp_link17_mediator_in_scene(coded, text: str, want: set[Row],
                                      unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got


NAMED_ACCORD: list[tuple[str, set[Row], set[Row]]] = [
    ("President Ruto and the Prime Minister of Ethiopia, Abiy Ahmed, have signed the Nairobi "
     "Union, a treaty on sharing water.", {("KEN", "05", "ETH")}, set()),
    ("Kenya signed the Lake Union with Ethiopia on Monday, a treaty on sharing water.",
     {("KEN", "05", "ETH")}, set()),
    ("Chile and Peru have concluded the Pacific Charter, a pact on fishing.",
     {("CHL", "05", "PER")}, set()),
    # the accord is others': the ones who criticise it are no parties
    ("Kenya and Ethiopia criticised the Nile Union, a treaty signed by Egypt and Sudan.",
     set(), {("KEN", "05", "ETH")}),
]


@pytest.mark.parametrize(("text", "want", "unwanted"), NAMED_ACCORD)
def test_nlp_link17_accord_named_beside(coded, text: str, want: set[Row],
                                        unwanted: set[Row]) -> None:
    got = coded(text)
    assert want <= got, got
    assert not unwanted & got, got
