"""Session 29 (prec29): guesses of whom an act is aimed at that the text does not bear out.

* A refusal only supposed ("if X refuses to ...") takes no target guessed from the
  article's pair (nlp.guesses); a refusal charged ("accused X of refusing to ...") keeps
  the accuser (tests/test_nlp_link8.py).
* A judgement of a launch or a test whose firer the article did not name as doer
  ("condemned the launch") takes no guessed target: not the story's other side, not the
  partner of a meeting just told (nlp.guesses).
* A readout's guess (nlp.frames.readout_partner) is not made for the opposition, a former
  leader or rebels, who took no part in the meeting, nor for a side that met two others at
  once.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PAIR_LEAD = ("Hungary and Slovakia have quarrelled for months over a dam on the Danube. "
             "Budapest summoned the Slovak ambassador on Monday. ")


@pytest.mark.parametrize("text, src", [
    (PAIR_LEAD + "If Slovakia refuses to share the data, Hungarian engineers could go to "
     "court, officials say.", "SVK"),
    (PAIR_LEAD + "Hungarian engineers may go to court unless Slovakia stops refusing to "
     "share the data.", "SVK"),
])
def test_coding_prec29_supposed_refusal_no_guess(coded, text, src):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("12") and (r[0] or "").startswith(src)], \
        rows


@pytest.mark.parametrize("text, src, tgt", [
    (PAIR_LEAD + "Slovakia refused to share the data with Budapest on Tuesday.", "SVK", "HUN"),
    ("Bogota asked Havana to hand over the two commanders. The Cuban government refused to "
     "hand them over.", "CUB", "COL"),
])
def test_coding_prec29_refusal_told_kept(coded, has_event, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "12", tgt), rows


LAUNCH_LEAD = ("Japan and South Korea held talks on fisheries in Tokyo on Monday. North "
               "Korea's attempt to put a spy satellite into orbit failed on Tuesday when the "
               "rocket fell into the sea. ")


@pytest.mark.parametrize("text, src", [
    (LAUNCH_LEAD + "The Japanese government called the launch unacceptable.", "JPN"),
    (LAUNCH_LEAD + "In Seoul, a government spokesman condemned the test and said the "
     "country would stay alert.", "KOR"),
])
def test_coding_prec29_unowned_launch_no_guess(coded, text, src):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("11") and (r[0] or "").startswith(src)
                and not (r[2] or "").startswith("PRK")], rows


@pytest.mark.parametrize("text, src, tgt", [
    ("The Japanese government condemned North Korea's launch of a ballistic missile on "
     "Tuesday.", "JPN", "PRK"),
    ("North Korea fired a ballistic missile into the sea on Tuesday. Tokyo condemned the "
     "launch as a grave threat.", "JPN", "PRK"),
])
def test_coding_prec29_owned_launch_kept(coded, has_event, text, src, tgt):
    rows = coded(text)
    assert has_event(rows, src, "11", tgt), rows


@pytest.mark.parametrize("text, src", [
    ("Malaysia's prime minister met the Chinese president in Beijing on Friday. Opposition "
     "politicians accused him of giving ground.", "MYS"),
    ("Chile's president met the Argentine president in Santiago on Friday. A former "
     "president accused her of giving ground.", "CHL"),
])
def test_coding_prec29_readout_outsider_no_guess(coded, text, src):
    rows = coded(text)
    assert not [r for r in rows if r[1][:2] in ("11", "02") and (r[0] or "").startswith(src)
                and r[2]], rows


def test_coding_prec29_readout_pair_kept(coded, has_event):
    rows = coded("Canada's foreign minister met her Indian counterpart in New Delhi on Monday. "
                 "She also raised concerns about the treatment of Canadian diplomats.")
    assert has_event(rows, "CAN", "11", "IND"), rows


HOME_LEAD = ("Armenia and Azerbaijan traded accusations over the border this week. Baku "
             "recalled its envoy from Yerevan on Monday. ")


@pytest.mark.parametrize("text, src, code", [
    (HOME_LEAD + "The Armenian president said she would veto the bill on foreign agents.",
     "ARM", "12"),
    (HOME_LEAD + "Opposition parties in Yerevan boycotted the local elections held in March.",
     "ARM", "14"),
    (HOME_LEAD + "Turnout was low in the poll that Armenian voters had boycotted.", "ARM", "14"),
])
def test_coding_prec29_home_process_no_guess(coded, text, src, code):
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith(code) and (r[0] or "").startswith(src)
                and (r[2] or "").startswith("AZE")], rows


def test_coding_prec29_foreign_law_judged_kept(coded, has_event):
    rows = coded(HOME_LEAD + "Baku called the law a provocation on Tuesday.")
    assert has_event(rows, "AZE", "11", "ARM"), rows
