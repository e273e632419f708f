"""A dateline's city is where the story was filed, not whose the subject is: "LIMA, May 4 -
Ecuador's foreign minister ..." is Ecuador's minister even when the parser hangs the city on
the subject noun (nlp.actor_context ``_nationality`` skips ``dateline_tokens``).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 4)


@pytest.mark.parametrize("text, expected, unwanted", [
    ("LIMA, May 4 - Ecuador's foreign minister accused Colombia on Thursday of harbouring "
     "armed groups along the border.", ("ECU", "COL", "11"), ("PER", "COL", "11")),
    ("KYIV, March 3 - Poland's defence minister said on Friday that Warsaw would send more "
     "tanks to Ukraine.", ("POL", "UKR", "03"), ("UKR", "UKR", "03")),
])
def test_nlp_dateline22_city_is_not_the_subjects(sentence_rows, text, expected, unwanted):
    rows = {r[:3] for r in sentence_rows(text, PUB, by="country", prefilter=False)}
    assert expected in rows and unwanted not in rows, rows


@pytest.mark.parametrize("text, expected", [
    # (no dateline: a capital named before the noun still gives its country)
    ("The Lima foreign ministry accused Colombia on Thursday of harbouring armed groups.",
     ("PER", "COL", "11")),
])
def test_nlp_dateline22_capital_modifier_kept(sentence_rows, text, expected):
    rows = {r[:3] for r in sentence_rows(text, PUB, by="country", prefilter=False)}
    assert expected in rows, rows
