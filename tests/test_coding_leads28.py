"""Leads of session 27 coded in session 28 (leads28).

- A claim put first with "According to X," where X is a state body, and the clause tells a
  hostile act of another state's side: X accuses the doer (112, dated on the article's day),
  besides the act; a source cited after the act (", according to X") only reports it.
- A laser shone at a side's ship or aircraft is a show of force (150).
- Land defended "under X's administration" is defended for X; bound by a treaty, it is an
  intent (03x), not a threat.
- "At X's request" is X's appeal only when forces are sent at it (023) or a body sits at it
  (020); a meeting held, a group hosted or a mediation made at a side's request adds none.
  Forces sent at X's request with no other state named go to X (074).
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


@pytest.mark.parametrize(("text", "want"), [
    ("According to the Japanese defence ministry, two Chinese warships shone lasers at a "
     "Japanese patrol plane over the sea on Sunday.", ("JPN", "112", "CHN")),
    ("According to the Philippine navy, a Chinese coast guard vessel fired water cannon at a "
     "Philippine supply boat near the reef on Friday.", ("PHL", "112", "CHN")),
    ("According to the Pentagon, a Russian fighter jet intercepted an American surveillance "
     "drone over the Baltic Sea and struck its wing.", ("USA", "112", "RUS")),
])
def test_coding_leads28_according_to_claim(coder, text, want):
    assert want in _events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # the source cited after the act only reports it
    ("Two Chinese warships shone lasers at a Japanese patrol plane over the sea on Sunday, "
     "according to the Japanese defence ministry.", ("JPN", "112", "CHN")),
    # media are no state's voice
    ("According to Japanese state television, two Chinese warships shone lasers at a "
     "Japanese patrol plane over the sea on Sunday.", ("JPN", "112", "CHN")),
])
def test_coding_leads28_according_to_no_claim(coder, text, unwanted):
    assert unwanted not in _events(coder, text)


@pytest.mark.parametrize(("text", "want"), [
    ("In March a Chinese navy ship shone a laser at an Australian patrol plane near the "
     "coast.", ("CHN", "15", "AUS")),
    ("The alliance treaty commits the United States to defend territory under Philippine "
     "control.", ("USA", "03", "PHL")),
    ("The treaty commits Britain to defend the islands under Japan's administration.",
     ("GBR", "03", "JPN")),
])
def test_coding_leads28_laser_and_defence(coder, text, want):
    assert want in _roots(_events(coder, text))


@pytest.mark.parametrize(("text", "want"), [
    ("Kenya sent police and soldiers to the capital at the request of the Haitian "
     "government last year.", {("HTI", "023", "KEN"), ("KEN", "074", "HTI")}),
    ("At the request of Mozambique's government, Rwanda began deploying a force of soldiers "
     "and police to the northern province.", {("MOZ", "023", "RWA"), ("RWA", "074", "MOZ")}),
    ("Australia, which sent troops to restore calm after the riots at Fiji's request, is a "
     "close partner of the islands.", {("AUS", "074", "FJI")}),
])
def test_coding_leads28_forces_at_request(coder, text, want):
    assert want <= _events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), [
    ("Turkey's president mediated between the two sides at the request of the German "
     "chancellor.", ("DEU", "02", "TUR")),
    ("Qatar has hosted the exiled group's office since 2012 at the request of the United "
     "States.", ("USA", "02", "QAT")),
    ("Beijing said Xi had a short exchange with Modi at the Indian side's request.",
     ("IND", "02", "CHN")),
])
def test_coding_leads28_request_phrase_no_appeal(coder, text, unwanted):
    assert unwanted not in _roots(_events(coder, text))


def test_coding_leads28_body_meets_at_request(coder):
    text = "The Security Council will hold an emergency meeting on Monday at Ukraine's request."
    assert ("UKR", "02", "UNO") in _roots(_events(coder, text))


@pytest.mark.parametrize(("text", "want"), [
    ("Washington will guarantee Israel's security, the secretary said on Monday.",
     ("USA", "030", "ISR")),
    ("Paris said France would take firm measures to ensure the security of Chad and "
     "Niger.", ("FRA", "030", "TCD")),
])
def test_coding_leads28_security_ensured(coder, text, want):
    assert want in _events(coder, text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # the side protected is not threatened by the measures
    ("Paris said France would take firm measures to ensure the security of Chad and "
     "Niger.", ("FRA", "13", "TCD")),
    # one's own nationals guarded: no intent toward the place they are in
    ("Tokyo said it would take steps to ensure the safety of Japanese nationals in Sudan.",
     ("JPN", "03", "SDN")),
])
def test_coding_leads28_security_ensured_not(coder, text, unwanted):
    assert unwanted not in _roots(_events(coder, text))
