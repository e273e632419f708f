"""Trigger of another root only (roots35): frames whose root the lexicon chose wrongly.

* ties opened ("opened relations with Beijing") and a membership given back ("restored
  Syria's membership", "readmitted Syria") are ties set up or restored (054, examples/README.md
  "Diplomatic ties"), not general diplomatic cooperation (050);
* brokering the restoration (normalisation, resumption) of ties or talks between two sides is
  the broker's mediation (045) with each, and the restoring stays the two sides' own event.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def coder(coder_all):
    """Every sentence parsed (pre-filter off): one shared coder for the session."""
    return coder_all


def _codes(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    return {(e.source.country if e.source else None, e.cameo[:3],
             e.target.country if e.target else None) for e in events}


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
    ("Beijing brokered the restoration of diplomatic relations between Saudi Arabia and Iran.",
     ("CHN", "045", "SAU")),
    ("Beijing brokered the restoration of diplomatic relations between Saudi Arabia and Iran.",
     ("CHN", "045", "IRN")),
    ("Beijing brokered the restoration of diplomatic relations between Saudi Arabia and Iran.",
     ("SAU", "054", "IRN")),
])
def test_coding_roots35_codes_frame(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, absent", [
    # a border opened to refugees is no ties set up
    ("Kenya opened its borders to Somali refugees.", ("KEN", "054", "SOM")),
    # the league's readmission is not coded as mere cooperation any more
    ("The Arab League readmitted Syria in May.", ("LAS", "050", "SYR")),
])
def test_coding_roots35_not_coded(coder, make_article, text, absent):
    assert absent not in _codes(coder, make_article, text)
