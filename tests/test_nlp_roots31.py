"""Session 22 (roots31): a state leaving an international body.

* "Tuvalu announced its withdrawal": a withdrawal, exit or departure noun with no "from" or
  "of" phrase, whose doer is a state, reduces relations (161) with the international body
  the sentence names, else the one the story last tied the state to, else the last one it
  named. Troops, a mission or staff in the sentence keep it a troop withdrawal (087).
* "its decision to quit OPEC": leaving, quitting or exiting a body the knowledge base knows
  as an IGO is 161 aimed at it (OPEC too, not read as people expelled); leaving a capital is
  no cut tie.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture
def coded(coded_rows):
    """(source country, CAMEO code, target country, status) of every event of ``text``."""
    return coded_rows(PUB, by="country", digits=3)


@pytest.mark.parametrize("text, expected", [
    # (the body named in the same sentence, after the noun)
    ("Caracas notified its withdrawal in 2016, although the OAS went on seating a delegate "
     "chosen by the opposition.", ("VEN", "161", "OAS")),
    # (the body the story named before)
    ("Leaders of the Economic Community of West African States met in Abuja on Tuesday to "
     "discuss the crisis in the region. The next morning Guinea announced its withdrawal, "
     "citing unfair sanctions.", ("GIN", "161", "ECOWAS")),
    # (the verb with the body as its object, OPEC included)
    ("The oil minister explained Gabon's decision last week to quit OPEC over output "
     "quotas.", ("GAB", "161", "OPEC")),
    # (troops withdrawn from a state: a troop withdrawal, no cut tie with a body)
    ("Leaders of the Economic Community of West African States met in Abuja on Tuesday. "
     "Paris completed the withdrawal of its troops from Niger in December.", None),
    # (no international body in the story: nothing left, no cut tie)
    ("Border talks between Ghana and Togo stalled in Lome this week. On Friday Ghana "
     "announced its withdrawal, blaming the host.", None),
    # (a national body the withdrawal could be from is no IGO)
    ("Senegal's national assembly met on Monday. The next day Senegal announced its "
     "withdrawal, giving no reason.", None),
    # (leaving a capital is a trip)
    ("The Kenyan foreign minister left Addis Ababa on Sunday after two days of talks.", None),
])
def test_nlp_roots31_state_leaves_body(coded, text, expected):
    rows = coded(text)
    if expected is None:
        assert not [c for c in rows if c[1] == "161"], rows
        return
    src, code, tgt = expected
    assert [c for c in rows if c[0] == src and c[1] == code and c[2] == tgt], rows


def test_nlp_roots31_troop_withdrawal_stays_087(coded):
    rows = coded("Leaders of the Economic Community of West African States met in Abuja on "
                 "Tuesday. Paris completed the withdrawal of its troops from Niger in December.")
    assert [c for c in rows if c[0] == "FRA" and c[1] == "087" and c[2] == "NER"], rows
