"""Linking the right pair (session 10, second round): a denied or dismissed news story is
aimed at whom the story accuses (the outlet that told it is no party), and a strike or a raid
whose toll is told is against the side of the dead or wounded, and people told as detained
in a state (an agentless reduced relative) are held by that state.

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LINKED_CASES = [
    ("a news story denied: at the side the story says acted",
     "Islamabad rejected a Reuters report that New Delhi had moved missiles to the frontier.",
     ("PAK", "01", "IND")),
    ("a strike whose toll names the dead's side",
     "An Israeli air strike killed four Hezbollah fighters on Sunday.",
     ("ISR", "19", "LBN")),
    ("the dead's side before the place they died in",
     "A Turkish drone strike killed two Kurdish militia commanders in northern Iraq, "
     "Ankara said. An Israeli drone strike killed three Hezbollah members in Syria.",
     ("ISR", "19", "LBN")),
    ("nationals held in a state, told in a reduced relative: that state holds them",
     "The envoy raised the cases of Dutch nationals detained in Iran.",
     ("IRN", "17", "NLD")),
    ("a reduced relative of arrest on the subject",
     "Three Swiss tourists arrested in Belarus last spring went on trial.",
     ("BLR", "17", "CHE")),
    ("a raid whose wounded are named",
     "A Pakistani raid wounded five Afghan border guards overnight.",
     ("PAK", "19", "AFG")),
]


@pytest.mark.parametrize("name,text,triple", LINKED_CASES, ids=[c[0] for c in LINKED_CASES])
def test_nlp_link7_links_the_pair(triples, name, text, triple):
    got = triples(text)
    assert triple in got, got


UNLINKED_CASES = [
    ("the outlet of a denied report is no target",
     "Hanoi denied an Associated Press report that it had bought Russian jets.",
     ("VNM", "01", "USA")),
    ("the outlet of a dismissed story is no target",
     "Moscow dismissed a BBC story that accused Russian agents of bribing officials in Chad.",
     ("RUS", "01", "GBR")),
    ("a story about the denier's own agents is aimed at nobody",
     "Tehran denied a Wall Street Journal report that its agents had paid militias in Iraq.",
     ("IRN", "01")),
    ("the held are not the holders",
     "The envoy raised the cases of Dutch nationals detained in Iran.",
     ("NLD", "17")),
    ("the place the dead died in is not the one struck",
     "An Israeli drone strike killed three Hezbollah members in Syria.",
     ("ISR", "19", "SYR")),
]


@pytest.mark.parametrize("name,text,unwanted", UNLINKED_CASES,
                         ids=[c[0] for c in UNLINKED_CASES])
def test_nlp_link7_leaves_the_pair_alone(triples, name, text, unwanted):
    got = triples(text)
    if len(unwanted) == 3:
        assert unwanted not in got, got
    else:
        assert not any((s, r) == unwanted for s, r, _ in got), got


def test_nlp_link7_report_by_a_body_keeps_the_body(triples):
    """A report a body (not an outlet) issued is that body's charge: the denial answers it."""
    got = triples("Nairobi rejected a UN report that accused it of arming militias in Somalia.")
    assert ("KEN", "01", "UNO") in got, got
