"""Session 23 (link33): sides named in phrases the parser hangs one word too low.

* A nominal pattern of an "of" object ("the opening of an embassy"): the place or target
  phrase hung on the object the pattern matched is the noun's own ("approved the opening of
  an embassy in Tallinn"); embassy or consulate openings told as nouns are 054.
* A reduced passive with a list of agents ("imposed by A and its partners on B"): the
  verb's phrase hung on the last agent names the one acted on, never a doer; a measure
  joined or eased is on whom its own participle names ("joined the sanctions imposed by A
  on B").

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, expected", [
    # (the place phrase on the embassy, not on the opening)
    ("The Latvian parliament approved the opening of an embassy in Estonia on Tuesday.",
     ("LVA", "054", "EST")),
    ("Ghana announced the establishment of a consulate in Togo last week.",
     ("GHA", "054", "TGO")),
])
def test_nlp_link33_embassy_opening_noun(has_event, coded, text, expected):
    rows = coded(text)
    assert has_event(rows, *expected), rows


@pytest.mark.parametrize("text, src, tgt", [
    # (a mission of a body is no embassy: nothing restored with Haiti)
    ("The Security Council approved the opening of a mission in Haiti.", "", "HTI"),
    # (force against a side's boats: the judging subject is not the doer, the target phrase
    # of the cannon is not followed for force)
    ("Tokyo opposed the use of water cannon against Philippine boats.", "JPN", "PHL"),
])
def test_nlp_link33_of_object_phrase_not_followed(coded, text, src, tgt):
    rows = coded(text)
    assert not [c for c in rows if c[0].startswith(src) and c[2].startswith(tgt)
                and c[1][:2] in ("05", "18", "19", "20")], rows


@pytest.mark.parametrize("text, expected, absent", [
    # (the "on" phrase hung on "allies": Moscow is sanctioned, not a sanctioner)
    ("Lusaka faulted the penalties imposed by Britain and its partners on Belarus last year.",
     ("GBR", "163", "BLR"), ("BLR", "163", "GBR")),
    # (the joined measure is on whom its participle names, not on its imposer)
    ("Norway joined the sanctions that were imposed by Canada on Belarus.",
     ("NOR", "163", "BLR"), ("NOR", "163", "CAN")),
    ("Norway joined the sanctions imposed by Canada on Belarus in March.",
     ("NOR", "163", "BLR"), ("NOR", "163", "CAN")),
    ("Norway joined the curbs imposed by Canada and its partners on Belarus in March.",
     ("NOR", "163", "BLR"), ("NOR", "163", "CAN")),
])
def test_nlp_link33_phrase_on_last_agent(has_event, coded, text, expected, absent):
    rows = coded(text)
    assert has_event(rows, *expected), rows
    assert not has_event(rows, *absent), rows
