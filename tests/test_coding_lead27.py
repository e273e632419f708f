"""Misses left from session 26, taken up by lead27 (session 27).

* forces or a base a state hosts are the owner's forces kept there (074, owner -> host): the
  pattern's ``source: [dobj]`` slot takes the source from the object; forces a side has,
  keeps or stations in another state are forces sent there (074), but not in a relative
  clause that only describes the side ("Washington, which has troops in X, ...");
* a sanctions package or round that acts with no side named ("The package bars imports of
  diamonds") is aimed at whom the latest measure the article told was aimed at (163);
* serious concerns a side tells another it has are concern voiced to the one told (111,
  X -> Y, the "it" being X), but not concerns it "would have" if something happened.

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
    # hosted forces and bases: the owner acts on the host
    ("Tajikistan still hosts a Russian military base near Dushanbe.", ("RUS", "074", "TJK")),
    ("Djibouti hosts a Chinese naval base on its coast.", ("CHN", "074", "DJI")),
    ("Poland hosted American troops at a new camp near Rzeszow.", ("USA", "074", "POL")),
    # forces had, kept or stationed in another state
    ("The United States has roughly 900 soldiers in Syria, officials said.",
     ("USA", "074", "SYR")),
    ("Turkey keeps several thousand troops in northern Iraq.", ("TUR", "074", "IRQ")),
    ("Around eighty Indian military personnel are stationed in the Maldives.",
     ("IND", "074", "MDV")),
    ("The United States has some 4,000 troops at a base in Djibouti.", ("USA", "074", "DJI")),
    # a package or round that acts, aimed as the measure told before
    ("The European Union adopted a new package of sanctions against Russia on Monday. The "
     "package bars imports of diamonds cut in third countries.", ("EU", "163", "RUS")),
    ("Britain imposed fresh sanctions on Iran on Tuesday. The new round also freezes the "
     "assets of thirty companies.", ("GBR", "163", "IRN")),
    # concerns told to another side
    ("Canada has told India it has serious concerns about the killing of a Sikh activist.",
     ("CAN", "111", "IND")),
    ("Tokyo told Beijing that it had grave concerns about the coast guard patrols.",
     ("JPN", "111", "CHN")),
])
def test_coding_lead27_codes(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, unexpected", [
    # the host does not act on the owner
    ("Tajikistan still hosts a Russian military base near Dushanbe.", ("TJK", "062", "RUS")),
    # hosted weapons stay military cooperation, host -> owner
    ("Belarus hosted Russian nuclear weapons last year.", ("RUS", "074", "BLR")),
    # an aside describing a side in a relative clause
    ("Washington, which keeps forces in Qatar, welcomed the agreement.",
     ("USA", "074", "QAT")),
    # no state's forces kept at a base
    ("The president has kept his guards at the camp in Bamako for weeks.",
     ("MLI", "074", "MLI")),
    # a conditional warning, no concern voiced
    ("The envoy warned that Washington would have serious concerns if Honiara let China "
     "build a base.", ("USA", "111", "SLB")),
    # no side's concern
    ("Some analysts have serious concerns about the deal with Iran.", (None, "111", "IRN")),
])
def test_coding_lead27_not_coded(codes, text, unexpected):
    assert unexpected not in codes(text)
