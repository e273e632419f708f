"""Session 29 (sides29): "the two sides" of a readout whose main pair met.

* A fight told in passing with a country the article barely names ("a bombing that killed
  three of the guest's nationals", wrongly coded against a third state) does not make that
  pair "the two sides" once the article's two most named countries have met or agreed.
* (Guests who sat in on talks a third country hosted are not "the two sides" of the talks
  when the article's main pair met each other: _third_place_pair; no row here, the
  short texts tried reach the guests through _told_group instead.)

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2023, 7, 31)


@pytest.fixture
def coded(sentence_rows):
    """(source code, CAMEO root, target code) of every event of ``text``."""
    return lambda text, start="": {(s, c, t) for s, t, c, _st in sentence_rows(
        text, PUB, start, digits=2, prefilter=False)}


READOUT = (
    "Prime Minister Shehbaz Sharif received Vice Premier He Lifeng of China in Islamabad "
    "today. The two sides reviewed the progress of the economic corridor. The Prime Minister "
    "recalled the suicide bombing at the University of Karachi last year, in which three "
    "Chinese teachers were killed. ")


@pytest.mark.parametrize("text, start, pair", [
    (READOUT + "The two sides agreed to stay in close touch at every level.",
     "The two sides agreed", {"PAKGOV", "CHNGOV"}),
    (READOUT + "Both sides agreed to hold the next round of talks in Beijing.",
     "Both sides agreed", {"PAKGOV", "CHNGOV"}),
])
def test_coding_sides29_main_pair_after_met(coded, text, start, pair):
    rows = coded(text, start)
    assert any({s, t} == pair for s, _c, t in rows), rows
    assert not [r for r in rows if "USAGOV" in (r[0], r[2])], rows


@pytest.mark.parametrize("text, start, pair, wrong", [
    # (a list that is the object of a side clause is not "the two governments" of the next
    # clause: the article's pair are)
    ("Chinese President Xi Jinping met South Korean Prime Minister Han Duck-soo in Hangzhou. "
     "Beijing has blamed Seoul for moving closer to Washington and Tokyo, and last month the "
     "two governments summoned each other's envoys.", "Beijing has blamed",
     {"CHNGOV", "KORGOV"}, {"USAGOV", "JPNGOV"}),
])
def test_coding_sides29_aside_list_not_group(coded, text, start, pair, wrong):
    rows = coded(text, start)
    assert any({s, t} == pair and c == "11" for s, c, t in rows), rows
    assert not [r for r in rows if r[0] in wrong and r[1] == "11"], rows
