"""Sides the resolver left unrecognised (session 31, target31).

Aides who each hold one office in their state ("the three national security advisers", "the
advisers condemned ...") stand for the states of the meeting told just before, as "the two
leaders" do.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 16)


@pytest.mark.parametrize(("text", "want"), [
    ("The national security advisers of Canada, Norway and Denmark met in Oslo on Tuesday "
     "for their first meeting of this kind.\n\nThe three advisers condemned Russia's repeated "
     "incursions in the Arctic.", [("CAN", "11", "RUS"), ("NOR", "11", "RUS"),
                                         ("DNK", "11", "RUS")]),
    ("National Security Adviser Jake Sullivan met his Indian counterpart Ajit Doval in "
     "Washington on Monday.\n\nThe two advisers agreed to hold regular talks on technology "
     "and defence.", [("USA", "03", "IND")]),
    ("National Security Adviser Jake Sullivan met his Indian counterpart Ajit Doval in "
     "Washington on Monday.\n\nThe advisers urged Pakistan to act against the militant "
     "groups on its soil.", [("USA", "02", "PAK"), ("IND", "02", "PAK")]),
])
def test_coding_target31_adviser_groups(coder, coded_pairs, text, want):
    got = coded_pairs(coder, text, PUB)
    for row in want:
        assert row in got, (row, got)
