"""Sentence -> event tables for the lead's session-9 rules: a diplomatic mission's staff
withdrawn from a country is a cut in ties (161), not a retreat (0874) nor troops pulled out
(087).

Every row is written for this file. ``present`` triples must be coded, ``absent`` ones must
not; a two-character code is compared with the event's root, a longer one with its code.
"""

from __future__ import annotations

import functools
from datetime import date

import pytest

PUB = date(2024, 7, 30)

Triple = tuple[str, str, str]


@pytest.fixture(scope="module")
def check(check_sentence):
    """This module's sentences as one-sentence articles published on PUB."""
    return functools.partial(check_sentence, published=PUB)


ROWS: list[tuple[str, str, set[Triple], set[Triple]]] = [
    ("diplomatic staff withdrawn from a list of capitals", "Caracas said on Monday it was "
     "withdrawing its diplomatic staff from Argentina and Chile.",
     {("VEN", "161", "ARG"), ("VEN", "161", "CHL")}, {("VEN", "0874", "ARG")}),
    ("embassy personnel withdrawn", "Canada withdrew its embassy personnel from Niger after "
     "the coup.", {("CAN", "161", "NER")}, {("CAN", "087", "NER"), ("CAN", "0874", "NER")}),
    ("troops withdrawn stay a pull-out", "Russia withdrew its troops from Armenia's border "
     "posts in the spring.", {("RUS", "087", "ARM")}, {("RUS", "161", "ARM")}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lead9_sentence_events(check, label: str, text: str, present: set[Triple],
                                   absent: set[Triple]) -> None:
    check(text, present, absent, label)
