"""Agents of several countries in one plural phrase are one actor per country."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

CASES = [
    ("German and French diplomats held talks in Berlin.", {"DEU", "FRA"}),
    ("The defence ministers of Australia and Japan met in Tokyo.", {"AUS", "JPN"}),
    ("Trade officials from India and Brazil met on Monday.", {"IND", "BRA"}),
]


@pytest.mark.parametrize(("text", "pair"), CASES, ids=[c[0][:40] for c in CASES])
def test_nlp_agent_groups_meet_each_other(coder, make_article, text, pair):
    events = coder.code(make_article(text, published=date(2023, 7, 10))).events
    got = [{e.source.country, e.target.country} for e in events
           if e.root == "04" and e.source is not None and e.target is not None]
    assert pair in got, [(e.source.code, e.cameo, e.target.code) for e in events]


def test_nlp_agent_groups_one_nationality_stays_one_actor(coder, make_article):
    events = coder.code(make_article("Chinese officials met American executives in Beijing.",
                                     published=date(2023, 7, 10))).events
    assert [(e.source.code, e.target.code) for e in events] == [("CHNGOV", "USABUS")]


@pytest.mark.parametrize(("text", "source", "target"), [
    # "X-led" names the leading country, as one token or split by the tokenizer
    ("A Saudi-led coalition struck rebel positions near the border with Yemen.", "SAUMIL",
     None),
    ("U.S.-led forces struck Iranian-backed militias in Syria.", "USAMIL", None),
    # units and positions stand for the force that holds them
    ("Ukrainian artillery shelled Russian positions near Bakhmut.", "UKRMIL", "RUSMIL"),
])
def test_nlp_agent_groups_led_and_units(coder, make_article, text, source, target):
    events = coder.code(make_article(text, published=date(2023, 6, 9))).events
    got = [(e.source.code, e.target.code if e.target else None) for e in events
           if e.source is not None and e.root == "19"]
    assert any(s == source and (target is None or t == target) for s, t in got), got

