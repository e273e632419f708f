"""Whose a phrase is (session 10, refs8):

* "Europeans" and "European allies" are people and states of the continent, not the EU
  ("the European Union", "European leaders" still are);
* a ship flying a flag ("a Maltese-flagged freighter", "a second tanker, the Panama-flagged
  X") is the flag's state;
* "its" after a dateline ("OSLO, May 3 - Norway recalled its envoy") is the true subject's,
  not the dateline city's;
* a bare plural listed after a national one ("two Chilean banks and three ministers") is of
  the list's nationality, not the parties told before; a numbered noun with a nationality
  ("two Cuban ministries") is no reference to earlier parties;
* a state saying what it would do ("Washington has said it will respond") is no place where
  a group of the clause before lives.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

Row = tuple[str, set[tuple[str | None, str, str | None]], set[tuple[str | None, str, str | None]]]

# (text, events that must be coded as (source code, root, target code), events that must not)
ROWS: list[Row] = [
    ("The Venezuelan foreign minister called on Europeans to resist the new tariffs.",
     set(), {("VENGOV", "02", "EU")}),
    ("Romania urged its European allies on Monday to send more tanks to Moldova.",
     set(), {("ROU", "02", "EU")}),
    ("The European Union imposed sanctions on Belarus on Friday.", {("EU", "16", "BLR")}, set()),
    ("Houthi fighters attacked a Maltese-flagged freighter in the Red Sea on Tuesday.",
     {("YEMREB", "19", "MLT")}, set()),
    ("Venezuelan soldiers seized a fishing boat off the coast on Monday. A second boat, the "
     "Panama-flagged Aurora, was boarded by Venezuelan soldiers on Tuesday.",
     {("VENMIL", "17", "PAN")}, set()),
]


@pytest.fixture(scope="module")
def code_text(coder):
    """Code ``text`` as an article published on ``DAY``: its (source, root, target) codes,
    roots cut to two digits."""
    from detente.model import Article

    def _code(text: str) -> set[tuple[str | None, str, str | None]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                      origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.code if e.source else None, e.root[:2],
                 e.target.code if e.target else None) for e in res.events}

    return _code


@pytest.mark.parametrize(("text", "present", "absent"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_nlp_refs8_events(code_text, text, present, absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


@pytest.mark.parametrize(("text", "start", "word", "codes"), [
    # a flag before the noun or before its name in apposition
    ("Greek coast guards stopped a Liberian-flagged cargo ship off Crete.", "Greek", "ship",
     ["LBR"]),
    ("Navy divers inspected a second vessel, the Togo-flagged Selene, on Friday.", "Navy",
     "vessel", ["TGO"]),
    # a list: the bare plural is of the list's nationality
    ("Peru and Bolivia held talks in Lima. Argentina rejected the plan. The next day "
     "Washington imposed sanctions on two Chilean banks and three ministers.", "The next",
     "ministers", ["CHLGOV"]),
    ("Peru and Bolivia held talks in Lima. Argentina rejected the plan. The next day "
     "Washington imposed sanctions on two Chilean ministries and four generals.", "The next",
     "ministries", ["CHLGOV", "CHLMIL"]),
])
def test_nlp_refs8_whose_phrase(resolve_in, text, start, word, codes):
    assert resolve_in(text, DAY, start, word) == codes


@pytest.mark.parametrize(("text", "owner"), [
    ("OSLO, May 3 - Norway recalled its envoy to Hungary for consultations.", "NOR"),
    ("RABAT, June 9 - Algeria closed its airspace to Moroccan flights on Sunday.", "DZA"),
])
def test_nlp_refs8_its_after_a_dateline(coder, text, owner):
    from detente.nlp.actors import ActorResolver

    doc = coder.nlp(text)
    r = ActorResolver(coder.kb, DAY)
    r.prime(doc)
    its = next(t for t in doc if t.lower_ == "its")
    assert r._its_owner(its) == owner


def test_nlp_refs8_a_state_saying_is_no_home(coder):
    # the militias of the conditional clause are not the speaking state's
    from detente.nlp.actors import ActorResolver

    text = ("If militias allied with Syria attack Turkish troops in Lebanon, Ankara has said "
            "it will respond with force.")
    doc = coder.nlp(text)
    r = ActorResolver(coder.kb, DAY)
    r.prime(doc)
    militias = next(t for t in doc if t.lower_ == "militias")
    assert r._country_of_sentence(militias, "MIL") != "TUR"


def test_nlp_refs8_a_state_saying_what_it_will_do_is_home(resolve_in):
    # (what the state says it will do for people: they are its own)
    text = "Malawi said it would allow the World Food Programme to feed some 2 million people."
    assert resolve_in(text, DAY, "Malawi", "people") == ["MWICVL"]
