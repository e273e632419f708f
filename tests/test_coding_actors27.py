"""Actor recognition (actors27): sides the resolver left unrecognised.

* people and groups the knowledge base lacked or placed wrongly (people_s27.yaml; the ADF
  are Ugandan rebels based in Congo, as the FDLR are Rwandan ones);
* "the cardinal" is the cardinal the article introduced (a title, GOV as the Pope's);
* a bare domestic body (police, crowds, courts) in a story filed from the country it names
  most is that country's, even when a foreign party is named nearly as often; the dateline's
  city counts when it is no actor name of its own ("TBILISI, March 3 -").

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 8, 1)


@pytest.fixture(scope="module")
def codes(codes3):
    """(source, 3-digit code, target) of each event of ``text`` by actor code (conftest)."""
    return codes3(PUB, by="code")


_STORY = ("Georgia's ruling party said on Monday it would drop the draft law. Russia welcomed "
          "the bill last week, and Russia's envoy praised it. Georgia's president vowed to "
          "veto it. Russia said it would watch the vote. ")


@pytest.mark.parametrize("text, expected", [
    ("TBILISI, March 3 - " + _STORY + "Riot police fired tear gas to disperse the crowds "
     "outside parliament.", ("GEOCOP", "175", "GEOCVL")),
])
def test_coding_actors27_dateline_home(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text", [
    # no dateline: a story that names two countries nearly as often has no home of its own
    _STORY + "Riot police fired tear gas to disperse the crowds outside parliament.",
])
def test_coding_actors27_dateline_home_needs_dateline(codes, text):
    assert not any((s or "").endswith("COP") for s, _c, _t in codes(text))


@pytest.mark.parametrize("text, expected", [
    # people the knowledge base lacked (dated roles, people_s27.yaml)
    ("Anurag Singh Thakur met Chinese officials in Beijing on Tuesday.",
     ("INDGOV", "042", "CHNGOV")),
    ("Uzra Zeya met Bangladesh's foreign minister in Dhaka.", ("USAGOV", "042", "BGDGOV")),
    ("Cardinal Matteo Zuppi met Russian officials in Moscow on Thursday.",
     ("VATGOV", "042", "RUSGOV")),
    # the ADF are Ugandan rebels, though based in eastern Congo
    ("The African Union condemned the Allied Democratic Forces for the massacre.",
     ("AU", "111", "UGAREB")),
])
def test_coding_actors27_people_and_groups(codes, text, expected):
    assert expected in codes(text)


@pytest.mark.parametrize("text, expected", [
    ("Cardinal Matteo Zuppi arrived in Moscow on Wednesday for a peace mission. Days earlier "
     "the cardinal had travelled to Kyiv, where he met President Volodymyr Zelensky.",
     ("VATGOV", "042", "UKRGOV")),
])
def test_coding_actors27_title_reference(codes, text, expected):
    assert expected in codes(text)
