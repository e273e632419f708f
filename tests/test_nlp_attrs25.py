"""Status, dates and places of an event, fourth pass (session 19, attrs25).

- "exchanged views on the situation in the Red Sea", "a memorandum on fishing in the South
  China Sea": the "on" phrase of a word of talk, opinion or a text is what it is about; a
  place nested in it is the topic's, not where the talk was held (a gathering or a stretch of
  land after "on" still leads to a place: "on the sidelines of the summit in Jakarta");
- "bombed what the ministry called rebel targets in northern Iraq": a physical act whose
  object is a free relative of naming takes the place hung on the naming verb or the name;
- "fired rockets into northern Israel", "crossed into Ukraine", "into Thai territory": fire
  sent and forces going across a line act where their "into" phrase lands;
- "would have been the first sitting president to visit": a ranking word one adjective
  down ("first sitting", "first serving") still makes the infinitive the act the clause
  asserts (here a visit that did not take place).
"""

from __future__ import annotations

import datetime

import pytest

from detente.model import Article

JUN = datetime.date(2024, 6, 12)


def _events(coder, text: str):
    art = Article(id="attrs25", title=None, text=text, published=JUN)
    return [(e.source.country if e.source else None, e.cameo,
             e.target.country if e.target else None, e.status.value,
             e.location.name if e.location else None,
             e.location.country if e.location else None)
            for e in coder.code(art).events]


def _hits(got, src, code, tgt):
    return [g for g in got if g[0] == src and g[2] == tgt and g[1].startswith(code)]


# (text, source, cameo prefix, target, place name or None)
TOPIC_ON = [
    ("Jaishankar and Chinese Foreign Minister Wang Yi exchanged views on the situation in "
     "the Red Sea.", "IND", "04", "CHN", None),
    ("Japan and the Philippines signed a memorandum on fishing in the South China Sea.",
     "JPN", "057", "PHL", None),
    ("Blinken held talks with Lavrov on security in the Black Sea.", "USA", "04", "RUS", None),
    ("Egypt and Sudan reached an agreement on water sharing in the Nile basin.",
     "EGY", "057", "SDN", None),
    # an "on" phrase of a gathering or a journey still leads to where it was
    ("Blinken met Chinese Foreign Minister Wang Yi on the sidelines of the summit in "
     "Jakarta.", "USA", "04", "CHN", "Jakarta"),
    ("Modi held talks with Albanese on a visit to Sydney.", "IND", "04", "AUS", "Sydney"),
    # a physical act's "on" phrase is its target, which is where it was done
    ("The Israeli military carried out a strike on a convoy in southern Lebanon.",
     "ISR", "19", "LBN", "Lebanon"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "place"), TOPIC_ON,
                         ids=[r[0][:60] for r in TOPIC_ON])
def test_nlp_attrs25_topic_on_is_no_place(coder, text, src, code, tgt, place):
    hits = _hits(_events(coder, text), src, code, tgt)
    assert hits, text
    assert all(h[4] == place for h in hits), hits


# (text, source, cameo prefix, target, place country)
MATERIAL = [
    ("Turkish jets struck what Ankara called militant hideouts in northern Iraq.",
     "TUR", "19", "IRQ", "IRQ"),
    ("Russian missiles hit what Kyiv said were energy facilities in western Ukraine.",
     "RUS", "19", "UKR", "UKR"),
    ("Cambodian forces fired rockets into Thai territory.", "KHM", "19", "THA", "THA"),
    ("Hezbollah fired rockets into northern Israel.", "LBN", "19", "ISR", "ISR"),
    ("Russian troops crossed into Ukraine from Belarus.", "RUS", "19", "UKR", "UKR"),
    # a plain object keeps its own place
    ("The Israeli army said it struck Hezbollah positions in southern Lebanon.",
     "ISR", "19", "LBN", "LBN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "country"), MATERIAL,
                         ids=[r[0][:60] for r in MATERIAL])
def test_nlp_attrs25_material_act_place(coder, text, src, code, tgt, country):
    got = _events(coder, "LONDON, June 12 - " + text)
    hits = _hits(got, src, code, tgt)
    assert hits, got
    assert any(h[5] == country for h in hits), hits


# (text, source, cameo prefix, target, status)
RANKED = [
    ("Obama would have been the first sitting American president to visit Myanmar.",
     "USA", "042", "MMR", "cancelled"),
    ("Macron would have been the first serving French president to travel to Algeria.",
     "FRA", "042", "DZA", "cancelled"),
    # the same construction keeps the clause's own status
    ("Scholz became the first sitting German chancellor to visit Namibia.",
     "DEU", "042", "NAM", "happened"),
    ("Erdogan will be the first sitting Turkish president to visit Armenia.",
     "TUR", "042", "ARM", "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), RANKED,
                         ids=[r[0][:60] for r in RANKED])
def test_nlp_attrs25_ranked_one_adjective_down(coder, text, src, code, tgt, status):
    got = _events(coder, text)
    hits = _hits(got, src, code, tgt)
    assert hits, got
    assert any(h[3] == status for h in hits), hits


# (text, source, cameo prefix, target, status): a side saying it will go on pressing,
# asking or criticising has been doing it (happened); a start ahead, a time ahead, or a
# material act stays what the clause says
KEPT_UP = [
    ("He said Washington would continue to raise its concerns directly with Beijing.",
     "USA", "11", "CHN", "happened"),
    ("Iwaya said Japan would keep asking South Korea to prevent a recurrence.",
     "JPN", "02", "KOR", "happened"),
    ("Seoul said it would continue to criticize Tokyo.", "KOR", "11", "JPN", "happened"),
    ("Kishida said Japan will keep urging China to lift the ban.", "JPN", "02", "CHN",
     "happened"),
    ("Canberra said it would keep pressing China over the case of a journalist who has been "
     "detained since 2020.", "AUS", "02", "CHN", "happened"),
    # negative rows
    ("Canberra said it would keep pressing China next year over the case.", "AUS", "02",
     "CHN", "planned"),
    ("Paris said it would start pressing Algiers on the issue.", "FRA", "02", "DZA",
     "planned"),
    ("Russia said it would continue to strike Ukrainian energy sites.", "RUS", "19", "UKR",
     "planned"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "status"), KEPT_UP,
                         ids=[r[0][:60] for r in KEPT_UP])
def test_nlp_attrs25_kept_up_speech_act(coder, text, src, code, tgt, status):
    got = _events(coder, text)
    hits = _hits(got, src, code, tgt)
    assert hits, got
    assert all(h[3] == status for h in hits), hits


# (lead after a dateline, source, cameo prefix, target, place): a court or jury that is
# the agent of a passive acts where it sits, not at the dateline
AGENT_SEAT = [
    ("BRUSSELS, June 12 - The Iranian diplomat was convicted by a court in Antwerp last "
     "year.", "BEL", "17", "IRN", "Antwerp"),
    ("LONDON, June 12 - The Honduran ex-president was convicted by a New York jury in April "
     "and later sentenced to 30 years in prison.", "USA", "17", "HND", "New York City"),
    ("WASHINGTON, June 12 - The Russian citizen was sentenced by a court in Moscow to nine "
     "years in prison.", "RUS", "17", "RUS", "Moscow"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "place"), AGENT_SEAT,
                         ids=[r[0][:60] for r in AGENT_SEAT])
def test_nlp_attrs25_passive_agent_seat(coder, text, src, code, tgt, place):
    got = _events(coder, text)
    hits = _hits(got, src, code, tgt)
    assert hits, got
    assert any(h[4] == place for h in hits), hits


# (text, source, cameo prefix, target, date value or None for the publication day): the
# "since" time after a ranking word outside the event's own clause is the last such event's
RANKED_SINCE = [
    ("Macron would have been the first serving French president to travel to Algeria since "
     "2012.", "FRA", "042", "DZA", None),
    ("Rutte would have been the first Dutch premier to visit Suriname since 2010.",
     "NLD", "042", "SUR", None),
    ("Scholz became the first German chancellor to visit Namibia since 2008.",
     "DEU", "042", "NAM", None),
    # negative: a plain "since" time with no ranking word stays
    ("Blinken has visited China three times since 2021.", "USA", "042", "CHN", "2021"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "src", "code", "tgt", "value"), RANKED_SINCE,
                         ids=[r[0][:60] for r in RANKED_SINCE])
def test_nlp_attrs25_ranked_since_time(coder, text, src, code, tgt, value):
    art = Article(id="attrs25", title=None, text=text, published=JUN)
    got = [(e.source.country if e.source else None, e.cameo,
            e.target.country if e.target else None, e.date.value)
           for e in coder.code(art).events]
    hits = _hits(got, src, code, tgt)
    assert hits, got
    want = value if value is not None else JUN.isoformat()
    assert all(h[3] == want for h in hits), hits
