"""Session 22 (roots30): an account of events a side does not accept is a rejection.

* "said the fire was an accident, an explanation Athens does not accept": the side that does
  not accept (recognise, buy) a version, account, explanation or claim rejects (120) the side
  that told it -- the owner or "of" phrase, else the other side of the story's pair -- as a
  ruling it does not accept is rejected (reject.not_accept_verdict). Accepting one, or not
  accepting something that is not an account, is no rejection.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return lambda text: {(s, c, t, st) for s, t, c, st in sentence_rows(
        text, PUB, digits=3, prefilter=False)}


@pytest.mark.parametrize("text, expected", [
    # (the account in apposition, the refusing side in its relative clause)
    ("Ankara condemned the arson and said the fire at the depot had been an accident, an "
     "explanation Athens does not accept.", ("GRC", "120", "TUR")),
    # (the teller as the account's owner)
    ("Seoul does not accept Tokyo's version of the wartime labour dispute.",
     ("KOR", "120", "JPN")),
    ("Manila said on Monday that it did not buy Beijing's account of the collision near the "
     "shoal.", ("PHL", "120", "CHN")),
    # (accepted: no rejection)
    ("Seoul accepted Tokyo's version of the wartime labour dispute.", None),
    # (not an account: payments refused are no rejection of a teller)
    ("Lithuania does not accept payments in roubles from Russian buyers.", None),
])
def test_nlp_roots30_account_not_accepted_is_rejection(coded, text, expected):
    rows = coded(text)
    if expected is None:
        assert not [c for c in rows if c[1] == "120"], rows
        return
    src, code, tgt = expected
    assert [c for c in rows if (c[0] or "").startswith(src) and c[1] == code
            and (c[2] or "").startswith(tgt)
            and c[3] == "happened"], rows
