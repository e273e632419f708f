"""A statement's place is where its speaker said it, when the statement tells the speaker's
own side's stance; a reported act keeps its own place (or none)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow

CASES = [
    # (text, source, root, target, the place's country or None)
    ("In Beirut, Lebanon's premier told journalists that his cabinet regretted the move by "
     "Riyadh.", "LBN", "11", "SAU", "LBN"),
    ("Speaking in Ankara, the Turkish foreign minister said his country would not accept "
     "the Greek proposal.", "TUR", "12", "GRC", "TUR"),
    ("President Petro told reporters in Bogota that he deplored the U.S. tariffs.",
     "COL", "11", "USA", "COL"),
    ("At a rally in Caracas, President Maduro said he rejected the Guyanese claim.",
     "VEN", "12", "GUY", "VEN"),
    # the reported act is another side's: the place of the saying is not its place
    ("In Beirut, the Lebanese premier said Israel had shelled villages in southern "
     "Lebanon.", "ISR", "19", "LBN", None),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt", "place"), CASES)
def test_nlp_said_places_statement_place(coder, text, src, root, tgt, place):
    art = Article(id="t-said", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    evs = [e for e in coder.code(art).events if e.source is not None and e.target is not None
           and (e.source.country, e.root, e.target.country) == (src, root, tgt)]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in coder.code(art).events]
    got = {e.location.name if e.location else None for e in evs}
    if place is None:
        assert "Beirut" not in got, got
    else:
        assert place in {e.location.country for e in evs if e.location}, got


ACCUSATIONS = [
    # (text, accuser, accused, the place's country or None): a charge implied by a claim
    # is made where the claim was made
    ("In Beirut, the Lebanese premier said Israel had shelled villages in southern Lebanon.",
     "LBN", "ISR", "LBN"),
    ("Speaking in Kyiv, the Ukrainian foreign minister said Russian troops had blown up the "
     "dam.", "UKR", "RUS", "UKR"),
    ("The Armenian defence ministry said in Yerevan that Azerbaijani forces had shelled "
     "border villages.", "ARM", "AZE", "ARM"),
    # no place named for the saying
    ("Kyiv says Russian troops blew up the dam.", "UKR", "RUS", None),
]


@pytest.mark.parametrize(("text", "src", "tgt", "place"), ACCUSATIONS)
def test_nlp_said_places_implied_accusation(coder, text, src, tgt, place):
    art = Article(id="t-said-acc", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    evs = [e for e in coder.code(art).events if e.cameo == "112" and e.source is not None
           and e.target is not None and (e.source.country, e.target.country) == (src, tgt)]
    assert evs, [(e.source and e.source.code, e.cameo, e.target and e.target.code)
                 for e in coder.code(art).events]
    assert {e.location.country if e.location else None for e in evs} == {place}
