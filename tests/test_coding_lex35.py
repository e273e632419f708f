"""Session 24 (lex35): lexicon gaps where no trigger fired, and pre-filter losses.

* Lexicon: an initiative of another state joined or signed up to (057); forces pulled out
  of a country with the object between verb and particle, military operations or a
  mission of forces ended in a country (087); a delegation that left the host's capital
  (042).

The lexicon rows load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture(scope="module")
def rows(coded_rows):
    return coded_rows(date(2025, 6, 10), by="country", digits=2)


@pytest.mark.parametrize(("text", "expected"), [
    # an initiative of another state joined
    ("Bolivia joined China's Global Development Initiative on Tuesday.", ("BOL", "05", "CHN")),
    # forces pulled out; operations of forces ended
    ("Germany pulled its remaining soldiers out of Niger in August.", ("DEU", "08", "NER")),
    ("Italy has ended the operations of its naval forces in Libya, officials said.",
     ("ITA", "08", "LBY")),
    ("Canada ended its military mission in Iraq on Friday.", ("CAN", "08", "IRQ")),
    # a delegation that left the host's capital visited it
    ("The talks ended a day after a Japanese delegation left Hanoi.", ("JPN", "04", "VNM")),
])
def test_coding_lex35_lexicon_present(rows, text, expected):
    got = rows(text)
    src, root, tgt = expected
    assert [r for r in got if r[0] == src and r[1] == root and r[2] == tgt], got


@pytest.mark.parametrize(("text", "src", "root", "tgt"), [
    # an initiative proposed or discussed is no accession
    ("Bolivia discussed China's Global Development Initiative on Tuesday.", "BOL", "05",
     "CHN"),
    # diplomats pulled out are a downgrade, not a military withdrawal
    ("Germany pulled its diplomats out of Niger in August.", "DEU", "08", "NER"),
    # a trade mission ended is no withdrawal of forces
    ("Canada ended its trade mission in Iraq on Friday.", "CAN", "08", "IRQ"),
    # a delegation leaving a hall or the talks walks out, no visit told
    ("The Japanese delegation left the hall before the Vietnamese minister arrived.", "JPN",
     "04", "VNM"),
])
def test_coding_lex35_lexicon_absent(rows, text, src, root, tgt):
    got = rows(text)
    assert not [r for r in got if r[0] == src and r[1] == root and r[2] == tgt], got
