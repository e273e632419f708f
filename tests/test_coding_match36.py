"""Session 24 (match36): a meeting whose place is moved after coding is coded by that place.

A meeting told under a dateline of a third place is first placed at the dateline ("TOKYO -
... Lukashenko received Wang Yi"), so its code says abroad (044). When the story's visit puts
the meeting in one side's country, the place moves there and the code follows, as it would have
with the place known from the start: in the host's country a hosting told as such is the host's
(043) with the guest's visit (042); a meeting there is the guest's visit (042).

These load the real spaCy model (one coder for the session, pre-filter off).
"""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

VISIT = ("TOKYO, March 5 - Chinese Foreign Minister Wang Yi arrived in Minsk on Monday for a "
         "two-day trip. ")


@pytest.fixture(scope="module")
def rows(coded_rows):
    return coded_rows(date(2024, 3, 5), by="country", digits=3)


@pytest.mark.parametrize("text, present, absent", [
    # (a hosting moved to the host's country: the host's, and the guest's visit)
    (VISIT + "Belarusian President Alexander Lukashenko received Wang Yi on Monday.",
     [("BLR", "043", "CHN"), ("CHN", "042", "BLR")], [("BLR", "044", "CHN")]),
    (VISIT + "Belarusian President Alexander Lukashenko hosted Wang for talks on Monday.",
     [("BLR", "043", "CHN"), ("CHN", "042", "BLR")], [("BLR", "044", "CHN")]),
    # (talks moved to the host's country: the guest's visit)
    (VISIT + "Wang also held talks with his Belarusian counterpart on Monday.",
     [("CHN", "042", "BLR")], [("CHN", "044", "BLR")]),
    # (the place known from the start: the same codes)
    ("Belarusian President Alexander Lukashenko received Chinese Foreign Minister Wang Yi "
     "in Minsk on Monday.",
     [("BLR", "043", "CHN"), ("CHN", "042", "BLR")], [("BLR", "044", "CHN")]),
])
def test_coding_match36_moved_meeting_follows_place(rows, text, present, absent) -> None:
    got = {(s, c, t) for s, c, t, _st in rows(text)}
    for row in present:
        assert row in got, (row, got)
    for row in absent:
        assert row not in got, (row, got)


def test_coding_match36_third_place_meeting_stays_abroad(rows) -> None:
    # (no visit told: the meeting stays at the dateline's place, a third country's)
    got = {(s, c, t) for s, c, t, _st in rows(
        "GENEVA, March 5 - Chinese Foreign Minister Wang Yi met his Belarusian counterpart "
        "on Monday.")}
    assert ("CHN", "044", "BLR") in got or ("BLR", "044", "CHN") in got, got
