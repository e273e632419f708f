"""GDELT import speed: a synthetic GDELT 2.0 event file of N rows into a fresh store.

    python benchmarks/import_gdelt.py [--rows 1000000] [--records] [--keep DIR] [--json]

The file is generated with DuckDB (not timed): actors from a list of country codes with
GDELT-style actor codes and types, event codes drawn from the package codebook with their
real Goldstein score and quad class, days over one month, action geography with FIPS codes,
plausible source URLs. Then ``import_file`` is timed into an empty database file (the
default path: the dataset's own fields in ``mentions.extra``, the event record rebuilt on
read; ``--records``: ``records=True``, the record JSON stored as well), and again on the
same file (a re-import, which must add nothing). Prints rows/s (wall clock), the
process CPU time of the import (DuckDB's threads included) and the load average, since on a
shared machine the wall clock mostly measures the neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = [
    # ISO alpha-3, GDELT name, FIPS, lat, lon
    ("USA", "UNITED STATES", "US", 38.0, -97.0), ("CHN", "CHINA", "CH", 35.0, 105.0),
    ("RUS", "RUSSIA", "RS", 60.0, 100.0), ("UKR", "UKRAINE", "UP", 49.0, 32.0),
    ("GBR", "UNITED KINGDOM", "UK", 54.0, -2.0), ("FRA", "FRANCE", "FR", 46.0, 2.0),
    ("DEU", "GERMANY", "GM", 51.0, 9.0), ("JPN", "JAPAN", "JA", 36.0, 138.0),
    ("IND", "INDIA", "IN", 20.0, 77.0), ("IRN", "IRAN", "IR", 32.0, 53.0),
    ("ISR", "ISRAEL", "IS", 31.5, 34.75), ("PSE", "PALESTINE", "WE", 32.0, 35.25),
    ("SYR", "SYRIA", "SY", 35.0, 38.0), ("TUR", "TURKEY", "TU", 39.0, 35.0),
    ("KOR", "SOUTH KOREA", "KS", 37.0, 127.5), ("PRK", "NORTH KOREA", "KN", 40.0, 127.0),
    ("PAK", "PAKISTAN", "PK", 30.0, 70.0), ("AFG", "AFGHANISTAN", "AF", 33.0, 65.0),
    ("BRA", "BRAZIL", "BR", -10.0, -55.0), ("MEX", "MEXICO", "MX", 23.0, -102.0),
    ("NGA", "NIGERIA", "NI", 10.0, 8.0), ("EGY", "EGYPT", "EG", 27.0, 30.0),
    ("SAU", "SAUDI ARABIA", "SA", 25.0, 45.0), ("TWN", "TAIWAN", "TW", 23.5, 121.0),
    ("AUS", "AUSTRALIA", "AS", -27.0, 133.0), ("CAN", "CANADA", "CA", 60.0, -95.0),
    ("ZAF", "SOUTH AFRICA", "SF", -29.0, 24.0), ("IDN", "INDONESIA", "ID", -5.0, 120.0),
    ("PHL", "PHILIPPINES", "RP", 13.0, 122.0), ("VNM", "VIETNAM", "VM", 16.0, 106.0),
]
TYPES = ["", "", "", "GOV", "GOV", "MIL", "BUS", "CVL", "MED", "OPP", "COP", "LEG", "JUD"]


def generate(path: Path, rows: int) -> float:
    import duckdb
    import pandas as pd

    from detente.interop.common import codebook_frame

    con = duckdb.connect()
    con.register("cb", codebook_frame().reset_index(names="i"))
    con.register("ctry", pd.DataFrame(COUNTRIES, columns=["iso", "name", "fips", "lat", "lon"])
                 .reset_index(names="i"))
    con.register("typ", pd.DataFrame({"t": TYPES}).reset_index(names="i"))
    n_codes = len(codebook_frame())
    t0 = time.perf_counter()
    con.execute(f"""
    COPY (
      WITH base AS (
        SELECT range AS k,
               hash(range) AS h1, hash(range * 7 + 3) AS h2, hash(range * 13 + 5) AS h3
        FROM range({rows})
      ), e AS (
        SELECT k, h1, h2, h3,
               DATE '2023-09-01' + CAST(h1 % 30 AS INTEGER) AS day,
               CAST(h1 % {len(COUNTRIES)} AS INTEGER) AS a1,
               CAST(h2 % {len(COUNTRIES)} AS INTEGER) AS a2,
               CAST(h3 % {len(TYPES)} AS INTEGER) AS t1,
               CAST((h3 // 7) % {len(TYPES)} AS INTEGER) AS t2,
               CAST(h2 % {n_codes} AS INTEGER) AS ci,
               (h3 % 10) = 0 AS no_actor2
        FROM base
      )
      SELECT
        1100000000 + k, strftime(day, '%Y%m%d'), strftime(day, '%Y%m'), year(day),
        printf('%.4f', year(day) + dayofyear(day) / 365.0),
        c1.iso || ty1.t, c1.name, c1.iso, '', '', '', '', ty1.t, '', '',
        CASE WHEN no_actor2 THEN '' ELSE c2.iso || ty2.t END,
        CASE WHEN no_actor2 THEN '' ELSE c2.name END,
        CASE WHEN no_actor2 THEN '' ELSE c2.iso END, '', '', '', '',
        CASE WHEN no_actor2 THEN '' ELSE ty2.t END, '', '',
        CAST(h1 % 2 AS INTEGER), cb.code, substr(cb.code, 1, 3), cb.root, cb.quad_class,
        cb.goldstein, 1 + CAST(h2 % 40 AS INTEGER), 1 + CAST(h2 % 5 AS INTEGER),
        1 + CAST(h2 % 40 AS INTEGER), printf('%.6f', (CAST(h3 % 2000 AS DOUBLE) - 1000) / 100),
        1, c1.name, c1.fips, c1.fips, '', c1.lat, c1.lon, c1.fips,
        1, c2.name, c2.fips, c2.fips, '', c2.lat, c2.lon, c2.fips,
        1, c2.name, c2.fips, c2.fips, '', c2.lat, c2.lon, c2.fips,
        strftime(day, '%Y%m%d') || lpad(CAST(h3 % 24 AS VARCHAR), 2, '0') || '1500',
        'https://news.example.org/' || strftime(day, '%Y/%m/%d') || '/story-' || (k // 3)
      FROM e
      JOIN cb ON cb.i = e.ci
      JOIN ctry c1 ON c1.i = e.a1 JOIN ctry c2 ON c2.i = e.a2
      JOIN typ ty1 ON ty1.i = e.t1 JOIN typ ty2 ON ty2.i = e.t2
    ) TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false)
    """)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--keep", help="write the file and database here instead of a temp dir")
    ap.add_argument("--records", action="store_true",
                    help="import with records=True (the record JSON stored too)")
    ap.add_argument("--no-records", action="store_true",
                    help="the default since schema 2 (kept for old command lines)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from detente.interop import import_file
    from detente.store import Store

    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "synthetic.export.CSV"
        db = folder / "bench.duckdb"
        if db.exists():
            db.unlink()
        gen_s = generate(data, args.rows)
        size_mb = data.stat().st_size / 1e6
        with Store(db) as store:
            cpu0 = time.process_time()
            first = import_file(store, data, "gdelt", records=args.records)
            cpu_s = time.process_time() - cpu0
            second = import_file(store, data, "gdelt", records=args.records)
            stored = store.counts()["mentions"]
        out = {
            "rows": args.rows, "records": args.records, "file_mb": round(size_mb, 1),
            "generate_s": round(gen_s, 2),
            "import_s": round(first.seconds, 2),
            "rows_per_s": round(first.rows_read / first.seconds) if first.seconds else None,
            "cpu_s": round(cpu_s, 2), "load_avg": round(os.getloadavg()[0], 1),
            "imported": first.rows_imported, "bad": first.rows_bad,
            "reimport_s": round(second.seconds, 2), "reimport_added": second.rows_imported,
            "stored": stored, "cpus": os.cpu_count(),
        }
    if args.json:
        print(json.dumps(out))
    else:
        print(f"synthetic GDELT file: {out['rows']:,} rows, {out['file_mb']} MB "
              f"(generated in {out['generate_s']} s)")
        mode = " (records=True)" if out["records"] else ""
        print(f"import{mode}: {out['import_s']} s = {out['rows_per_s']:,} rows/s "
              f"({out['imported']:,} imported, {out['bad']} bad); process CPU "
              f"{out['cpu_s']} s (all threads); load average {out['load_avg']} on "
              f"{out['cpus']} cores")
        print(f"re-import: {out['reimport_s']} s, {out['reimport_added']} added; "
              f"{out['stored']:,} mentions stored")
    return 0 if first.rows_imported == args.rows and second.rows_imported == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
