"""Coercive and legal measures of train25/26 (fresh26, session 26).

* a court convicting someone, or finding them guilty, acts on the person (173, as the gold
  sets code convictions, like prison sentences);
* an embassy's operations suspended, or the embassy or its staff evacuated, is a mission
  withdrawn from the host state (161);
* a sanctions package, round or set of rules that acts ("The package bars ...", "Later rounds
  banned ...") stands for whoever imposed the latest measure the article told; a measure
  owned by a side and "adopted" or "imposed" in a participle is that side's (163);
* a side that backs or joins another's named measure ("backed several rounds of EU
  sanctions on X") tells that owner's measure as imposed (163), not only its own backing.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text`` (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    # convictions and findings of guilt
    ("A court in Minsk convicted the Lithuanian activist of espionage on Monday.",
     ("BLR", "173", "LTU")),
    ("Iran's Revolutionary Court convicted the Swedish tourist last week.",
     ("IRN", "173", "SWE")),
    # embassies suspended or evacuated
    ("Canada has suspended operations at its embassy in Niamey, the foreign ministry said.",
     ("CAN", "161", "NER")),
    ("Italy suspended the work of its embassy in Kabul on Sunday.", ("ITA", "161", "AFG")),
    ("Spain evacuated its embassy in Khartoum over the weekend.", ("ESP", "161", "SDN")),
    # measures that act stand for their imposer
    ("The European Union adopted new sanctions against Belarus on Monday. The first "
     "packages cut several Belarusian banks off from the SWIFT system.", ("EU", "160", "BLR")),
    ("Canada's new sanctions on Iran, adopted by its cabinet on Friday, target six "
     "officials.", ("CAN", "163", "IRN")),
    # a named side's measure backed by another
    ("Poland backed two rounds of European Union sanctions against Belarusian officials.",
     ("EU", "163", "BLR")),
])
def test_coding_fresh26_codes_measures(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, unexpected", [
    # suspended embassy work is no pause of attacks
    ("Canada has suspended operations at its embassy in Niamey, the foreign ministry said.",
     ("CAN", "087", "NER")),
    # a measure that acts on the imposer's own people is no measure against another side
    ("Japan imposed export curbs on China in March. The rules also restrict the ability of "
     "Japanese citizens to invest abroad.", ("JPN", "163", "JPN")),
])
def test_coding_fresh26_not_coded(codes, text, unexpected):
    assert unexpected not in codes(text)
