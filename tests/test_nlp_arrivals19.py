"""A leader's stay told with a journey noun after a comma, and a leader who landed somewhere:
both are the visit (042) to the place's country; planes and missiles that land are none."""

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUBLISHED = date(2023, 11, 6)

VISITS = [
    ("stay with its trip noun", "Prime Minister Anthony Albanese is in Beijing this week, the "
     "first such trip since 2016.", ("AUS", "CHN")),
    ("stay with a visit noun", "Chancellor Olaf Scholz was in Tokyo on Sunday, his second "
     "visit this year.", ("DEU", "JPN")),
    ("landed in a capital", "Anthony Albanese landed in Beijing on Saturday.", ("AUS", "CHN")),
    ("landed, by title", "Indian Prime Minister Narendra Modi landed in Paris on Thursday "
     "evening.", ("IND", "FRA")),
]

NONE = [
    # (only a journey noun after the comma lifts the block on a copula's own predicate)
    ("a predicate noun after the comma", "The French foreign minister was in Berlin, a "
     "rival of the chancellor.", ("FRA", "DEU")),
    ("a bomber landing is no visit", "A Russian bomber landed in Caracas on Monday.",
     ("RUS", "VEN")),
]


@pytest.mark.parametrize(("label", "text", "pair"), VISITS, ids=[c[0] for c in VISITS])
def test_nlp_arrivals19_visit(sentence_rows, label, text, pair):
    rows = sentence_rows(text, PUBLISHED, by="country")
    assert (pair[0], pair[1], "04", "happened") in rows, (label, rows)


@pytest.mark.parametrize(("label", "text", "pair"), NONE, ids=[c[0] for c in NONE])
def test_nlp_arrivals19_no_visit(sentence_rows, label, text, pair):
    rows = sentence_rows(text, PUBLISHED, by="country", prefilter=False)
    assert not any(s == pair[0] and t == pair[1] and c == "04" for s, t, c, _ in rows), (
        label, rows)
