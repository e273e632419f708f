"""Backed and proxy forces (backed26).

* an armed group told by its backer ("Iranian-backed militias", "Moscow-backed separatists",
  "militias backed by Iran", "fighters allied with Tehran") is coded, as the gold codes such
  groups, as rebels of the country where its clause places it, else of the state whose
  forces it acts on -- never of its backer, nor of a nationality the target carries (none
  when neither is told);
* a participle of siding on an armed group ("militias allied with Iran") describes the
  group: no alliance (050) of the group with its backer;
* a state's plain backing of an armed group no state's ("the Polisario Front, which is
  backed by Algeria") is its support (070), as the active "backs the Polisario Front" is.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by actor code (conftest)."""
    return codes3(PUB, by="code")


@pytest.mark.parametrize("text, present, absent", [
    # the place of the deed, not the backer, gives the group its country
    ("Iranian-backed militias attacked American troops in Iraq.",
     [("IRQREB", "190", "USAMIL")], [("IRN", "190", "USAMIL")]),
    ("Militias backed by Iran fired rockets at American troops in Iraq.",
     [("IRQREB", "190", "USAMIL"), ("IRN", "070", "IRQREB")], []),
    ("Fighters aligned with Tehran shelled a US base in Syria.",
     [("SYRREB", "194", "USAMIL")], [("IRNGOV", "194", "USAMIL")]),
    # no place: the state whose forces the group fights
    ("Russian-backed separatists attacked Ukrainian troops near Donetsk.",
     [("UKRREB", "190", "UKRMIL")], []),
    ("Rwandan-backed rebels clashed with Congolese soldiers near Goma.",
     [("CODREB", "190", "CODMIL")], [("RWA", "190", "CODMIL")]),
    # the group's own nationality stands
    ("Iranian-backed Iraqi militias attacked American troops in Syria.",
     [("IRQMIL", "190", "USAMIL")], [("SYRREB", "190", "USAMIL"), ("IRN", "190", "USAMIL")]),
    # a backer that is no state ("clan militias") leaves the forces the state's
    ("The Somali security forces, supported by clan militias, fought al-Shabaab in the south.",
     [("SOMMIL", "190", "SOMREB")], []),
    # siding told of the group: no alliance event, the group is the place's
    ("Militias allied with Iran attacked American forces in Iraq.",
     [("IRQREB", "190", "USAMIL")], [("IRQMIL", "050", "IRN"), ("IRQREB", "050", "IRN")]),
])
def test_coding_backed26_backed_group_country(codes, text, present, absent):
    got = codes(text)
    for row in present:
        assert row in got, (text, got)
    for row in absent:
        assert row not in got, (text, got)


@pytest.mark.parametrize("text", [
    # neither a place nor a state's forces told: no country, not the target's adjective
    "Azerbaijani-backed forces attacked Armenian villages on Monday.",
])
def test_coding_backed26_backed_group_unplaced(codes, text):
    got = codes(text)
    assert not any(s is not None and s.startswith(("ARM", "AZE")) and c == "190"
                   for s, c, _t in got), got


@pytest.mark.parametrize("text, expected", [
    ("The Polisario Front, which is backed by Algeria, attacked Moroccan troops.",
     ("DZA", "070", "ESHSEP")),
    ("Iran backs the Houthi rebels in Yemen.", ("IRN", "070", "YEMREB")),
    # a state backed stays political support
    ("France backed the Malian government.", ("FRA", "051", "MLIGOV")),
    # an alliance between states stays one
    ("France allied with Britain against Germany.", ("FRA", "050", "GBR")),
])
def test_coding_backed26_backing(codes, text, expected):
    got = codes(text)
    assert expected in got, (text, got)

