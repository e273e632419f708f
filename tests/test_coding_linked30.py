"""linked30 (session 30): two sides named as the subject of a one-way act with no other
side, done each to the other (a fight with no foe named, cooperation done "together")."""

from __future__ import annotations

from datetime import date

import pytest


def _triples(events):
    """(source country, root, target country) of each event."""
    return {(e.source.country if e.source else None, e.root,
             e.target.country if e.target else None) for e in events}


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a fight with no foe named: between the fighters, both ways
    ("The dispute flared again in 2022, when Armenian and Azerbaijani troops fought along "
     "the northern frontier for two days.", {("ARM", "19", "AZE"), ("AZE", "19", "ARM")}),
    ("Thai and Cambodian soldiers fought near the Preah Vihear temple in 2011.",
     {("THA", "19", "KHM"), ("KHM", "19", "THA")}),
    # cooperation done together: each with the other (a joint intent: one event, below)
    ("Japanese and Australian sailors are training together off the coast this week.",
     {("JPN", "06", "AUS"), ("AUS", "06", "JPN")}),
    ("President Ruto and President Samia Suluhu Hassan vowed on Monday to work together on "
     "cross-border trade.", {("KEN", "03", "TZA")}),
])
def test_coding_linked30_subjects_act_on_each_other(coder, make_article, text, expected):
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    assert expected <= _triples(events), _triples(events)


@pytest.mark.slow
@pytest.mark.parametrize("text, one_way", [
    # a joint intent is one event, from the side named first (examples/README.md)
    ("President Ruto and President Samia Suluhu Hassan vowed on Monday to work together on "
     "cross-border trade.", ("KEN", "TZA")),
    ("Chilean and Peruvian ministers pledged to work jointly against smuggling in the desert.",
     ("CHL", "PER")),
])
def test_coding_linked30_joint_intent_is_one_event(coder, make_article, text, one_way):
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    got = {(s, t) for s, r, t in _triples(events) if r == "03"}
    assert got == {one_way}, _triples(events)


@pytest.mark.slow
@pytest.mark.parametrize("text, pair", [
    # allies: fought side by side, together, or against a third
    ("French and Malian troops fought together against the insurgents in 2013.",
     ("FRA", "MLI")),
    ("American and British soldiers fought side by side in Helmand.", ("USA", "GBR")),
    # a hostile act done "together" is no mutual act
    ("Polish and Lithuanian officials jointly criticised the decision on Monday.",
     ("POL", "LTU")),
])
def test_coding_linked30_allies_are_not_foes(coder, make_article, text, pair):
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    got = {(s, t) for s, _r, t in _triples(events)}
    assert pair not in got and pair[::-1] not in got, _triples(events)


@pytest.mark.slow
@pytest.mark.parametrize("text, country", [
    # a state's offensive at a place of its own country, no foe named: its rebels there
    ("Talks stalled after Ethiopia's offensive in Tigray in late 2020.", "ETH"),
    ("Aid groups left the area during Colombia's offensive in Cauca last year.", "COL"),
])
def test_coding_linked30_offensive_at_home_is_against_rebels(coder, make_article, text,
                                                             country):
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    fights = [e for e in events if e.root == "19"]
    assert any(e.source.country == country and e.target is not None
               and e.target.code == country + "REB" for e in fights), _triples(events)


@pytest.mark.slow
def test_coding_linked30_offensive_at_home_against_an_invader_is_not_domestic(coder,
                                                                             make_article):
    # the story told the state fighting another: its offensive at home is no war on rebels
    text = ("Russian troops shelled Ukrainian positions near Kupiansk on Monday. The town was "
            "retaken last year during Ukraine's counteroffensive in the Kharkiv region.")
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    assert not any(e.source is not None and e.target is not None
                   and e.source.country == e.target.country == "UKR" for e in events), (
        _triples(events))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # a blow at a city ("on"), not a war waged in a region: no rebels made up
    "Moscow blamed the attack on Kyiv.",
    "Aid groups left the area during Haftar's offensive on Tripoli in 2019.",
])
def test_coding_linked30_fight_on_a_city_is_no_war_on_rebels(coder, make_article, text):
    events = coder.code(make_article(text, published=date(2023, 9, 14))).events
    assert not any(e.target is not None and (e.target.code or "").endswith("REB")
                   for e in events), _triples(events)
