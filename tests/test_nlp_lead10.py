"""Sentence -> event tables for the lead's session-10 rules: ties said to be restored or
established are the restoring itself (054), planned, not an announced intent (032).

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
    ("ties said to be restored", "The ministry said Bahrain and Qatar would restore "
     "diplomatic relations within weeks.", {("BHR", "054", "QAT")}, {("BHR", "032", "QAT")}),
    ("ties said to be established", "Japan said it would establish diplomatic relations with "
     "Bhutan.", {("JPN", "054", "BTN")}, {("JPN", "032", "BTN")}),
    ("other announced acts stay intents", "Japan said it would lift the restrictions on "
     "Seoul.", {("JPN", "035", "KOR")}, set()),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lead10_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)
