"""Events lost late in the pipeline (session 24, match35): events whose sides the argument
search finds but which a later step codes otherwise or drops.

* a deed of material cooperation or aid a side pledges or says it will do ("said it would
  send food aid to Gaza", "agreed to sell radars to Armenia", "agreed that Britain would pay
  France") is coded besides the pledge (03x, happened) as the deed itself (06x, 07x),
  planned; not cooperation in general ("ready to work with"), help that goes on ("will
  continue to provide") or trade wished for ("looks forward to selling");
* a request that another side withdraw its military personnel is the appeal (020), not a
  cut of a diplomatic mission (161, which staff or personnel of an embassy still are);
* force told as done "since" a time ("have since shelled the port repeatedly") is attacks
  told, not a habit;
* remarks that drew a protest ("summoned the envoy to protest remarks by X", "declared the
  ambassador persona non grata over remarks by X") are X's criticism (111) of the state
  that protested.

The sentences are our own.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

DAY = date(2024, 3, 12)

Code = tuple[str | None, str, str | None, str]
Row = tuple[str, set[Code], set[Code]]


@pytest.fixture(scope="module")
def code_text(coder_all):
    """(source country, root, target country, status) of each event of ``text``."""
    from detente.model import Article

    def _code(text: str) -> set[Code]:
        art = Article(id=Article.make_id(text, None), title=None, text=text, published=DAY,
                      origin="test", raw_text=text)
        res = coder_all.code(art)
        assert res.skipped is None, res.skipped
        return {(e.source.country if e.source else None, e.root[:2],
                 e.target.country if e.target else None, e.status.value) for e in res.events}

    return _code


def _check(got: set[Code], present: set[Code], absent: set[Code]) -> None:
    assert present <= got, (present - got, got)
    assert not absent & got, (absent & got, got)


PLEDGED_DEEDS: list[Row] = [
    ("The Chilean government said on Monday it would send medical supplies to Gaza.",
     {("CHL", "03", "PSE", "happened"), ("CHL", "07", "PSE", "planned")}, set()),
    ("Prime Minister Kishida announced that Japan would provide Vietnam with new loans for "
     "its railways.",
     {("JPN", "07", "VNM", "planned")}, set()),
    ("Last year Paris agreed to sell Yerevan three air defence systems.",
     {("FRA", "06", "ARM", "planned")}, set()),
    # cooperation in general, help that goes on, trade wished for: the intent only
    ("Beijing said it was ready to work with Canberra to keep ties stable.",
     set(), {("CHN", "06", "AUS", "planned")}),
    ("Beijing said it would continue to give food aid to Kyiv.",
     set(), {("CHN", "07", "UKR", "planned")}),
    ("Nairobi said it looks forward to selling tea to Tehran.",
     set(), {("KEN", "06", "IRN", "planned")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), PLEDGED_DEEDS,
                         ids=[f"pledged{i}" for i in range(len(PLEDGED_DEEDS))])
def test_coding_match35_pledged_deed_planned(code_text, text, present, absent):
    _check(code_text(text), present, absent)


SCREENED: list[Row] = [
    ("Fiji's president has formally asked Australia to withdraw the military personnel it "
     "keeps on the islands.",
     {("FJI", "02", "AUS", "happened")}, {("FJI", "16", "AUS", "happened")}),
    ("Riga told Minsk to cut the number of its embassy personnel to five.",
     {("LVA", "16", "BLR", "happened")}, set()),
    ("Russian forces have since shelled the port of Kherson repeatedly.",
     {("RUS", "19", "UKR", "happened")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), SCREENED,
                         ids=[f"screened{i}" for i in range(len(SCREENED))])
def test_coding_match35_screens_keep_the_act(code_text, text, present, absent):
    _check(code_text(text), present, absent)



PROTESTED: list[Row] = [
    ("Budapest summoned Slovakia's ambassador on Monday to protest remarks by Prime Minister "
     "Robert Fico.",
     {("SVK", "11", "HUN", "happened"), ("HUN", "11", "SVK", "happened")}, set()),
    ("Bolivia declared the Peruvian ambassador persona non grata over remarks by President "
     "Dina Boluarte about Bolivia's elections.",
     {("PER", "11", "BOL", "happened")}, set()),
    # a body's protest: the words are not taken as aimed at it
    ("The African Union condemned the remarks by Tunisia's president blaming migrants.",
     set(), {("TUN", "11", "AU", "happened")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), PROTESTED,
                         ids=[f"protested{i}" for i in range(len(PROTESTED))])
def test_coding_match35_remarks_protested(code_text, text, present, absent):
    _check(code_text(text), present, absent)
