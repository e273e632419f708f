"""Root confusions mended in session 29 (roots29).

- A laser shone, aimed, pointed, directed, locked or used at a side's ship, aircraft or crew is
  a show of force (150), as the readable gold codes lasers (train21, train24); guns or weapons
  aimed or pointed stay coercion (170).
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.model import Article

pytestmark = pytest.mark.slow

PUB = date(2023, 5, 9)


def _events(coder, text: str) -> set[tuple[str, str, str]]:
    art = Article(id=Article.make_id(text), title=None, text=text, published=PUB,
                  origin="test")
    return {(e.source.country or "", e.cameo, e.target.country or "")
            for e in coder.code(art).events if e.source is not None and e.target is not None}


def _roots(events: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, c[:2], t) for s, c, t in events}


@pytest.mark.parametrize(("text", "want", "unwanted"), [
    ("A Chinese navy ship aimed a powerful laser at a Philippine supply boat on Monday.",
     ("CHN", "150", "PHL"), ("CHN", "17", "PHL")),
    ("The Chinese coast guard pointed a laser at the Philippine crew on Friday.",
     ("CHN", "150", "PHL"), ("CHN", "17", "PHL")),
    ("A Chinese warship locked a laser onto an Australian patrol aircraft.",
     ("CHN", "150", "AUS"), ("CHN", "17", "AUS")),
    ("Chinese coast guard vessels used lasers against Philippine fishing boats.",
     ("CHN", "150", "PHL"), ("CHN", "17", "PHL")),
    ("A Chinese frigate directed a laser at a Japanese surveillance plane.",
     ("CHN", "150", "JPN"), ("CHN", "17", "JPN")),
    # guns aimed or pointed stay coercion
    ("Chinese soldiers pointed guns at Indian troops at the border.",
     ("CHN", "170", "IND"), ("CHN", "15", "IND")),
])
def test_coding_roots29_lasers(coder, text, want, unwanted):
    got = _events(coder, text)
    assert want in got
    assert unwanted not in _roots(got)
