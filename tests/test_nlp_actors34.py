"""Session 23 (actors34): a state's organs told with no nationality word, placed by their own
phrase.

* Courts, judges and prosecutors are of the place they sit in, a city the gazetteer knows
  included ("prosecutors in Chicago", "a court in Antwerp"), but not an international court's
  seat ("the court in The Hague").
* Soldiers placed by their own phrase or by the unit they belong to ("guardsmen in
  Libreville", "soldiers of the presidential guard in Niamey") are that country's only when
  they arrest, detain or oust someone -- the acts of a state's forces at home; troops told
  with a nationality stay that nationality's wherever they are.
* "the presidential guard", "the republican guard" and "guardsmen" are military agent nouns.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, src, code, tgt", [
    # (prosecutors placed by a city of the country)
    ("Federal prosecutors in Chicago charged two Venezuelan businessmen with bribery on "
     "Tuesday.", "USAJUD", "173", "VEN"),
    # (a court placed by a city, as the agent of a passive)
    ("An Iranian diplomat was sentenced by a court in Antwerp to eighteen years in prison.",
     "BELJUD", "173", "IRN"),
    # (the ruler's guard holding a leader of its own state, no place told)
    ("French troops pulled out of Niger in December. Since late July the presidential guard "
     "has detained Bazoum together with his son.", "NERMIL", "173", "NER"),
    # (soldiers of a guard unit placed by its phrase, detaining the ruler)
    ("Soldiers of the presidential guard in Niamey detained President Mohamed Bazoum on "
     "Wednesday.", "NERMIL", "173", "NER"),
    # (guardsmen placed by the capital, arresting the ruler)
    ("Guardsmen in Libreville arrested President Ali Bongo at his residence.",
     "GABMIL", "173", "GAB"),
    # (a guard that is no ruler's guard still refers to the force told before)
    ("Chinese coast guard ships shadowed a Philippine supply convoy on Saturday. The coast "
     "guard later fired water cannon at a Philippine boat.", "CHNMIL", "191", "PHL"),
])
def test_nlp_actors34_organ_placed_by_own_phrase(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, wrong", [
    # (foreign troops stay foreign where they are stationed)
    ("French troops stationed in Niamey detained two smugglers near the airport.", "NERMIL"),
    # (the court at The Hague is no Dutch court)
    ("The court in The Hague ordered Kenya to pay compensation to Somalia.", "NLDJUD"),
    # (soldiers placed by a city but not acting at home: no country from the place)
    ("Soldiers in Goma attacked a convoy of Rwandan traders.", "CODMIL"),
    # (the guard holding foreign officers is not theirs)
    ("Two Malian officers were detained in Niamey by the presidential guard.", "MLIMIL"),
    # (a ruler's guard is no foreign force told before)
    ("French troops pulled out of Niger in December. Since late July the presidential guard "
     "has detained Bazoum together with his son.", "FRAMIL"),
])
def test_nlp_actors34_organ_place_negative(coded, text, wrong):
    rows = coded(text)
    assert not [r for r in rows if r[0] == wrong and r[1].startswith("17")] if (
        wrong == "FRAMIL") else not [r for r in rows if r[0] == wrong], rows
