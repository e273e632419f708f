"""Force aimed at a place codes the place's country as the target (nlp.place_targets)."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 6, 9)


@pytest.fixture(scope="module")
def coder(coder_all):
    """The extractor on every sentence (the pre-filter's own tests cover what it keeps)."""
    return coder_all

# (sentence, source country, CAMEO root, expected target code or None for no such event)
CASES = [
    # a city as the direct object, in the active and the passive voice
    ("Russian artillery units shelled Kharkiv on Tuesday.", "RUS", "19", "UKR"),
    ("Kharkiv was shelled by Russian artillery units on Tuesday.", "RUS", "19", "UKR"),
    ("Israel bombarded the Gaza Strip overnight.", "ISR", "19", "PSE"),
    # the place as the object of an aiming preposition, and coordinated places
    ("Russia launched a wave of missile strikes on Lviv and Odesa.", "RUS", "19", "UKR"),
    ("Hamas fired dozens of rockets at Tel Aviv on Saturday.", "PSE", "19", "ISR"),
    # an event noun with the place in its "of" phrase, "the city of X"
    ("The Russian bombardment of the port city of Odesa damaged grain silos.", "RUS", "19",
     "UKR"),
    # an -ing noun the tagger read as a verb ("Russian shelling of X killed ...")
    ("Russian shelling of the eastern city of Kharkiv killed four people.", "RUS", "19",
     "UKR"),
    # aid sent to a place goes to the people of its country
    ("The European Union sent humanitarian aid to Gaza on Monday.", "EU", "07", "PSE"),
    ("Poland delivered humanitarian aid to Kharkiv.", "POL", "07", "UKR"),
    # a place in the attacker's own country is not a target
    ("Russian air defence units shot down drones over Belgorod.", "RUS", "19", None),
]


@pytest.mark.parametrize(("text", "source", "root", "target"), CASES,
                         ids=[c[0][:50] for c in CASES])
def test_nlp_place_targets_force_against_a_place(coder, make_article, text, source, root,
                                                 target):
    events = coder.code(make_article(text, published=PUB)).events
    got = [(e.source.country if e.source else None, e.root,
            e.target.country if e.target else None) for e in events]
    if target is None:
        assert not [g for g in got if g[0] == source and g[1] == root and g[2] is not None
                    and g[2][:3] == source], got
        return
    assert (source, root, target) in got, got


@pytest.mark.parametrize("text", [
    # talks held in a place: the place is where, not with whom
    "Yellen held talks with Chinese officials in Guangzhou on Friday.",
    # coercion in a place is by that place's government, not against it
    "The ministry said two American citizens had been detained in Shanghai.",
])
def test_nlp_place_targets_place_is_no_party_outside_force(coder, make_article, text):
    events = coder.code(make_article(text, published=PUB)).events
    assert not [e for e in events if e.target is not None and e.target.start is not None
                and text[e.target.start:e.target.end] in ("Guangzhou", "Shanghai")], [
        (e.source.code if e.source else None, e.cameo, e.target.code if e.target else None)
        for e in events]


def test_nlp_place_targets_unit_gazetteer_context():
    """The place is looked up with the attacker's countries as context, and a place with no
    country (a sea) is no target."""
    from detente.nlp import load_spacy
    from detente.nlp.place_targets import place_target
    from detente.resolve.places import Gazetteer

    nlp = load_spacy()
    gaz = Gazetteer.load()
    doc = nlp("The warships fired shells into the Red Sea.")
    verb = next(t for t in doc if t.lemma_ == "fire")
    assert place_target([verb], gaz, ["RUS"]) is None
    doc = nlp("The warships fired shells at Odesa.")
    verb = next(t for t in doc if t.lemma_ == "fire")
    actor = place_target([verb], gaz, ["RUS"])
    assert actor is not None and (actor.code, actor.country, actor.sector) == ("UKR", "UKR",
                                                                               None)
    assert place_target([verb], gaz, ["UKR"]) is None


@pytest.mark.parametrize(("text", "pair"), [
    ("Secretary of State Antony Blinken and Foreign Minister Wang Yi held talks in Jakarta.",
     {"USA", "CHN"}),
    ("Azerbaijan and Armenia held talks in Washington on Monday.", {"AZE", "ARM"}),
])
def test_nlp_place_targets_two_parties_meet_in_a_third_capital(coder, make_article, text,
                                                                pair):
    """Two parties that hold talks in a third country's capital meet each other there; the
    capital is where, not a host they visit."""
    events = coder.code(make_article(text, published=PUB)).events
    got = [{e.source.country, e.target.country} for e in events
           if e.root == "04" and e.source is not None and e.target is not None]
    assert got and all(g == pair for g in got), got



@pytest.mark.parametrize("text", [
    "Russian artillery shelled Kharkiv on Tuesday, killing three civilians.",
    "The Russian missile strike on Lviv killed five people.",
])
def test_nlp_place_targets_toll_is_not_a_second_event(coder, make_article, text):
    """The killing an attack caused is its toll, not a second act (the article's other side
    would otherwise be taken as the one killed)."""
    text = "Ukraine accused Russia of war crimes on Tuesday. " + text
    events = coder.code(make_article(text, published=PUB)).events
    roots = sorted(e.root for e in events if e.source and e.source.country == "RUS")
    assert roots == ["19"], [(e.source.code, e.cameo, e.target.code) for e in events]
