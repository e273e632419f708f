"""Domestic events: a non-state side and its own state (nlp.domestic ``home_state_object``,
``coup_makers``; nlp.arguments ``_domestic_foe``; actor names of armed groups and parties).

examples/README.md codes a domestic event only where one side is not the state: rebels
(REB), an opposition (OPP), crowds (CVL), or a junta holding the government. "The
opposition accused the government of ...": the government is the opposition's own, not the
article's other party. "The military seized power and detained the president": a coup, the
president's own army. A government acting on its own country (a cabinet decision) is no
event. Each row is (text, expected (source, cameo, target) codes or None, a (source, cameo,
target) that must NOT be coded or None); codes are country + sector.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 9, 20)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

HOME_STATE: list[Row] = [
    # an opposition party accuses its own government, with a foreign leader in the sentence
    ("While the Spanish premier has called Milei a danger to democracy, the conservative "
     "Popular Party accused the government of stoking the row for votes.",
     ("ESPOPP", "112", "ESPGOV"), ("ESPOPP", "112", "ARGGOV")),
    ("Opposition parties in Kenya accused the government of rigging the vote.",
     ("KENOPP", "112", "KENGOV"), None),
    # armed rebels strike a bare force post: their own country's forces
    ("Talks with Washington stalled in May, and TTP fighters attacked checkpoints in "
     "Khyber the next day.", ("PAKREB", "190", "PAKMIL"), ("PAKREB", "190", "USAGOV")),
    # a force with a country of its own is that country's, not the rebels'
    ("The Houthis fired missiles at Saudi troops near the border.", None,
     ("YEMREB", "190", "YEMMIL")),
    # the foe a deed is blamed on, told by a relative object
    ("The drone strikes, which Sudan's army blames on the RSF, hit the airport of Port "
     "Sudan.",
     ("SDNMIL", "112", "SDNREB"), None),
]

COUPS: list[Row] = [
    ("The African Union suspended Gabon after army officers took power and confined the "
     "president, Ali Bongo Ondimba, to his home.", ("GABMIL", "173", None), None),
    ("The general flew to Jakarta, his first journey abroad since the military took power "
     "in February and detained Aung San Suu Kyi.", ("MMRMIL", "173", None), None),
    # police of a named country stay that country's police
    ("Police in Moscow detained the opposition politician Ilya Yashin.",
     ("RUSCOP", "173", "RUSOPP"), ("RUSMIL", "173", "RUSOPP")),
]

NOT_DOMESTIC: list[Row] = [
    # a government acting on its own country is no event
    ("The Kenyan cabinet approved the budget on Tuesday.", None, ("KENGOV", "057", "KEN")),
    ("The Kenyan president confined his critics to their homes.", None,
     ("KENMIL", "173", "KENOPP")),
]

ARMED_GROUPS: list[Row] = [
    # the ELN by its full name is Colombia's rebels, not an army of the host
    ("The National Liberation Army ambushed a police patrol in Arauca, Colombian officials "
     "said.", ("COLREB", "19", "COLCOP"), ("CUBMIL", "19", "COLCOP")),
    # a town seized by rebels is ground taken at home (192), not a person held
    ("Fighting in eastern Congo grew in January, when the M23 rebels seized Goma.",
     ("CODREB", "192", "COD"), ("CODREB", "173", "COD")),
    # an armed group told before as "the group": the foe a state's strikes aim at
    ("The PKK has fought Turkey since 1984. Turkish jets often strike the group's camps "
     "in the mountains of Iraq.", ("TURMIL", "19", "TURSEP"), None),
]


@pytest.fixture
def rows_of(sentence_rows):
    """(source, CAMEO code, target) of the events of ``text``, by actor code (a target left
    out matches any)."""
    def _rows(text: str) -> set[tuple[str | None, str, str | None]]:
        return {(s, c, t) for s, t, c, _st in sentence_rows(
            text, PUB, digits=4, both=True, prefilter=False)}
    return _rows


def _check(got: set[tuple[str | None, str, str | None]], want: tuple | None,
           not_want: tuple | None) -> None:
    def has(row: tuple) -> bool:
        s, c, t = row
        return any(gs == s and gc.startswith(c) and (t is None or gt == t)
                   for gs, gc, gt in got)
    assert want is None or has(want), got
    assert not_want is None or not has(not_want), got


def _ids(rows: list[Row]) -> list[str]:
    return [f"{i}-{r[0][:40]}" for i, r in enumerate(rows)]


@pytest.mark.parametrize(("text", "want", "not_want"), HOME_STATE, ids=_ids(HOME_STATE))
def test_coding_domestic35_home_state_object(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), COUPS, ids=_ids(COUPS))
def test_coding_domestic35_coup_makers(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), NOT_DOMESTIC, ids=_ids(NOT_DOMESTIC))
def test_coding_domestic35_state_at_home_no_event(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), ARMED_GROUPS, ids=_ids(ARMED_GROUPS))
def test_coding_domestic35_armed_group_names(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)
