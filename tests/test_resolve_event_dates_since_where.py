"""Event dates from a clause next to the event's own: the "since" phrase of a present-perfect
verb (when what still goes on began) and the "where" clause of a trip's destination."""

from __future__ import annotations

from datetime import date

import pytest

pytestmark = pytest.mark.slow

PUB = date(2024, 7, 16)

# (sentence, source country, target country, expected date value or None for "not this")
ROWS: list[tuple[str, str, str, str]] = [
    ("Canada has imposed sanctions on scores of Belarusian officials since the disputed "
     "election in 2020.", "CAN", "BLR", "2020"),
    ("Britain and Canada have imposed sanctions on Belarusian judges, including two members "
     "of the supreme court, since the vote in 2020.", "GBR", "BLR", "2020"),
    ("The Dutch premier flew on to Hanoi, where Vietnamese President To Lam received him on "
     "July 3.", "NLD", "VNM", "2024-07-03"),
    ("The Dutch premier travelled to Jakarta, where Indonesian officials welcomed him on "
     "July 2, and then he went home.", "NLD", "IDN", "2024-07-02"),
    # the trip's own time comes first
    ("The Dutch premier flew to Hanoi on Monday, where Vietnamese President To Lam received "
     "him on July 3.", "NLD", "VNM", "2024-07-15"),
]


@pytest.mark.parametrize(("text", "src", "tgt", "value"), ROWS, ids=[r[0][:60] for r in ROWS])
def test_resolve_event_dates_since_and_where(coder, make_article, text, src, tgt, value):
    res = coder.code(make_article(text, published=PUB))
    picked = [e for e in res.events if e.source.country == src and e.target.country == tgt]
    assert picked, [(e.source.code, e.cameo, e.target.code) for e in res.events]
    assert value in {e.date.value for e in picked}, [(e.cameo, e.date) for e in picked]


@pytest.mark.parametrize("text", [
    # "the first ... since": the time of the earlier event, not of this one
    "Canada's foreign minister visited Minsk, the first visit since the election in 2020.",
])
def test_resolve_event_dates_first_since_is_not_the_start(coder, make_article, text):
    res = coder.code(make_article(text, published=PUB))
    assert all(e.date.value != "2020" for e in res.events), [(e.cameo, e.date)
                                                             for e in res.events]
