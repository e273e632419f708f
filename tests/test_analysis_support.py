"""Builders shared by the analysis tests: a small real DuckDB store made from hand-written
event mentions (no spaCy), fused with the real fusion step."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from detente.fuse import fuse_store
from detente.model import (
    Actor,
    Article,
    Attribution,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
    Location,
    Status,
)
from detente.store import Store

SCRIPT_TITLE = "<script>alert(1)</script>"


@dataclass(frozen=True)
class M:
    """One hand-made mention."""

    src: str  # actor code, e.g. USAGOV or USA
    tgt: str
    cameo: str
    goldstein: float
    quad: int
    status: str = "happened"
    date: str | None = None  # date value; None -> publication
    precision: str = "day"
    sentence: str = "Something happened."
    src_name: str | None = None
    tgt_name: str | None = None
    place: str | None = None
    place_country: str | None = None
    cue: str | None = None
    speaker: str | None = None
    anonymous: bool = False


def _actor(code: str, name: str | None) -> Actor:
    country = code[:3]
    sector = code[3:] or None
    return Actor(text=name or country, name=name or country, code=code, country=country,
                 sector=sector)


def article(store: Store, aid: str, published: date, title: str, mentions: list[M]) -> None:
    text = " ".join(m.sentence for m in mentions) or title
    art = Article(id=aid, title=title, text=text, published=published, origin="test")
    events = []
    pos = 0
    for i, m in enumerate(mentions):
        start, end = pos, pos + len(m.sentence)
        pos = end + 1
        value = m.date or published.isoformat()
        prec = DatePrecision(m.precision if m.date else "publication")
        events.append(Event(
            event_id=Event.make_id(aid, start, end, m.cameo, m.src, f"{m.tgt}{i}"),
            article_id=aid, source=_actor(m.src, m.src_name), target=_actor(m.tgt, m.tgt_name),
            cameo=m.cameo, root=m.cameo[:2], label=f"label {m.cameo}", goldstein=m.goldstein,
            quad_class=m.quad, status=Status(m.status),
            date=EventDate(value, prec, None),
            evidence=Evidence(m.sentence, start, end, None),
            location=Location(m.place, m.place_country) if m.place else None,
            attribution=Attribution(m.speaker, m.anonymous) if m.speaker else None,
            confidence=0.8, status_cue=m.cue))
    store.add_article(art, events)


def build_store(path: Path) -> Path:
    """A store with a U.S.-China story, a planned visit that happens, and Russia-Ukraine."""
    db = path / "analysis.duckdb"
    with Store(db) as s:
        article(s, "a1", date(2023, 1, 10), "January news", [
            M("USAGOV", "CHNGOV", "042", 1.9, 1, date="2023-01-09",
              sentence="The U.S. envoy visited China on Monday.", src_name="Envoy One"),
            M("CHNGOV", "USAGOV", "112", -2.0, 3,
              sentence="China accused the United States of meddling."),
        ])
        article(s, "a2", date(2023, 3, 5), "March news", [
            M("USAGOV", "CHN", "163", -8.0, 4, date="2023-03-03",
              sentence="Washington imposed sanctions on Chinese firms on Friday."),
            M("CHNGOV", "USAGOV", "057", 8.0, 2, date="2023-03-04",
              sentence="The two sides signed a trade agreement on Saturday."),
        ])
        article(s, "a3", date(2023, 3, 20), "Blinken to visit Beijing", [
            M("USAGOV", "CHNGOV", "042", 1.9, 1, status="planned", date="2023-04-15",
              sentence="Secretary of State Antony Blinken will visit Beijing on April 15, "
                       "the State Department said.",
              src_name="Antony Blinken", place="Beijing", place_country="CHN", cue="will",
              speaker="State Department"),
        ])
        article(s, "a4", date(2023, 4, 16), "Blinken in Beijing", [
            M("USAGOV", "CHNGOV", "042", 1.9, 1, date="2023-04-15",
              sentence="Antony Blinken arrived in Beijing on Saturday.",
              src_name="Antony Blinken", place="Beijing", place_country="CHN"),
        ])
        article(s, "a5", date(2023, 4, 20), SCRIPT_TITLE, [
            M("CHNGOV", "USAGOV", "057", 8.0, 2, date="2023-04-19",
              sentence="They agreed <b>a deal</b> & more on Wednesday."),
        ])
        article(s, "a6", date(2023, 2, 2), "Russia strikes", [
            M("RUSMIL", "UKR", "190", -10.0, 4, date="2023-02-01",
              sentence="Russian forces shelled Ukrainian towns on Wednesday."),
        ])
        fuse_store(s)
    return db
