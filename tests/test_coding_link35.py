"""Sides the sentence names outside the trigger's own slots (link35): those who come along on
a journey ("flew to X together with Y"), the one who goes somewhere for talks ("will proceed
to X for talks with Y") or is back from a trip ("returned from a visit to X"), whoever acts
with a coercive means ("answered with military pressure"), and the side whose conduct an act
hangs on ("unless X apologises", "if X breaks the truce", "because X had not paid").

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    # companions of a journey make it too
    ("travelled together with",
     "In May, the Italian prime minister travelled to Cairo together with the Greek prime "
     "minister for talks on migration.", ("GRC", "04", "EGY")),
    ("flew with, the first one still",
     "In May, the Italian prime minister travelled to Cairo together with the Greek prime "
     "minister for talks on migration.", ("ITA", "04", "EGY")),
    ("arrived with officials from",
     "A Sudanese army delegation arrived in Jeddah on Monday with officials from Qatar.",
     ("QAT", "04", "SAU")),
    # a meeting one goes somewhere for is held by whoever goes
    ("proceed for a meeting with",
     "After the summit, the Kenyan president will proceed to Kampala for a meeting with the "
     "Ugandan leader.", ("KEN", "04", "UGA")),
    # the one back from a trip made it
    ("returned from a visit to",
     "Two days after the Kenyan president returned from a visit to Japan, the opposition "
     "staged protests.", ("KEN", "04", "JPN")),
    # a coercive noun that is the means of a verb's act is the verb subject's
    ("answered with pressure",
     "Analysts said Paris, Rome and Berlin expect Beijing to answer with military pressure "
     "around Taiwan.", ("CHN", "15", "TWN")),
    ("retaliated with sanctions on",
     "Moscow retaliated with sanctions on Lithuanian banks after the vote.",
     ("RUS", "16", "LTU")),
    # the side whose conduct the act hangs on, not the side that tells of it
    ("not hesitate to scrap if",
     "Officials in Paris said Seoul would not hesitate to scrap the accord if Pyongyang broke "
     "its terms.", ("KOR", "12", "PRK")),
    ("cut until",
     "Rome said Tunisia would cut its funding for the project until Athens withdraws the "
     "claim.", ("TUN", "16", "GRC")),
    ("could not hand over because",
     "Kenya said it could not hand over the two suspects because Uganda had not sent the "
     "papers.", ("KEN", "12", "UGA")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link35_sides_found(pair_roots, label, text, want):
    got = pair_roots(text, PUBLISHED)
    assert want in got, (label, got)


# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    # the one met is no fellow traveller
    ("flew to meet, no companion",
     "The Italian prime minister flew to Cairo to meet the Egyptian president.",
     ("EGY", "04", "EGY")),
    # goods carried along are no fellow travellers
    ("arrived with aid from",
     "A Turkish plane arrived in Beirut with aid from Qatar.", ("QAT", "04", "LBN")),
    # a "with" phrase before the verb is a setting, not a means
    ("with the strikes, a setting",
     "With the strikes on its ports, Ukraine asked Turkey for more air defence.",
     ("UKR", "19", "TUR")),
    # a condition about one's own side names no target
    ("unless it",
     "Chile said it would not send an ambassador unless its own inquiry ended.",
     ("CHL", "05", "CHL")),
]


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link35_sides_not_invented(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label
