"""Events with more than two parties: every pair of those who meet, whether the meeting is a
verb with several subjects, a noun with a list of participants, or a meeting that "brings
together" its parties (also when the parser reads a list of titled names as appositions).

These load the real spaCy model (one Coder per session)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 6)


def _pairs(coder, make_article, text):
    art = make_article(text, published=PUB)
    events = coder.extractor.extract(coder.nlp(art.text), art)
    return {(frozenset((e.source.country, e.target.country)), e.root, e.status.value)
            for e in events}


def _all_pairs(countries, root, status):
    cs = list(countries)
    return {(frozenset((a, b)), root, status) for i, a in enumerate(cs) for b in cs[i + 1:]}


CASES = [
    ("noun with a list of participants",
     "Egypt postponed a meeting of the foreign ministers of Jordan, Iraq and Saudi Arabia.",
     _all_pairs(("JOR", "IRQ", "SAU"), "04", "cancelled")),
    ("talks between three sides",
     "Officials said talks between Egypt, Qatar and Israel would resume on Sunday.",
     _all_pairs(("EGY", "QAT", "ISR"), "04", "planned")),
    ("summit that brings parties together with others",
     "Ghana cancelled a summit that was meant to bring the Nigerian president together with "
     "the leaders of Togo and Benin.",
     _all_pairs(("NGA", "TGO", "BEN"), "04", "cancelled")),
    ("summit as subject of 'brought together'",
     "The summit brought together the leaders of Brazil, Argentina and Chile.",
     _all_pairs(("BRA", "ARG", "CHL"), "04", "happened")),
    ("list of titled names parsed as appositions",
     "Kenya scrapped a meeting that was to bring French President Emmanuel Macron together "
     "with King Charles, Egyptian President Abdel Fattah al-Sisi and Turkish President Tayyip "
     "Erdogan in Nairobi.",
     _all_pairs(("FRA", "GBR", "EGY", "TUR"), "04", "cancelled")),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_nlp_multiparty_every_pair(coder, make_article, name, text, expected):
    got = _pairs(coder, make_article, text)
    assert expected <= got, got


def test_nlp_multiparty_place_is_no_party(coder, make_article):
    got = _pairs(coder, make_article, "Kenya scrapped a meeting that was to bring French "
                 "President Emmanuel Macron together with King Charles in Nairobi.")
    assert all("KEN" not in pair for pair, _, _ in got), got
