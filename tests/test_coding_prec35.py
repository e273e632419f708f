"""Session 24 (prec35): precision rules.

* A claim to land told with an "over" phrase ("recognised Morocco's sovereignty over Western
  Sahara", "Moroccan sovereignty over the territory") is the owner's claim: the recognition is
  aimed at the owner, not at the land claimed.
* A group of people told by a region's states and "led by" someone ("a delegation of African
  leaders led by X") is the named leader's side, not every state of that region the article
  names.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, src, code, tgt", [
    # (the owner told by a possessive)
    ("On Monday Israel recognised Morocco's sovereignty over Western Sahara, the palace "
     "announced.", "ISR", "054", "MAR"),
    # (the owner told by a nationality word)
    ("The United States recognised Moroccan sovereignty over Western Sahara in 2020.",
     "USA", "054", "MAR"),
    # (a claim with no "over" phrase keeps its owner as before)
    ("Kyrgyzstan recognised the sovereignty of Tajikistan in a new border treaty.",
     "KGZ", "054", "TJK"),
])
def test_coding_prec35_claim_owner(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, wrong", [
    ("On Monday Israel recognised Morocco's sovereignty over Western Sahara, the palace "
     "announced.", "ESH"),
    ("The United States recognised Moroccan sovereignty over Western Sahara in 2020.", "ESH"),
])
def test_coding_prec35_claim_not_land(coded, text, wrong):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("054") and (r[2] or "").startswith(wrong)], rows


LEAD_IN = "Egypt, Senegal and Zambia sent envoys to the talks. "


@pytest.mark.parametrize("text, src, code, tgt", [
    # (the delegation led by a named leader: his side)
    (LEAD_IN + "Last month a delegation of African presidents led by Ramaphosa went to Kyiv.",
     "ZAF", "042", "UKR"),
    # (headed by a named leader)
    (LEAD_IN + "Last week a mission of African envoys headed by Ramaphosa flew to Kyiv.",
     "ZAF", "042", "UKR"),
    # (a two-state delegation led by someone keeps the story's pair)
    ("Blinken and Yellen flew to Asia. A delegation of the two countries led by Blinken "
     "arrived in Beijing.", "USA", "042", "CHN"),
])
def test_coding_prec35_led_delegation(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, wrong", [
    (LEAD_IN + "Last month a delegation of African presidents led by Ramaphosa went to Kyiv.",
     ("EGY", "SEN", "ZMB")),
    (LEAD_IN + "Last week a mission of African envoys headed by Ramaphosa flew to Kyiv.",
     ("EGY", "SEN", "ZMB")),
])
def test_coding_prec35_led_delegation_not_region(coded, text, wrong):
    rows = coded(text)
    assert not [r for r in rows if (r[0] or "").startswith(wrong)], rows


@pytest.mark.parametrize("text, srcs", [
    # (with no leader named, the region's states the article names stay the group)
    (LEAD_IN + "Last month a delegation of African presidents went to Kyiv.",
     ("EGY", "SEN", "ZMB")),
])
def test_coding_prec35_unled_delegation_region(coded, has_event, text, srcs):
    rows = coded(text)
    assert all(has_event(rows, s, "042", "UKR") for s in srcs), rows


STORY = ("The United States and India signed a trade pact in Washington on Monday, and India "
         "agreed to cut tariffs on American farm goods. ")


@pytest.mark.parametrize("text, wrong_src, wrong_tgt", [
    # (a country's opposition criticising with no target named: not the other state)
    (STORY + "The plan has been criticised by India's opposition parties.", "IND", "USA"),
    # (its police accusing people at home)
    (STORY + "Indian police accused two charities of fraud on Friday.", "IND", "USA"),
    # (its rebels striking posts at home)
    (STORY + "Maoist rebels in India attacked police posts in Chhattisgarh on Tuesday.",
     "IND", "USA"),
])
def test_coding_prec35_homegrown_no_story_target(coded, text, wrong_src, wrong_tgt):
    rows = coded(text)
    homegrown = ("REB", "OPP", "CVL", "COP")
    assert not [r for r in rows if (r[0] or "").startswith(wrong_src)
                and (r[0] or "")[3:] in homegrown and (r[2] or "").startswith(wrong_tgt)], rows


@pytest.mark.parametrize("text, src, code, tgt", [
    # (the state itself still takes the story's other side as its target)
    (STORY + "On Friday India rejected the criticism.", "IND", "11", "USA"),
])
def test_coding_prec35_state_keeps_story_target(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


PAIR_STORY = "Bhutan and China held boundary talks in Beijing on Monday. "


@pytest.mark.parametrize("text, src, code, tgt", [
    # ("both sides" after a plural noun of two nationalities in its sentence: that pair)
    (PAIR_STORY + "Last summer Indian and Chinese soldiers stood eye to eye for weeks until "
     "both sides pulled back.", "IND", "087", "CHN"),
    (PAIR_STORY + "Last summer Indian and Chinese soldiers stood eye to eye for weeks until "
     "both sides pulled back.", "CHN", "087", "IND"),
])
def test_coding_prec35_pair_named_before(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


def test_coding_prec35_pair_named_before_not_story(coded):
    rows = coded(PAIR_STORY + "Last summer Indian and Chinese soldiers stood eye to eye for "
                 "weeks until both sides pulled back.")
    assert not [r for r in rows if r[1].startswith("087") and "BTN" in (
        (r[0] or "")[:3], (r[2] or "")[:3])], rows

