"""Gold events whose sentence had no trigger of the gold's root (session 27, roots27).

* pattern objects written as phrases ("joint statement", "war games", "show of force") are
  found as the parse gives them, one token with its modifiers or its "of" phrase
  (``nlp.events._named_by``);
* drills two or more sides hold together or with others, aimed at no one, and patrols they
  run, are military cooperation between them (062), not a show of force (150); plain "both
  sides held exercises" stays 150 (rivals' shows);
* a side's own word that it will begin or resume talks ("said they would begin
  negotiations") is its commitment to negotiate (036, happened) beside the talks planned;
  talks held at a set time stay the meeting planned;
* an act named a blow or a setback (a harm or decline) by a naming verb judges its doer (111);
* a vision document or a plan of action two sides adopt is an agreement (057), as a joint
  declaration is.

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
    # talks to be set going, in a side's own word
    ("Canada and Mexico announced that they would begin negotiations on a minerals pact.",
     ("MEX", "036", "CAN")),
    ("Canada and Mexico announced that they would begin negotiations on a minerals pact.",
     ("CAN", "036", "MEX")),
    ("Kenya said it would resume the talks with Somalia after the elections.",
     ("KEN", "036", "SOM")),
    # an act named a harm or a decline
    ("Norway expelled ten Russian diplomats on Thursday. Moscow called the expulsions a heavy "
     "blow to relations.", ("RUS", "111", "NOR")),
    ("Canada imposed new tariffs on Chinese steel. Beijing described the tariffs as a setback "
     "for trade.", ("CHN", "111", "CAN")),
    # papers of a pact adopted together
    ("Modi and Wickremesinghe adopted a vision document on energy links on Friday.",
     ("IND", "057", "LKA")),
    ("Vietnam and Laos adopted a joint action plan for border trade.", ("VNM", "057", "LAO")),
])
def test_coding_roots27_codes(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, absent", [
    # drills aimed at a side stay a show of force toward it
    ("Chinese and Russian warships held drills near Japan.", ("CHN", "062", "RUS")),
    # a meeting planned at a set time is no commitment of its own
    ("Blinken said he would hold talks with Wang in Beijing on Friday.", ("USA", "036", "CHN")),
    ("Kenya said it would resume the talks with Somalia on Monday.", ("KEN", "036", "SOM")),
])
def test_coding_roots27_not_coded(codes, text, absent):
    assert absent not in codes(text)
