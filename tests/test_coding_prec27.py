"""Precision rules of session 27 (prec27).

* "three other officials", "the other leaders" count people besides those named: no group of
  the article's parties guessed from its most named countries;
* three or more parties told by a bare number ("the four would discuss ...") are those its own
  sentence told meeting, never the article's most named countries;
* a joint drill of three or more countries is no military cooperation (062) of each pair;
* a meeting "between X and the five Y states" is X's with each member, not the members' with
  each other.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by country (conftest)."""
    return codes3(PUB)


@pytest.mark.parametrize("text, present, absent", [
    # "other officials" are no parties of the article
    ("Canada and the Netherlands took Syria to the International Court of Justice. France "
     "issued arrest warrants on Tuesday for Assad and two other officials over chemical "
     "attacks.",
     [("FRA", "173", "SYR")], [("FRA", "173", "CAN"), ("FRA", "173", "NLD")]),
    ("Canada and the Netherlands took Syria to the International Court of Justice, and the "
     "United Nations backed them. Germany issued arrest warrants for Assad and three other "
     "officials over the sieges.",
     [("DEU", "173", "SYR")], [("DEU", "173", "CAN"), ("DEU", "173", "NLD")]),
    # a bare "the four" names no guessed parties
    ("The Philippines and the United States opened their largest joint exercise on Tuesday, "
     "as China sent warships near Taiwan. Manila said the drills were not aimed at China or "
     "Taiwan. Officials said the four would discuss new access sites for American forces.",
     [], [("CHN", "036", "TWN"), ("USA", "036", "TWN"), ("PHL", "036", "CHN")]),
    # ... but the three its own sentence told meeting
    ("In May, China's foreign minister Qin Gang met the Taliban's acting foreign minister, "
     "Amir Khan Muttaqi, and Pakistan's Bilawal Bhutto Zardari in Islamabad, where the three "
     "agreed to extend the economic corridor into Afghanistan.",
     [("CHN", "030", "PAK"), ("AFG", "030", "PAK")], []),
])
def test_coding_prec27_group_guess(codes, text, present, absent):
    got = codes(text)
    for row in present:
        assert row in got, (text, got)
    for row in absent:
        assert row not in got, (text, got)


@pytest.mark.parametrize("text, present, absent", [
    # a drill of three: no 062 between every pair
    ("American, South Korean and Japanese destroyers held joint drills near the peninsula "
     "last week.",
     [], [("USA", "062", "KOR"), ("USA", "062", "JPN"), ("KOR", "062", "JPN")]),
    # a drill of two stays their cooperation
    ("China and Russia held joint naval drills in the Sea of Japan.",
     [("CHN", "062", "RUS")], []),
    # a named side with each member of a group phrase, not the members with each other
    ("Chancellor Scholz received the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, "
     "Turkmenistan and Uzbekistan in Berlin on Friday. The meeting was the second summit "
     "between Germany and the five Central Asian states.",
     [("DEU", "043", "KGZ"), ("DEU", "043", "UZB")],
     [(a, c, b) for a in ("KAZ", "KGZ", "TJK", "TKM", "UZB")
      for b in ("KAZ", "KGZ", "TJK", "TKM", "UZB") for c in ("040", "043", "044")]),
])
def test_coding_prec27_multilateral(codes, text, present, absent):
    got = codes(text)
    for row in present:
        assert row in got, (text, got)
    for row in absent:
        assert row not in got, (text, got)
