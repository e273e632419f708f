"""Agreeing to a noun ("agreed to a truce", "agreed to talks"): the agreement is an
expression of intent between the parties, and the act agreed on stays unrealized."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "pair", "intent"), [
    ("Armenia and Azerbaijan agreed to a ceasefire on Wednesday.", {"ARM", "AZE"}, "03"),
    ("Serbia agreed to talks with Kosovo in Brussels.", {"SRB", "XKX"}, "03"),
])
def test_nlp_agreements_to_a_noun(coder, make_article, text, pair, intent):
    events = coder.code(make_article(text, published=date(2023, 11, 20))).events
    got = [(e.root, {e.source.country, e.target.country}, e.status.value) for e in events
           if e.source is not None and e.target is not None]
    assert (intent, pair, "happened") in got, got
    # what was agreed is not reported as done
    assert not [g for g in got if g[0] != intent and g[2] == "happened"], got
