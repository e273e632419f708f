"""Session 24 (prec36): precision of the guessed target.

* A pact, meeting or promise (roots 03-05) whose subject joins two parties ("Baghdad and
  Erbil signed a deal") is made between them: the article's other state, which the guess
  would add when the sentence names no target, is no side of it.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

LEAD_IN = ("Turkey halted the flow of Iraqi oil through its pipeline in March. Ankara said "
           "Turkey wanted Iraq to settle an arbitration award first. ")


@pytest.mark.parametrize("text", [
    LEAD_IN + "Baghdad and Erbil signed a deal last week on how the northern oil would be sold.",
    LEAD_IN + "The federal ministry and the regional government of Kurdistan signed an "
    "accord on revenue sharing in May.",
])
def test_coding_prec36_joined_pact_no_guess(coded, text):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("05") and (r[2] or "").startswith("TUR")
                and (r[0] or "").startswith("IRQ")], rows
