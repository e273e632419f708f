"""A pattern whose meaning is negated ("did not accept the ruling", "would not oppose the
bid") codes a stance that was stated: its "not" is no denial that something happened."""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article, Status

pytestmark = pytest.mark.slow

CASES = [
    # (text, source, root, target, status)
    ("Ethiopia said it did not accept the ruling against it by the arbitration panel "
     "that Egypt had sought.", "ETH", "12", None, Status.HAPPENED),
    ("Belgrade said it did not recognise the decision by Kosovo to ban the dinar.", "SRB",
     "12", "XKX", Status.HAPPENED),
    ("Hungary told reporters it would not oppose Finland's bid.", "HUN", "03", "FIN",
     Status.HAPPENED),
    ("Serbia does not recognise the decision by Kosovo to ban the dinar.", "SRB", "12",
     "XKX", Status.HAPPENED),
]


@pytest.mark.parametrize(("text", "src", "root", "tgt", "status"), CASES)
def test_nlp_negative_status_stance_is_stated(coder, text, src, root, tgt, status):
    art = Article(id="t-neg", title=None, text=text, published=date(2023, 5, 2),
                  origin="test")
    got = {(e.target.country if e.target else None, e.status) for e in coder.code(art).events
           if e.source is not None and e.source.country == src and e.root == root}
    assert got, [(e.source and e.source.code, e.cameo) for e in coder.code(art).events]
    assert all(s == status for _t, s in got), got
    if tgt is not None:
        assert tgt in {t for t, _s in got}, got
