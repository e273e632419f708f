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
* A truce agreed at the close of talks held in a city takes the talks' place.
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
    ("In Ottawa, the foreign ministry said Canada backed Somalia's unity, and it urged both "
     "sides to talk.", "urged", "CAN"),
    ("The spokesman said in Ankara that the decision was an attempt to undermine the truce "
     "and that Turkey would respond.", "respond", "TUR"),
    # ... but not another side's act told there
    ("The ministry said in Moscow that Ukraine wanted to attack the plant.", "attack", None),
    # a where clause reaches a purpose clause
    ("Tensions rose over the conflict in northern Mozambique, where Rwanda has deployed "
     "soldiers to back the army.", "back", "MOZ"),
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
    ("Finland ordered Russia to shrink the staff of its embassy in Helsinki.", "ordered",
     "FIN"),
    ("Poland told Minsk to cut the staff of its consulate in Gdansk.", "told", "POL"),
    # an agreement signed in a city, with the signing hung on what was agreed
    ("The bloc welcomed the accord for a lasting halt of hostilities inked on Monday in "
     "Nairobi by both parties.", "accord", "KEN"),
    ("Washington hailed the agreement for a halt of attacks signed on Monday in Jeddah.",
     "agreement", "SAU"),
    ("He praised the agreement for a halt of hostilities in Tigray.", "agreement", None),
    # a truce agreed at the end of talks held in a city
    ("At the conclusion of a third round of consultations held in Muscat, the Yemeni parties "
     "agreed to a truce.", "truce", "OMN"),
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


#: (expression, publication, tense, value, precision)
EXPRESSIONS = [
    # a window ahead with "within" is a deadline, not a time: the publication date
    ("within the next ten days", date(2024, 3, 6), "future", "2024-03-06", "publication"),
    ("within the next three months", date(2023, 12, 15), "future", "2023-12-15",
     "publication"),
    ("within the coming two weeks", date(2024, 5, 15), "future", "2024-05-15", "publication"),
    # ... but a window without "within" keeps its reading
    ("in the next two weeks", date(2023, 9, 28), "future", "2023-W40", "week"),
    # "a fortnight ago": as "two weeks ago"
    ("a fortnight ago", date(2024, 3, 6), "past", "2024-W08", "week"),
    ("a fortnight ago", date(2023, 1, 10), "past", "2022-W52", "week"),
    # the n-th week of a month: that ISO week, in the year the tense reads the month in
    ("in the first week of February", date(2024, 3, 6), "past", "2024-W05", "week"),
    ("in the first week of February", date(2024, 3, 6), "future", "2025-W06", "week"),
    ("during the last week of January", date(2024, 3, 6), "past", "2024-W04", "week"),
    ("in the second week of May 2022", date(2024, 3, 6), "past", "2022-W19", "week"),
]


@pytest.mark.parametrize(("expr", "pub", "tense", "value", "precision"), EXPRESSIONS,
                         ids=[f"{r[0]}-{r[2]}" for r in EXPRESSIONS])
def test_resolve_places20_expression(expr, pub, tense, value, precision):
    from detente.resolve.dates import resolve

    ed = resolve(expr, pub, tense)
    assert (ed.value, ed.precision.value) == (value, precision), ed


#: (text with a dateline, dyad, root, expected location country): a call has no place, so
#: the dateline is not its place; other acts keep the dateline's
DATELINED: list[Row] = [
    ("ANKARA, March 5 (Reuters) - Erdogan spoke by phone with Zelensky on Monday.",
     ("TUR", "UKR"), "04", None),
    ("PARIS, March 5 (Reuters) - Macron held a video call with Lula on Monday.",
     ("FRA", "BRA"), "04", None),
    ("ROME, March 5 (Reuters) - Meloni telephoned Rishi Sunak on Monday.",
     ("ITA", "GBR"), "04", None),
    ("BEIJING, March 5 (Reuters) - China called on Japan to halt the release.",
     ("CHN", "JPN"), "02", "CHN"),
    ("BEIJING, March 5 (Reuters) - Wang Yi held talks with Sergei Lavrov on Monday.",
     ("CHN", "RUS"), "04", "CHN"),
]


@pytest.mark.parametrize(("text", "dyad", "root", "country"), DATELINED,
                         ids=[r[0][:60] for r in DATELINED])
def test_resolve_places20_call_has_no_place(coder, make_article, text, dyad, root, country):
    picked, shown = _picked(coder, make_article, text, dyad, root)
    assert picked, ("no event for the dyad", shown)
    assert {(e.location.country if e.location else None) for e in picked} == {country}, shown


#: (text, trigger word, expected location country): a meeting with a guest is held where
#: the guest's visit, told in a relative clause, is under way; not an earlier trip
GUESTS: list[tuple[str, str, str | None]] = [
    ("Kishida held a summit meeting with President Thuong of Vietnam, who is paying a state "
     "visit to Japan.", "held", "JPN"),
    ("Scholz met Lula, who was on a visit to Germany, on Monday.", "met", "DEU"),
    ("Sanchez held talks with Modi, who is visiting Madrid this week.", "held", "ESP"),
    ("Sanchez held talks with Modi, who visited Madrid in 2019.", "held", None),
]


@pytest.mark.parametrize(("text", "word", "country"), GUESTS, ids=[r[0][:60] for r in GUESTS])
def test_resolve_places20_guest_visit(_parse, text, word, country):
    from detente.resolve.event_places import event_place

    nlp, gaz = _parse
    doc = nlp(text)
    trig = next(t for t in doc if t.text == word)
    loc = event_place(trig, None, doc[:], gaz, [], destination=True, meeting=True)
    assert (loc.country if loc else None) == country, loc
