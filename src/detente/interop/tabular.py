"""Shared reading of header-based tab-separated event files (ICEWS, POLECAT).

The header names the columns; each importer declares the *roles* it needs (``id``, ``date``,
``source_country``, ...) with the header spellings each role may have. The file is read once
by DuckDB's CSV reader into a temporary table (rows with the wrong number of fields are
rejected there, with their line numbers); the distinct country names and sector lists are
resolved in Python (:class:`~detente.interop.common.Names`) and joined back as small tables.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from detente.errors import InputError
from detente.interop.common import (
    ImportSummary,
    Names,
    Progress,
    codebook_frame,
    drop_temp,
    locate_by_field,
    read_rejects,
    register,
    run_stage,
    sql_str,
    stage_select,
    timed,
    unregister,
)
from detente.interop.detect import open_text, readable_path
from detente.store import Store

RAW = "__interop_raw"
CODEBOOK = "__interop_codebook"
CMAP = "__interop_cmap"
SMAP = "__interop_smap"
AMAP = "__interop_amap"
_REJECTS = "__interop_tab_rejects"
_SCAN = "__interop_tab_scan"


@dataclass(frozen=True, slots=True)
class Role:
    """A column an importer uses: its accepted header spellings and DuckDB type."""

    aliases: tuple[str, ...]
    type: str = "VARCHAR"
    required: bool = False


def read_header(path: Path) -> tuple[int, list[str]]:
    """``(line number, column names)`` of the first non-empty line."""
    with open_text(path) as fh:
        for lineno, line in enumerate(fh, start=1):
            if line.strip():
                line = line.lstrip("\ufeff")  # a byte-order mark before the header
                return lineno, [c.strip().strip('"').strip() for c in
                                line.rstrip("\r\n").split("\t")]
    return 0, []


def map_roles(header: list[str], roles: dict[str, Role], fmt: str,
              path: Path) -> dict[str, int]:
    """Role -> column index; raises InputError naming the missing required columns."""
    lower = {name.lower(): i for i, name in enumerate(header)}
    found: dict[str, int] = {}
    missing: list[str] = []
    for role, spec in roles.items():
        for alias in spec.aliases:
            if alias.lower() in lower:
                found[role] = lower[alias.lower()]
                break
        else:
            if spec.required:
                missing.append(spec.aliases[0])
    if missing:
        raise InputError(f"{fmt} header lacks column(s): {', '.join(missing)}",
                         where=f"{path}:1", code="E206")
    return found


def col(found: dict[str, int], role: str) -> str:
    """SQL for a role's trimmed, empty-as-NULL text value (``NULL`` if the file lacks it)."""
    if role not in found:
        return "NULL"
    return f"nullif(trim(CAST(r.c{found[role]} AS VARCHAR)), '')"


def typed(found: dict[str, int], role: str) -> str:
    """SQL for a role's typed value (as the reader typed it)."""
    return f"r.c{found[role]}" if role in found else "NULL"


def name_maps(store: Store, names: Names, found: dict[str, int],
              country_roles: tuple[str, ...], sector_roles: tuple[str, ...],
              actor_roles: tuple[tuple[str, str], ...]) -> None:
    """Register country, sector and actor-name lookup tables for the raw rows.

    ``actor_roles`` are ``(name role, country role)`` pairs: names are looked up only where
    the row has no country.
    """
    con = store.con

    def distinct(roles: tuple[str, ...]) -> list[str]:
        parts = [f"SELECT {col(found, r)} AS v FROM {RAW} r" for r in roles if r in found]
        if not parts:
            return []
        rows = con.execute(
            f"SELECT DISTINCT v FROM ({' UNION ALL '.join(parts)}) WHERE v IS NOT NULL"
        ).fetchall()
        return [str(v[0]) for v in rows]

    countries = distinct(country_roles)
    register(store, CMAP, pd.DataFrame(
        {"name": countries, "code": [names.country(c) for c in countries]},
        columns=["name", "code"]).astype("object"))
    sectors = distinct(sector_roles)
    register(store, SMAP, pd.DataFrame(
        {"name": sectors, "sector": [names.sector(s) for s in sectors]},
        columns=["name", "sector"]).astype("object"))
    parts = [f"SELECT {col(found, n)} AS v FROM {RAW} r WHERE {col(found, c)} IS NULL"
             for n, c in actor_roles if n in found]
    actors = [str(v[0]) for v in con.execute(
        f"SELECT DISTINCT v FROM ({' UNION ALL '.join(parts)}) WHERE v IS NOT NULL"
    ).fetchall()] if parts else []
    rows: list[tuple[str, str | None, str | None]] = []
    for name in actors:
        country, sector = actor_by_name(names, name)
        rows.append((name, country, sector))
    register(store, AMAP, pd.DataFrame(rows, columns=["name", "country", "sector"])
             .astype("object"))


def actor_by_name(names: Names, name: str) -> tuple[str | None, str | None]:
    """Country and sector of an actor known by name only (a country, an IGO, a KB name)."""
    country = names.country(name)
    if country:
        return country, None
    kb = names.kb
    if kb is None:
        return None, None
    for entry in kb.find(name):
        if entry.kind in ("igo", "institution", "media", "country") and entry.country:
            return str(entry.country), entry.sector
    return None, None


def import_tabular(
    store: Store, path: Path, fmt: str, roles: dict[str, Role],
    build: Callable[[dict[str, int]], dict[str, str]],
    joins: Callable[[dict[str, int]], str],
    country_roles: tuple[str, ...], sector_roles: tuple[str, ...],
    actor_roles: tuple[tuple[str, str], ...], extra_tables: dict[str, pd.DataFrame] | None = None,
    progress: Progress | None = None, records: bool = False,
) -> ImportSummary:
    """Read ``path`` (header + tab-separated rows) and import it (see module docstring).

    ``build(found)`` returns the stage columns (see :func:`common.stage_select`) over the raw
    table aliased ``r``; ``joins(found)`` the ``LEFT JOIN`` clauses they need.
    """
    started = time.perf_counter()
    summary = ImportSummary(provenance=fmt, path=str(path))
    header_line, header = read_header(path)
    found = map_roles(header, roles, fmt, path)
    types = {found[r]: spec.type for r, spec in roles.items() if r in found}
    spec = ", ".join(f"'c{i}': {sql_str(types.get(i, 'VARCHAR'))}" for i in range(len(header)))
    names = Names()
    tables = {CODEBOOK: codebook_frame(), **(extra_tables or {})}
    for name, frame in tables.items():
        register(store, name, frame)
    try:
        with readable_path(path) as (csv_path, compression):
            reader = (
                f"read_csv({sql_str(str(csv_path))}, delim='\\t', header=true, quote='\"', "
                f"escape='\"', auto_detect=false, columns={{{spec}}}, "
                f"skip={max(0, header_line - 1)}, compression={sql_str(compression)}, "
                f"store_rejects=true, rejects_table={sql_str(_REJECTS)}, "
                f"rejects_scan={sql_str(_SCAN)}, max_line_size=10000000)"
            )
            try:
                store.con.execute(
                    f"CREATE OR REPLACE TEMP TABLE {RAW} AS SELECT * FROM {reader}").fetchall()
            except Exception as exc:  # the reader's own errors (e.g. unreadable file)
                raise InputError(f"cannot read {fmt} file: {exc}", where=str(path),
                                 code="E202") from exc
            name_maps(store, names, found, country_roles, sector_roles, actor_roles)
            source = f"FROM {RAW} r {joins(found)}"
            locate = partial(locate_by_field, path, found["id"], skip_header=True,
                             opener=partial(open_text, path))
            n_raw = int(store.con.execute(f"SELECT count(*) FROM {RAW}").fetchall()[0][0])
            run_stage(store, stage_select(build(found), source), summary, locate=locate,
                      progress=progress, records=records, expected_rows=lambda: n_raw)
            n_rej, examples = read_rejects(store, _REJECTS)
            summary.rows_read += n_rej
            summary.add_bad(examples, n_rej)
    finally:
        unregister(store, CMAP, SMAP, AMAP, *tables)
        drop_temp(store, RAW, _REJECTS, _SCAN)
    return timed(summary, started)


def actor_sql(found: dict[str, int], side: str, name: str, country: str,
              sectors: str) -> dict[str, str]:
    """Stage columns for one actor side: name, country, sector, code.

    ``side`` is ``source`` or ``target``; ``name``/``country``/``sectors`` are role names.
    The country comes from the country column (names resolved), else from the actor's name
    (a country, an IGO or a KB organisation). An actor that *is* its country has no sector.
    """
    a = side[0]
    n, c = col(found, name), col(found, country)
    country_sql = f"coalesce({a}c.code, {a}a.country)"
    sector_sql = (f"CASE WHEN {n} IS NOT NULL AND lower({n}) = lower(coalesce({c}, '')) "
                  f"THEN NULL ELSE coalesce({a}s.sector, {a}a.sector) END")
    return {
        f"{side}_name": n,
        f"{side}_country": country_sql,
        f"{side}_sector": sector_sql,
        f"{side}_code": f"{country_sql} || coalesce({sector_sql}, '')",
    }


def actor_joins(found: dict[str, int], side: str, name: str, country: str,
                sectors: str) -> str:
    a = side[0]
    return (f" LEFT JOIN {CMAP} {a}c ON {a}c.name = {col(found, country)}"
            f" LEFT JOIN {SMAP} {a}s ON {a}s.name = {col(found, sectors)}"
            f" LEFT JOIN {AMAP} {a}a ON {a}a.name = {col(found, name)}")


def location_sql(found: dict[str, int], parts: tuple[str, ...], country: str,
                 lat: str, lon: str, place: str | None = None) -> dict[str, str]:
    """Location columns: ``place`` if the row has one, else the ``parts`` joined."""
    names = ", ".join(col(found, p) for p in parts if p in found)
    joined = f"nullif(concat_ws(', ', {names}), '')" if names else "NULL"
    return {
        "location_name": f"coalesce({col(found, place)}, {joined})" if place else joined,
        "location_country": "lc.code",
        "lat": typed(found, lat),
        "lon": typed(found, lon),
    }


def location_join(found: dict[str, int], country: str) -> str:
    return f" LEFT JOIN {CMAP} lc ON lc.name = {col(found, country)}"


def date_sql(found: dict[str, int], role: str) -> str:
    """A DATE from ISO text (``2014-01-01``, ``2014-01-01 00:00:00``, ``2014/01/01``)."""
    v = col(found, role)
    return (f"coalesce(TRY_CAST(substr({v}, 1, 10) AS DATE), "
            f"TRY_CAST(TRY_STRPTIME(substr({v}, 1, 10), '%Y/%m/%d') AS DATE), "
            f"TRY_CAST(TRY_STRPTIME(substr({v}, 1, 8), '%Y%m%d') AS DATE))")


def codebook_fallback_root(code: str) -> str:
    return f"substr({code}, 1, 2)"


def quad_of_root_sql(root: str) -> str:
    """Quad class of a CAMEO root in SQL (for codes missing from the codebook)."""
    r = f"TRY_CAST({root} AS INTEGER)"
    return (f"CASE WHEN {r} BETWEEN 1 AND 5 THEN 1 WHEN {r} BETWEEN 6 AND 8 THEN 2 "
            f"WHEN {r} BETWEEN 9 AND 13 OR {r} = 16 THEN 3 WHEN {r} BETWEEN 14 AND 20 THEN 4 "
            "END")
