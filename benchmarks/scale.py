"""Throughput at scale on a generated news mix (~70% non-political), one machine.

    python benchmarks/scale.py --articles 100000 [--workers 2] [--engine all|single|local|dask]
        [--feed FILE] [--irrelevant 0.7] [--partition-size 500] [--prefilter-context needed]
        [--reference-articles 10000] [--json]

Writes the feed with ``detente.corpus_gen`` (unless ``--feed`` is given) and reports
articles/s for: spaCy alone on the same texts (single process), one process without and
with the relevance pre-filter, ``--workers N`` local processes (``code_parallel``), and a
Dask ``LocalCluster`` with N worker processes (``run_dask`` to Parquet, then the load into
DuckDB). Wall times for the parallel engines include starting the workers (each builds
its own pipeline); ``steady`` rates count from the first finished result. Peak resident
memory is reported per process. See ``README_scale.md`` for figures and how they extrapolate.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _rss_peak_self() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class ChildMemory:
    """Polls the resident memory of this process's children (worker processes)."""

    def __init__(self) -> None:
        import psutil

        self.proc = psutil.Process()
        self.peak: dict[int, int] = {}
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            for child in self.proc.children(recursive=True):
                try:
                    rss = child.memory_info().rss
                    cpu = child.cpu_times()
                except psutil.Error:
                    continue
                self.peak[child.pid] = max(self.peak.get(child.pid, 0), rss)
                self.cpu[child.pid] = cpu.user + cpu.system
            self._stop.wait(0.5)

    def __enter__(self) -> ChildMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def top(self, n: int) -> list[int]:
        return sorted(self.peak.values(), reverse=True)[:n]


def _mib(b: int) -> int:
    return round(b / 2**20)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--engine", choices=("all", "single", "local", "dask"), default="all")
    ap.add_argument("--feed", help="existing JSON Lines feed (default: generate one)")
    ap.add_argument("--irrelevant", type=float, default=0.7)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--partition-size", type=int, default=500)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--prefilter-context", choices=("all", "people", "needed", "none"),
                    default=None, help="which context sentences the pre-filter parses "
                    "(default: Options' default, needed)")
    ap.add_argument("--reference-articles", type=int, default=0,
                    help="run spaCy alone and the pre-filter-off coder on only the first N "
                         "articles (default: all of them)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)

    from detente.config import Options
    from detente.corpus_gen import write_jsonl
    from detente.ingest import read_inputs
    from detente.model import Article

    tmp = Path(tempfile.mkdtemp(prefix="detente-scale-"))
    feed = Path(args.feed) if args.feed else tmp / "feed.jsonl"
    if not args.feed:
        write_jsonl(feed, args.articles, seed=args.seed, irrelevant=args.irrelevant,
                    corpus=ROOT / "examples" / "corpus")
    out: dict[str, Any] = {"articles": args.articles, "irrelevant_share": args.irrelevant,
                           "cpu_count": os.cpu_count(), "workers": args.workers,
                           "feed_bytes": feed.stat().st_size}

    def articles(limit: int | None = None) -> Any:
        n = 0
        limit = args.articles if limit is None else min(limit, args.articles)
        for item in read_inputs([str(feed)]):
            if isinstance(item, Article):
                yield item
                n += 1
                if n >= limit:
                    return

    options = Options(batch_size=args.batch_size).with_(
        prefilter_context=args.prefilter_context)
    out["prefilter_context"] = options.prefilter_context
    if args.engine in ("all", "single"):
        from detente.nlp import load_spacy
        from detente.pipeline import Coder

        t0 = time.perf_counter()
        n = sum(1 for _ in articles())
        out["read_articles_per_s"] = round(n / (time.perf_counter() - t0), 1)
        # the references (spaCy alone, pre-filter off) may run on the first articles only:
        # at 23 ms of CPU an article, 100,000 articles take 40 minutes each
        ref = min(n, args.reference_articles or n)
        out["reference_articles"] = ref
        nlp = load_spacy()
        t0 = time.perf_counter()
        c0 = time.process_time()
        for _ in nlp.pipe((a.text for a in articles(ref)), batch_size=args.batch_size):
            pass
        out["spacy_alone_articles_per_s"] = round(ref / (time.perf_counter() - t0), 2)
        out["spacy_alone_articles_per_cpu_s"] = round(ref / (time.process_time() - c0), 2)
        del nlp
        for prefilter in (False, True):
            count = ref if not prefilter else n
            t0 = time.perf_counter()
            coder = Coder(options.with_(prefilter=prefilter))
            load_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            c0 = time.process_time()
            events = done = 0
            at_ref: tuple[float, float] | None = None
            for r in coder.code_many(articles(count)):
                events += len(r.events)
                done += 1
                if done == ref:
                    at_ref = (time.perf_counter() - t0, time.process_time() - c0)
            secs = time.perf_counter() - t0
            cpu = time.process_time() - c0
            key = "single_prefilter" if prefilter else "single_no_prefilter"
            out[key] = {"articles": count,
                        "articles_per_s": round(count / secs, 2), "seconds": round(secs, 1),
                        "articles_per_cpu_s": round(count / cpu, 2), "cpu_seconds": round(cpu, 1),
                        "pipeline_load_s": round(load_s, 1), "events": events,
                        "parsed_articles": coder.stats["parsed_articles"],
                        "parsed_chars_share": round(coder.stats["parsed_chars"]
                                                    / max(1, coder.stats["chars"]), 3)}
            if at_ref is not None:
                # the same articles as the references, for a like-for-like speed-up
                out[key]["first_reference_articles_per_s"] = round(ref / at_ref[0], 2)
                out[key]["first_reference_articles_per_cpu_s"] = round(ref / at_ref[1], 2)
            del coder
        on, off = out["single_prefilter"], out["single_no_prefilter"]
        out["prefilter_speedup_wall"] = round(on["first_reference_articles_per_s"]
                                              / off["articles_per_s"], 2)
        out["prefilter_speedup_cpu"] = round(on["first_reference_articles_per_cpu_s"]
                                             / off["articles_per_cpu_s"], 2)
        out["single_peak_rss_mib"] = _mib(_rss_peak_self())

    if args.engine in ("all", "local"):
        from detente.parallel import code_parallel

        with ChildMemory() as mem:
            t0 = time.perf_counter()
            first = None
            n = events = 0
            for r in code_parallel(articles(), options, args.workers):
                if first is None:
                    first = time.perf_counter()
                n += 1
                events += len(r.events)
            secs = time.perf_counter() - t0
        steady = time.perf_counter() - (first or t0)
        out["local_workers"] = {"articles_per_s_wall": round(n / secs, 2),
                                "articles_per_s_steady": round(n / max(steady, 1e-9), 2),
                                "seconds": round(secs, 1), "events": events,
                                "worker_cpu_seconds": sorted(
                                    (round(c, 1) for c in mem.cpu.values()), reverse=True
                                )[:args.workers],
                                "peak_rss_mib_per_worker": [_mib(b) for b in
                                                            mem.top(args.workers)]}

    if args.engine in ("all", "dask"):
        from detente.distributed import load_parquet_into_store, run_dask
        from detente.store import Store

        parts = tmp / "parts"
        t0 = time.perf_counter()
        summary = run_dask([str(feed)], options, output=str(parts), n_workers=args.workers,
                           partition_size=args.partition_size)
        secs = time.perf_counter() - t0
        t0 = time.perf_counter()
        with Store(tmp / "dask.duckdb") as store:
            counts = load_parquet_into_store(store, str(parts))
        load_s = time.perf_counter() - t0
        out["dask_local_cluster"] = {
            "articles_per_s_wall": round(summary.articles / secs, 2),
            "seconds": round(secs, 1), "events": summary.events,
            "partitions": summary.partitions, "load_into_duckdb_s": round(load_s, 1),
            "loaded_articles": counts.articles,
            "worker_cpu_seconds": summary.cpu_seconds,
            "peak_rss_mib_per_worker": {w: _mib(b) for w, b in summary.peak_rss.items()}}

    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
