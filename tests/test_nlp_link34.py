"""Session 23 (link34): a charged person's denial told by a pronoun.

* "He denies any wrongdoing" right after a sentence whose only charge (11x) is aimed at one
  person's side -- a leader, an official, a businessman -- is that side's denial of the
  charge, aimed at the accuser (016, nlp.speech._person_charged_before). A pronoun resolves
  to no state voice, so before this only a named denier ("the president denies ...") was
  coded.
* Not when the charge was told further back, when the sentence before told no charge, when
  the charged side is a force or a service no "he" speaks for, or when that sentence told two
  charges (whose target "he" is stays open).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # (a foreign court's charge of a former leader)
    ("Federal prosecutors in the United States accused Ricardo Montes, Paraguay's former "
     "president, of laundering cartel cash. He denies any wrongdoing.",
     ("PRY", "016", "USA")),
    # (a sitting leader, "she", with "wrongdoing" bare)
    ("American prosecutors accused Bolivia's president of accepting kickbacks from a mining "
     "firm. She denies wrongdoing.", ("BOLGOV", "016", "USAJUD")),
    # (the charge itself is still coded)
    ("American prosecutors accused Bolivia's president of accepting kickbacks from a mining "
     "firm. She denies wrongdoing.", ("USAJUD", "112", "BOLGOV")),
])
def test_nlp_link34_pronoun_denies_charge(coded, has_event, text, expected):
    rows = coded(text)
    assert has_event(rows, *expected), rows


@pytest.mark.parametrize("text", [
    # (a sentence between the charge and the denial: "he" may be anyone of it)
    "American prosecutors accused Bolivia's president of accepting kickbacks from a mining "
    "firm. His lawyer met the judge in La Paz on Monday. He denies any wrongdoing.",
    # (no charge told at all)
    "Chile's president flew to Lisbon on Monday. He denies any wrongdoing.",
    # (the charged side is a police force: "he" is the accusing president)
    "Mexico's president accused Ecuador's police of storming the embassy. He denies any "
    "involvement in the abduction.",
])
def test_nlp_link34_pronoun_denial_without_charge(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("016")], rows


# (a story filed from the charged leader's own country: the courts there accuse him, though
# the deed charged names foreign firms and places)
_HOME_CHARGE = (
    "ASUNCION, March 9 - Former Paraguayan president Ricardo Montes was flown home from Spain "
    "on Sunday and taken to a jail near Asuncion. Montes, 70, who led Paraguay from 2008 to "
    "2013, was met at the airport by Paraguayan police. Prosecutors accuse him of accepting "
    "kickbacks worth 12 million dollars from the Argentine firm Techint in return for road "
    "contracts.")


def test_nlp_link34_home_prosecutors_charge_former_leader(coded, has_event):
    rows = coded(_HOME_CHARGE)
    assert has_event(rows, "PRYJUD", "112", "PRYELI"), rows
    # (not aimed at the country the deed names, nor at the one he was flown from)
    assert not [r for r in rows if r[1].startswith("112") and r[2][:3] in ("ARG", "ESP")], rows


def test_nlp_link34_home_charge_denied_by_pronoun(coded, has_event):
    rows = coded(_HOME_CHARGE + " He denies any wrongdoing.")
    assert has_event(rows, "PRYELI", "016", "PRYJUD"), rows


@pytest.mark.parametrize("text, expected", [
    # (prosecutors placed by their own "in" phrase)
    ("Prosecutors in Miami accused Haiti's government of smuggling rifles to gangs.",
     ("USAJUD", "112", "HTIGOV")),
    ("A court in Lyon accused Algeria's interior ministry of forging visas.",
     ("FRAJUD", "112", "DZAGOV")),
])
def test_nlp_link34_placed_prosecutors(coded, has_event, text, expected):
    rows = coded(text)
    assert has_event(rows, *expected), rows
