"""Gold events whose sentence had no trigger of the gold's root (session 27, roots27).

* pattern objects written as phrases ("joint statement", "war games", "show of force") are
  found as the parse gives them, one token with its modifiers or its "of" phrase
  (``nlp.events._named_by``);
* drills two or more sides hold together or with others, aimed at no one, and patrols they
  run, are military cooperation between them (062), not a show of force (150); plain "both
  sides held exercises" stays 150 (rivals' shows).

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
    # phrases of a pattern's object list
    ("Japan and Britain adopted a joint statement on Monday.", ("JPN", "057", "GBR")),
    ("Norway sent fighter jets to Ukraine in May.", ("NOR", "072", "UKR")),
    # drills held together, with others, or patrols run by two sides
    ("Indian and French troops held exercises with several partners this year.",
     ("IND", "062", "FRA")),
    ("Brazilian and Argentine sailors held a naval exercise together in March.",
     ("BRA", "062", "ARG")),
    ("Under the deal, Russian and Turkish soldiers will patrol the buffer zone.",
     ("RUS", "062", "TUR")),
])
def test_coding_roots27_codes(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, absent", [
    # drills aimed at a side stay a show of force toward it
    ("Chinese and Russian warships held drills near Japan.", ("CHN", "062", "RUS")),
])
def test_coding_roots27_not_coded(codes, text, absent):
    assert absent not in codes(text)
