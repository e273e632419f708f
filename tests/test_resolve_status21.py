"""A third side's forecast is not the actor's word (session 17, status21).

"Qatar said Israel would agree to a ceasefire with Hamas": the intent (03x), rejection (12x)
or threat (13x) that :func:`detente.nlp.status.stated_when_told` takes as expressed when told
is only expressed when the one who says it is the actor (or the side it is made to, which
may relay what it was promised). A speaker of a known third country makes it a forecast:
it keeps its planned status (and the "+announced" intent stays planned). A side's own word
("Japan said it would lift the curbs") and a speaker of no known side stay as they were.

An order to one's own officials to take a measure ("had ordered the ministry to raise
tariffs") enacts it, as a decision does (``DECIDING_WORDS``).
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article


def _events(coder, text: str) -> list[tuple[str | None, str, str | None, str]]:
    art = Article(id="status21", title=None, text=text, published=datetime.date(2024, 5, 1))
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value)
            for e in coder.code(art).events]


# (text, source, cameo prefix, target, status expected of every such event)
ROWS: list[tuple[str, str, str, str, str]] = [
    # a third side's forecast: the act stays looked for
    ("Qatar said Israel would agree to a ceasefire with Hamas.", "ISR", "03", "PSE",
     "planned"),
    ("Beijing said Washington would take resolute measures against Taiwan.", "USA", "13",
     "TWN", "planned"),
    ("Egypt said Ethiopia would resume talks with Sudan on the dam.", "ETH", "04", "SDN",
     "planned"),
    # the actor's own word: the intent is expressed when told
    ("Japan said it would lift the restrictions on Chinese seafood.", "JPN", "03", "CHN",
     "happened"),
    ("Seoul said it would cooperate with Tokyo on missile data.", "KOR", "03", "JPN",
     "happened"),
    # the side acted on relays what it was promised
    ("Turkey said Sweden would extradite the suspects to Ankara.", "SWE", "03", "TUR",
     "happened"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), ROWS,
                         ids=[r[0][:60] for r in ROWS])
def test_resolve_status21_third_side_forecast(coder, text, src, code, tgt, status):
    got = _events(coder, text)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert {h[3] for h in hits} == {status}, got


# a third side's forecast of an announcement coded "+announced" is no expressed intent
NOT_HAPPENED: list[tuple[str, str]] = [
    ("US officials said Israel would agree to a ceasefire.", "ISR"),
    ("French diplomats said Iran would accept the inspections.", "IRN"),
    ("Qatar said Israel would agree to a ceasefire with Hamas.", "ISR"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src"), NOT_HAPPENED, ids=[r[0][:60] for r in NOT_HAPPENED])
def test_resolve_status21_forecast_not_expressed(coder, text, src):
    got = _events(coder, text)
    assert not [g for g in got if g[0] == src and g[1][:2] in ("03", "12", "13")
                and g[3] == "happened"], got


# the rule on the parse: (sentence, verb, speaker, third side?)
PARSE_ROWS: list[tuple[str, str, str, bool]] = [
    ("Qatar said Israel would agree to a ceasefire with Hamas.", "agree", "Qatar", True),
    ("British officials said Iran would release the detained sailors.", "release",
     "officials", True),
    ("Japan said it would lift the restrictions on Chinese seafood.", "lift", "Japan", False),
    ("Officials said Israel would agree to a ceasefire.", "agree", "Officials", False),
    ("Turkey said Sweden would extradite the suspects to Ankara.", "extradite", "Turkey",
     False),
    ("Israel said Israel would agree to a truce.", "agree", "Israel", False),
    # a pronoun in the clause may be the speaker, the side helped or met
    ("Zelensky said Biden's trip would help him rally support in Congress.", "help",
     "Zelensky", False),
    ("Seoul said Tokyo would meet its demands on the wartime labour issue.", "meet", "Seoul",
     False),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "verb", "speaker", "third"), PARSE_ROWS,
                         ids=[r[0][:60] for r in PARSE_ROWS])
def test_resolve_status21_third_side_rule(coder, text, verb, speaker, third):
    from detente.nlp.status import _forecast_by_third_side

    doc = coder.nlp(text)
    v = next(t for t in doc if t.text == verb)
    s = next(t for t in doc if t.text == speaker)
    assert _forecast_by_third_side(v, s) is third


# an authority's order to its own officials to take a measure is the measure taken, as a
# decision is ("decided to raise tariffs"); an order told ahead, suffered, or with a time of
# its own for the measure stays a plan, and an order to prepare a measure is no measure yet
ORDER_ROWS: list[tuple[str, str, str, str, str]] = [
    ("Colombia's president said he had ordered the trade ministry to raise tariffs on "
     "American goods.", "COL", "163", "USA", "happened"),
    ("Erdogan ordered his government to close the border with Syria.", "TUR", "172", "SYR",
     "happened"),
    ("Beijing decided to raise tariffs on Australian wine.", "CHN", "163", "AUS", "happened"),
    ("Erdogan ordered his government to close the border with Syria next month.", "TUR",
     "172", "SYR", "planned"),
    ("Latvia was ordered to expel two Russian diplomats.", "LVA", "16", "RUS", "planned"),
    ("Biden ordered the State Department to prepare new sanctions on Iran.", "USA", "163",
     "IRN", "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), ORDER_ROWS,
                         ids=[r[0][:60] for r in ORDER_ROWS])
def test_resolve_status21_ordered_measure(coder, text, src, code, tgt, status):
    got = _events(coder, text)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert {h[3] for h in hits} == {status}, got
