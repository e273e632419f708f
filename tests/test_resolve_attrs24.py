"""Status, dates and places of an event, third pass (session 18, attrs24).

- "would let the 2017 memorandum with Beijing lapse": a deal named by the year it was made
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
    ("Panama, the minister said, would let the 2017 memorandum with Beijing lapse.",
     "PAN", "057", "CHN", "happened", "2017"),
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
