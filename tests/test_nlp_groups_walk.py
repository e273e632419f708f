"""A group phrase owned by "their" walks up the parse to the nearest clause subject; a parse
with no such subject ends the walk at the root (it once looped forever there: spaCy makes a new
Token object each time, so ``head.head is not head`` never held)."""

from __future__ import annotations

import signal

import pytest

pytestmark = pytest.mark.slow


def _alarm(_signum, _frame):
    raise TimeoutError("coding one sentence took over 30 s: the walk up the parse did not end")


@pytest.mark.parametrize("text, codes", [
    ("Visits by their leaders to Beijing and Tokyo.", set()),
    ("Talks between their ministers in Seoul and Tokyo, at last.", None),
    ("Deepen cooperation between their countries, said China and Japan on Monday.", {"030"}),
])
def test_nlp_groups_their_walk_ends(coder, make_article, text, codes):
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(30)
    try:
        res = coder.code(make_article(text))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert res.skipped is None, res.skipped  # (a timeout would be quarantined, not raised)
    if codes is not None:
        assert {e.cameo for e in res.events} == codes
