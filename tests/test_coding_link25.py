"""Linking rules of session 25 (link25): arguments the search over the parse reached only
through a relative clause or a pronoun.

- a trip noun inside a "who" relative clause is made by the one the "who" stands for ("the
  premier, who came home from a visit to Japan");
- a trip noun's own relative clause of taking or bringing names where it went ("a tour that
  also took him to Fiji and Samoa");
- who acts at a summit held abroad went to the host's country ("took it up with B at the
  annual summit in New Delhi", "attended a summit of Pacific states in Suva");
- "their" in a "between" phrase of two subjects' reciprocal act is those two ("A and B agreed
  to deepen cooperation between their countries");
- help from a side that the clause calls someone's lender, donor or backer ("China,
  Pakistan's largest lender, ...", "was the main lender to Sri Lanka, providing ...") goes
  to that someone;
- an offer goes to whoever a clause joined to it says took it up or turned it down
  ("offered talks, but Moscow turned the offer down");
- an object "it" in a clause joined to one that named an act as its object stands for that
  act ("A criticised the veto, and B condemned it": at the one who vetoed).

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("who-relative, back from a visit",
     "Marcos, who flew home on Monday from a three-day visit to Japan, told reporters the "
     "trip had gone well.", ("PHL", "04", "JPN")),
    ("who-relative, returned after a trip",
     "President Ruto, who returned from a short trip to Ethiopia last week, will host the "
     "summit.", ("KEN", "04", "ETH")),
    ("tour that took him to two places",
     "Macron wrapped up a week-long tour of the Pacific that also took him to Fiji and "
     "Samoa.", ("FRA", "04", "WSM")),
    ("trip which brought her to a place",
     "Harris ended a trip to Africa, which also brought her to Zambia, on Saturday.",
     ("USA", "04", "ZMB")),
    # a summit abroad attended is a trip to the host's country
    ("acts at the summit in a capital",
     "Lula said he had raised the question of debt at the annual summit in New Delhi last "
     "week.", ("BRA", "04", "IND")),
    ("spoke at the summit in a place no capital",
     "Albanese spoke to reporters at the annual summit in Bali in November.",
     ("AUS", "04", "IDN")),
    ("attended a summit of states in a capital",
     "Kishida attended a conference of Pacific states in the Fijian capital, Suva, in "
     "August.", ("JPN", "04", "FJI")),
    # "their" of a pair of subjects is theirs, not the pair the story is about
    ("between their countries after another pair",
     "Chinese ships chased a Philippine patrol boat on Monday. In Canberra on Friday, "
     "Marcos and Prime Minister Anthony Albanese agreed to deepen defence cooperation "
     "between their countries.", ("PHL", "03", "AUS")),
    # help from a side called someone's lender or donor goes to that someone
    ("apposed lender rolled over loans",
     "Saudi Arabia, Egypt's biggest Gulf lender, extended two loans in March to ease the "
     "crunch.", ("SAU", "07", "EGY")),
    ("copular lender, providing",
     "Japan was the main donor to Nepal after the earthquake, providing grants for "
     "schools.", ("JPN", "07", "NPL")),
    # an offer goes to whoever the joined clause says took it up or refused it
    ("offer turned down",
     "Canada has offered mediation between the factions, but Haiti has turned the offer "
     "down.", ("CAN", "03", "HTI")),
    ("offer welcomed",
     "Norway offered to host the negotiations, and Colombia welcomed the idea.",
     ("NOR", "03", "COL")),
    ("it standing for the veto",
     "Moscow vetoed the draft on Tuesday. The U.S. envoy criticised the veto, and Japan "
     "also condemned it.", ("JPN", "11", "RUS")),
]

# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("their countries not the story's pair",
     "Chinese ships chased a Philippine patrol boat on Monday. In Canberra on Friday, "
     "Marcos and Prime Minister Anthony Albanese agreed to deepen defence cooperation "
     "between their countries.", ("PHL", "03", "CHN")),
    # a bloc's own summit in a member's capital is no visit
    ("bloc at its summit",
     "ECOWAS leaders, meeting at a summit in Abuja, called for calm.", ("ECOWAS", "04", "NGA")),
    # "it" stands for an actor named as the object: no act is referred to
    ("it standing for a country",
     "Kenya criticised Uganda, and Tanzania also condemned it.", ("TZA", "11", "KEN")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link25_linked(pair_roots, label, text, want):
    assert want in pair_roots(text, PUBLISHED), label


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link25_not_invented(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label
