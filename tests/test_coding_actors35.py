"""Session 24 (actors35): actors a sentence names only by reference or by place.

* Lawmakers placed by their own phrase are the legislature of the place's country, not the
  government the capital stands for ("lawmakers in Kyiv" -> UKR LEG, "senators in
  Washington" -> USA LEG).
* A capitalised bare word that ends another name of an organisation named before is that
  organisation ("the Islamic Revolutionary Guard Corps ... the Guards", "the Liberation
  Tigers of Tamil Eelam ... the Tigers").
* A bare "Leaders" opening a sentence of a summit statement, with no meeting of several told,
  are the leaders of the organisation the sentences before had as subject ("The European
  Council decided ... Leaders also granted ..." -> the European Council), not also the
  article's most named countries.

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text, src, code, tgt", [
    # (lawmakers placed by a capital: the legislature, not the government)
    ("Lawmakers in Kyiv condemned the Russian strikes on the power grid.", "UKRLEG", "111",
     "RUS"),
    ("Senators in Washington criticised China over its export curbs.", "USALEG", "111", "CHN"),
    ("Legislators in Taipei welcomed the visiting American delegation.", "TWNLEG", "043",
     "USA"),
    # (a nationality still gives the country)
    ("Ukrainian lawmakers condemned the Russian strikes on the power grid.", "UKRLEG", "111",
     "RUS"),
    # (the last word of an organisation's other name, said again alone)
    ("The Islamic Revolutionary Guard Corps seized a British tanker on Monday. The Guards "
     "accused Britain of piracy.", "IRNMIL", "112", "GBR"),
    ("The Liberation Tigers of Tamil Eelam ended the truce in July. The Tigers attacked a Sri "
     "Lankan army camp.", "LKASEP", "190", "LKA"),
    # (a summit statement's bare "Leaders": the organisation's)
    ("The European Council decided on Thursday to open membership talks with Ukraine. "
     "Leaders also granted candidate status to Georgia.", "EU", "054", "GEO"),
    # (after a meeting of two, "Leaders" stay the two who met)
    ("Biden met Xi in Woodside on Wednesday. Leaders agreed to resume military talks.",
     "USA", "036", "CHN"),
])
def test_coding_actors35_reference_and_place(coded, has_event, text, src, code, tgt):
    rows = coded(text)
    assert has_event(rows, src, code, tgt), rows


@pytest.mark.parametrize("text, wrong", [
    # (lawmakers with no place or nationality are nobody's)
    ("Lawmakers condemned the Russian strikes on the power grid.", "UKRLEG"),
    # (the capital alone is still the government)
    ("Kyiv condemned the Russian strikes on the power grid.", "UKRLEG"),
    # (the organisation's leaders are not also its partner's)
    ("The European Council decided on Thursday to open membership talks with Ukraine. "
     "Leaders also granted candidate status to Georgia.", "UKRGOV"),
    # (a word that ends no other name of the organisation named before refers to nothing)
    ("The Islamic Revolutionary Guard Corps seized a British tanker on Monday. The Tigers "
     "accused Britain of piracy.", "IRNMIL"),
])
def test_coding_actors35_negative(coded, text, wrong):
    rows = coded(text)
    assert not [r for r in rows if r[0] == wrong and r[1].startswith(("111", "112", "054"))], rows
