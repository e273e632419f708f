"""Where an event took place, round 2 (session 17, places20). All sentences are ours.

* A statement's place is where it was said, also for an act told deeper in the reported
  clause ("said in X that the move was a step to wreck ties", "... and that it would
  answer", "... and it urged").
* A "where" clause reaches a purpose clause of its verb ("where it has sent troops to
  back ...").
* Forces sent are where they were sent ("sent troops to X").
* Getting into a building ("forced their way into its embassy in X") is done where the
  building is, and so is what the intruders did next.
* An order to a side about its mission ("ordered X to cut the staff of its embassy in Y").
* An agreement "signed in X", also when the parser hung the signing on the noun of what was
  agreed ("the accord for an end of fighting signed in X").
* "at the end of a round of talks held in X, the two agreed to a truce": the talks' place.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 15)

Row = tuple[str, tuple[str, str], str, str | None]

#: (text, the dyad's two countries, CAMEO root, expected location country)
PIPELINE: list[Row] = [
    # a statement's act deeper in the reported clause
    ("Russia's foreign ministry said in Moscow on Tuesday that the ban was a move by "
     "Chisinau to ruin ties and that it would retaliate.", ("RUS", "MDA"), "13", "RUS"),
    ("China's foreign ministry said in Beijing that the vote was an attempt by Manila to "
     "wreck ties and that it would retaliate.", ("CHN", "PHL"), "13", "CHN"),
    # forces sent to a place
    ("Burundi has sent troops to eastern Congo to fight the rebels.", ("BDI", "COD"), "07",
     "COD"),
    ("Rwanda agreed to deploy a thousand soldiers to Mozambique's Cabo Delgado province.",
     ("RWA", "MOZ"), "15", "MOZ"),
    # getting into a building, and what was done inside
    ("Venezuelan soldiers forced their way into the Argentine embassy in Caracas and detained "
     "two opposition aides.", ("VEN", "ARG"), "17", "VEN"),
    ("Police broke into the French consulate in Niamey and seized its files.",
     ("NER", "FRA"), "17", "NER"),
    # an order about a side's mission
    ("The dispute began in March, when Lithuania ordered Minsk to reduce the staff of its "
     "embassy in Vilnius.", ("LTU", "BLR"), "16", "LTU"),
    ("Latvia ordered Moscow to cut the staff of its embassy in Riga.", ("LVA", "RUS"), "16",
     "LVA"),
]


def _picked(coder, make_article, text, dyad, root):
    res = coder.code(make_article(text, published=PUB))
    want = frozenset(dyad)
    picked = [e for e in res.events if e.source is not None and e.target is not None
              and frozenset((e.source.country, e.target.country)) == want
              and e.root == root]
    shown = [(e.source and e.source.code, e.cameo, e.target and e.target.code,
              e.location.country if e.location else None) for e in res.events]
    return picked, shown


@pytest.mark.parametrize(("text", "dyad", "root", "country"), PIPELINE,
                         ids=[r[0][:60] for r in PIPELINE])
def test_resolve_places20_location(coder, make_article, text, dyad, root, country):
    picked, shown = _picked(coder, make_article, text, dyad, root)
    assert picked, ("no event for the dyad", shown)
    assert any((e.location.country if e.location else None) == country for e in picked), shown


#: (text, trigger word, expected location country or None) read off the parse directly
DIRECT: list[tuple[str, str, str | None]] = [
    # a statement's act deeper in the reported clause, with the speaker's own side
    ("The ministry said in Moscow that the vote was a step by Chisinau to destroy relations "
     "and that it would retaliate.", "retaliate", "RUS"),
    ("In Washington, the State Department said the United States backed Somalia's unity, "
     "and it urged both sides to talk.", "urged", "USA"),
    ("The spokesman said in Ankara that the decision was an attempt to undermine the truce "
     "and that Turkey would respond.", "respond", "TUR"),
    # ... but not another side's act told there
    ("The ministry said in Moscow that Ukraine wanted to attack the plant.", "attack", None),
    # a where clause reaches a purpose clause
    ("Tensions rose over the war in eastern Congo, where Burundi has sent troops to support "
     "the army.", "support", "COD"),
    ("Ankara watches the fighting in northern Syria, where it has moved units to back its "
     "allies.", "back", "SYR"),
    # forces sent to a place; not aid sent to a side
    ("Kenya will send a police contingent to Haiti.", "send", "HTI"),
    ("Rwanda deployed troops to Mozambique last year.", "deployed", "MOZ"),
    ("Japan will send food to the refugees.", "send", None),
    # getting into a building
    ("Police forced their way into the Mexican embassy in Quito.", "forced", "ECU"),
    ("Protesters broke into the Swedish embassy in Baghdad.", "broke", "IRQ"),
    ("Officers forced him into a car.", "forced", None),
    # an order about a side's mission
    ("Estonia ordered Moscow to reduce the staff of its embassy in Tallinn.", "ordered", "EST"),
    ("Poland told Minsk to cut the staff of its consulate in Gdansk.", "told", "POL"),
    # an agreement signed in a city, with the signing hung on what was agreed
    ("The bloc welcomed the accord for a permanent cessation of hostilities signed today in "
     "Pretoria by both parties.", "accord", "ZAF"),
    ("Washington hailed the agreement for a halt of attacks signed on Monday in Jeddah.",
     "agreement", "SAU"),
    ("He praised the agreement for a halt of hostilities in Tigray.", "agreement", None),
    # a truce agreed at the end of talks held in a city
    ("At the end of a round of negotiations held in Doha, Pakistan and Afghanistan agreed to "
     "an immediate ceasefire.", "ceasefire", "QAT"),
    ("At the close of talks held in Jeddah, the two armies agreed to a truce.", "truce",
     "SAU"),
    ("Armenia and Azerbaijan agreed to a ceasefire.", "ceasefire", None),
]


@pytest.fixture(scope="module")
def _parse():
    from detente.nlp import load_nlp
    from detente.resolve.places import Gazetteer

    return load_nlp(), Gazetteer()


@pytest.mark.parametrize(("text", "word", "country"), DIRECT, ids=[r[0][:60] for r in DIRECT])
def test_resolve_places20_event_place(_parse, text, word, country):
    from detente.resolve.event_places import event_place

    nlp, gaz = _parse
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    loc = event_place(trig, None, doc[:], gaz, [], said=True)
    assert (loc.country if loc else None) == country, loc
