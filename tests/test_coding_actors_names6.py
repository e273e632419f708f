"""Knowledge-base lookups of session 10 (names6): a bloc's adjective in the plural names
people, not the bloc; "X general" offices keep the office's sector, not a general's; monarchs
named by a noun are their state's government; armed groups are coded by the state they fight;
airlines by the state that flags them. The phrases are our own."""

from __future__ import annotations

import pytest

from detente.coding.actors import ActorKB, load_kb


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return load_kb(())


@pytest.mark.parametrize(("word", "code"), [
    ("European", "EU"),
    ("Europeans", None),  # people of a continent, not the Union
    ("Westerners", None),
    ("Western", "WST"),
    ("Americans", "USA"),  # a country's plural demonym still gives the country
    ("Afghans", "AFG"),
    ("Philippines", "PHL"),
    ("Swiss", "CHE"),
])
def test_coding_actors_names6_bloc_plural_is_not_the_bloc(kb: ActorKB, word: str,
                                                          code: str | None) -> None:
    assert kb.adjective_country(word) == code


@pytest.mark.parametrize(("noun", "sector"), [
    ("general", "MIL"),
    ("secretary general", "GOV"),
    ("secretary-general", "GOV"),
    ("director general", "GOV"),
    ("governor general", "GOV"),
    ("inspector general", "GOV"),
    ("prosecutor general", "JUD"),
    ("attorney general", "JUD"),
    ("attorneys general", "JUD"),
    ("solicitor general", "JUD"),
    # monarchs and heirs as nouns ("the Saudi crown prince", "the Omani sultan")
    ("crown prince", "GOV"),
    ("sultan", "GOV"),
    ("queen", "GOV"),
    ("emperor", "GOV"),
])
def test_coding_actors_names6_offices_named_general(kb: ActorKB, noun: str, sector: str) -> None:
    assert kb.agent_sector(noun) == sector


def test_coding_actors_names6_rebels_are_coded_by_the_state_they_fight(kb: ActorKB) -> None:
    # the FDLR fights Rwanda's government from bases in eastern Congo
    (entry,) = [e for e in kb.find("FDLR") if e.kind == "institution"]
    assert (entry.country, entry.sector) == ("RWA", "REB")


@pytest.mark.parametrize(("name", "code"), [
    ("China Airlines", "TWNBUS"),  # Taiwan's flag carrier, not China's
    ("Air China", "CHNBUS"),
    ("Ukraine International Airlines", "UKRBUS"),
    ("Azerbaijan Airlines", "AZEBUS"),
    ("Belavia", "BLRBUS"),
    ("Stena Bulk", "SWEBUS"),
    ("Wagner", "RUSUAF"),  # one entry: the private military company, not the army too
    ("Wagner Group", "RUSUAF"),
])
def test_coding_actors_names6_airlines_and_firms(kb: ActorKB, name: str, code: str) -> None:
    assert [e.code for e in kb.find(name) if e.kind == "institution"] == [code]
