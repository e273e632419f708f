"""Actors there, not linked (link29): a journey noun ranked by the sentence itself names its
traveller and its destination, whatever the story told before. "The visit was X's first to
Y", "The state visit, the president's first to Y, ...", "The trip is the chancellor's second
to Y": the ranking ("X's" ordinal, an optional journey noun, "to" PLACE) set as the
predicate or the apposition of the journey noun. A ranking inside another noun's phrase
("the talks were the centrepiece of X's first trip to Y") ranks that trip, not the talks.

Every text is invented. These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 10, 6)


# (label, text, (source country, root, target country) that must be coded)
PRESENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("ranking as the predicate",
     "Kenyan President William Ruto arrived in Brasilia on Monday. The visit was Ruto's "
     "first to Brazil since he took office.", ("KEN", "04", "BRA")),
    ("ranking as an apposition",
     "Kenyan President William Ruto flew to Brasilia on Monday. The visit, Ruto's first "
     "to Brazil as president, began with a ceremony.", ("KEN", "04", "BRA")),
    ("ranking with the journey noun repeated",
     "Chilean President Gabriel Boric landed in Hanoi on Sunday. The trip is Boric's "
     "second visit to Vietnam.", ("CHL", "04", "VNM")),
]

# (label, text, (source country, root, target country) that must not be coded)
ABSENT: list[tuple[str, str, tuple[str, str, str]]] = [
    ("the story's earlier partner is not the ranked journey's destination",
     "Kenyan President William Ruto spoke about the crisis in Sudan on Monday. The visit "
     "was Ruto's first to Brazil since he took office.", ("KEN", "04", "SDN")),
]


@pytest.mark.parametrize(("label", "text", "want"), PRESENT, ids=[c[0] for c in PRESENT])
def test_coding_link29_ranked_journey(pair_roots, label, text, want):
    assert want in pair_roots(text, PUBLISHED), label


@pytest.mark.parametrize(("label", "text", "unwanted"), ABSENT, ids=[c[0] for c in ABSENT])
def test_coding_link29_ranked_journey_not_other(pair_roots, label, text, unwanted):
    assert unwanted not in pair_roots(text, PUBLISHED), label
