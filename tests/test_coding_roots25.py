"""Trigger of another root only (roots25): frames whose root the lexicon chose wrongly.

* rejecting a thing another side did, said or made (an accord, an attempt, a text, a warrant,
  the treatment of one's citizens, the pretexts of a decision) is disapproval of it (111, as
  rejecting criticism is), while rejecting what was asked (a call, a demand, a request, an
  offer) stays a refusal (120);
* a staff-level agreement a lender reaches with a borrower is its promise of a loan (031),
  not a formal agreement (057);
* a side given a span of time to do what is asked of it ("gave the junta a week to restore
  the president") is the object of a demand (100); time given to leave stays the expulsion.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 14)  # a Friday


@pytest.fixture(scope="module")
def codes(codes3):
    """(source country, 3-digit code, target country) of each event of ``text`` (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, expected", [
    ("Turkey and Libya signed a maritime deal last month. Egypt rejected the accord on Monday.",
     ("EGY", "111", "TUR")),
    ("Beijing renamed six villages in the disputed region, and New Delhi rejected the attempt "
     "outright.", ("IND", "111", "CHN")),
    ("Athens rejected Ankara's move as illegal.", ("GRC", "111", "TUR")),
    ("The IMF reached a staff-level agreement with Kenya on a new loan in May.",
     ("IMF", "031", "KEN")),
    ("ECOWAS gave the Nigerien junta two weeks to restore the elected president.",
     ("ECOWAS", "100", "NER")),
])
def test_coding_roots25_codes_frame(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, absent", [
    # an act rejected is no refusal of a request
    ("Athens rejected Ankara's move as illegal.", ("GRC", "120", "TUR")),
    # a request rejected stays a refusal, not a judgement
    ("Tehran rejected the American demand.", ("IRN", "111", "USA")),
    # a staff-level agreement is no formal agreement yet
    ("The IMF reached a staff-level agreement with Kenya on a new loan in May.",
     ("IMF", "057", "KEN")),
    # time given to leave is the expulsion, no demand
    ("Canada gave the Indian diplomat five days to leave.", ("CAN", "100", "IND")),
])
def test_coding_roots25_not_coded(codes, text, absent):
    assert absent not in codes(text)


@pytest.mark.parametrize("text, expected", [
    ("Tehran rejected the American demand.", ("IRN", "120", "USA")),
])
def test_coding_roots25_refusal_kept(codes, text, expected):
    assert expected in codes(text)
