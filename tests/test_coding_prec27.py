"""Precision rules of session 27 (prec27).

* "three other officials", "the other leaders" count people besides those named: no group of
  the article's parties guessed from its most named countries;
* three or more parties told by a bare number ("the four would discuss ...") are those its own
  sentence told meeting, never the article's most named countries;
* a joint drill of three or more countries is no military cooperation (062) of each pair;
* a meeting of a named side with a group told by number or region ("the five Central Asian
  states") is the side's with each member, not the members' with each other.

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
    ("Manila and Washington began their annual military exercise on Tuesday while Chinese "
     "warships sailed near Taiwan. The Philippines said the drills targeted neither China nor "
     "Taiwan. Officials said the four would discuss new access sites for American forces.",
     [], [("CHN", "036", "TWN"), ("USA", "036", "TWN"), ("PHL", "036", "CHN")]),
    # ... but the three its own sentence told meeting
    ("On Monday Turkey's president hosted the Azerbaijani leader and the Georgian prime "
     "minister in Ankara, where the three agreed to build a new railway link.",
     [("TUR", "030", "GEO"), ("AZE", "030", "GEO")], []),
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
    ("The German chancellor welcomed the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, "
     "Turkmenistan and Uzbekistan to Berlin on Friday. The summit between Berlin and the five "
     "Central Asian states lasted a day.",
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
