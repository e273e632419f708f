"""linked31 (session 31): the other side a relative clause on an argument of another act
names ("a claim that X denies", "the summit, which X hosts", "the rate X had asked for",
"the drones that X wants")."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2023, 9, 14)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a denial of a claim told in a relative clause answers the claimants
    ("Lithuanian officials have said Belarusian guards pushed migrants over the border, "
     "a claim that Minsk denies.", ("BLR", "01", "LTU")),
    ("Seoul says the North's hackers stole the data, a claim that Pyongyang has denied.",
     ("PRK", "01", "KOR")),
    # a request told in a relative clause on the object of an offer or gift
    ("Norwegian lenders had offered a rate of 5 percent, well above the rate Nairobi had "
     "asked for.", ("KEN", "02", "NOR")),
    ("Berlin will send the armoured vehicles that Vilnius has requested.",
     ("DEU", "07", "LTU")),
    ("Ottawa would not say whether it will supply the helicopters that Manila wants.",
     ("CAN", "07", "PHL")),
    ("Tehran freed the two prisoners that Paris had asked for.", ("IRN", "08", "FRA")),
    ("Washington agreed to sell the fighter jets that Warsaw wants.", ("USA", "06", "POL")),
    # the guest of a gathering its host holds
    ("Ruto is in Brasilia as a guest of the trade forum, which Brazil hosts this month.",
     ("KEN", "04", "BRA")),
])
def test_coding_linked31_relative_clause_side(coder, coded_pairs, text, expected):
    got = coded_pairs(coder, text, PUB)
    assert expected in got, got


@pytest.mark.slow
@pytest.mark.parametrize("text, unwanted", [
    # the clause's own side, however it is hung, is the one the act is aimed at
    ("He said he would not repeat the remark, which the Danish minister had addressed to "
     "the Swedish premier.", ("DNK", "SWE")),
    # a gathering hosted by a side that others only talk about is no visit of theirs
    ("Officials from Fiji and Peru discussed plans for the summit that Chile will host in "
     "June.", ("FJI", "CHL")),
])
def test_coding_linked31_relative_clause_no_side(coder, coded_pairs, text, unwanted):
    got = coded_pairs(coder, text, PUB)
    assert not any((s, t) == unwanted and r in ("02", "04") for s, r, t in got), got
