"""Sentence -> event tables for events between two sides of one country (domestic18):

- a non-state side (rebels, opposition, civilians, refugees) against another sector is an
  event, as before;
- the armed forces seizing, holding or attacking the government (a coup, roots 17-20) is an
  event (examples/README.md: `NER MIL` holding `NER GOV`); the army meeting, briefing or
  praising the government is not;
- an organ of the state (police, a court, the government) arresting, holding or turning
  down a former official (`ELI`) is an event (roots 12 and 17); the government praising or
  hosting a former official is not;
- an armed group outside the state (rebels, separatists, insurgents) taking, attacking or
  shelling a named town of its own country is a blow at that country (`COD REB` -> `COD`),
  where the place search found no target because it spares the attacker's own country;
  not an assault on persons (an abduction) in that town.

Every row is written for this file. ``present`` rows must be coded, ``absent`` ones must not:
(source code, cameo root or code, target code); a two-character code is compared with the
event's root, a longer one with its code.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from detente.nlp.rules import domestic_pair

PUB = date(2024, 6, 12)

Row = tuple[str, str, str]
Case = tuple[str, str, set[Row], set[Row]]
# (a coup's rows are dated the day of it, while the ousted president still holds office
# in the knowledge base's roles)
COUP_DAYS = {"special forces arrest president": date(2021, 9, 5),
             "army officers house arrest": date(2023, 8, 30)}


@pytest.mark.parametrize(("a", "b", "cameo", "expected"), [
    # a non-state side: any act
    ("REB", "MIL", "190", True),
    ("GOV", "OPP", "042", True),
    ("CVL", "GOV", "141", True),
    ("REB", None, "192", True),
    # a coup: the army acting on the government by force
    ("MIL", "GOV", "173", True),
    ("MIL", "GOV", "190", True),
    ("MIL", "GOV", "201", True),
    # the army and the government otherwise: no event
    ("MIL", "GOV", "040", False),
    ("MIL", "GOV", "051", False),
    ("MIL", "GOV", None, False),
    ("GOV", "MIL", "173", False),
    # the state acting on a former official: coercion and rejection
    ("COP", "ELI", "173", True),
    ("JUD", "ELI", "120", True),
    ("GOV", "ELI", "172", True),
    # nor praise, a meeting, or a former official acting on the state
    ("GOV", "ELI", "051", False),
    ("GOV", "ELI", "042", False),
    ("ELI", "GOV", "173", False),
    ("BUS", "ELI", "173", False),
    # two organs of the state
    ("GOV", "LEG", "173", False),
    ("GOV", "GOV", "173", False),
])
def test_nlp_domestic18_pair_rule(a: str | None, b: str | None, cameo: str | None,
                                  expected: bool) -> None:
    assert domestic_pair(a, b, cameo) is expected


COUP: list[Case] = [
    ("special forces arrest president",
     "Guinean special forces arrested President Alpha Conde and dissolved the government.",
     {("GINMIL", "173", "GINGOV")}, set()),
    ("army officers house arrest",
     "Gabon's army officers placed President Ali Bongo under house arrest.",
     {("GABMIL", "17", "GABGOV")}, set()),
    # negative rows: the army and the government meeting or briefing is no event
    ("army briefed government", "The Israeli army briefed the government on the operation.",
     set(), {("ISRMIL", "01", "ISRGOV"), ("ISRMIL", "04", "ISRGOV")}),
    ("army chief met president", "Nigeria's army chief met President Bola Tinubu in Abuja.",
     set(), {("NGAMIL", "04", "NGAGOV"), ("NGAGOV", "04", "NGAMIL")}),
    ("military welcomed budget", "The Pakistani military welcomed the government's budget.",
     set(), {("PAKMIL", "05", "PAKGOV")}),
]

ELITE: list[Case] = [
    ("police arrest former president",
     "Honduran police arrested former President Juan Orlando Hernandez at his home.",
     {("HNDCOP", "173", "HNDELI")}, set()),
    ("court orders arrest of former president",
     "A Peruvian court ordered the arrest of former President Pedro Castillo.",
     {("PERJUD", "17", "PERELI")}, set()),
    # negative rows: praise and hosting of a former official are no events
    ("government praised former president",
     "The Turkish government praised former President Abdullah Gul.",
     set(), {("TURGOV", "05", "TURELI")}),
    ("government hosted former president",
     "Brazil's government hosted former President Fernando Henrique Cardoso.",
     set(), {("BRAGOV", "04", "BRAELI")}),
]

HOME_GROUND: list[Case] = [
    ("rebels seized towns", "M23 rebels seized the towns of Rutshuru and Kiwanja on Saturday.",
     {("CODREB", "192", "COD")}, set()),
    ("fighters attacked town", "Boko Haram fighters attacked the town of Maiduguri overnight.",
     {("NGAREB", "19", "NGA")}, set()),
    ("paramilitary shelled city", "RSF fighters shelled El Fasher for a third day.",
     {("SDNREB", "19", "SDN")}, set()),
    # negative rows: an abduction's place is no target; a state's army shelling a town of
    # its own country is not coded by this rule; a meeting in a town is no blow
    ("abduction in a town",
     "JNIM militants abducted a Spanish aid worker in the city of Gao last year.",
     set(), {("MLIREB", "18", "MLI")}),
    ("army shelled own town", "The Ukrainian army shelled Donetsk.",
     set(), {("UKRMIL", "19", "UKR")}),
    ("rebels met in town", "The rebels of the M23 met local leaders in Goma.",
     set(), {("CODREB", "19", "COD"), ("CODREB", "04", "COD")}),
]


def _rows(events: list[Any]) -> set[tuple[str | None, str, str, str | None]]:
    return {(e.source.code if e.source else None, e.root, e.cameo,
             e.target.code if e.target else None) for e in events}


def _has(rows: set[tuple[str | None, str, str, str | None]], want: Row) -> bool:
    src, code, tgt = want
    return any(r[0] == src and r[3] == tgt and (r[1] == code if len(code) == 2
                                                else r[2] == code) for r in rows)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "text", "present", "absent"), COUP + ELITE + HOME_GROUND,
                         ids=[c[0] for c in COUP + ELITE + HOME_GROUND])
def test_nlp_domestic18_sentences(article_events_all: Any, name: str, text: str,
                                  present: set[Row], absent: set[Row]) -> None:
    # (pre-filter off: a one-sentence article about one country is what it screens out)
    rows = _rows(article_events_all(text, COUP_DAYS.get(name, PUB)))
    for want in present:
        assert _has(rows, want), (want, rows)
    for bad in absent:
        assert not _has(rows, bad), (bad, rows)
