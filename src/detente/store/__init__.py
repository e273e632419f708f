"""DuckDB storage: the only module that imports the database driver.

One file holds articles, event mentions, fused events and their links, quarantined inputs and
runs. Every write is an idempotent upsert keyed by deterministic ids, inside a transaction, so
re-ingesting adds nothing and a crash loses nothing already committed.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import StoreError, StoreLockedError
from detente.model import Article, Event, Quarantined, period_start, stable_id
from detente.store.schema import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

DEFAULT_DB = "detente.duckdb"


def default_db_path() -> str:
    return os.environ.get("DETENTE_DB") or DEFAULT_DB


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class WriteResult:
    new: bool
    article_id: str
    duplicate_of: str | None = None
    n_events: int = 0


MENTION_COLUMNS = (
    "event_id", "article_id", "provenance",
    "source_text", "source_name", "source_code", "source_country", "source_sector",
    "target_text", "target_name", "target_code", "target_country", "target_sector",
    "cameo", "root", "label", "goldstein", "quad_class", "plover_type", "plover_mode",
    "status", "status_cue", "date_value", "date_precision", "date_text", "date_start",
    "location_name", "location_country", "lat", "lon",
    "sentence", "start_char", "end_char", "trigger_text", "speaker", "anonymous",
    "confidence", "rule", "record",
)


def event_row(ev: Event, provenance: str = "text") -> tuple[Any, ...]:
    s, t = ev.source, ev.target
    loc = ev.location
    return (
        ev.event_id, ev.article_id, provenance,
        s.text if s else None, s.name if s else None, s.code if s else None,
        s.country if s else None, s.sector if s else None,
        t.text if t else None, t.name if t else None, t.code if t else None,
        t.country if t else None, t.sector if t else None,
        ev.cameo, ev.root, ev.label, ev.goldstein, ev.quad_class,
        ev.plover.type if ev.plover else None, ev.plover.mode if ev.plover else None,
        str(ev.status), ev.status_cue, ev.date.value, str(ev.date.precision), ev.date.text,
        period_start(ev.date.value),
        loc.name if loc else None, loc.country if loc else None,
        loc.lat if loc else None, loc.lon if loc else None,
        ev.evidence.sentence, ev.evidence.start, ev.evidence.end, ev.evidence.trigger,
        ev.attribution.speaker if ev.attribution else None,
        ev.attribution.anonymous if ev.attribution else None,
        ev.confidence, ev.rule, json.dumps(ev.to_record(), ensure_ascii=False),
    )


class Store:
    """A detente database file.

    >>> with Store("detente.duckdb") as db:
    ...     db.add_article(article, events)
    """

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = str(path or default_db_path())
        self.read_only = read_only
        try:
            if self.path != ":memory:":
                parent = Path(self.path).parent
                if not parent.exists():
                    raise StoreError(f"folder {parent} does not exist",
                                     hint="create it or pass another --db", code="E401")
                if read_only and not Path(self.path).exists():
                    raise StoreError(f"database {self.path} does not exist",
                                     hint="run `detente ingest` or `detente demo` first",
                                     code="E402")
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.IOException as exc:
            msg = str(exc)
            if "lock" in msg.lower():
                raise StoreLockedError(
                    f"database {self.path} is in use by another process",
                    hint="if `detente serve` holds it, post articles to the server instead "
                         "(`detente ingest --server URL`), or stop it first",
                ) from exc
            raise StoreError(f"cannot open database {self.path}: {msg}",
                             hint="check the path and permissions") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}",
                             hint="is it a DuckDB file?") from exc
        try:
            # DuckDB draws its own progress bar on the terminal for long queries, which
            # would mix into data written to stdout
            self.con.execute("SET enable_progress_bar = false")
        except duckdb.Error:  # pragma: no cover - older DuckDB
            pass
        if not read_only:
            self.migrate()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error:  # pragma: no cover - closing twice
            pass

    def migrate(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        row = self.con.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        current = int(row[0]) if row else 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"database {self.path} has schema version {current}, newer than this detente "
                f"({SCHEMA_VERSION})", hint="upgrade detente", code="E403")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            self.con.execute("BEGIN TRANSACTION")
            try:
                for stmt in MIGRATIONS[version]:
                    self.con.execute(stmt)
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration to schema {version} failed: {exc}") from exc

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, command: str, pipeline_version: str) -> str:
        run_id = "r" + stable_id(command, _now().isoformat(), os.getpid(), length=15)
        self.con.execute(
            "INSERT INTO runs (run_id, command, pipeline_version, started) VALUES (?, ?, ?, ?)",
            [run_id, command, pipeline_version, _now()])
        return run_id

    def finish_run(self, run_id: str, counts: dict[str, int], seconds: float) -> None:
        self.con.execute(
            "UPDATE runs SET finished=?, n_read=?, n_new=?, n_duplicate=?, n_quarantined=?, "
            "n_events=?, seconds=? WHERE run_id=?",
            [_now(), counts.get("read", 0), counts.get("new", 0), counts.get("duplicate", 0),
             counts.get("quarantined", 0), counts.get("events", 0), seconds, run_id])

    # -- writes ----------------------------------------------------------------------------
    def find_article(self, article: Article) -> str | None:
        row = self.con.execute(
            "SELECT id FROM articles WHERE id = ? OR content_hash = ? LIMIT 1",
            [article.id, article.content_hash]).fetchone()
        return row[0] if row else None

    def has_article(self, article_id: str) -> bool:
        return self.con.execute(
            "SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone() is not None

    def add_article(self, article: Article, events: Sequence[Event] = (),
                    run_id: str | None = None) -> WriteResult:
        """Store one article and its event mentions in one transaction (idempotent)."""
        existing = self.find_article(article)
        if existing is not None:
            return WriteResult(new=False, article_id=article.id, duplicate_of=existing)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._insert_article(article, run_id)
            self._insert_mentions(events)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"could not store article {article.id}: {exc}") from exc
        return WriteResult(new=True, article_id=article.id, n_events=len(events))

    def add_batch(self, items: Iterable[tuple[Article, Sequence[Event]]],
                  run_id: str | None = None) -> list[WriteResult]:
        """Store several articles in one transaction; duplicates (in the store or within the
        batch) are skipped and reported."""
        results: list[WriteResult] = []
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        self.con.execute("BEGIN TRANSACTION")
        try:
            for article, events in items:
                dup = self.find_article(article)
                if dup is None and (article.id in seen_ids or article.content_hash in seen_hashes):
                    dup = article.id
                if dup is not None:
                    results.append(WriteResult(False, article.id, dup))
                    continue
                seen_ids.add(article.id)
                seen_hashes.add(article.content_hash)
                self._insert_article(article, run_id)
                self._insert_mentions(events)
                results.append(WriteResult(True, article.id, None, len(events)))
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"could not store batch: {exc}") from exc
        return results

    def _insert_article(self, a: Article, run_id: str | None) -> None:
        repairs = [
            {"kind": r.kind, "start": r.start, "end": r.end, "before": r.before,
             "after": r.after, "clean_start": r.clean_start} for r in a.repairs
        ]
        self.con.execute(
            "INSERT INTO articles (id, content_hash, title, published, url, source, language, "
            "origin, text, raw_text, repairs, skip_spans, warnings, ingested_at, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.content_hash, a.title, a.published, a.url, a.source, a.language, a.origin,
             a.text, a.raw_text if a.raw_text != a.text else None,
             json.dumps(repairs, ensure_ascii=False), json.dumps(list(a.skip_spans)),
             json.dumps(list(a.warnings), ensure_ascii=False), _now(), run_id])

    def _insert_mentions(self, events: Sequence[Event], provenance: str = "text") -> None:
        if not events:
            return
        placeholders = ", ".join("?" * len(MENTION_COLUMNS))
        self.con.executemany(
            f"INSERT OR IGNORE INTO mentions ({', '.join(MENTION_COLUMNS)}) "
            f"VALUES ({placeholders})",
            [event_row(e, provenance) for e in events])

    def quarantine(self, item: Quarantined, run_id: str | None = None) -> None:
        qid = "q" + stable_id(item.origin, item.line, item.reason, length=15)
        self.con.execute(
            "INSERT OR REPLACE INTO quarantine (id, run_id, origin, line, code, reason, item_id, "
            "quarantined_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [qid, run_id, item.origin, item.line, item.code, item.reason, item.item_id, _now()])

    def replace_fused(self, events: Sequence[Any], links: Sequence[tuple[str, str, str]]
                      ) -> int:
        """Replace the fused-event tables with ``events`` (from ``detente.fuse``) plus one
        event per imported dataset row; returns the number of imported events."""
        import pandas as pd

        assign = pd.DataFrame(
            [(m, e.fused_id, e.best_event_id, e.status, e.cameo, e.n_articles, e.first_seen,
              e.last_seen, len(e.members)) for e in events for m in e.members],
            columns=["event_id", "fused_id", "best_event_id", "fstatus", "fcameo",
                     "n_articles", "first_seen", "last_seen", "n_mentions"])
        link_df = pd.DataFrame(list(links), columns=["from_id", "to_id", "kind"])
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.register("fuse_assign", assign)
            self.con.register("fuse_links", link_df)
            self.con.execute("DELETE FROM events")
            self.con.execute("DELETE FROM event_links")
            self.con.execute("UPDATE mentions SET fused_id = NULL")
            if len(assign):
                self.con.execute("""
                    INSERT INTO events
                    SELECT a.fused_id, m.source_country, m.source_code, m.target_country,
                           m.target_code, a.fcameo, substr(a.fcameo, 1, 2), m.label,
                           m.goldstein, m.quad_class, a.fstatus, m.date_value,
                           m.date_precision, m.date_start, m.location_name,
                           m.location_country, a.n_mentions, a.n_articles, a.first_seen,
                           a.last_seen, a.best_event_id, m.sentence, m.article_id, 'text'
                    FROM fuse_assign a JOIN mentions m ON m.event_id = a.event_id
                    WHERE a.event_id = a.best_event_id""")
                self.con.execute("""
                    UPDATE mentions SET fused_id = a.fused_id FROM fuse_assign a
                    WHERE mentions.event_id = a.event_id""")
                # label/Goldstein of the fused code when it differs from the best mention's
                self.con.execute("""
                    UPDATE events SET label = m.label, goldstein = m.goldstein,
                           quad_class = m.quad_class
                    FROM mentions m WHERE m.fused_id = events.fused_id
                      AND m.cameo = events.cameo AND events.provenance = 'text'""")
            self.con.execute("""
                INSERT INTO events
                SELECT 'f' || event_id, source_country, source_code, target_country,
                       target_code, cameo, root, label, goldstein, quad_class, status,
                       date_value, date_precision, date_start, location_name,
                       location_country, 1, 1, date_start, date_start, event_id, sentence,
                       article_id, provenance
                FROM mentions WHERE provenance IS NOT NULL AND provenance <> 'text'""")
            self.con.execute("""
                UPDATE mentions SET fused_id = 'f' || event_id
                WHERE provenance IS NOT NULL AND provenance <> 'text'""")
            if len(link_df):
                self.con.execute("INSERT OR IGNORE INTO event_links SELECT * FROM fuse_links")
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"could not store fused events: {exc}") from exc
        finally:
            self.con.unregister("fuse_assign")
            self.con.unregister("fuse_links")
        row = self.con.execute(
            "SELECT count(*) FROM events WHERE provenance <> 'text'").fetchone()
        return int(row[0]) if row else 0

    # -- reads -----------------------------------------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def query_df(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.con.execute(sql, list(params)).df()

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("articles", "mentions", "events", "quarantine", "runs"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def articles(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        return self.query(
            "SELECT a.id, a.title, a.published, a.source, a.origin, a.language, "
            "length(a.text) AS chars, "
            "(SELECT count(*) FROM mentions m WHERE m.article_id = a.id) AS events "
            "FROM articles a ORDER BY a.published NULLS LAST, a.id LIMIT ? OFFSET ?",
            [limit, offset])

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM articles WHERE id = ?", [article_id])
        if not rows:
            return None
        row = rows[0]
        for key in ("repairs", "skip_spans", "warnings"):
            row[key] = json.loads(row[key]) if row.get(key) else []
        return row

    def mentions_for(self, article_id: str) -> list[dict[str, Any]]:
        return self.query(
            "SELECT * FROM mentions WHERE article_id = ? ORDER BY start_char", [article_id])

    def iter_mentions(self, where: str = "", params: Sequence[Any] = (),
                      order: str = "date_start, event_id") -> Iterator[dict[str, Any]]:
        sql = "SELECT * FROM mentions" + (f" WHERE {where}" if where else "") + f" ORDER BY {order}"
        yield from self.query(sql, params)
