"""Dyad query speed: a monthly USA-CHN series over a store of N synthetic events.

    python benchmarks/dyad_query.py [--events 10000000] [--keep DIR] [--json]

Builds a store (the real schema, indexes included) with N synthetic mentions in chunks of
``INSERT ... SELECT`` from ``range()``: 40 countries with a skewed choice (so USA and CHN are
frequent, as in real data), CAMEO codes from the package codebook with their Goldstein and
quad class, ten years of days, statuses mostly 'happened'. Then, on the reopened (read-only)
store, times the monthly dyad series for USA -> CHN (counts per quad class and Goldstein
sum; realized events only) and the same for both directions: the first run and the median
of five more.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = ("USA CHN RUS UKR GBR FRA DEU JPN IND IRN ISR PSE SYR TUR KOR PRK PAK AFG BRA MEX "
             "NGA EGY SAU TWN AUS CAN ZAF IDN PHL VNM ITA ESP POL IRQ YEM LBY SDN ETH KEN VEN"
             ).split()
SECTORS = ("", "", "GOV", "GOV", "MIL", "BUS", "CVL", "MED", "OPP", "COP")
STATUSES = ("happened",) * 14 + ("ongoing", "planned", "uncertain", "denied", "cancelled",
                                 "hypothetical")

QUERY_ONE_WAY = """
SELECT date_trunc('month', date_start) AS month, quad_class, count(*) AS n,
       sum(goldstein) AS goldstein
FROM mentions
WHERE source_country = ? AND target_country = ? AND status IN ('happened', 'ongoing')
GROUP BY ALL ORDER BY ALL
"""
QUERY_BOTH_WAYS = """
SELECT date_trunc('month', date_start) AS month, source_country, quad_class, count(*) AS n,
       sum(goldstein) AS goldstein
FROM mentions
WHERE ((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))
  AND status IN ('happened', 'ongoing')
GROUP BY ALL ORDER BY ALL
"""


def build(db: Path, events: int, chunk: int = 1_000_000) -> float:
    import pandas as pd

    from detente.interop.common import codebook_frame
    from detente.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        con = store.con
        cb = codebook_frame().reset_index(names="i")
        con.register("cb", cb)
        # skewed country choice: index = floor(n * u^2) puts weight on the first countries
        con.register("ctry", pd.DataFrame({"c": COUNTRIES}).reset_index(names="i"))
        con.register("sec", pd.DataFrame({"s": SECTORS}).reset_index(names="i"))
        con.register("st", pd.DataFrame({"s": STATUSES}).reset_index(names="i"))
        nc, ns, nst, ncb = len(COUNTRIES), len(SECTORS), len(STATUSES), len(cb)
        for start in range(0, events, chunk):
            stop = min(events, start + chunk)
            con.execute(f"""
            INSERT INTO mentions (event_id, article_id, provenance, source_code,
                source_country, source_sector, target_code, target_country, target_sector,
                cameo, root, label, goldstein, quad_class, status, date_value, date_precision,
                date_start, confidence)
            WITH r AS (
              SELECT range AS k, hash(range) AS h1, hash(range + 7777777) AS h2
              FROM range({start}, {stop})
            ), e AS (
              SELECT k, h1, h2,
                CAST(floor({nc} * pow((h1 % 100000) / 100000.0, 2)) AS INTEGER) AS a,
                CAST(floor({nc} * pow((h2 % 100000) / 100000.0, 2)) AS INTEGER) AS b,
                CAST((h1 // 100000) % {ns} AS INTEGER) AS sa,
                CAST((h2 // 100000) % {ns} AS INTEGER) AS sb,
                CAST((h1 // 1000000) % {ncb} AS INTEGER) AS ci,
                CAST((h2 // 1000000) % {nst} AS INTEGER) AS si,
                DATE '2015-01-01' + CAST((h1 // 7) % 3652 AS INTEGER) AS day
              FROM r
            )
            SELECT 's' || k, 'a' || (k // 5), 'synthetic',
              ca.c || sa_.s, ca.c, nullif(sa_.s, ''),
              cb_.c || sb_.s, cb_.c, nullif(sb_.s, ''),
              cb.code, cb.root, cb.label, cb.goldstein, cb.quad_class, st.s,
              strftime(day, '%Y-%m-%d'), 'day', day, 0.8
            FROM e
            JOIN ctry ca ON ca.i = e.a JOIN ctry cb_ ON cb_.i = (e.b + 1) % {nc}
            JOIN sec sa_ ON sa_.i = e.sa JOIN sec sb_ ON sb_.i = e.sb
            JOIN cb ON cb.i = e.ci JOIN st ON st.i = e.si
            """).fetchall()
        con.execute("CHECKPOINT").fetchall()
    return time.perf_counter() - t0


def time_query(db: Path, sql: str, params: list[str], repeats: int = 5) -> dict[str, float]:
    from detente.store import Store

    with Store(db, read_only=True) as store:
        t0 = time.perf_counter()
        rows = store.con.execute(sql, params).fetchall()
        first = time.perf_counter() - t0
        runs = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            store.con.execute(sql, params).fetchall()
            runs.append(time.perf_counter() - t0)
    return {"first_s": round(first, 4), "median_s": round(statistics.median(runs), 4),
            "rows": len(rows)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--keep", help="build the store here (and reuse it if present)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = folder / f"dyad_{args.events}.duckdb"
        build_s = None
        if not db.exists():
            build_s = build(db, args.events)
        from detente.store import Store

        with Store(db, read_only=True) as store:
            n = store.con.execute("SELECT count(*) FROM mentions").fetchall()[0][0]
            pair = store.con.execute(
                "SELECT count(*) FROM mentions WHERE source_country = 'USA' "
                "AND target_country = 'CHN'").fetchall()[0][0]
        one = time_query(db, QUERY_ONE_WAY, ["USA", "CHN"])
        both = time_query(db, QUERY_BOTH_WAYS, ["USA", "CHN", "CHN", "USA"])
        size_mb = db.stat().st_size / 1e6
    out = {"events": n, "usa_chn_events": pair, "db_mb": round(size_mb),
           "build_s": round(build_s, 1) if build_s is not None else None,
           "usa_to_chn": one, "both_ways": both}
    if args.json:
        print(json.dumps(out))
    else:
        built = f"built in {out['build_s']} s, " if build_s is not None else ""
        print(f"store: {n:,} events ({pair:,} USA->CHN), {out['db_mb']} MB, {built}")
        print(f"monthly USA->CHN series ({one['rows']} rows): first {one['first_s']} s, "
              f"median {one['median_s']} s")
        print(f"monthly USA<->CHN series ({both['rows']} rows): first {both['first_s']} s, "
              f"median {both['median_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
