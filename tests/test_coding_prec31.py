"""Session 31 (prec31): precision rules.

* An appeal or a charge whose addressee the clause names by a common noun of people that no
  actor resolves ("asked allies to send jets", "asked the families for forgiveness", "charged
  sons of a cartel boss") gets no guessed target: the text says whom it is aimed at, and it
  is not the story's other side. A determined noun that may stand for a state ("urged the
  authorities", "asked the government") keeps the guess (nlp.guesses).

The sentence tables load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.parametrize("text, src, code, tgt, kept", [
    # the addressee named by a noun of people: no guess of the side just met
    ("Chancellor Scholz met President Ruto in Nairobi on Monday. He then asked the families "
     "of the victims for forgiveness.", "DEU", "02", "KEN", False),
    ("Prime Minister Sunak received President Zelensky in London on Wednesday. Zelensky "
     "thanked the British people and asked allies to send fighter jets.", "UKR", "02", "GBR",
     False),
    ("President Lula met Argentina's president in Brasilia on Monday. Lula later urged "
     "companies to invest in new railways.", "BRA", "02", "ARG", False),
    # a determined noun that may stand for the other state keeps the guess
    ("Prime Minister Modi met President Biden at the White House on Thursday. Modi urged the "
     "authorities to act against the vandals.", "IND", "02", "USA", True),
])
def test_coding_prec31_named_addressee(coded, has_event, text, src, code, tgt, kept):
    rows = coded(text)
    assert has_event(rows, src, code, tgt) == kept, rows
