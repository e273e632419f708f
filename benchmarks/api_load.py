"""Load test of the API on a large store: latency of ``GET /api/dyads/USA/CHN``.

Builds (or reuses) a store with N synthetic fused events and one mention each (DuckDB
``INSERT ... SELECT`` over ``range()``; plausible countries, CAMEO codes, Goldstein values,
statuses and dates 2015-2024, a tenth of them between the U.S. and China), starts
``detente serve`` on 127.0.0.1 in a subprocess, sends one warm-up request, then a bounded
number of requests with a fixed concurrency (httpx), and prints p50/p95/p99 latency.

    .venv/bin/python benchmarks/api_load.py                      # 1M events, 500 requests
    .venv/bin/python benchmarks/api_load.py --events 100000 --requests 200 --concurrency 4
    .venv/bin/python benchmarks/api_load.py --db benchmarks/out/api1m.duckdb --keep

Target: p95 < 100 ms for the cached dyad view (the first, cold request is reported apart).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

COUNTRIES = ["USA", "CHN", "RUS", "UKR", "JPN", "KOR", "PRK", "TWN", "IND", "PAK", "IRN", "ISR",
             "PSE", "SAU", "TUR", "DEU", "FRA", "GBR", "PHL", "VNM", "AUS", "BRA", "MEX", "EGY",
             "SYR", "IRQ", "AFG", "NGA", "ZAF", "ITA"]
# (code, label, goldstein, quad class) -- a spread over the CAMEO roots
CODES = [("010", "Make statement", 0.0, 1), ("020", "Make an appeal or request", 3.0, 1),
         ("030", "Express intent to cooperate", 4.0, 1), ("036", "Express intent to meet", 4.0, 1),
         ("040", "Consult", 1.0, 1), ("042", "Make a visit", 1.9, 1),
         ("043", "Host a visit", 2.8, 1), ("046", "Engage in negotiation", 7.0, 1),
         ("051", "Praise or endorse", 3.4, 1), ("057", "Sign formal agreement", 8.0, 1),
         ("061", "Cooperate economically", 6.4, 2), ("070", "Provide aid", 7.0, 2),
         ("111", "Criticize or denounce", -2.0, 3), ("112", "Accuse", -2.0, 3),
         ("120", "Reject", -4.0, 3), ("130", "Threaten", -4.4, 3),
         ("140", "Engage in political dissent", -6.5, 4), ("150", "Demonstrate military "
                                                                  "posture", -7.2, 4),
         ("163", "Impose embargo, boycott, or sanctions", -8.0, 3),
         ("172", "Impose administrative sanctions", -5.0, 4), ("190", "Use conventional "
                                                                     "military force", -10.0, 4)]
STATUSES = [("happened", 80), ("ongoing", 5), ("planned", 7), ("uncertain", 4),
            ("hypothetical", 2), ("denied", 1), ("cancelled", 1)]


def _sql_list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def build_store(path: str, n_events: int, n_articles: int) -> dict[str, int]:
    """Fill a fresh store with synthetic articles, mentions and fused events."""
    from detente.store import Store

    countries = _sql_list(COUNTRIES)
    codes = _sql_list([c[0] for c in CODES])
    labels = _sql_list([c[1] for c in CODES])
    gold = "[" + ", ".join(str(c[2]) for c in CODES) + "]"
    quads = "[" + ", ".join(str(c[3]) for c in CODES) + "]"
    status_list = [s for s, w in STATUSES for _ in range(w)]
    statuses = _sql_list(status_list)
    t0 = time.perf_counter()
    with Store(path) as store:
        con = store.con
        con.execute("BEGIN TRANSACTION")
        con.execute(f"""
            INSERT INTO articles (id, content_hash, title, published, source, language, origin,
                                  text, ingested_at)
            SELECT 'a' || i, md5('a' || i), 'Synthetic story ' || i,
                   DATE '2015-01-01' + CAST(i * 3650 // {n_articles} AS INTEGER),
                   'Synthetic Wire', 'en', 'benchmark',
                   'Officials met on Monday. Talks were held. More talks are planned.', now()
            FROM range({n_articles}) t(i)""")
        # one row per event: a tenth USA<->CHN, the rest random pairs of distinct countries
        con.execute(f"""
            CREATE TEMP TABLE syn AS
            SELECT i,
                   CASE WHEN i % 10 = 0 THEN (CASE WHEN i % 20 = 0 THEN 'USA' ELSE 'CHN' END)
                        ELSE {countries}[1 + CAST(hash(i, 1) % 30 AS INTEGER)] END AS src,
                   CASE WHEN i % 10 = 0 THEN (CASE WHEN i % 20 = 0 THEN 'CHN' ELSE 'USA' END)
                        ELSE {countries}[1 + CAST((hash(i, 1) % 30 + 1 + hash(i, 2) % 29) % 30
                                                  AS INTEGER)] END AS tgt,
                   1 + CAST(hash(i, 3) % {len(CODES)} AS INTEGER) AS k,
                   {statuses}[1 + CAST(hash(i, 4) % {len(status_list)} AS INTEGER)] AS status,
                   CAST(i * {n_articles} // {n_events} AS BIGINT) AS art
            FROM range({n_events}) t(i)""")
        con.execute(f"""
            INSERT INTO mentions (event_id, article_id, provenance, source_text, source_name,
                source_code, source_country, source_sector, target_text, target_name,
                target_code, target_country, target_sector, cameo, root, label, goldstein,
                quad_class, status, date_value, date_precision, date_start, sentence,
                start_char, end_char, trigger_text, confidence, rule, fused_id)
            SELECT 'e' || i, 'a' || art, 'text', src, src, src || 'GOV', src, 'GOV',
                   tgt, tgt, tgt || 'GOV', tgt, 'GOV',
                   {codes}[k], substr({codes}[k], 1, 2), {labels}[k], {gold}[k], {quads}[k],
                   status,
                   strftime(DATE '2015-01-01' + CAST(art * 3650 // {n_articles} AS INTEGER)
                            - CAST(hash(i, 5) % 3 AS INTEGER), '%Y-%m-%d'),
                   'day',
                   DATE '2015-01-01' + CAST(art * 3650 // {n_articles} AS INTEGER)
                       - CAST(hash(i, 5) % 3 AS INTEGER),
                   src || ' and ' || tgt || ' officials: ' || {labels}[k] || ' (#' || i || ').',
                   0, 24, 'met', 0.7, 'synthetic', 'f' || i
            FROM syn""")
        con.execute("""
            INSERT INTO events
            SELECT fused_id, source_country, source_code, target_country, target_code, cameo,
                   root, label, goldstein, quad_class, status, date_value, date_precision,
                   date_start, NULL, NULL, 1, 1, date_start, date_start, event_id, sentence,
                   article_id, 'text'
            FROM mentions WHERE rule = 'synthetic'""")
        con.execute("DROP TABLE syn")
        con.execute("COMMIT")
        counts = store.counts()
    counts["build_seconds"] = round(time.perf_counter() - t0, 1)
    return counts


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def run_load(base: str, path: str, n_requests: int, concurrency: int) -> dict[str, object]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    todo = iter(range(n_requests))

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            while True:
                with lock:
                    if next(todo, None) is None:
                        return
                t0 = time.perf_counter()
                r = client.get(path)
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    latencies.append(ms)
                    statuses[r.status_code] = statuses.get(r.status_code, 0) + 1

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"requests": len(latencies), "concurrency": concurrency, "statuses": statuses,
            "p50_ms": round(_percentile(latencies, 0.50), 1),
            "p95_ms": round(_percentile(latencies, 0.95), 1),
            "p99_ms": round(_percentile(latencies, 0.99), 1),
            "mean_ms": round(statistics.fmean(latencies), 1),
            "max_ms": round(max(latencies), 1),
            "requests_per_second": round(len(latencies) / wall, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="store to use; built when missing (default: a temp file)")
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--path", default="/api/dyads/USA/CHN")
    ap.add_argument("--keep", action="store_true", help="keep a temporary store")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    args = ap.parse_args()

    tmpdir = None
    if args.db:
        db = args.db
        Path(db).parent.mkdir(parents=True, exist_ok=True)
    else:
        tmpdir = tempfile.mkdtemp(prefix="detente-api-load-")
        db = os.path.join(tmpdir, "load.duckdb")
    built = None
    if not Path(db).exists():
        print(f"building {args.events:,} synthetic events into {db} ...", file=sys.stderr)
        built = build_store(db, args.events, args.articles)
        print(f"built: {built}", file=sys.stderr)

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    code = ("import sys; from detente.api import serve; "
            "serve(sys.argv[1], port=int(sys.argv[2]), log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code, db, str(port)],
                            env={**os.environ, "DETENTE_API_TOKEN": ""})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(base + "/api/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("server did not start")
            time.sleep(0.2)
        t0 = time.perf_counter()
        warm = httpx.get(base + args.path, timeout=600)
        cold_ms = (time.perf_counter() - t0) * 1000
        if warm.status_code != 200:
            raise SystemExit(f"warm-up request failed: {warm.status_code} {warm.text[:300]}")
        result = run_load(base, args.path, args.requests, args.concurrency)
        result.update(path=args.path, cold_ms=round(cold_ms, 1), store=built or db,
                      target_p95_ms=100, p95_ok=result["p95_ms"] < 100)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        if tmpdir and not args.keep:
            for suffix in ("", ".wal"):
                p = Path(db + suffix)
                if p.exists():
                    p.unlink()
            os.rmdir(tmpdir)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{args.path}: {result['requests']} requests, concurrency {args.concurrency}, "
              f"statuses {result['statuses']}")
        print(f"cold (first) request {result['cold_ms']:.0f} ms")
        print(f"p50 {result['p50_ms']} ms  p95 {result['p95_ms']} ms  p99 {result['p99_ms']} ms"
              f"  (mean {result['mean_ms']}, max {result['max_ms']}, "
              f"{result['requests_per_second']} req/s)")
        print(f"target p95 < 100 ms: {'met' if result['p95_ok'] else 'NOT met'}")
    return 0 if result["p95_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
