"""End-to-end coding speed vs spaCy alone, on the sample corpus repeated to N articles.

    python benchmarks/throughput.py [--articles 2000] [--processes 1] [--json]

Prints articles/s for (a) spaCy alone (`nlp.pipe` with the same model, batch size and
processes) and (b) detente end to end (repair already done at read time; actor ruler, parse,
event coding, status, dates, places), and the ratio (b)/(a) as NLP overhead.
Ingest alone (read + repair, no NLP) is measured too.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--batch-size", type=int, default=64)
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

    nlp = load_spacy()
    t0 = time.perf_counter()
    for _ in nlp.pipe((a.text for a in arts), batch_size=args.batch_size):
        pass
    spacy_s = time.perf_counter() - t0

    from detente.config import Options
    coder = Coder(Options(batch_size=args.batch_size))
    t0 = time.perf_counter()
    n_events = 0
    for res in coder.code_many(arts):
        n_events += len(res.events)
    detente_s = time.perf_counter() - t0

    out = {
        "articles": len(arts), "words": words, "cpu_count": os.cpu_count(),
        "ingest_read_repair_articles_per_s": round(len(base) / ingest_s, 1),
        "spacy_alone_articles_per_s": round(len(arts) / spacy_s, 2),
        "detente_articles_per_s": round(len(arts) / detente_s, 2),
        "overhead_vs_spacy": round(detente_s / spacy_s - 1, 3),
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
