"""A month or weekday name is never a place that is fought over: "clashed in March" is not
a clash with the United Kingdom (March is also a town in England), "shelled ... in May" is
not an attack on a place named May. Places next to such dates still count.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

ROWS = [
    # (text, events that must be coded as (source, root, target), countries that must not appear)
    ("Eritrean and Ethiopian forces clashed on the border in March.",
     {("ERI", "19", "ETH"), ("ETH", "19", "ERI")}, {"GBR"}),
    ("Sudanese and Chadian troops exchanged fire near the frontier in May.",
     set(), {"GBR", "USA", "PHL"}),
    ("Armenian and Azerbaijani soldiers clashed on Sunday and again in August.",
     {("ARM", "19", "AZE"), ("AZE", "19", "ARM")}, {"GBR", "USA"}),
    ("Russian forces shelled Ukrainian border towns in March.", {("RUS", "19", "UKR")}, {"GBR"}),
]


@pytest.mark.parametrize(("text", "present", "banned"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_nlp_month_places_are_no_sides(code_sentence, text, present, banned):
    got = {(s, r, t) for s, r, _code, t in code_sentence(text, DAY)}
    assert present <= got, (present - got, got)
    assert not {c for s, _r, t in got for c in (s, t)} & banned, got
