"""Import existing event datasets into the store, and export stored events.

>>> with Store("detente.duckdb") as store:
...     summary = import_file(store, "20231006.export.CSV.zip")       # format detected
...     export_events(store, "jsonl", "events.jsonl", where="source_country = ?",
...                   params=["USA"])

Import formats (``provenance`` of the rows): ``gdelt`` (GDELT 2.0 events), ``icews`` (ICEWS
event files), ``polecat`` (POLECAT / PLOVER), ``tkg`` (temporal-KG quadruples such as
ICEWS14). Export formats: ``csv``, ``jsonl``, ``parquet``, ``gdelt``, ``plover``.
Imported rows go into the ``mentions`` table, one row per dataset record, with deterministic
event ids (re-importing a file adds nothing); their event record is rebuilt on read with
:func:`stored_record_sql` (``SELECT {stored_record_sql(store, "m")} FROM mentions m``).
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from detente.errors import InputError, UsageError
from detente.interop.common import (
    IMPORT_FORMATS,
    ImportOptions,
    ImportSummary,
    Progress,
    quiet,
    record_sql,
    stored_record_sql,
)
from detente.interop.detect import detect_format, head_lines
from detente.interop.export import EXPORT_FORMATS, export_events
from detente.store import Store

__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ImportSummary",
    "detect_format",
    "record_sql",
    "stored_record_sql",
    "export_events",
    "import_file",
]


def import_file(
    store: Store,
    path: str | Path,
    fmt: str | None = None,
    *,
    batch_rows: int = 100_000,
    entity_map: Path | None = None,
    relation_map: Path | None = None,
    progress: Progress | None = None,
    tkg_start: date | str = date(2014, 1, 1),
    tkg_first_day: int = 1,
    records: bool = False,
) -> ImportSummary:
    """Import one event-dataset file into ``store``'s ``mentions`` table.

    Args:
        store: an open, writable :class:`~detente.store.Store`.
        path: the file (``.zip``/``.gz`` are read inside).
        fmt: ``gdelt``, ``icews``, ``polecat`` or ``tkg``; ``None`` detects it from the content.
        batch_rows: rows per insert batch where the importer batches (TKG); the CSV-based
            importers insert a file in one statement.
        entity_map, relation_map: TKG ``name<TAB>id`` maps (default: ``entity2id.txt`` and
            ``relation2id.txt`` beside the file).
        progress: called with the number of rows handled after each batch.
        tkg_start, tkg_first_day: TKG integer time ``tkg_first_day`` is ``tkg_start``
            (ICEWS14: day 1 = 2014-01-01).
        records: also store the event-record JSON in ``mentions.record``. By default it is
            not stored: the dataset's own fields go to ``mentions.extra`` and readers rebuild
            the same record from the columns with :func:`stored_record_sql` (storing it
            doubles the CPU time of a large import and quadruples its size on disk).

    Returns:
        An :class:`ImportSummary` (rows read/imported/duplicate/bad, bad examples by line).

    Raises:
        UsageError: unknown format name.
        InputError: the file is missing or unreadable, its format cannot be told, or it looks
            like another format than ``fmt`` ("looks like icews, not gdelt").
        StoreError: the database write failed.
    """
    started = time.perf_counter()
    quiet(store)
    p = Path(path)
    if fmt is not None:
        fmt = fmt.strip().lower()
        if fmt not in IMPORT_FORMATS:
            raise UsageError(f"unknown import format {fmt!r}",
                             hint=f"use one of {', '.join(IMPORT_FORMATS)}")
    if not p.exists():
        raise InputError(f"no such file: {p}", code="E201")
    lines = head_lines(p)
    if not lines:
        summary = ImportSummary(provenance=fmt or "", path=str(p))
        summary.warnings.append("empty file: nothing to import")
        summary.seconds = time.perf_counter() - started
        return summary
    detected = detect_format(p)
    if fmt is None:
        if detected not in IMPORT_FORMATS:
            what = _describe(detected)
            raise InputError(
                f"cannot tell which event-dataset format this is{what}", where=str(p),
                hint=f"pass the format ({', '.join(IMPORT_FORMATS)})", code="E204")
        fmt = detected
    elif detected is not None and detected != fmt:
        raise InputError(f"looks like {detected}, not {fmt}{_describe(detected)}",
                         where=str(p), hint=f"use --format {detected}"
                         if detected in IMPORT_FORMATS else None, code="E205")
    if isinstance(tkg_start, str):
        try:
            tkg_start = date.fromisoformat(tkg_start)
        except ValueError as exc:
            raise UsageError(f"bad TKG start date {tkg_start!r}",
                             hint="use YYYY-MM-DD") from exc
    options = ImportOptions(batch_rows=max(1, batch_rows), entity_map=entity_map,
                            relation_map=relation_map, tkg_start=tkg_start,
                            tkg_first_day=tkg_first_day, records=records)
    if fmt == "gdelt":
        from detente.interop.gdelt import import_gdelt

        summary = import_gdelt(store, p, options, progress)
    elif fmt == "icews":
        from detente.interop.icews import import_icews

        summary = import_icews(store, p, options, progress)
    elif fmt == "polecat":
        from detente.interop.polecat import import_polecat

        summary = import_polecat(store, p, options, progress)
    else:
        from detente.interop.tkg import import_tkg

        summary = import_tkg(store, p, options, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _describe(detected: str | None) -> str:
    if detected == "gdelt1":
        return " (GDELT 1.0 with 57/58 columns; only GDELT 2.0 event files are importable)"
    if detected == "jsonl":
        return " (JSON lines: detente's own event export is not an import format)"
    return ""
