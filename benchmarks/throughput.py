"""End-to-end coding speed vs spaCy alone, on the sample corpus repeated to N articles.

    python benchmarks/throughput.py [--articles 2000] [--rounds 3] [--workers 1] [--json]

Prints articles/s for (a) spaCy alone (`nlp.pipe` with the same model and batch size, one
process) and (b) detente end to end (repair already done at read time; pre-filter, actor
ruler, parse, event coding, status, dates, places), and the ratio (b)/(a) as NLP overhead.
Ingest alone (read + repair, no NLP) is measured too.

With ``--workers N`` (N > 1) both sides use N local processes: spaCy alone through
``nlp.pipe(n_process=N)``, detente through :func:`detente.parallel.code_parallel`; each round
then includes starting the N processes, and only wall time is reported (the CPU time of this
process misses the workers'). spaCy forks its workers with the model already loaded; detente's
are forked likewise from this process's built Coder (``code_parallel(..., coder=)``), so
neither side pays model loading inside the timed rounds. ``--fresh-workers`` times instead
what ``detente ingest --workers N`` does: forkserver workers that each import detente and
build their own Coder (some seconds per round).

Each round runs (a) then (b) on the same texts, so a busy neighbour slows both alike; the
figures are the medians over the rounds, of wall time and of this process's CPU time
(``time.process_time``, less sensitive to other processes on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from statistics import median

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", type=int, default=1,
                    help="local processes for both spaCy alone and detente (default 1)")
    ap.add_argument("--fresh-workers", action="store_true",
                    help="with --workers N: workers build their own Coder (as `detente ingest "
                         "--workers N`) instead of forking this process's")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from detente.ingest import read_inputs
    from detente.model import Article, Quarantined
    from detente.nlp import load_spacy
    from detente.pipeline import Coder

    t0 = time.perf_counter()
    base = [a for a in read_inputs([args.corpus]) if not isinstance(a, Quarantined)]
    ingest_s = time.perf_counter() - t0
    arts: list[Article] = []
    i = 0
    while len(arts) < args.articles:
        a = base[i % len(base)]
        arts.append(replace(a, id=f"{a.id}-{i}"))
        i += 1
    words = sum(len(a.text.split()) for a in arts)

    from detente.config import Options
    from detente.parallel import code_parallel

    workers = max(1, args.workers)
    options = Options(batch_size=args.batch_size)
    nlp = load_spacy()
    coder = Coder(options)
    for _ in coder.code_many(arts[:10]):  # (warm both up: first calls build caches)
        pass
    for _ in nlp.pipe(a.text for a in arts[:10]):
        pass
    walls: dict[str, list[float]] = {"spacy": [], "detente": []}
    cpus: dict[str, list[float]] = {"spacy": [], "detente": []}
    n_events = 0
    for _round in range(max(1, args.rounds)):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe((a.text for a in arts), batch_size=args.batch_size,
                          n_process=workers):
            pass
        walls["spacy"].append(time.perf_counter() - t0)
        cpus["spacy"].append(time.process_time() - c0)
        t0, c0 = time.perf_counter(), time.process_time()
        n_events = 0
        coded = coder.code_many(arts) if workers == 1 else code_parallel(
            arts, options, workers, coder=None if args.fresh_workers else coder)
        for res in coded:
            n_events += len(res.events)
        walls["detente"].append(time.perf_counter() - t0)
        cpus["detente"].append(time.process_time() - c0)
    spacy_s, detente_s = median(walls["spacy"]), median(walls["detente"])
    spacy_cpu, detente_cpu = median(cpus["spacy"]), median(cpus["detente"])

    out = {
        "articles": len(arts), "words": words, "cpu_count": os.cpu_count(),
        "ingest_read_repair_articles_per_s": round(len(base) / ingest_s, 1),
        "spacy_alone_articles_per_s": round(len(arts) / spacy_s, 2),
        "detente_articles_per_s": round(len(arts) / detente_s, 2),
        "overhead_vs_spacy": round(detente_s / spacy_s - 1, 3),
        "overhead_vs_spacy_cpu": (round(detente_cpu / spacy_cpu - 1, 3) if workers == 1
                                  else None),
        "cpu_per_wall_spacy_detente": ([round(spacy_cpu / spacy_s, 2),
                                        round(detente_cpu / detente_s, 2)] if workers == 1
                                       else None),
        "workers": workers,
        "fresh_workers": bool(args.fresh_workers) if workers > 1 else None,
        "rounds": max(1, args.rounds),
        "events": n_events,
    }
    if args.json:
        print(json.dumps(out))
    else:
        for k, v in out.items():
            print(f"{k:40} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
