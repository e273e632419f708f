"""A captive told again by a pronoun, right after a foreign court's act on them (nlp.captives
``_held_again``).

"A court in X sentenced her ... and she had been deported after serving the term": the one
deported is the person the court sentenced, held by the court's state, even when the
resolver took the pronoun for an official of the person's own country (a minister named in
the sentence before). Each row is (text, expected (source country, cameo, target country)
or None, a (source country, cameo, target country) that must NOT be coded or None).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 10, 6)

Row = tuple[str, tuple[str, str, str] | None, tuple[str, str, str] | None]

HELD_AGAIN: list[Row] = [
    ("French cyclist Marc Roux has landed in Paris, Foreign Minister Catherine Colonna said. "
     "Turkish media said that an Ankara court had sentenced him to two years and that he had "
     "been deported after serving the sentence.", ("TUR", "174", "FRA"), None),
    ("German nurse Petra Vogel is back in Berlin, Foreign Minister Annalena Baerbock said on "
     "Sunday. Belarusian media said a Minsk court had jailed her for a year and that she had "
     "been deported when the term ended.", ("BLR", "174", "DEU"), None),
    ("Japanese trader Ken Sato has come home, Foreign Minister Yoko Kamikawa said. Chinese "
     "state media said that a Beijing court had sentenced him to three years and that he was "
     "deported after he served the term.", ("CHN", "174", "JPN"), None),
    # the act again in the next sentence
    ("Australian blogger Sam Price is back in Perth, Foreign Minister Penny Wong said. Chinese "
     "state media reported that a court had sentenced him to a year in prison. He was "
     "deported on Sunday.", ("CHN", "174", "AUS"), None),
    ("Canadian teacher John Hale has flown home, Foreign Minister Melanie Joly said on "
     "Friday. Russian state media said that a Moscow court had sentenced him to three years "
     "and that he had been deported after serving the term.", ("RUS", "174", "CAN"), None),
]

NEGATIVE: list[Row] = [
    # a place of the act names the holder, not the court told before
    ("Canadian teacher John Hale has flown home, Foreign Minister Melanie Joly said. Russian "
     "state media said a Moscow court had sentenced him to three years, and he was later "
     "deported from Kazakhstan.", ("KAZ", "174", "CAN"), ("RUS", "174", "CAN")),
    # no foreign act on the person told before: nothing to take the holder from
    ("Foreign Minister Karin Lund said on Tuesday that she would travel to Beijing next "
     "month. She was deported after the talks collapsed.", None, ("CHN", "174", "SWE")),
    # a leader held at home: no foreign holder
    ("The former president of Peru was arrested in Lima in December. He was later jailed.",
     None, ("USA", "173", "PER")),
]


#: political prisoners freed or held by their own state: its opposition (OPP), a domestic
#: event detente codes (a state freeing its own civilians is screened out as no dyad)
POLITICAL_PRISONERS: list[Row] = [
    ("Cuba freed 53 political prisoners on Monday under a deal with the United States.",
     ("CUB", "0841", "CUB"), None),
    ("The Venezuelan government released dozens of political detainees on Tuesday.",
     ("VEN", "0841", "VEN"), None),
    ("The Belarusian authorities pardoned 18 political prisoners on Friday.",
     ("BLR", "0841", "BLR"), None),
    # a nationality on the phrase: that country's people, not the holder's opposition
    ("Vietnam released three Australian political prisoners last week.",
     ("VNM", "0841", "AUS"), ("VNM", "0841", "VNM")),
    # prisoners with no political word: nobody in particular
    ("Iran freed five prisoners on Monday.", None, ("IRN", "0841", "IRN")),
]


@pytest.fixture
def rows_of(sentence_rows):
    """(source, CAMEO code, target) of the two-sided events of ``text``, by actor country."""
    return lambda text: {(s, c, t) for s, t, c, _st in sentence_rows(
        text, PUB, digits=4, both=True, kept=True, by="country")}


def _check(got: set[tuple[str, str, str]], want: tuple[str, str, str] | None,
           not_want: tuple[str, str, str] | None) -> None:
    assert want is None or want in got, got
    assert not_want is None or not_want not in got, got


@pytest.mark.parametrize(("text", "want", "not_want"), HELD_AGAIN + NEGATIVE,
                         ids=[r[0][:50] for r in HELD_AGAIN + NEGATIVE])
def test_nlp_prefilt22_captive_held_again(rows_of, text, want, not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "want", "not_want"), POLITICAL_PRISONERS,
                         ids=[r[0][:50] for r in POLITICAL_PRISONERS])
def test_nlp_prefilt22_political_prisoners_own_opposition(rows_of, text, want,
                                                          not_want):
    _check(rows_of(text), want, not_want)


@pytest.mark.parametrize(("text", "kept"), [
    ("The Venezuelan government released dozens of political detainees on Tuesday.", True),
    ("Nicaragua freed 222 political prisoners and sent them abroad.", True),
    ("Police in Minsk arrested three more political prisoners' relatives on Friday.", True),
    # one state, prisoners of no political kind, or no one held
    ("Iran freed five prisoners on Monday.", False),
    ("The Venezuelan government raised the minimum wage on Tuesday.", False),
])
def test_nlp_prefilt22_prefilter_keeps_political_prisoners(prefilter, text, kept):
    scan = prefilter.scan(text)
    assert scan.relevant is kept
    assert any(s.keep for s in scan.sentences) is kept
