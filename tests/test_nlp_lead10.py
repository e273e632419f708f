"""Sentence -> event tables for the lead's session-10 rules: ties said to be restored or
established are the restoring itself (054), planned, not an announced intent (032); people
killed, told in the passive, are the toll of force whose doer the article told before.

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
    # "it" after a country whose name the tagger reads as a plural
    ("it: a country ending in -s", "Honduras said it would establish diplomatic relations "
     "with China.", {("HND", "054", "CHN")}, set()),
    ("it: another one", "The Maldives said it would ask India to withdraw its troops.",
     {("MDV", "02", "IND")}, set()),
    ("it: a plural noun is still no it", "Protesters said it was time for Moscow to leave.",
     set(), {("RUS", "087", None)}),
]


@pytest.mark.parametrize(("label", "text", "present", "absent"), ROWS,
                         ids=[r[0] for r in ROWS])
def test_nlp_lead10_sentence_events(check, label: str, text: str, present: set[Triple],
                                    absent: set[Triple]) -> None:
    check(text, present, absent, label)


def test_nlp_lead10_passive_toll_takes_the_told_doer(coder, make_article):
    """"16 people had been killed in the area" after a strike told by its doer: force (19)
    by that doer, coded from the toll's own sentence."""
    text = ("American aircraft struck militia bases in western Iraq on Friday. Baghdad's "
            "spokesman said 16 people had been killed in the area, and the foreign ministry "
            "summoned the U.S. charge d'affaires.")
    res = coder.code(make_article(text, published=date(2024, 2, 3)))
    toll = [(e.source.country if e.source else None, e.root, e.target.country if e.target
             else None) for e in res.events if "16 people" in e.evidence.sentence]
    assert ("USA", "19", "IRQ") in toll
