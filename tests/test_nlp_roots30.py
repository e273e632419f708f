"""Session 22 (roots30): accounts not accepted; contact a side says it will keep.

* "said the fire was an accident, an explanation Athens does not accept": the side that does
  not accept (recognise, buy) a version, account, explanation or claim rejects (120) the side
  that told it -- the owner or "of" phrase, else the other side of the story's pair -- as a
  ruling it does not accept is rejected (reject.not_accept_verdict). Accepting one, or not
  accepting something that is not an account, is no rejection.
* "said Nairobi would stay in contact with Kampala": a side's reported word that it will stay,
  remain or keep in contact (in touch) with another is a commitment to consult (036, as
  "agreed to keep in contact" is), as its word that it would talk or consult is.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2025, 3, 4)


@pytest.fixture
def coded(coded_rows):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_rows(PUB, digits=3)


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


@pytest.mark.parametrize("text, expected", [
    # (a side's reported word that it would stay in contact: the commitment, happened)
    ("The Kenyan foreign ministry said on Friday that Nairobi would stay in contact with "
     "Kampala about the border incident.", ("KEN", "036", "UGA", "happened")),
    ("Hanoi said it would remain in touch with Canberra on the fishing dispute.",
     ("VNM", "036", "AUS", "happened")),
    # (a readout's own "will", no one's reported word: planned contact, no commitment)
    ("Kenya will stay in contact with Uganda about the border incident.", None),
])
def test_nlp_roots30_said_would_stay_in_contact_is_commitment(coded, text, expected):
    rows = coded(text)
    if expected is None:
        assert not [c for c in rows if c[1] == "036"], rows
        return
    src, code, tgt, status = expected
    assert [c for c in rows if (c[0] or "").startswith(src) and c[1] == code
            and (c[2] or "").startswith(tgt) and c[3] == status], rows
