"""Actor recognition (actors25): actors named in forms the knowledge base or the resolver
missed.

* a region's leaders or states ("West African leaders", "Southeast Asian states") stand for
  the bloc the region forms when the article names that bloc anywhere; "African leaders" stay
  the states that sent them.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(coded_rows):
    """(source, 3-digit code, target) of each event of ``text`` by actor code."""
    rows = coded_rows(PUB, by="code", digits=3)
    return lambda text: {(s or None, c, t or None) for s, c, t, _st in rows(text)}


@pytest.mark.parametrize("text, expected", [
    ("West African leaders slapped sanctions on Niger at the weekend. The ECOWAS summit "
     "was held in Abuja.", ("ECOWAS", "163", "NER")),
    ("Southeast Asian leaders condemned Myanmar's generals on Tuesday, after ASEAN "
     "ministers met in Jakarta.", ("ASEAN", "111", "MMRMIL")),
])
def test_coding_actors25_region_bloc(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, absent", [
    # no bloc named: the region's leaders are no bloc
    ("West African leaders slapped sanctions on Niger at the weekend.", "ECOWAS"),
])
def test_coding_actors25_region_bloc_needs_the_bloc(codes, text, absent):
    assert not any(absent in (s or "") for s, _c, _t in codes(text))
