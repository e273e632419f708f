"""Write stored event mentions out: csv, jsonl, parquet, gdelt, plover.

* ``csv``     -- the flat ``mentions`` columns (without the record JSON), with a header.
* ``jsonl``   -- one event record (DESIGN.md shape) per line, as stored (imported rows:
  rebuilt from the columns and ``extra``).
* ``parquet`` -- the flat columns, readable by DuckDB / pandas / Arrow.
* ``gdelt``   -- a GDELT 2.0-like 61-column TSV without header: the fields we have, blanks
  elsewhere (``ActionGeo_CountryCode`` back in FIPS 10-4; GDELT imports keep their own id,
  mention counts, tone and DATEADDED; other events get a numeric GlobalEventID from the
  first 52 bits of the MD5 of their event id). The file imports back as ``gdelt``.
* ``plover``  -- PLOVER-style JSON lines: ``id, date, actor, recipient`` (each with name,
  code, country, sector), ``event`` (PLOVER type), ``mode``, ``context`` (``null``: we do not
  code contexts), ``source_text`` (the evidence sentence), ``url``, and as extras
  ``cameo``, ``status`` (ours: happened/planned/...) and ``provenance``. The PLOVER type and
  mode are the mention's own, else the codebook's for its CAMEO code.

Rows come out ordered by date and event id. ``where`` is a SQL condition over ``mentions``
columns with ``?`` placeholders bound from ``params``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from detente.errors import StoreError, UsageError
from detente.interop.common import (
    codebook_frame,
    has_extra_column,
    quiet,
    register,
    stored_record_sql,
    unregister,
)
from detente.interop.gdelt import GDELT_COLUMNS, fips_frame
from detente.store import MENTION_COLUMNS, Store

EXPORT_FORMATS: tuple[str, ...] = ("csv", "jsonl", "parquet", "gdelt", "plover")
_BATCH = 50_000
_FLAT = [c for c in MENTION_COLUMNS if c != "record"] + ["fused_id"]
_CODEBOOK = "__interop_export_codebook"
_FIPS = "__interop_export_fips"

Out = BinaryIO | TextIO | str | Path


def _base(where: str) -> str:
    cond = f" WHERE {where}" if where.strip() else ""
    return f"WITH m AS (SELECT * FROM mentions{cond}) "


def export_events(store: Store, fmt: str, out: Out, *, where: str = "",
                  params: Sequence[Any] = ()) -> int:
    """Write the stored mentions matching ``where`` to ``out`` in ``fmt``.

    Args:
        store: an open Store (read-only is fine).
        fmt: one of :data:`EXPORT_FORMATS`.
        out: a path, or an open stream (text or binary; parquet needs binary or a path).
        where: optional SQL condition over ``mentions`` columns (``?`` placeholders).
        params: values for the placeholders.

    Returns:
        The number of events written.

    Raises:
        UsageError: unknown format, or parquet to a text stream.
        StoreError: the query failed (e.g. a bad ``where``).
    """
    fmt = fmt.strip().lower()
    quiet(store)
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}",
                         hint=f"use one of {', '.join(EXPORT_FORMATS)}")
    if isinstance(out, str | Path):
        if fmt in ("parquet", "csv", "gdelt"):
            with open(out, "wb") as bfh:
                return export_events(store, fmt, bfh, where=where, params=params)
        with open(out, "w", encoding="utf-8") as tfh:
            return export_events(store, fmt, tfh, where=where, params=params)
    try:
        if fmt == "jsonl":
            return _jsonl(store, out, where, params)
        if fmt == "plover":
            return _plover(store, out, where, params)
        if fmt == "csv":
            return _csv(store, out, where, params)
        if fmt == "gdelt":
            return _gdelt(store, out, where, params)
        return _parquet(store, out, where, params)
    except (UsageError, StoreError):
        raise
    except Exception as exc:  # driver errors (bad where clause, ...) wrapped at the boundary
        if isinstance(exc, OSError):
            raise
        raise StoreError(f"export failed: {exc}", hint="check the --where condition") from exc


# -- writers -----------------------------------------------------------------------------------

def _is_text(out: IO[Any]) -> bool:
    return isinstance(out, io.TextIOBase) or (
        not isinstance(out, io.BufferedIOBase | io.RawIOBase | io.BytesIO)
        and hasattr(out, "encoding"))


def _text_writer(out: IO[Any]) -> Callable[[str], Any]:
    if _is_text(out):
        return out.write
    return lambda s: out.write(s.encode("utf-8"))


def _bytes_writer(out: IO[Any]) -> Callable[[bytes], Any]:
    if _is_text(out):
        return lambda b: out.write(b.decode("utf-8"))
    return out.write


def _reader(store: Store, sql: str, params: Sequence[Any]) -> pa.RecordBatchReader:
    rel = store.con.sql(sql, params=list(params))
    if hasattr(rel, "to_arrow_reader"):  # duckdb >= 1.4
        return rel.to_arrow_reader(_BATCH)
    return rel.fetch_arrow_reader(_BATCH)  # pragma: no cover - older duckdb


# -- formats -----------------------------------------------------------------------------------

def _write_lines(cur: Any, write: Callable[[str], Any]) -> int:
    """Stream a one-column text result to ``write``, one line per row (empty rows skipped);
    returns the number of rows read."""
    n = 0
    while rows := cur.fetchmany(_BATCH):
        write("".join(r[0] + "\n" for r in rows if r[0]))
        n += len(rows)
    return n


def _jsonl(store: Store, out: IO[Any], where: str, params: Sequence[Any]) -> int:
    write = _text_writer(out)
    cur = store.con.execute(
        _base(where)
        + f"SELECT CAST({stored_record_sql(store)} AS VARCHAR) "
        "FROM m ORDER BY date_start, event_id",
        list(params))
    return _write_lines(cur, write)


def _csv_batches(reader: pa.RecordBatchReader, out: IO[Any], *, header: bool,
                 delimiter: str = ",", quoting: str = "needed") -> int:
    write = _bytes_writer(out)
    n = 0
    buf = io.BytesIO()
    opts = pacsv.WriteOptions(include_header=header, delimiter=delimiter,
                              quoting_style=quoting)
    with pacsv.CSVWriter(buf, reader.schema, write_options=opts) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
            write(buf.getvalue())
            buf.seek(0)
            buf.truncate()
    if buf.getvalue():
        write(buf.getvalue())
    return n


def _csv(store: Store, out: IO[Any], where: str, params: Sequence[Any]) -> int:
    sql = _base(where) + f"SELECT {', '.join(_FLAT)} FROM m ORDER BY date_start, event_id"
    return _csv_batches(_reader(store, sql, params), out, header=True)


def _parquet(store: Store, out: IO[Any], where: str, params: Sequence[Any]) -> int:
    if _is_text(out):
        raise UsageError("parquet is binary: write it to a file (--output PATH)",
                         hint="or pipe a binary stream")
    sql = _base(where) + f"SELECT {', '.join(_FLAT)} FROM m ORDER BY date_start, event_id"
    reader = _reader(store, sql, params)
    n = 0
    with pq.ParquetWriter(out, reader.schema) as writer:
        for batch in reader:
            writer.write_batch(batch)
            n += batch.num_rows
    return n


def _clean(expr: str) -> str:
    """A TSV-safe text cell: NULL -> '', tabs and line ends -> spaces."""
    return f"translate(coalesce(CAST({expr} AS VARCHAR), ''), chr(9) || chr(10) || chr(13), '   ')"


def _gdelt(store: Store, out: IO[Any], where: str, params: Sequence[Any]) -> int:
    # the dataset's own fields: the extra column (imports since schema 2), else the stored
    # record's extra (older imports)
    extra = ("coalesce(json_extract_string(m.extra, '$.{0}'), "
             "json_extract_string(m.record, '$.extra.{0}'))" if has_extra_column(store)
             else "json_extract_string(m.record, '$.extra.{0}')")
    # GDELT ids are numbers: ours becomes the first 52 bits of its MD5 (stable, < 2**63)
    gid = ("CASE WHEN m.provenance = 'gdelt' AND starts_with(m.event_id, 'gdelt:') "
           "THEN substr(m.event_id, 7) "
           "ELSE CAST(CAST(('0x' || substr(md5(m.event_id), 1, 13)) AS BIGINT) AS VARCHAR) END")

    def actor(side: str) -> dict[str, str]:
        n = "1" if side == "source" else "2"
        return {f"Actor{n}Code": f"m.{side}_code", f"Actor{n}Name": f"m.{side}_name",
                f"Actor{n}CountryCode": f"m.{side}_country",
                f"Actor{n}Type1Code": f"m.{side}_sector"}

    values: dict[str, str] = {
        "GlobalEventID": gid,
        "Day": "strftime(m.date_start, '%Y%m%d')",
        "MonthYear": "strftime(m.date_start, '%Y%m')",
        "Year": "year(m.date_start)",
        "FractionDate": "printf('%.4f', year(m.date_start) + dayofyear(m.date_start) / 365.0)",
        **actor("source"), **actor("target"),
        "IsRootEvent": extra.format("is_root"),
        "EventCode": "m.cameo",
        "EventBaseCode": "substr(m.cameo, 1, 3)",
        "EventRootCode": "m.root",
        "QuadClass": "m.quad_class",
        "GoldsteinScale": "m.goldstein",
        "NumMentions": extra.format("num_mentions"),
        "NumSources": extra.format("num_sources"),
        "NumArticles": extra.format("num_articles"),
        "AvgTone": extra.format("avg_tone"),
        "ActionGeo_Type": extra.format("action_geo_type"),
        "ActionGeo_FullName": "m.location_name",
        "ActionGeo_CountryCode": f"coalesce({extra.format('action_geo_fips')}, fp.fips)",
        "ActionGeo_Lat": "m.lat",
        "ActionGeo_Long": "m.lon",
        "DATEADDED": extra.format("date_added"),
        "SOURCEURL": "coalesce(a.url, CASE WHEN m.provenance = 'gdelt' THEN m.article_id END)",
    }
    # the whole line is built in SQL: GDELT files never quote, so a '"' inside a name is
    # written as is (CSV writers refuse that without quoting)
    cells = ", ".join(_clean(values[c]) if c in values else "''" for c in GDELT_COLUMNS)
    fips = fips_frame().drop_duplicates("iso3")
    register(store, _FIPS, fips)
    try:
        sql = (_base(where) + f"SELECT concat_ws(chr(9), {cells}) FROM m "
               "LEFT JOIN articles a ON a.id = m.article_id "
               f"LEFT JOIN {_FIPS} fp ON fp.iso3 = m.location_country "
               "ORDER BY m.date_start, m.event_id")
        cur = store.con.execute(sql, list(params))
        return _write_lines(cur, _text_writer(out))
    finally:
        unregister(store, _FIPS)


def _plover(store: Store, out: IO[Any], where: str, params: Sequence[Any]) -> int:
    def actor(side: str) -> str:
        return (f"CASE WHEN m.{side}_code IS NULL AND m.{side}_name IS NULL "
                f"AND m.{side}_country IS NULL THEN NULL ELSE json_object("
                f"'name', m.{side}_name, 'code', m.{side}_code, "
                f"'country', m.{side}_country, 'sector', m.{side}_sector) END")

    register(store, _CODEBOOK, codebook_frame())
    try:
        sql = (
            _base(where) + "SELECT CAST(json_object("
            "'id', m.event_id, 'date', coalesce(m.date_value, CAST(m.date_start AS VARCHAR)), "
            f"'actor', {actor('source')}, 'recipient', {actor('target')}, "
            "'event', coalesce(m.plover_type, cb.plover_type), "
            "'mode', CASE WHEN m.plover_type IS NOT NULL THEN m.plover_mode "
            "ELSE cb.plover_mode END, "
            "'context', NULL, 'source_text', m.sentence, "
            "'url', coalesce(a.url, CASE WHEN m.provenance = 'gdelt' THEN m.article_id END), "
            "'cameo', m.cameo, 'status', m.status, 'provenance', m.provenance"
            ") AS VARCHAR) FROM m "
            f"LEFT JOIN {_CODEBOOK} cb ON cb.code = m.cameo "
            "LEFT JOIN articles a ON a.id = m.article_id "
            "ORDER BY m.date_start, m.event_id")
        cur = store.con.execute(sql, list(params))
        return _write_lines(cur, _text_writer(out))
    finally:
        unregister(store, _CODEBOOK)


def export_paths_hint(path: str | Path) -> str:  # pragma: no cover - convenience for the CLI
    """The export format a file name suggests (``.parquet`` -> parquet), else ``jsonl``."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"parquet": "parquet", "csv": "csv", "tsv": "gdelt", "jsonl": "jsonl",
            "json": "jsonl"}.get(suffix, "jsonl")
