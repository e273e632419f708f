"""Session 25 (prec26): precision on groups blown up into their members.

* A bare plural told by an open region ("urged Central American governments to ...",
  "help for coastal West African states") speaks of such states in general: it is not the
  region's countries the article happens to name. A definite or owned phrase ("the Central
  American governments"), a numbered one, a closed region ("Baltic states") and a member
  group ("a delegation of African leaders") still stand for the named countries. Nor is
  an actor named later in the urged clause whom the act is on ("... to stay with Taipei").
* "The treaty with A and B was signed": the "with" list is the partners of a side the phrase
  leaves out, so A and B are not coded as signing with each other.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

STORY = ("Honduras cut its ties with Taiwan in March, after Panama did so in 2017 and "
         "Nicaragua in 2021. ")


@pytest.mark.parametrize("text, src, code", [
    (STORY + "Washington had pressed Central American governments to keep their links "
     "with Taipei.", "USA", "02"),
    (STORY + "The State Department has long urged Central American states to stay loyal to "
     "the island.", "USA", "02"),
])
def test_coding_prec26_bare_region_plural_no_members(coded, text, src, code):
    rows = coded(text)
    bad = [r for r in rows if r[0].startswith(src) and r[1].startswith(code) and (
        r[2] or "")[:3] in ("HND", "PAN", "NIC")]
    assert not bad, rows


@pytest.mark.parametrize("text, src, code, tgt", [
    (STORY + "On Monday Washington urged the Central American governments to keep their "
     "links with Taipei.", "USA", "02", "HND"),
])
def test_coding_prec26_definite_region_plural_members(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, a, b", [
    ("Canberra has few such deals; the defence treaty with Britain and France was signed in "
     "1952 and is rarely invoked.", "GBR", "FRA"),
    ("Warsaw recalled that the border accord with Germany and Lithuania was signed two decades "
     "ago.", "DEU", "LTU"),
])
def test_coding_prec26_with_list_not_paired(coded, text, a, b):
    rows = coded(text)
    inner = [r for r in rows if {r[0][:3], (r[2] or "")[:3]} == {a, b}]
    assert not inner, rows


def test_coding_prec26_bare_region_object_no_later_target(coded):
    rows = coded(STORY + "For years Washington urged Central American governments to remain "
                 "with Taipei.")
    assert not [r for r in rows if r[1].startswith("02") and (r[2] or "")[:3] in (
        "TWN", "HND", "PAN", "NIC")], rows
