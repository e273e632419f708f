"""Session 25 (prec25): precision rules.

* A plural phrase owned by "their" in a clause whose subject joins named parties ("A and B
  agreed to deepen cooperation between their countries") is those parties, not the pair the
  article is mostly about.
* "The court in The Hague" in an article about an arrest, a warrant or an indictment is the
  criminal court (ICC), not the court of states' disputes (ICJ).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

STORY = ("Manila protested to Beijing on Monday over a Chinese coast guard ship in the "
         "disputed shoal. ")


@pytest.mark.parametrize("text, src, code, tgt", [
    (STORY + "Last week Marcos and Japan's prime minister Fumio Kishida agreed to expand "
     "military cooperation between their countries.", "PHL", "03", "JPN"),
    (STORY + "In Canberra, Marcos and Anthony Albanese pledged to deepen ties between their "
     "nations.", "PHL", "03", "AUS"),
])
def test_coding_prec25_their_owners(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows
    assert not [r for r in rows if r[1].startswith("03") and (r[2] or "").startswith("CHN")], rows


@pytest.mark.parametrize("text, src, code, tgt", [
    ("Putin landed in Bishkek on Thursday on his first trip abroad since judges at The Hague "
     "ordered his arrest in March.", "ICC", "17", "RUS"),
    ("In March the Hague court accused Putin of unlawfully moving children out of occupied "
     "land, and ordered his arrest.", "ICC", "11", "RUS"),
])
def test_coding_prec25_hague_criminal_court(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


def test_coding_prec25_hague_state_court(coded, has_event):
    # (no criminal words: the court of states' disputes, as before)
    rows = coded("Guyana asked the court in The Hague to rule on its border with Venezuela, "
                 "and the Hague court ordered Caracas to refrain from any action.")
    assert not [r for r in rows if (r[0] or "").startswith("ICC")], rows


COURT_STORY = ("The International Court of Justice on Monday settled the sea border between "
               "Kenya and Somalia, largely in Mogadishu's favour. ")


@pytest.mark.parametrize("text, src, code, tgt", [
    # (a court's act rejected: aimed at the court, not at the article's other state)
    (COURT_STORY + "Nairobi said it rejected the ruling in full.", "KEN", "12", "ICJ"),
    # (a court's sitting stayed away from)
    (COURT_STORY + "Kenya boycotted and stayed away from the hearings last year.",
     "KEN", "12", "ICJ"),
])
def test_coding_prec25_court_act_rejected(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows
    assert not [r for r in rows if r[1].startswith("12") and (r[2] or "").startswith("SOM")], rows


def test_coding_prec25_no_court_told(coded, has_event):
    # (no court in the story: the article's other side, as before)
    rows = coded("Kenya and Somalia quarrelled over their sea border for years. Nairobi "
                 "rejected Mogadishu's new map on Monday.")
    assert has_event(rows, "KEN", "12", "SOM"), rows


@pytest.mark.parametrize("text", [
    "Ankara has argued for months that relief for the region should go through Baghdad.",
    "Ankara said relief for the region must go through Baghdad.",
    "Scholz said any scheme for sending asylum seekers back would have to be agreed between "
    "Paris and Rome.",
])
def test_coding_prec25_thing_bound_no_appeal(coded, text):
    # (what a thing must do or undergo, told to no one: no appeal to a place the clause names)
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("020")], rows


def test_coding_prec25_side_bound_appeal(coded, has_event):
    # (a side's noun as the bound subject stays an appeal to it)
    rows = coded("In a letter Orban argues that the bloc must open fresh lines of talks with "
                 "the Kremlin.")
    assert has_event(rows, "HUN", "020", ""), rows


def test_coding_prec25_possessive_not_in_relative_clause(coded, has_event):
    # ("his" is the subject told around the relative clause, not the rival named inside it)
    rows = coded("Lula, who beat Jair Bolsonaro in a close runoff, arrived in Washington on "
                 "Friday for his first visit to the country in years.")
    assert not [r for r in rows if (r[0] or "").startswith("BRAOPP")], rows


def test_coding_prec25_region_leaders_bloc_by_short_name(coded, has_event):
    # (the bloc named elsewhere by its short name, whose full name is the region's states)
    rows = coded("Nigeria and Senegal had pressed Guinea's junta for a quick return to civilian "
                 "rule. On Wednesday West African leaders imposed sanctions on Guinea, and "
                 "ECOWAS suspended the country from its bodies.")
    assert has_event(rows, "ECOWAS", "16", "GIN"), rows
    assert not [r for r in rows if r[1].startswith("16") and (r[0] or "")[:3] in (
        "NGA", "GHA", "SEN")], rows


def test_coding_prec25_next_summit_no_hosted_pair(coded):
    # (a bloc's next summit, held by its members in turn: no meeting of the story's pair)
    rows = coded("Modi met Biden in New Delhi on Saturday. Brazil will host the next summit, "
                 "in Brasilia, late next year.")
    assert not [r for r in rows if (r[0] or "").startswith("BRA") and r[1].startswith("043")], rows


@pytest.mark.parametrize("text", [
    "The British embassy in Minsk called the verdict on Monday a sad day for Belarus.",
    "Warsaw called the ruling last week a black day for the rule of law in Hungary.",
])
def test_coding_prec25_naming_not_call_for(coded, text):
    # ("called X a Y for Z": naming a thing, no appeal)
    rows = coded(text)
    assert not [r for r in rows if r[1].startswith("020")], rows


def test_coding_prec25_call_for_kept(coded, has_event):
    rows = coded("Berlin called for an immediate ceasefire between Armenia and Azerbaijan.")
    assert has_event(rows, "DEU", "02", ""), rows
