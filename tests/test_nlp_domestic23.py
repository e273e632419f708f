"""Releases in a swap told with both freeing sides as one agent, people held or freed said
to include the holder's own opponents (nlp.captives ``_mutual_release``,
``_opposition_members``), crowds of students or mourners a state's forces repress
(nlp.domestic ``CROWD_NOUNS``), and the pre-filter's one-state cues for them
(``_OPPONENTS_HELD``, ``_REPRESSION`` with ``_CROWD``).

"Prisoners were freed by A and B in an exchange": each side freed the people the other
held, two releases (A 0841 B, B 0841 A), not a release to the swap's mediator. "X freed 18
prisoners, among them opposition activists": the holder's own opposition (OPP), a domestic
event detente codes. Each row is (text, expected (source, cameo, target) codes or None, a
(source, cameo, target) that must NOT be coded or None); codes are country + sector.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 6)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

MUTUAL_RELEASE: list[Row] = [
    ("About 200 prisoners were freed by Russia and Ukraine on Friday in a swap mediated "
     "by the UAE.", ("RUS", "0841", "UKR"), ("RUS", "0841", "ARECVL")),
    ("About 200 prisoners were freed by Russia and Ukraine on Friday in a swap mediated "
     "by the UAE.", ("UKR", "0841", "RUS"), ("UKR", "0841", "ARECVL")),
    ("In an exchange arranged by the Red Cross, some 400 detainees were freed by the "
     "Houthis and the Yemeni government.", ("YEMREB", "0841", "YEMGOV"), None),
    ("In an exchange arranged by the Red Cross, some 400 detainees were freed by the "
     "Houthis and the Yemeni government.", ("YEMGOV", "0841", "YEMREB"), None),
    ("Dozens of captives were released by Armenia and Azerbaijan in an exchange on "
     "Wednesday.", ("ARM", "0841", "AZE"), None),
    # a bare "the government" beside rebels is the rebels' own, not the broker told before
    ("In a swap arranged by Oman, 300 captives were freed by the Houthis and the "
     "UN-recognised government.", ("YEMREB", "0841", "YEMGOV"), ("YEMREB", "0841", "OMNGOV")),
    ("In a swap arranged by Oman, 300 captives were freed by the Houthis and the "
     "UN-recognised government.", ("YEMGOV", "0841", "YEMREB"), ("OMNGOV", "0841", "YEMREB")),
    # the freeing sides as the subject
    ("Armenia and Azerbaijan released dozens of detainees in a swap on Wednesday.",
     ("AZE", "0841", "ARM"), None),
    ("Russia and Ukraine freed about 200 captives on Friday in an exchange mediated by "
     "Turkey.", ("UKR", "0841", "RUS"), ("UKR", "0841", "TURCVL")),
    # "in an exchange with C": C is the other side, not each other
    ("Russia and Belarus freed five prisoners in an exchange with the United States.",
     None, ("RUS", "0841", "BLR")),
    # a one-way trade ("in exchange for X") stays the swap-partner reading
    ("Ninety soldiers were freed by Ukraine in exchange for a pilot held by Russia.",
     None, ("UKR", "0841", "UKR")),
    # no swap: two states freeing prisoners is not each freeing the other's people
    ("Hundreds of prisoners were freed by Cuba and Venezuela under amnesty laws this year.",
     None, ("CUB", "0841", "VEN")),
]

OPPOSITION_MEMBERS: list[Row] = [
    ("Colombia freed fifteen prisoners, including several opposition leaders, on Monday.",
     ("COL", "0841", "COLOPP"), None),
    ("Belarus released 18 prisoners, among them several opposition activists.",
     ("BLR", "0841", "BLROPP"), None),
    ("Venezuela also released about thirty Venezuelan prisoners, among them opposition "
     "activists, under the accord.", ("VEN", "0841", "VENOPP"), ("VEN", "0841", "VENCVL")),
    ("Police arrested twenty people, including two opposition leaders, in Harare on "
     "Saturday.", ("ZWECOP", "173", "ZWEOPP"), None),
    # rights activists with no opposition word: not the opposition
    ("Iran freed ten prisoners, including human rights activists.", None,
     ("IRN", "0841", "IRNOPP")),
    # another nationality on the phrase: that country's people, not the holder's opponents
    ("Russia released five German prisoners, among them two opposition politicians.",
     None, ("RUS", "0841", "RUSOPP")),
]


#: a state's forces turning on a crowd at home (175 on its own civilians), kept by the
#: pre-filter though only one state is named
REPRESSED_CROWDS: list[Row] = [
    ("Riot police in Georgia dispersed students outside parliament with water cannon.",
     ("GEOCOP", "175", "GEOCVL"), None),
    ("Iranian security forces cracked down on mourners in Zahedan on Friday.",
     ("IRNMIL", "175", "IRNCVL"), None),
    ("Chinese police dispersed protesters in Lhasa on Monday.",
     ("CHNCOP", "175", "CHNCVL"), None),
    ("Togolese soldiers broke up an opposition rally in Lome on Saturday.",
     ("TGOMIL", "175", "TGOOPP"), None),
    # someone else's people: not the state's own crowd
    ("Georgian police dispersed foreign students outside the embassy.", None,
     ("GEOCOP", "175", "GEOCVL")),
    # one state's opponents jailed at home, a sentence with one state named
    ("A Belarusian court jailed three opposition activists for five years.",
     ("BLRJUD", "173", "BLROPP"), None),
]


@pytest.fixture
def rows_of(sentence_rows):
    """(source, CAMEO code, target) of the two-sided events of ``text``, by actor code."""
    return lambda text: {(s, c, t) for s, t, c, _st in sentence_rows(
        text, PUB, digits=4, both=True, kept=True)}


def _check(got: set[tuple[str, str, str]], want: tuple[str, str, str] | None,
           not_want: tuple[str, str, str] | None) -> None:
    assert want is None or want in got, got
    assert not_want is None or not_want not in got, got


@pytest.mark.parametrize(("text", "want", "not_want"), MUTUAL_RELEASE,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(MUTUAL_RELEASE)])
def test_nlp_domestic23_swap_freed_by_both_sides(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), OPPOSITION_MEMBERS,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(OPPOSITION_MEMBERS)])
def test_nlp_domestic23_held_include_opposition(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), REPRESSED_CROWDS,
                         ids=[f"{i}-{r[0][:40]}" for i, r in enumerate(REPRESSED_CROWDS)])
def test_nlp_domestic23_repressed_crowd_one_state(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "kept"), [
    ("Belarus released 18 prisoners, among them several opposition activists.", True),
    ("Police arrested twenty people, including two opposition leaders, in Harare.", True),
    ("Uganda jailed nine men on Friday, among them three dissidents.", True),
    ("A Belarusian court jailed three opposition activists for five years.", True),
    ("Chinese police dispersed protesters in Lhasa on Monday.", True),
    ("Iranian security forces cracked down on mourners in Zahedan on Friday.", True),
    # one state, no one held, or no opponent among them
    ("Uganda opened nine schools on Friday, among them three for political science.", False),
    ("Iran freed five prisoners on Monday, including two women.", False),
    # a crowd with no repression, or repression of no crowd
    ("Thousands of students rallied in Tbilisi on Sunday.", False),
    ("Iran cracked down on smuggling along the coast.", False),
])
def test_nlp_domestic23_prefilter_keeps_opponents_held(prefilter, text, kept):
    scan = prefilter.scan(text)
    assert scan.relevant is kept
    assert any(s.keep for s in scan.sentences) is kept
