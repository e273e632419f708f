"""What the API and the dashboard do, without the web framework: one object per app.

:class:`Service` owns the one read-write :class:`~detente.store.Store` of the server process
(DuckDB allows one writer process, so articles posted to the API are coded and stored here).
Writes are serialized by a lock and bump a generation counter; reads run on their own DuckDB
cursor per call (a connection is not thread-safe, its cursors are), and the expensive per-dyad
results are cached on the service keyed on that generation, so a write invalidates them.

Every SQL statement here takes its values as parameters; only fixed column lists and fixed
clause templates are ever joined into SQL text.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any

from detente.errors import DetenteError
from detente.interop import stored_record_sql
from detente.model import Quarantined, Status

log = logging.getLogger(__name__)

REALIZED = ("happened", "ongoing")
STATUSES = tuple(s.value for s in Status)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
EVENT_COLUMNS = (
    "fused_id", "source_country", "source_code", "target_country", "target_code", "cameo",
    "root", "label", "goldstein", "quad_class", "status", "date_value", "date_precision",
    "date_start", "location_name", "location_country", "n_mentions", "n_articles",
    "first_seen", "last_seen", "best_event_id", "sentence", "article_id", "provenance",
)
EXPORT_COLUMNS = (
    "event_id", "fused_id", "article_id", "provenance", "source_code", "source_country",
    "target_code", "target_country", "cameo", "root", "label", "goldstein", "quad_class",
    "status", "date_value", "date_precision", "date_start", "location_name",
    "location_country", "trigger_text", "sentence", "start_char", "end_char", "confidence",
    "rule",
)


class NotAvailable(DetenteError):
    """An analysis function the API relies on is not installed in this build (HTTP 501)."""

    code = "E700"


class NotFound(DetenteError):
    """No such article, event or dyad (HTTP 404)."""

    code = "E404"


def jsonable(value: Any) -> Any:
    """Dates to ISO strings, numpy scalars to Python, recursively; dataclasses via to_dict."""
    if value is None or isinstance(value, str | int | bool):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # NaN / inf -> null
    if type(value).__name__ == "NaTType":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == dtime(0) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    if hasattr(value, "to_dict") and callable(value.to_dict):
        try:
            return jsonable(value.to_dict(orient="records"))  # a pandas DataFrame
        except TypeError:
            return jsonable(value.to_dict())
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return jsonable(asdict(value))
    if hasattr(value, "item"):
        return jsonable(value.item())  # numpy scalar
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def parse_dyad(text: str) -> tuple[str, str]:
    parts = text.upper().replace("/", "-").split("-")
    return parts[0], parts[1]


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` literally anywhere (``\\`` is the escape)."""
    esc = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


@dataclass(frozen=True, slots=True)
class EventFilter:
    dyad: tuple[str, str] | None = None
    actor: str | None = None
    root: str | None = None
    statuses: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    q: str | None = None

    def where(self, alias: str = "e") -> tuple[str, list[Any]]:
        """SQL condition over the events table (alias ``alias``) and its parameters."""
        a = alias
        where: list[str] = []
        params: list[Any] = []
        if self.dyad:
            where.append(f"(({a}.source_country = ? AND {a}.target_country = ?) OR "
                         f"({a}.source_country = ? AND {a}.target_country = ?))")
            params += [self.dyad[0], self.dyad[1], self.dyad[1], self.dyad[0]]
        if self.actor:
            where.append(f"? IN ({a}.source_code, {a}.target_code, {a}.source_country, "
                         f"{a}.target_country)")
            params.append(self.actor)
        if self.root:
            where.append(f"{a}.root = ?")
            params.append(self.root)
        if self.statuses:
            where.append(f"{a}.status IN ({', '.join('?' * len(self.statuses))})")
            params += list(self.statuses)
        if self.since:
            where.append(f"{a}.date_start >= ?")
            params.append(self.since)
        if self.until:
            where.append(f"{a}.date_start <= ?")
            params.append(self.until)
        if self.q:
            pat = like_pattern(self.q)
            where.append(f"({a}.sentence ILIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions "
                         f"qm WHERE qm.fused_id = {a}.fused_id AND qm.sentence ILIKE ? "
                         "ESCAPE '\\'))")
            params += [pat, pat]
        return (" AND ".join(where) or "TRUE"), params


@dataclass
class _Cache:
    """A small LRU of computed results, keyed on the store generation."""

    maxsize: int = 256
    data: OrderedDict[tuple[Any, ...], Any] = field(default_factory=OrderedDict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get_or_compute(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        value = compute()  # outside the lock: two threads may compute the same key once each
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while len(self.data) > self.maxsize:
                self.data.popitem(last=False)
        return value

    def peek(self, key: tuple[Any, ...]) -> Any:
        with self.lock:
            return self.data.get(key)

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        with self.lock:
            self.data[key] = value
            while len(self.data) > self.maxsize:
                self.data.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.data.clear()


class StoreView:
    """The read methods of :class:`~detente.store.Store` the analysis functions use, run on a
    cursor of their own so that they are safe beside the server's other threads."""

    def __init__(self, service: Service) -> None:
        self._svc = service
        self.path = service.db_path

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return self._svc.rows(sql, params)

    def query_df(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._svc.frame(sql, params)


class Service:
    """The API's view of one store: reads, cached analyses and serialized ingestion."""

    def __init__(self, db_path: str, *, token: str | None = None,
                 max_body: int = 1_000_000) -> None:
        from detente.store import Store

        self.db_path = db_path
        self.token = token
        self.max_body = max_body
        self.store = Store(db_path)
        self.write_lock = threading.Lock()
        self.generation = 0
        self.cache = _Cache()
        self._coder: Any = None
        self._closed = False
        #: seconds a request waits for a slow analysis it started before answering without it
        self.planned_wait = 5.0
        # one slow analysis at a time, on daemon threads (a pool's threads would hold the
        # process at exit until a long computation ends)
        self._bg_slots = threading.Semaphore(1)
        self._futures: dict[tuple[Any, ...], Future[Any]] = {}
        self._futures_lock = threading.Lock()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self.store.close()

    # -- low-level reads ---------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.store.con.cursor()
        try:
            res = cur.execute(sql, list(params))
            cols = [d[0] for d in res.description]
            return [dict(zip(cols, r, strict=True)) for r in res.fetchall()]
        finally:
            cur.close()

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        got = self.rows(sql, params)
        return got[0] if got else None

    def frame(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.store.con.cursor()
        try:
            return cur.execute(sql, list(params)).df()
        finally:
            cur.close()

    def cached(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        return self.cache.get_or_compute((self.generation, *key), compute)

    # -- health ------------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        from detente import PIPELINE_VERSION, __version__

        counts = self.cached(("counts",), self._counts)
        return {"ok": True, "version": __version__, "pipeline": PIPELINE_VERSION,
                "db": self.db_path, "counts": counts, "writes": self.token is not None,
                "coder_loaded": self._coder is not None}

    def _counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "mentions", "events", "quarantine"):
            row = self.one(f"SELECT count(*) AS n FROM {table}")  # fixed table names
            out[table] = int(row["n"]) if row else 0
        return out

    # -- events ------------------------------------------------------------------------------
    def list_events(self, flt: EventFilter, limit: int, offset: int) -> dict[str, Any]:
        cond, params = flt.where("e")
        total = self.one(f"SELECT count(*) AS n FROM events e WHERE {cond}", params)
        items = self.rows(
            f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e WHERE {cond} "
            "ORDER BY e.date_start DESC NULLS LAST, e.fused_id LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return {"ok": True, "total": int(total["n"]) if total else 0, "limit": limit,
                "offset": offset, "items": jsonable(items)}

    def event(self, event_id: str) -> dict[str, Any]:
        """A fused event with its mentions (evidence) and planned/realized links.

        ``event_id`` may be a fused id or the id of one of its mentions."""
        ev = self.one(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE fused_id = ?",
                      [event_id])
        if ev is None:
            m = self.one("SELECT fused_id FROM mentions WHERE event_id = ?", [event_id])
            if m is None:
                raise NotFound(f"no event {event_id!r}")
            if m["fused_id"]:
                ev = self.one(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE "
                              "fused_id = ?", [m["fused_id"]])
        if ev is not None:
            mentions = self.rows(
                f"SELECT {stored_record_sql(self.store, 'm')} AS record, m.event_id, "
                "m.article_id, m.status, m.sentence, "
                "m.start_char, m.end_char, m.trigger_text, a.title, a.published "
                "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
                "WHERE m.fused_id = ? ORDER BY a.published NULLS LAST, m.event_id",
                [ev["fused_id"]])
        else:  # a mention that has not been fused (yet)
            mentions = self.rows(
                f"SELECT {stored_record_sql(self.store, 'm')} AS record, m.event_id, "
                "m.article_id, m.status, m.sentence, "
                "m.start_char, m.end_char, m.trigger_text, a.title, a.published "
                "FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
                "WHERE m.event_id = ?", [event_id])
        out_mentions = []
        for m in mentions:
            rec = json.loads(m["record"]) if m["record"] else {}
            out_mentions.append({
                "event_id": m["event_id"], "article_id": m["article_id"],
                "article_title": m["title"], "published": jsonable(m["published"]),
                "status": m["status"], "record": rec,
                "evidence": {"sentence": m["sentence"], "start": m["start_char"],
                             "end": m["end_char"], "trigger": m["trigger_text"]}})
        ids = [m["event_id"] for m in mentions]
        links: list[dict[str, Any]] = []
        if ids:
            marks = ", ".join("?" * len(ids))
            links = self.rows(
                f"SELECT from_id, to_id, kind FROM event_links WHERE from_id IN ({marks}) "
                f"OR to_id IN ({marks})", [*ids, *ids])
        history = [{"published": m["published"], "status": m["status"],
                    "event_id": m["event_id"], "article_id": m["article_id"]}
                   for m in out_mentions]
        if ev is None:
            rec = out_mentions[0]["record"]
            ev = {"fused_id": None, "best_event_id": event_id, "status": rec.get("status"),
                  "cameo": rec.get("cameo"), "label": rec.get("label"),
                  "sentence": out_mentions[0]["evidence"]["sentence"],
                  "article_id": out_mentions[0]["article_id"]}
        return {"ok": True, "event": jsonable(ev), "mentions": out_mentions,
                "status_history": history, "links": links}

    # -- articles ----------------------------------------------------------------------------
    def article(self, article_id: str) -> dict[str, Any]:
        a = self.one("SELECT id, title, published, url, source, language, text FROM articles "
                     "WHERE id = ?", [article_id])
        if a is None:
            raise NotFound(f"no article {article_id!r}")
        mentions = self.rows(
            "SELECT m.event_id, m.fused_id, m.start_char, m.end_char, m.trigger_text, "
            "m.source_text, m.target_text, m.source_code, m.target_code, m.cameo, m.label, "
            "m.status, e.best_event_id FROM mentions m "
            "LEFT JOIN events e ON e.fused_id = m.fused_id "
            "WHERE m.article_id = ? ORDER BY m.start_char, m.event_id", [article_id])
        text = a["text"] or ""
        spans: list[dict[str, Any]] = []
        for m in mentions:
            start, end = m["start_char"], m["end_char"]
            if start is None or end is None or not (0 <= start < end <= len(text)):
                continue
            spans.append({"kind": "event", "start": start, "end": end,
                          "event_id": m["event_id"], "fused_id": m["fused_id"],
                          "cameo": m["cameo"], "label": m["label"], "status": m["status"],
                          "best": m["best_event_id"] == m["event_id"]})
            for kind, needle, code in (("source", m["source_text"], m["source_code"]),
                                       ("target", m["target_text"], m["target_code"]),
                                       ("trigger", m["trigger_text"], None)):
                if not needle:
                    continue
                pos = text.find(needle, start, end)
                if pos < 0:
                    continue
                spans.append({"kind": kind, "start": pos, "end": pos + len(needle),
                              "text": needle, "code": code, "event_id": m["event_id"]})
        out = jsonable(a)
        out["spans"] = spans
        out["n_events"] = len(mentions)
        return {"ok": True, "article": out}

    # -- dyads -------------------------------------------------------------------------------
    def as_of(self) -> date | None:
        row = self.cached(("as_of",), lambda: self.one(
            "SELECT max(date_start) AS d FROM events WHERE status IN ('happened', 'ongoing') "
            "AND date_start <= current_date"))
        return row["d"] if row else None

    def dyads(self, limit: int = 20, period_days: int = 30, as_of: date | None = None
              ) -> dict[str, Any]:
        return self.cached(("dyads", limit, period_days, as_of),
                           lambda: self._dyads(limit, period_days, as_of))

    def _dyads(self, limit: int, period_days: int, as_of: date | None) -> dict[str, Any]:
        """Most active undirected pairs: counts, net cooperation of the last period (realized
        events in the ``period_days`` up to ``as_of``) and its trend against the mean of the
        three periods before."""
        ref = as_of or self.as_of()
        if ref is None:
            return {"ok": True, "as_of": None, "period_days": period_days, "items": []}
        p0 = _days_before(ref, period_days)
        p3 = _days_before(ref, 4 * period_days)
        rows = self.rows(
            """
            WITH d AS (
                SELECT least(source_country, target_country) AS a,
                       greatest(source_country, target_country) AS b,
                       goldstein, status, date_start, quad_class
                FROM events
                WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                  AND source_country <> target_country)
            SELECT a, b, count(*) AS n_events,
                   count(*) FILTER (WHERE date_start > ? AND date_start <= ?) AS n_recent,
                   count(*) FILTER (WHERE status IN ('planned', 'uncertain')) AS n_planned,
                   coalesce(sum(goldstein) FILTER (WHERE status IN ('happened', 'ongoing')
                                                   AND date_start > ? AND date_start <= ?),
                            0) AS current_index,
                   coalesce(sum(goldstein) FILTER (WHERE status IN ('happened', 'ongoing')
                                                   AND date_start > ? AND date_start <= ?), 0)
                       / 3.0 AS previous_index,
                   max(date_start) FILTER (WHERE status IN ('happened', 'ongoing')
                                           AND date_start <= ?) AS last_event
            FROM d GROUP BY a, b
            ORDER BY n_recent DESC, n_events DESC, a, b LIMIT ?""",
            [p3, ref, p0, ref, p3, p0, ref, limit])
        items = []
        for r in rows:
            diff = float(r["current_index"]) - float(r["previous_index"])
            trend = "warming" if diff > 1.0 else "cooling" if diff < -1.0 else "steady"
            items.append({**jsonable(r), "current_index": round(float(r["current_index"]), 2),
                          "previous_index": round(float(r["previous_index"]), 2),
                          "trend": trend, "arrow": ARROWS[trend]})
        return {"ok": True, "as_of": ref.isoformat(), "period_days": period_days,
                "items": items}

    def monthly(self, a: str, b: str) -> list[dict[str, Any]]:
        """Per month: net cooperation (realized events) and counts per quad class."""
        return self.cached(("monthly", a, b), lambda: jsonable(self.rows(
            """
            SELECT date_trunc('month', date_start) AS period,
                   coalesce(sum(goldstein) FILTER (WHERE status IN ('happened', 'ongoing')), 0)
                       AS net_cooperation,
                   count(*) FILTER (WHERE status IN ('happened', 'ongoing')) AS n_events,
                   count(*) FILTER (WHERE quad_class = 1) AS q1,
                   count(*) FILTER (WHERE quad_class = 2) AS q2,
                   count(*) FILTER (WHERE quad_class = 3) AS q3,
                   count(*) FILTER (WHERE quad_class = 4) AS q4
            FROM events
            WHERE ((source_country = ? AND target_country = ?)
                OR (source_country = ? AND target_country = ?)) AND date_start IS NOT NULL
            GROUP BY ALL ORDER BY period""", [a, b, b, a])))

    def dyad_events(self, a: str, b: str, limit: int = 500) -> list[dict[str, Any]]:
        return self.cached(("dyad_events", a, b, limit), lambda: jsonable(self.rows(
            f"SELECT {', '.join(EVENT_COLUMNS)} FROM events "
            "WHERE ((source_country = ? AND target_country = ?) "
            "   OR (source_country = ? AND target_country = ?)) "
            "ORDER BY date_start DESC NULLS LAST, fused_id LIMIT ?", [a, b, b, a, limit])))

    def forecast(self, a: str, b: str, horizon_days: int = 30, as_of: date | None = None
                 ) -> dict[str, Any]:
        return self.cached(("forecast", a, b, horizon_days, as_of),
                           lambda: self._forecast(a, b, horizon_days, as_of))

    def _forecast(self, a: str, b: str, horizon_days: int, as_of: date | None
                  ) -> dict[str, Any]:
        from detente.analysis.forecast.dyad import forecast_dyad

        df = self.frame(
            "SELECT date_start AS date, source_country, target_country, root, cameo, "
            "goldstein, quad_class, label FROM events WHERE date_start IS NOT NULL "
            "AND status IN ('happened', 'ongoing')" + (" AND date_start <= ?" if as_of else ""),
            [as_of] if as_of else [])
        fc = forecast_dyad(df, a, b, as_of=as_of, horizon_days=horizon_days,
                           labels=_labels())
        return {"ok": True, "forecast": fc.to_dict()}

    def dyad(self, a: str, b: str, freq: str = "month") -> dict[str, Any]:
        """Series, verdict and drivers (``detente.analysis.trend.dyad_trend``, cached) and
        upcoming planned events (``detente.analysis.planned.planned_events``, optional).

        The planned-event tracker can be slow on a large store, so it runs on the service's
        background worker: the request that starts it waits up to ``planned_wait`` seconds;
        until it is done answers carry ``"planned": null`` and name it in ``pending``."""
        base = self.cached(("dyad", a, b, freq), lambda: self._dyad_trend(a, b, freq))
        planned, note = self._planned(a, b)
        out = dict(base)
        out["planned"] = planned
        out["pending"] = [note[1]] if note and note[0] == "pending" else []
        out["unavailable"] = [note[1]] if note and note[0] == "unavailable" else []
        return out

    def dyad_json(self, a: str, b: str, freq: str = "month") -> bytes:
        """:meth:`dyad` as JSON bytes, cached once complete (serializing a long series on
        every request would dominate a cached answer)."""
        fut = self._futures.get((self.generation, "planned", a, b))
        state = "pending" if fut is not None and not fut.done() else "final"
        key = (self.generation, "dyad-json", a, b, freq, state)
        hit = self.cache.peek(key)
        if hit is not None:
            return hit  # type: ignore[no-any-return]
        out = self.dyad(a, b, freq)
        data = json.dumps(out, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        # an answer without the pending part is cached only while that part is pending
        if (state == "final") == (not out["pending"]):
            self.cache.put(key, data)
        return data

    def _dyad_trend(self, a: str, b: str, freq: str) -> dict[str, Any]:
        dyad_trend = analysis_function("trend", "dyad_trend")
        verdict, series, events = dyad_trend(StoreView(self), a, b, freq=freq)
        out: dict[str, Any] = {
            "ok": True, "a": a, "b": b, "freq": freq, "series": jsonable(series),
            "n_events": int(len(events)), "verdict": jsonable(verdict)}
        out["drivers"] = out["verdict"].get("drivers") or []
        return out

    def _background(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        fut: Future[Any] = Future()

        def work() -> None:
            with self._bg_slots:
                if not fut.set_running_or_notify_cancel() or self._closed:
                    return
                try:
                    fut.set_result(fn(*args))
                except BaseException as exc:  # handed to whoever waits on the future
                    fut.set_exception(exc)

        threading.Thread(target=work, name="detente-bg", daemon=True).start()
        return fut

    def _planned(self, a: str, b: str) -> tuple[Any, tuple[str, str] | None]:
        try:
            planned_events = analysis_function("planned", "planned_events")
        except NotAvailable as exc:
            return None, ("unavailable", exc.message)
        key = (self.generation, "planned", a, b)
        with self._futures_lock:
            fut = self._futures.get(key)
            started = fut is None
            if fut is None:
                if len(self._futures) > 256:  # forget finished work of older generations
                    for k in [k for k, f in self._futures.items() if f.done()]:
                        del self._futures[k]
                fut = self._background(planned_events, StoreView(self), a, b)
                self._futures[key] = fut
        try:
            value = fut.result(timeout=self.planned_wait if started else 0)
        except FutureTimeout:
            return None, ("pending", "planned events are still being computed; ask again "
                                     "shortly")
        except DetenteError as exc:
            return None, ("unavailable", str(exc))
        except Exception as exc:  # a bug in the tracker must not take the dyad view down
            log.exception("planned events for %s-%s failed", a, b)
            return None, ("unavailable", f"planned events failed: {type(exc).__name__}")
        return jsonable(value), None

    def ask(self, question: str) -> dict[str, Any]:
        return self.cached(("ask", question), lambda: self._ask(question))

    def _ask(self, question: str) -> dict[str, Any]:
        ask_fn = analysis_function("ask", "ask")
        answer = ask_fn(StoreView(self), question)
        return {"ok": True, "question": question, "answer": jsonable(answer)}

    # -- export ------------------------------------------------------------------------------
    def export_rows(self, flt: EventFilter, chunk: int = 2000) -> Iterator[dict[str, Any]]:
        """Mentions of the events ``flt`` selects, streamed in chunks (with the record)."""
        cond, params = flt.where("e")
        cols = ", ".join("m." + c for c in EXPORT_COLUMNS if c != "fused_id")
        cur = self.store.con.cursor()
        try:
            res = cur.execute(
                f"SELECT {cols}, m.fused_id, {stored_record_sql(self.store, 'm')} AS record "
                "FROM mentions m "
                "LEFT JOIN events e ON e.fused_id = m.fused_id "
                f"WHERE {cond} ORDER BY m.date_start NULLS LAST, m.event_id", params)
            names = [d[0] for d in res.description]
            while True:
                batch = res.fetchmany(chunk)
                if not batch:
                    break
                for r in batch:
                    yield dict(zip(names, r, strict=True))
        finally:
            cur.close()

    # -- writes ------------------------------------------------------------------------------
    def coder(self) -> Any:
        if self._coder is None:
            from detente.config import load_options
            from detente.pipeline import Coder

            t0 = time.perf_counter()
            self._coder = Coder(load_options())
            log.info("coder loaded in %.1fs", time.perf_counter() - t0)
        return self._coder

    def ingest(self, item: Any) -> dict[str, Any]:
        """Code and store one Article (or record a Quarantined one); serialized."""
        from detente import PIPELINE_VERSION
        from detente.fuse import fuse_store

        with self.write_lock:
            run_id = self.store.start_run("api", PIPELINE_VERSION)
            t0 = time.perf_counter()
            counts = {"read": 1}
            try:
                if isinstance(item, Quarantined):
                    self.store.quarantine(item, run_id)
                    counts["quarantined"] = 1
                    return {"ok": False, "quarantined": _quarantine_dict(item)}
                existing = self.store.find_article(item)
                if existing is not None:
                    counts["duplicate"] = 1
                    return {"ok": True, "new": False, "article_id": existing,
                            "duplicate_of": existing, "events": 0, "event_ids": []}
                res = self.coder().code(item)
                if res.skipped is not None:
                    self.store.quarantine(res.skipped, run_id)
                    counts["quarantined"] = 1
                    return {"ok": False, "quarantined": _quarantine_dict(res.skipped)}
                wr = self.store.add_article(res.article, res.events, run_id)
                if wr.new:
                    counts["new"] = 1
                    counts["events"] = wr.n_events
                    fuse_store(self.store)
                else:
                    counts["duplicate"] = 1
                return {"ok": True, "new": wr.new, "article_id": wr.article_id,
                        "duplicate_of": wr.duplicate_of, "events": wr.n_events,
                        "event_ids": [e.event_id for e in res.events] if wr.new else []}
            finally:
                self.store.finish_run(run_id, counts, time.perf_counter() - t0)
                self.generation += 1


ARROWS = {"warming": "\u2197", "cooling": "\u2198", "steady": "\u2192"}


def _days_before(day: date, days: int) -> date:
    try:
        return day - timedelta(days=days)
    except OverflowError:  # an as_of in the first years of the calendar
        return date.min


def _quarantine_dict(q: Quarantined) -> dict[str, Any]:
    return {"code": q.code, "reason": q.reason, "origin": q.origin, "item_id": q.item_id}


def _labels() -> dict[str, str]:
    from detente.coding.codebook import load_codebook

    return {c.code: c.label for c in load_codebook()}


def analysis_function(module: str, name: str) -> Callable[..., Any]:
    """``detente.analysis.<module>.<name>``, or :class:`NotAvailable` when it is not built."""
    import importlib

    try:
        mod = importlib.import_module(f"detente.analysis.{module}")
    except ImportError as exc:
        raise NotAvailable(f"detente.analysis.{module} is not available in this build",
                           hint="the relations analytics are not installed") from exc
    fn = getattr(mod, name, None)
    if not callable(fn):
        raise NotAvailable(f"detente.analysis.{module}.{name} is not available in this build",
                           hint="the relations analytics are not installed")
    return fn  # type: ignore[no-any-return]
