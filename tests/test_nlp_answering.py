"""Answering for an act: who denies or claims it is who is said to have done it, and the
act's status follows the answer."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

CASES = [
    # (sentence, source, root, target, status)
    ("Moscow denied any involvement in the missile strike on Kyiv.", "RUS", "19", "UKR",
     "denied"),
    ("Iran denied responsibility for the drone attack on American troops in Syria.", "IRN",
     "19", "USA", "denied"),
    ("Ukrainian officials said Kyiv had nothing to do with the drone attack on Moscow.", "UKR",
     "19", "RUS", "denied"),
    ("Hezbollah claimed responsibility for the rocket attack on Israel.", "LBN", "19", "ISR",
     "happened"),
]


@pytest.mark.parametrize(("text", "source", "root", "target", "status"), CASES,
                         ids=[c[0][:45] for c in CASES])
def test_nlp_answering_for_an_act(coder, make_article, text, source, root, target, status):
    events = coder.code(make_article(text, published=date(2023, 6, 9))).events
    got = [(e.source.country, e.root, e.target.country, e.status.value) for e in events
           if e.source is not None and e.target is not None]
    assert (source, root, target, status) in got, got
