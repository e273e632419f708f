"""Cross-article event fusion: mentions of one real-world event become one fused event.

Two mentions are the same event when they have
* the same dyad (direction-free for meetings/talks, root 04, and for reciprocal acts),
* the same CAMEO root family,
* compatible dates: the periods their dates name overlap (a mention dated only by its
  article's publication day stands for the few days before it when realized, and for the
  weeks after it when planned),
* compatible places (both unknown, or the same country), and
* compatible people (when both name a person on the same side, it is the same person).

A planned or uncertain mention and a later realized one that fit together are one story: the
fused event keeps every mention, so its status history can be read from them, and a
``realized_as`` link is stored from the first planned mention to the first realized one.
Imported dataset rows (GDELT, ICEWS, ...) are already events and map one to one.

``fuse()`` is a pure function over plain rows; ``fuse_store()`` reads and writes through the
Store.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from detente.model import period_start, stable_id

log = logging.getLogger(__name__)

UNDIRECTED_ROOTS = {"04"}
STATUS_RANK = {  # which status a fused event shows: realized beats everything told before
    "happened": 6, "ongoing": 5, "cancelled": 4, "denied": 3, "planned": 2, "uncertain": 1,
    "hypothetical": 0,
}


@dataclass(frozen=True, slots=True)
class Mention:
    event_id: str
    article_id: str | None
    published: date | None
    source_country: str | None
    target_country: str | None
    source_name: str | None
    target_name: str | None
    cameo: str
    root: str
    status: str
    date_value: str | None
    date_precision: str | None
    location_country: str | None
    confidence: float = 0.5


@dataclass
class Cluster:
    key: tuple[Any, ...]
    members: list[Mention] = field(default_factory=list)
    lo: date | None = None
    hi: date | None = None
    location: str | None = None
    names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FusedEvent:
    fused_id: str
    members: tuple[str, ...]
    best_event_id: str
    status: str
    cameo: str
    n_articles: int
    first_seen: date | None
    last_seen: date | None


def interval(m: Mention) -> tuple[date, date] | None:
    """The period of days a mention's date can stand for."""
    prec = (m.date_precision or "").lower()
    if prec == "publication" or not m.date_value:
        pub = m.published or period_start(m.date_value)
        if pub is None:
            return None
        if m.status in ("planned", "uncertain", "hypothetical"):
            return pub, pub + timedelta(days=60)
        return pub - timedelta(days=4), pub
    start = period_start(m.date_value)
    if start is None:
        return None
    if prec == "day":
        return start, start
    if prec == "week":
        return start, start + timedelta(days=6)
    if prec == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, nxt - timedelta(days=1)
    if prec == "quarter":
        return start, date(start.year + (start.month >= 10), (start.month + 2) % 12 + 1, 1) \
            - timedelta(days=1)
    if prec == "year":
        return start, date(start.year, 12, 31)
    return None


def group_key(m: Mention) -> tuple[Any, ...]:
    root = m.root or (m.cameo or "")[:2]
    if root in UNDIRECTED_ROOTS:
        return (root, frozenset((m.source_country, m.target_country)))
    return (root, m.source_country, m.target_country)


def _names(m: Mention) -> dict[str, str]:
    out = {}
    if m.source_name:
        out[m.source_country or "?"] = m.source_name
    if m.target_name:
        out[m.target_country or "?"] = m.target_name
    return out


def _fits(c: Cluster, m: Mention, iv: tuple[date, date] | None) -> bool:
    if iv is not None and c.lo is not None and c.hi is not None:
        if iv[0] > c.hi or iv[1] < c.lo:
            return False
    if m.location_country and c.location and m.location_country != c.location:
        return False
    for side, name in _names(m).items():
        if side in c.names and c.names[side] != name:
            return False
    return True


def _add(c: Cluster, m: Mention, iv: tuple[date, date] | None) -> None:
    c.members.append(m)
    if iv is not None:
        # keep the tightest period told so far
        if c.lo is None or c.hi is None:
            c.lo, c.hi = iv
        else:
            lo, hi = max(c.lo, iv[0]), min(c.hi, iv[1])
            if lo <= hi:
                c.lo, c.hi = lo, hi
    if m.location_country and not c.location:
        c.location = m.location_country
    for side, name in _names(m).items():
        c.names.setdefault(side, name)


def _width(iv: tuple[date, date] | None) -> int:
    return 10**6 if iv is None else (iv[1] - iv[0]).days


def fuse(mentions: Iterable[Mention]) -> tuple[list[FusedEvent], list[tuple[str, str, str]]]:
    """Cluster mentions into fused events; returns (events, links)."""
    groups: dict[tuple[Any, ...], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[group_key(m)].append(m)
    events: list[FusedEvent] = []
    links: list[tuple[str, str, str]] = []
    for key, ms in groups.items():
        # most precise first, so coarse mentions attach to the precise event they name
        ordered = sorted(ms, key=lambda m: (_width(interval(m)), m.published or date.min,
                                            m.event_id))
        clusters: list[Cluster] = []
        for m in ordered:
            iv = interval(m)
            fits = [c for c in clusters if _fits(c, m, iv)]
            if iv is None and len(fits) != 1:
                fits = []
            if fits:
                _add(fits[0], m, iv)
            else:
                c = Cluster(key)
                _add(c, m, iv)
                clusters.append(c)
        for c in clusters:
            events.append(_summarize(c))
            links.extend(_links(c))
    events.sort(key=lambda e: e.fused_id)
    return events, links


def _summarize(c: Cluster) -> FusedEvent:
    members = sorted(c.members, key=lambda m: (m.published or date.min, m.event_id))
    best = max(members, key=lambda m: (STATUS_RANK.get(m.status, 0) >= 5,
                                       -_width(interval(m)), m.confidence, m.event_id))
    realized = [m for m in members if m.status in ("happened", "ongoing")]
    if realized:
        status = "ongoing" if all(m.status == "ongoing" for m in realized) else "happened"
    else:
        # the latest word on an event that has not (yet) been reported as realized
        status = members[-1].status
        if any(m.status == "cancelled" for m in members):
            status = "cancelled"
    codes = Counter(m.cameo for m in (realized or members))
    cameo = max(codes, key=lambda k: (codes[k], len(k), k))
    pubs = [m.published for m in members if m.published]
    fused_id = "f" + stable_id(*sorted(str(k) for k in c.key), members[0].event_id, length=15)
    return FusedEvent(
        fused_id=fused_id, members=tuple(m.event_id for m in members),
        best_event_id=best.event_id, status=status, cameo=cameo,
        n_articles=len({m.article_id for m in members}),
        first_seen=min(pubs) if pubs else None, last_seen=max(pubs) if pubs else None)


def _links(c: Cluster) -> list[tuple[str, str, str]]:
    members = sorted(c.members, key=lambda m: (m.published or date.min, m.event_id))
    planned = [m for m in members if m.status in ("planned", "uncertain")]
    realized = [m for m in members if m.status in ("happened", "ongoing")]
    out = []
    if planned and realized and (planned[0].published or date.min) <= (
            realized[0].published or date.max):
        out.append((planned[0].event_id, realized[0].event_id, "realized_as"))
    cancelled = [m for m in members if m.status == "cancelled"]
    if planned and cancelled:
        out.append((planned[0].event_id, cancelled[0].event_id, "cancelled_as"))
    return out


@dataclass(frozen=True, slots=True)
class FuseSummary:
    mentions: int
    events: int
    links: int
    imported_events: int


def fuse_store(store: Any) -> FuseSummary:
    """Recompute fused events for every text-derived mention in the store (idempotent)."""
    rows = store.query(
        "SELECT m.event_id, m.article_id, a.published, m.source_country, m.target_country, "
        "m.source_name, m.target_name, m.cameo, m.root, m.status, m.date_value, "
        "m.date_precision, m.location_country, m.confidence "
        "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
        "WHERE m.provenance = 'text' OR m.provenance IS NULL")
    from detente.coding.actors import default_kb

    kb = default_kb()
    people: dict[str, bool] = {}

    def person(name: str | None) -> str | None:
        # only people tell two events apart ("Blinken visited" vs "Yellen visited");
        # a country or office name is just another way to name the same side
        if not name:
            return None
        if name not in people:
            people[name] = any(e.kind == "person" for e in kb.find(name))
        return name if people[name] else None

    mentions = []
    for r in rows:
        r = dict(r)
        r["source_name"], r["target_name"] = person(r["source_name"]), person(r["target_name"])
        mentions.append(Mention(**{k: r[k] for k in Mention.__slots__}))
    events, links = fuse(mentions)
    n_imported = store.replace_fused(events, links)
    return FuseSummary(len(mentions), len(events), len(links), n_imported)


__all__: Sequence[str] = ("Mention", "FusedEvent", "fuse", "fuse_store", "interval")
