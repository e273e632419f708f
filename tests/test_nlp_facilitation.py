"""A host or mediator of talks between two parties: the host acts toward each party, and the
parties hold their own talks (or reach their own deal)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 7, 10)

CASES = [
    ("The Swiss government hosted a meeting in Geneva between Armenian Prime Minister Nikol "
     "Pashinyan and Azerbaijani President Ilham Aliyev.",
     {("CHE", "04", "ARM"), ("CHE", "04", "AZE"), ("ARM", "04", "AZE")}),
    ("Egypt brokered talks between Israel and Hamas.",
     {("EGY", "04", "ISR"), ("EGY", "04", "PSE"), ("ISR", "04", "PSE")}),
    ("Qatar mediated an agreement between Russia and Ukraine on the return of children.",
     {("QAT", "04", "RUS"), ("QAT", "04", "UKR"), ("RUS", "05", "UKR")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:50] for c in CASES])
def test_nlp_facilitation_host_and_parties(coder, make_article, text, want):
    events = coder.code(make_article(text, published=PUB)).events
    got = {(e.source.country, e.root, e.target.country) for e in events
           if e.source is not None and e.target is not None}
    assert want <= got, got
