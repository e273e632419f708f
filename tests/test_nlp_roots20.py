"""Right trigger, wrong root, and no trigger (roots20): verb classes of missed gold events.

* a person seized (an officer, a missionary, aid workers) is taken into custody (173), an
  abduction (181) when the takers are an armed group that is no state's; a ship or goods
  seized stay property seized (171);
* a government or its police banning opposition rallies, marches or protests restricts
  political freedoms (172), aimed at the opposition; a trade ban stays 163;
* drilling started or begun is no military drill by itself: "began drilling off X" (a well)
  codes no show of force (150), "began drills near X" still does;
* fighting or clashes that intensify, escalate, rage or persist between two sides are their
  fight (190), as fighting that breaks out; with no "between" phrase no side is guessed;
* sanctions, tariffs or an embargo reimposed, reinstated, restored or snapped back, and a
  sanctions relief or waiver reversed or revoked, are sanctions imposed (163);
* people charged by a state ("charged the two men over the attack", "charged with espionage")
  are put under legal action (173); a state charged with a wrong stays accused (112).

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
    # people seized: custody (173), abduction by an armed group (181)
    ("Russian border guards seized an Estonian officer near the frontier.", ("RUS", "173", "EST")),
    ("Iranian police seized two British sailors in the Gulf on Sunday.", ("IRN", "173", "GBR")),
    ("Al-Shabaab militants seized two Kenyan teachers near the border.", ("SOM", "181", "KEN")),
    # opposition gatherings banned (172)
    ("The Belarusian authorities banned opposition rallies ahead of the vote.",
     ("BLR", "172", "BLR")),
    ("The Nicaraguan police banned protests by opposition groups in Managua.",
     ("NIC", "172", "NIC")),
    ("Venezuelan police banned opposition marches in Caracas last week.", ("VEN", "172", "VEN")),
    # drills begun still a show of force
    ("China began drills near Taiwan on Monday.", ("CHN", "150", "TWN")),
    ("Russia started naval exercises off Norway on Tuesday.", ("RUS", "150", "NOR")),
    # fighting that grows between two sides
    ("Clashes intensified between Armenian and Azerbaijani troops along the border.",
     ("ARM", "190", "AZE")),
    ("Heavy fighting raged between Ethiopian forces and Eritrean troops near the town.",
     ("ETH", "190", "ERI")),
    ("Fighting escalated between Israeli troops and Hezbollah fighters along the border.",
     ("ISR", "190", "LBN")),
    # sanctions put back
    ("Washington reimposed sanctions on Venezuela's oil sector in April.", ("USA", "163", "VEN")),
    ("The European Union reinstated the arms embargo on Belarus.", ("EU", "163", "BLR")),
    ("Britain, France and Germany moved to snap back UN sanctions on Iran.",
     ("FRA", "163", "IRN")),
    ("The Treasury could reverse the sanctions relief for Caracas.", ("USA", "163", "VEN")),
    # people charged
    ("Britain has charged two Russian men over the poisoning.", ("GBR", "173", "RUS")),
    ("Chinese prosecutors charged two Canadian citizens with espionage.", ("CHN", "173", "CAN")),
    ("The Indian police charged a Pakistani national with smuggling.", ("IND", "173", "PAK")),
    ("Kyiv charged Moscow with violating the truce.", ("UKR", "112", "RUS")),
])
def test_nlp_roots20_codes_class(coder, make_article, text, expected):
    assert expected in _codes(coder, make_article, text)


@pytest.mark.parametrize("text, absent", [
    # a ship or goods seized stay property seized, no custody
    ("Iranian commandos seized a British oil tanker in the Gulf.", ("IRN", "173", "GBR")),
    ("Customs officers in Lagos seized a Chinese cargo of fake drugs.", ("NGA", "173", "CHN")),
    # a trade ban stays a trade ban
    ("Russia banned Georgian wine imports.", ("RUS", "172", "GEO")),
    # drilling for oil or gas is no show of force
    ("Turkey began drilling off Cyprus.", ("TUR", "150", "CYP")),
    # a state charged with a wrong is accused, not put on trial
    ("Kyiv charged Moscow with violating the truce.", ("UKR", "173", "RUS")),
    ("Washington charged Beijing with unfair trade practices.", ("USA", "173", "CHN")),
    # ties restored are no sanctions
    ("Poland restored ties with Lithuania.", ("POL", "163", "LTU")),
    ("Kuwait and Riyadh signed a gas deal. Tehran said it was prepared to start drilling on "
     "its side of the field.", ("IRN", "150", "KWT")),
])
def test_nlp_roots20_not_class(coder, make_article, text, absent):
    assert absent not in _codes(coder, make_article, text)


@pytest.mark.parametrize("text", [
    "Fighting intensified in the capital on Tuesday.",
    "Pressure intensified between the two negotiators.",
])
def test_nlp_roots20_no_fight_without_sides(coder, make_article, text):
    assert not any(c == "190" for _, c, _ in _codes(coder, make_article, text))
