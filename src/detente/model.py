"""Plain records that flow through the pipeline.

Every stage is a function over these frozen dataclasses; nothing here does I/O.
``Event.to_record()`` produces exactly the JSON shape of the event-record contract in
DESIGN.md (fields that don't apply are ``None``).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any


class Status(StrEnum):
    """Whether an event actually took place, as the text presents it."""

    HAPPENED = "happened"
    ONGOING = "ongoing"
    PLANNED = "planned"
    UNCERTAIN = "uncertain"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"
    CANCELLED = "cancelled"

    @property
    def realized(self) -> bool:
        return self in (Status.HAPPENED, Status.ONGOING)

    @property
    def group(self) -> str:
        """Coarse groups used for scoring status (DESIGN.md / issue targets)."""
        return {
            Status.HAPPENED: "realized",
            Status.ONGOING: "realized",
            Status.PLANNED: "planned",
            Status.UNCERTAIN: "unsure",
            Status.HYPOTHETICAL: "unsure",
            Status.DENIED: "negated",
            Status.CANCELLED: "negated",
        }[self]


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    #: no time expression of its own: the article's publication date is used
    PUBLICATION = "publication"
    #: a relative expression that could not be anchored (no publication date)
    UNKNOWN = "unknown"


def stable_id(*parts: object, length: int = 16) -> str:
    """Deterministic id from content: the same parts always give the same id."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(str(p).encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def period_start(value: str | None) -> date | None:
    """First day of the period an event-date value names ("2023-09" -> 2023-09-01)."""
    if not value:
        return None
    try:
        if "-W" in value:
            y, w = value.split("-W")
            return date.fromisocalendar(int(y), int(w), 1)
        if "-Q" in value:
            y, q = value.split("-Q")
            return date(int(y), 3 * (int(q) - 1) + 1, 1)
        parts = value.split("-")
        if len(parts) == 1:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        return date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except (ValueError, IndexError):
        return None


@dataclass(frozen=True, slots=True)
class Repair:
    """One change made to an article's text by ``ingest.repair``.

    ``start``/``end`` are offsets into the *original* text; ``clean_start`` is the offset of
    the replacement in the repaired text.
    """

    kind: str
    start: int
    end: int
    before: str
    after: str
    clean_start: int = -1


@dataclass(frozen=True, slots=True)
class Article:
    """One news article after reading and text repair.

    ``text`` is the repaired text; every character offset downstream points into it.
    ``raw_text`` is what the reader found (kept so repairs can be shown and re-done).
    ``skip_spans`` are (start, end) ranges of ``text`` that later stages must ignore
    (boilerplate that was marked rather than removed).
    """

    id: str
    title: str | None
    text: str
    published: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str | None = None  # file path / URL / "stdin", with line number where useful
    raw_text: str | None = None
    repairs: tuple[Repair, ...] = ()
    skip_spans: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        """Hash of the normalized text: the same story re-scraped gets the same hash."""
        norm = " ".join(self.text.lower().split())
        return stable_id(norm, length=32)

    @staticmethod
    def make_id(text: str, title: str | None = None) -> str:
        """Deterministic article id for input that carries none."""
        norm = " ".join(((title or "") + "\n" + text).lower().split())
        return "a" + stable_id(norm, length=15)


@dataclass(frozen=True, slots=True)
class Quarantined:
    """An input item that could not be read or processed, with why."""

    origin: str
    reason: str
    code: str = "E000"
    line: int | None = None
    item_id: str | None = None

    def describe(self) -> str:
        where = self.origin if self.line is None else f"{self.origin}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Actor:
    text: str | None
    name: str | None
    code: str | None
    country: str | None
    sector: str | None
    start: int | None = None  # char offsets in the article text (not in the record contract)
    end: int | None = None

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None  # "2023-09-17", "2023-09", "2023-W37", "2023-Q3", "2023"
    precision: DatePrecision
    text: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"value": self.value, "precision": str(self.precision), "text": self.text}


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    anonymous: bool = False

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Plover:
    type: str
    mode: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode}


@dataclass(frozen=True, slots=True)
class Event:
    """One event mention: who did what to whom, when, where, and whether it happened."""

    event_id: str
    article_id: str
    source: Actor | None
    target: Actor | None
    cameo: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    status: Status
    date: EventDate
    evidence: Evidence
    plover: Plover | None = None
    location: Location | None = None
    attribution: Attribution | None = None
    confidence: float = 0.5
    rule: str | None = None
    status_cue: str | None = None

    @staticmethod
    def make_id(article_id: str, start: int, end: int, cameo: str, src: str | None,
                tgt: str | None) -> str:
        return "e" + stable_id(article_id, start, end, cameo, src, tgt, length=15)

    def to_record(self) -> dict[str, Any]:
        """The event record of DESIGN.md, key order included."""
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "source": self.source.to_record() if self.source else None,
            "target": self.target.to_record() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "label": self.label,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": self.plover.to_record() if self.plover else None,
            "status": str(self.status),
            "date": self.date.to_record(),
            "location": self.location.to_record() if self.location else None,
            "evidence": self.evidence.to_record(),
            "attribution": self.attribution.to_record() if self.attribution else None,
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
        }
