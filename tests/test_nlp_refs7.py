"""Plural references back into the article (session 10, refs7): who "they", "them", "their
forces" and "both governments" are when their own sentence names no one.

* "they" as a subject after a sentence that told a meeting of two or three sides with one
  of them as its subject ("X held talks with Y. They also discussed ...") are those sides;
* "them" (or "they", "their" with a noun) after a list of countries are that list, less the
  clause's other party ("... recalled its envoys from A, B and C. He accused them of ...");
* "their forces", "their soldiers" are the agents of each party;
* a pair phrase for two states as the object of another party's act ("the two leaders urged
  both governments to ...") is the last pair of countries named, not the subject's own pair.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 5, 14)

# (text, events that must be coded as (source, root, target), events that must not)
Row = tuple[str, set[tuple[str, str, str]], set[tuple[str, str, str]]]

ROWS: list[Row] = [
    # a list of countries, then "them" as the object of the speaker's accusation
    ("Bolivia's foreign minister said on Monday that La Paz was recalling its ambassadors "
     "from Chile, Peru and Ecuador. He accused them of backing the opposition.",
     {("BOL", "11", "CHL"), ("BOL", "11", "PER"), ("BOL", "11", "ECU")}, set()),
    ("Ghana's president said on Sunday that Accra would expel diplomats of Togo and Benin "
     "within a week. He accused them of spying on the army.",
     {("GHA", "11", "TGO"), ("GHA", "11", "BEN")}, {("GHA", "11", "GHA")}),
    # a meeting with one side as the subject, then "They" for both sides
    ("Chancellor Olaf Scholz held talks with President Emmanuel Macron in Paris on Tuesday. "
     "They also discussed the financing of the defence industry.",
     {("DEU", "04", "FRA")}, set()),
    ("President Lula received President Gustavo Petro in Brasilia on Friday. They discussed "
     "the protection of the Amazon forest and agreed to share satellite data.",
     {("BRA", "04", "COL"), ("BRA", "03", "COL")}, set()),
    # the pair phrase as the object of two leaders' appeal: the pair last named
    ("President Joe Biden met President William Ruto of Kenya at the White House on Monday. "
     "Ruto briefed him on his mediation between Ethiopia and Somalia. The two leaders urged "
     "both governments to resume talks on the port deal.",
     {("USA", "02", "ETH"), ("USA", "02", "SOM"), ("KEN", "02", "ETH"),
      ("KEN", "02", "SOM")}, {("USA", "02", "KEN"), ("KEN", "02", "USA")}),
]


@pytest.fixture(scope="module")
def code_text(coder):
    """Code ``text`` as an article published on ``DAY``: its (source, root, target)."""
    from detente.model import Article

    def _code(text: str) -> set[tuple[str | None, str, str | None]]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                      origin="test", raw_text=text)
        res = coder.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.country if e.source else None, e.root,
                 e.target.country if e.target else None) for e in res.events}

    return _code


@pytest.mark.parametrize(("text", "present", "absent"), ROWS,
                         ids=[f"row{i}" for i in range(len(ROWS))])
def test_nlp_refs7_plural_reference_is_the_parties_told_before(code_text, text, present,
                                                               absent):
    got = code_text(text)
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


def test_nlp_refs7_them_is_not_the_speakers_own_country(resolve_in):
    # the list holds the speaker's country too: "them" are the others
    text = ("Talks between Serbia, Hungary and Austria on border controls ended on Monday. "
            "Serbia's interior minister accused them of ignoring the agreement.")
    codes = resolve_in(text, DAY, "Serbia's interior", "them")
    assert sorted(codes) == ["AUT", "HUN"]


def test_nlp_refs7_they_with_its_own_antecedent_is_left_alone(resolve_in):
    # a plural noun of its own sentence comes first ("the rebels ... they")
    text = ("Kenya hosted envoys of Ethiopia and Somalia on Monday. Sudanese rebels said on "
            "Tuesday that they would attend the next round.")
    assert resolve_in(text, DAY, "Sudanese rebels", "they") in ([], ["SDNREB"])


def test_nlp_refs7_their_troops_are_each_partys(coder):
    # (every sentence parsed: the pre-filter does not yet keep a sentence whose only party
    # is "their")
    from detente.model import Article

    text = ("Fighting broke out again on the frontier between two former Soviet republics, "
            "Armenia and Azerbaijan. Their troops exchanged fire overnight near a border "
            "village.")
    art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                  origin="test", raw_text=text)
    events = coder.extractor.extract(coder.nlp(text), art)
    # (an exchange of fire is fought by both sides: coded each way, session 11 clash8)
    assert {(e.source.code, e.root, e.target.code) for e in events} == {
        ("ARMMIL", "19", "AZEMIL"), ("AZEMIL", "19", "ARMMIL")}


RELATIONS = [
    # a country named in apposition to "ally"/"partner" is the party, not a modifier of it
    ("Canberra imposed tariffs on its Pacific partner Fiji on Monday.", "AUS", "FJI", "PIF"),
    ("The EU criticised its NATO ally Hungary for blocking the aid package.", "EU", "HUN",
     "NATO"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "not_tgt"), RELATIONS,
                         ids=[r[2] for r in RELATIONS])
def test_nlp_refs7_ally_named_in_apposition(code_text, text, src, tgt, not_tgt):
    got = code_text(text)
    assert any(s == src and t == tgt for s, _r, t in got), got
    assert not any(t == not_tgt for _s, _r, t in got), got


def test_nlp_refs7_allies_of_a_country_are_not_that_country(phrase_codes):
    # "Ankara's allies" are other parties: never Ankara itself
    text = "Ankara's allies criticised the purchase of the missile system on Friday."
    assert "TUR" not in {c[:3] for c in phrase_codes(text, "allies")}
