"""Trigger of another root only (roots35): frames whose root the lexicon chose wrongly.

* ties opened ("opened relations with Beijing") and a membership given back ("restored
  Syria's membership", "readmitted Syria") are ties set up or restored (054, examples/README.md
  "Diplomatic ties"), not general diplomatic cooperation (050);
* brokering the restoration (normalisation, resumption) of ties or talks between two sides is
  the broker's mediation (045) with each, and the restoring stays the two sides' own event;
* a truce or deal between two sides that a third side arranges or helps to arrange is its
  mediation (045), also in a relative clause ("the truce that Washington helped to
  arrange"), where an infinitive under the clause's verb takes the head noun as its object;
* a meeting that two sides agree will be held by people their clause does not tie to a side
  ("A and B agreed that the border commission would meet in March") is their commitment to
  meet (036), between the sides that agreed;
* a charge the accused side names untrue with a verb of naming ("called the accusations
  absurd", "described the charges as baseless") is its denial (016, examples/README.md
  "Charges denied") aimed at the accuser, not a judgement of the accuser (111).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text`` (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    # ties opened
    ("Honduras broke off its ties with Taipei and opened relations with Beijing.",
     ("HND", "054", "CHN")),
    ("Nicaragua opened diplomatic relations with China in December.", ("NIC", "054", "CHN")),
    # membership given back
    ("The Arab League restored Syria's membership in May.", ("LAS", "054", "SYR")),
    ("The African Union reinstated Mali's membership on Friday.", ("AU", "054", "MLI")),
    ("The Arab League readmitted Syria in May.", ("LAS", "054", "SYR")),
    # restoration brokered by a third side
    ("China brokered the restoration of ties between Riyadh and Tehran last spring.",
     ("CHN", "045", "SAU")),
    ("China brokered the restoration of ties between Riyadh and Tehran last spring.",
     ("CHN", "045", "IRN")),
    ("China brokered the restoration of ties between Riyadh and Tehran last spring.",
     ("SAU", "054", "IRN")),
    # a truce arranged by a third side
    ("Washington helped arrange a ceasefire between Israel and Hezbollah.",
     ("USA", "045", "ISR")),
    ("A ceasefire between Armenia and Azerbaijan that Moscow helped to arrange in "
     "October broke down within days.", ("RUS", "045", "ARM")),
    ("A ceasefire between Armenia and Azerbaijan that Moscow helped to arrange in "
     "October broke down within days.", ("RUS", "045", "AZE")),
    # a measure a side decided to impose, told in a relative clause
    ("The sanctions that the EU decided to impose on Belarus took effect.",
     ("EU", "163", "BLR")),
    # a meeting agreed on, held by people of no named side
    ("Cambodia and Thailand agreed that their regional army commanders would hold an "
     "informal meeting next week.", ("KHM", "036", "THA")),
    ("Peru and Ecuador agreed that the joint border commission would meet again in March.",
     ("PER", "036", "ECU")),
    # charges named untrue
    ("Minsk called the Polish accusations absurd.", ("BLR", "016", "POL")),
    ("Beijing called the American allegations groundless.", ("CHN", "016", "USA")),
    ("Moscow described the British charges as baseless.", ("RUS", "016", "GBR")),
    ("Minsk insisted that its helicopters never entered Polish airspace and called the Polish "
     "accusations far-fetched.", ("BLR", "016", "POL")),
])
def test_coding_roots35_codes_frame(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, absent", [
    # a border opened to refugees is no ties set up
    ("Kenya opened its borders to Somali refugees.", ("KEN", "054", "SOM")),
    # the league's readmission is not coded as mere cooperation any more
    ("The Arab League readmitted Syria in May.", ("LAS", "050", "SYR")),
    # a meeting arranged is no mediation
    ("The ministry arranged a meeting with the Russian ambassador.", ("RUS", "045", None)),
    # a charge named untrue is no judgement of the accuser
    ("Minsk called the Polish accusations absurd.", ("BLR", "111", "POL")),
    # a measure called absurd is still a judgement, no denial
    ("China called the American sanctions absurd.", ("CHN", "016", "USA")),
    # a charge called grave is no denial
    ("Rwanda called the Congolese accusations serious.", ("RWA", "016", "COD")),
])
def test_coding_roots35_not_coded(codes, text, absent):
    assert absent not in codes(text)
