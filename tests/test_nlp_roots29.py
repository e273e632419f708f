"""Session 22 (roots29): which predicate gets which CAMEO root.

* Leading or heading a delegation or mission to a country is a visit there (042) by the
  leader's side.
* A case, a dispute or another side's duties taken to a court or the World Trade
  Organization, spelled out or as "the WTO", is a legal complaint (115).
* Forces brought home are withdrawn (087; announced, 035) from the place they leave, told with
  "from" or by the story's last deployment of the same side; the troops' possessor is the
  side itself, never the target.
* An expulsion or deportation order is one for migrants or nationals to leave (174), not
  diplomats sent home (161).
* Written speech ("wrote", "tweeted") reports like "said"; worry ("deeply concerning") is
  criticism (111); a platform named as the medium ("on Twitter") is no side
  the words are aimed at.
* A pact of two others called null and void is rejected (120); a denial appended to a charge
  ("a claim Accra rejects") is one whatever the parse made of the verb (016).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 9, 18)


@pytest.fixture
def coded(coded_rows):
    """(source code, CAMEO code, target code, status) of every event of ``text``."""
    return coded_rows(PUB, digits=3)


def _has(rows, src: str, code: str, tgt: str) -> bool:
    return any((s or "").startswith(src) and c == code and (t or "").startswith(tgt)
               for s, c, t, _ in rows)


@pytest.mark.parametrize("text, src, code, tgt", [
    ("The Vietnamese trade minister led a business delegation to Jakarta on Monday.",
     "VNM", "042", "IDN"),
    ("India's foreign secretary headed a team to Dhaka last week for border consultations.",
     "IND", "042", "BGD"),
    ("China slapped duties on Australian wine in 2021. Canberra said it was weighing taking "
     "its wine levies to the World Trade Organization.", "AUS", "115", "CHN"),
    ("Kenya and Somalia quarrel over their sea border. Mogadishu took the matter to the "
     "tribunal in 2015.", "SOM", "115", "KEN"),
    ("Canada brought its soldiers home from Afghanistan in 2014.", "CAN", "087", "AFG"),
    ("Sweden sent 150 soldiers to Mali in March. The junta demanded they go. Stockholm said "
     "on Friday that it would bring its troops home.", "SWE", "035", "MLI"),
    ("Tehran issued deportation orders against 300 Iraqi nationals.", "IRN", "174", "IRQ"),
    ("Islamabad announced an expulsion order for undocumented Afghan migrants on Tuesday.",
     "PAK", "174", "AFG"),
    ("Rome and Paris argued over migrants. Meloni wrote on Twitter that the French insults "
     "were unacceptable.", "ITA", "111", "FRA"),
    ("Madrid and Rabat argued over Ceuta. The Spanish prime minister tweeted that Morocco's "
     "conduct was shameful.", "ESP", "111", "MAR"),
    ("Brussels criticised Algeria's trade freeze. The European Commission called the Algerian "
     "measures deeply concerning.", "EU", "111", "DZA"),
])
def test_nlp_roots29_root_coded(coded, text, src, code, tgt):
    rows = coded(text)
    assert _has(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, src, code, tgt", [
    # (the leader at a meeting away: no host told by "to", the summit's own words code it)
    ("Pakistan's prime minister led his country's delegation at the summit.", "PAK", "042",
     ""),
    # (the troops' possessor is the side itself: no event against it)
    ("Canada brought its soldiers home in 2014.", "CAN", "087", "CAN"),
    # (diplomats expelled stay 161, not 174)
    ("Moscow announced the expulsion of two Estonian diplomats.", "RUS", "174", "EST"),
    # (an expulsion order is one event, not also diplomats sent home)
    ("Islamabad announced an expulsion order for undocumented Afghan migrants on Tuesday.",
     "PAK", "161", "AFG"),
    # (the platform the words were posted on is no target)
    ("Rome and Paris argued over migrants. Meloni wrote on Twitter that the French insults "
     "were unacceptable.", "ITA", "111", "USA"),
    # (posting troops is no speech)
    ("Norway posted 200 soldiers to Lithuania in a shameful hurry.", "NOR", "111", "LTU"),
])
def test_nlp_roots29_not_coded(coded, text, src, code, tgt):
    rows = coded(text)
    assert not _has(rows, src, code, tgt) or (tgt == "" and not any(
        c == code for _, c, _, _ in rows)), rows


@pytest.mark.parametrize("text, src, code, tgt", [
    # (no host named: the side that demanded the troops leave is where they are)
    ("Bamako demanded the withdrawal of 90 Swedish special forces. Stockholm said on Friday "
     "that it would bring its soldiers home.", "SWE", "035", "MLI"),
    # (the measures' owner told before: who imposed duties on the complainant)
    ("Beijing put tariffs of 80 percent on Australian barley in May. Canberra said it was "
     "weighing taking the barley duties to the World Trade Organization.", "AUS", "115",
     "CHN"),
    # (a bare withdrawal of troops: from the host that demanded they leave)
    ("Bamako demanded the withdrawal of 90 Swedish special forces. Stockholm withdrew its "
     "soldiers in June.", "SWE", "087", "MLI"),
    # (an envoy and troops brought home together: the troops' withdrawal besides the recall)
    ("Paris will bring home its envoy and its 900 soldiers from Chad, the president said.",
     "FRA", "035", "TCD"),
    # (no people named with the order: the nationals the sentence names)
    ("Ankara announced the deportation order on Monday, after officials said Syrian nationals "
     "had crowded the border towns.", "TUR", "174", "SYR"),
])
def test_nlp_roots29_story_side(coded, text, src, code, tgt):
    rows = coded(text)
    assert _has(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, src, code, tgt", [
    ("Chile and Peru signed a fishing accord in May. Bolivia called the Chilean-Peruvian "
     "accord null and void.", "BOL", "120", "CHL"),
    ("Abuja said that Niger had hired Wagner gunmen, a claim Niamey rejects.", "NER", "016",
     "NGA"),
    ("The Croatian minister said the Serbian general's remarks were deeply troubling.",
     "HRV", "111", "SRB"),
])
def test_nlp_roots29_judgements(coded, text, src, code, tgt):
    rows = coded(text)
    assert _has(rows, src, code, tgt), rows
