"""Status, dates and places of an event, third pass (session 18, attrs24).

- "may allow its 2016 accord with Seoul to expire": a deal named by the year it was made
  was made then; the modal, condition or plan above it is about what happens to it now.
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article


def _events(coder, text: str, pub: datetime.date):
    art = Article(id="attrs24", title=None, text=text, published=pub)
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value, e.date.value)
            for e in coder.code(art).events]


JUN = datetime.date(2024, 6, 1)

# (text, source, cameo prefix, target, status, date value)
YEAR_NAMED = [
    ("Panama, the minister said, would let its 2016 memorandum with Beijing run out.",
     "PAN", "057", "CHN", "happened", "2016"),
    ("Quito said it would let the 2019 memorandum with Lima expire.",
     "ECU", "057", "PER", "happened", "2019"),
    ("Moscow will let the 2010 treaty with Washington expire next year.",
     "RUS", "057", "USA", "happened", "2010"),
    # negative: a deal still to be made keeps the clause's status
    ("Seoul said it might sign an agreement with Tokyo next year.",
     "KOR", "057", "JPN", "hypothetical", None),
    ("Seoul said it might sign a new agreement with Tokyo.",
     "KOR", "057", "JPN", "hypothetical", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status", "value"), YEAR_NAMED,
                         ids=[r[0][:60] for r in YEAR_NAMED])
def test_resolve_attrs24_deal_named_by_year(coder, text, src, code, tgt, status, value):
    got = _events(coder, text, JUN)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert any(h[3] == status and (value is None or h[4] == value) for h in hits), got


#: (lead with a dateline, publication day, source, cameo prefix, target, date value): a
#: weekday hung on a verb of telling that governs the event dates it over the dateline's
#: day (the news is of the day it was told, as in a lead with no dateline); a trailing
#: attribution (", the ministry said late on Wednesday") is left to the dateline, as before
LEAD_TOLD = [
    ("ALGIERS, Aug 25 - The foreign minister announced on Tuesday that Algeria had cut its "
     "diplomatic ties with Morocco.", datetime.date(2021, 8, 25), "DZA", "16", "MAR",
     "2021-08-24"),
    ("QUITO, Aug 29 - President Noboa said on Wednesday that he had scrapped the trade pact "
     "with Peru.", datetime.date(2024, 8, 29), "ECU", "12", "PER", "2024-08-28"),
    ("NAIROBI, May 10 - Kenya said on Thursday that it had expelled the Ugandan envoy, "
     "accusing Kampala of meddling.", datetime.date(2024, 5, 10), "KEN", "16", "UGA",
     "2024-05-09"),
    ("NAIROBI, May 10 - Kenya said on Thursday that it had expelled the Ugandan envoy, "
     "accusing Kampala of meddling.", datetime.date(2024, 5, 10), "KEN", "112", "UGA",
     "2024-05-09"),
    # negative: the weekday is another event's, or none is told: the dateline's day stays
    ("NAIROBI, May 10 - Kenya expelled the Ugandan envoy, days after talks that ended on "
     "Monday.", datetime.date(2024, 5, 10), "KEN", "16", "UGA", "2024-05-10"),
    ("NAIROBI, May 10 - Kenya has expelled the Ugandan envoy, the ministry said.",
     datetime.date(2024, 5, 10), "KEN", "16", "UGA", "2024-05-10"),
    ("NAIROBI, May 10 - Kenya has expelled the Ugandan envoy, the ministry said late on "
     "Thursday.",
     datetime.date(2024, 5, 10), "KEN", "16", "UGA", "2024-05-10"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "pub", "src", "code", "tgt", "value"), LEAD_TOLD,
                         ids=[r[0][:60] + r[3] for r in LEAD_TOLD])
def test_resolve_attrs24_lead_told_on_day(coder, text, pub, src, code, tgt, value):
    got = _events(coder, text, pub)
    hits = [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]
    assert hits, got
    assert {h[4] for h in hits} == {value}, got
