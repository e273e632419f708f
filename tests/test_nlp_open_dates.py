"""A time phrase that leaves the time open ("at a date yet to be set") makes the event
uncertain, not planned; a time phrase that sets it does not."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article, Status

pytestmark = pytest.mark.slow

CASES = [
    # (text, source, root, target, status)
    ("The United States looks forward to welcoming President Ruto in Washington on a date "
     "that is yet to be set.", "KEN", "04", "USA", Status.UNCERTAIN),
    ("President Lula will travel to Beijing at a date to be agreed.", "BRA", "04", "CHN",
     Status.UNCERTAIN),
    ("Chancellor Scholz is to visit New Delhi at a time to be determined.", "DEU", "04", "IND",
     Status.UNCERTAIN),
    ("Prime Minister Kishida will visit Seoul on a day to be announced later.", "JPN", "04",
     "KOR", Status.UNCERTAIN),
    ("Premier Li Qiang will visit Canberra on a date still to be set.", "CHN", "04", "AUS",
     Status.UNCERTAIN),
    # the phrase sets the time
    ("President Ruto will visit Washington at a date set by the two governments.", "KEN", "04",
     "USA", Status.PLANNED),
    ("President Lula will travel to Beijing at the time agreed last month.", "BRA", "04", "CHN",
     Status.PLANNED),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt", "status"), CASES)
def test_nlp_open_dates_status(coder, text, src, root, tgt, status):
    art = Article(id="t-open-date", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    got = {e.status for e in coder.code(art).events if e.source is not None
           and e.target is not None and e.source.country == src and e.root == root
           and e.target.country == tgt}
    assert got == {status}, got
