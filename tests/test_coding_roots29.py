"""Root confusions mended in session 29 (roots29).

- A laser shone, aimed, pointed, directed, locked or used at a side's ship, aircraft or crew is
  a show of force (150), as the readable gold codes lasers (train21, train24); guns or weapons
  aimed or pointed stay coercion (170).
- A withdrawal, exit or departure from a deal, pact or treaty, ratification withdrawn and
  obligations under a deal suspended are quitting it (121), not a troop withdrawal (087) nor
  leaving a body (161); so is security coordination halted or suspended. A quit that names
  no partner is aimed at the side the story paired the quitter with in talks, a deal, a
  dispute or a rejection (not a war), and not at a place in the treaty's own name.
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


@pytest.mark.parametrize(("text", "want"), [
    ("The Palestinian Authority said it was halting its security coordination with Israel "
     "after the raid.", ("PSE", "121", "ISR")),
    ("The Palestinian Authority suspended security coordination with Israel on Thursday.",
     ("PSE", "121", "ISR")),
    ("Russia's withdrawal from the grain deal with Ukraine took effect on Friday.",
     ("RUS", "121", "UKR")),
    ("Moscow announced its exit from the fisheries agreement with Norway.",
     ("RUS", "121", "NOR")),
    ("Washington said it had suspended its obligations under the arms treaty with Moscow.",
     ("USA", "121", "RUS")),
    ("Russia quit the Black Sea Grain Initiative with Ukraine in July.", ("RUS", "121", "UKR")),
])
def test_coding_roots29_deal_quit(coder, text, want):
    assert want in _events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # troops withdrawn stay a withdrawal (087)
    ("The United States announced the withdrawal of its troops from Syria.",
     ("USA", "121", "SYR")),
    # a place in the treaty's own name is no side of it
    ("Russia's withdrawal from the Treaty on Open Skies in Europe took effect on Friday.",
     ("RUS", "121", "EU")),
])
def test_coding_roots29_deal_quit_not(coder, text, unwanted):
    assert unwanted not in _events(coder, text)


def test_coding_roots29_deal_quit_story_partner(coder):
    text = ("NATO condemned Russia on Monday for leaving the arms control accord. "
            "Russia's withdrawal from the accord took effect today.")
    assert ("RUS", "121", "NATO") in _events(coder, text)
