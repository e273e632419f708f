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


@pytest.mark.parametrize(("text", "speaker", "expected"), [
    # the leaders met in a named city that day; what one of them said there with no place of
    # its own happened at the meeting, not where the story was filed
    ("LIMA, March 4 (Wire) -- The presidents of Chile and Argentina met in Mendoza on "
     "Monday to discuss a new border crossing. Chilean President Gabriel Boric urged "
     "Argentina to speed up work on the tunnel.", "CHL", "ARG"),
    # no meeting told: the dateline stays the place
    ("SANTIAGO, March 4 (Wire) -- Chilean President Gabriel Boric urged Argentina on Monday "
     "to speed up work on a new border tunnel.", "CHL", "CHL"),
])
def test_nlp_lead9_meeting_place_before_dateline(coder, make_article, text: str,
                                                  speaker: str, expected: str) -> None:
    (res,) = coder.code_many([make_article(text, published=date(2024, 3, 4))])
    urged = [e for e in res.events if e.root == "02" and e.source is not None
             and e.source.country == speaker]
    assert urged, res.events
    assert urged[0].location is not None and urged[0].location.country == expected, urged[0]


@pytest.mark.parametrize(("text", "code", "country"), [
    # a visit with no place named takes place in the visited country
    ("Kenya's foreign minister will visit his Ghanaian counterpart next week.", "042", "GHA"),
    # a hosting with no place named takes place in the host's own country
    ("Vietnam hosted the Laotian prime minister on Monday.", "043", "VNM"),
])
def test_nlp_lead9_visit_placed_in_host_country(coder, make_article, text: str, code: str,
                                                 country: str) -> None:
    (res,) = coder.code_many([make_article(text, published=date(2024, 3, 4))])
    found = [e for e in res.events if e.cameo == code]
    assert found, res.events
    assert found[0].location is not None and found[0].location.country == country, found[0]


def test_nlp_lead9_placed_visit_is_a_scene(coder, make_article) -> None:
    """What a guest said during a visit placed only by its host is said in the host's
    country."""
    text = ("Vietnam hosted the Laotian prime minister on Monday. During the visit, the Laotian "
            "prime minister urged Vietnam to finish the new highway between the two capitals.")
    (res,) = coder.code_many([make_article(text, published=date(2024, 3, 4))])
    urged = [e for e in res.events if e.root == "02"]
    assert urged, res.events
    assert urged[0].location is not None and urged[0].location.country == "VNM", urged[0]


@pytest.mark.parametrize("text", [
    "United Nations agencies urged Pakistan on Tuesday to stop the deportations.",
    "The U.N. chief's spokesman urged Armenia to show restraint.",
])
def test_nlp_lead9_international_body_keeps_its_own_code(coder, make_article, text: str) -> None:
    """A body's government sector is its own code ("UNO"), never "UNOGOV"."""
    (res,) = coder.code_many([make_article(text, published=date(2024, 3, 4))])
    codes = {a.code for e in res.events for a in (e.source, e.target) if a is not None
             and a.country == "UNO"}
    assert codes and not any(c.endswith("GOV") for c in codes), res.events
