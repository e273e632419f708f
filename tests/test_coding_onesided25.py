"""One-sided sentences whose other side is implicit (session 25, onesided25).

Each row is (article text, the sentence the events come from, expected rows, rows that must
not be coded); rows are (source, target, CAMEO code prefix, status), a side of six letters
an actor code, else a country.

- A show of force or a closing told at a border ("moved troops to the border", "held
  drills along the frontier", "units closer to the boundary", "crossed the Line of Actual
  Control"), with one side named, is aimed at the neighbour across it: the article's other
  side (``onesided.at_border`` and ``ArgumentPicker._article_partner``). Negative rows:
  every border ("sealed its borders"), guarding one's own line ("patrol the frontier"), a
  third country named in the sentence (the border may be its), no border at all.
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 5, 20)

Row = tuple[str, str, str, str]

LEAD = "Tensions between Poland and Belarus rose again this week. Warsaw and Minsk traded "
LEAD += "accusations over migrants. "

BORDER = [
    (LEAD + "Poland has moved thousands of extra soldiers to the border.", "Poland has moved",
     [("POL", "BLR", "15", "happened")], []),
    (LEAD + "Belarus held large military exercises along the frontier on Monday.",
     "Belarus held", [("BLR", "POL", "15", "happened")], []),
    (LEAD + "The Polish defence minister said more troops would be sent to the eastern "
     "frontier.", "The Polish", [("POL", "BLR", "15", "planned")], []),
    (LEAD + "Minsk also moved several units closer to the boundary.", "Minsk also",
     [("BLR", "POL", "15", "happened")], []),
    # every border, no neighbour
    (LEAD + "Belarus sealed its borders during the pandemic.", "Belarus sealed", [],
     [("BLR", "POL", "17", "happened")]),
    # keeping one's own side of the line
    (LEAD + "Police helped the Polish army patrol the frontier.", "Police helped", [],
     [("POL", "BLR", "15", "happened")]),
    # a third country named: its border, maybe
    (LEAD + "Lithuania accuses Belarus of sending troops toward the border.",
     "Lithuania accuses", [], [("BLR", "POL", "15", "uncertain"),
                               ("BLR", "POL", "15", "happened")]),
    # no border: no guess
    (LEAD + "Belarus held large military exercises on Monday.", "Belarus held", [],
     [("BLR", "POL", "15", "happened")]),
]


@pytest.mark.parametrize("text,sentence,want,unwanted", BORDER)
def test_coding_onesided25_border(pair_rows, has_pair, text: str, sentence: str,
                                  want: list[Row], unwanted: list[Row]) -> None:
    rows = pair_rows(text, PUB, sentence)
    for w in want:
        assert has_pair(rows, w), (w, rows)
    for u in unwanted:
        assert not has_pair(rows, u), (u, rows)
