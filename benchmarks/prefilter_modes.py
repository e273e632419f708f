"""Pre-filter context modes: CPU speed-up on the news mix and matched dev-gold events lost.

    python benchmarks/prefilter_modes.py [--articles 600] [--rounds 3]
        [--modes all,people,needed,none] [--feed FILE] [--no-speed] [--no-gold] [--json]

One process, one ``Coder``. The feed is ``detente.corpus_gen``'s mix, generated exactly as
``benchmarks/scale.py`` does (seed 0, 70% non-political) unless ``--feed`` is given, and read
into memory once. Each round codes every article with the pre-filter off and then in each
mode, in turn (so that a busy neighbour slows all settings alike); a setting's time is its
fastest round's CPU time (``time.process_time``). The speed-up is the off time over the mode's.

The gold loss is ``matched`` of :func:`detente.evaluate.evaluate` on ``examples/gold.jsonl``
with the pre-filter off and in each mode, on the same code at the same moment.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modes", default="all,people,needed,none")
    ap.add_argument("--feed", help="existing JSON Lines feed (default: generate one)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--no-gold", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.ERROR)

    from detente.coding.patterns import load_lexicon
    from detente.config import Options
    from detente.corpus_gen import write_jsonl
    from detente.evaluate import evaluate
    from detente.ingest import read_inputs
    from detente.model import Article
    from detente.nlp.prefilter import Prefilter
    from detente.pipeline import Coder

    modes = [m for m in args.modes.split(",") if m]
    coder = Coder(Options(batch_size=args.batch_size, prefilter=False))
    lexicon = load_lexicon()
    filters: dict[str, Prefilter | None] = {"off": None}
    for m in modes:
        filters[m] = Prefilter(coder.kb, lexicon, context=m)
    out: dict[str, Any] = {"modes": modes}

    if not args.no_gold:
        gold = ROOT / "examples" / "gold.jsonl"
        matched: dict[str, int] = {}
        for name, pf in filters.items():
            coder.prefilter = pf
            matched[name] = evaluate(gold, None, coder)["matched"]
        base = matched["off"]
        out["gold_matched"] = matched
        out["gold_loss"] = {m: round((base - matched[m]) / base, 4) if base else 0.0
                            for m in modes}

    if not args.no_speed:
        feed = Path(args.feed) if args.feed else Path(tempfile.mkdtemp()) / "feed.jsonl"
        if not args.feed:
            write_jsonl(feed, args.articles, seed=0, irrelevant=0.7,
                        corpus=ROOT / "examples" / "corpus")
        arts = [a for a in read_inputs([str(feed)]) if isinstance(a, Article)][:args.articles]
        best: dict[str, float] = {}
        events: dict[str, int] = {}
        share: dict[str, float] = {}
        for _r in range(args.rounds):
            for name, pf in filters.items():
                coder.prefilter = pf
                coder.stats.clear()
                c0 = time.process_time()
                n_events = sum(len(r.events) for r in coder.code_many(arts))
                cpu = time.process_time() - c0
                best[name] = min(best.get(name, cpu), cpu)
                events[name] = n_events
                share[name] = coder.stats["parsed_chars"] / max(1, coder.stats["chars"])
        out["articles"] = len(arts)
        out["cpu_ms_per_article"] = {k: round(1000 * v / len(arts), 2) for k, v in best.items()}
        out["speedup"] = {m: round(best["off"] / best[m], 2) for m in modes}
        out["chars_parsed"] = {k: round(v, 3) for k, v in share.items()}
        out["events"] = events

    if args.json:
        json.dump(out, sys.stdout, indent=1)
        print()
    else:
        for m in ["off", *modes]:
            row = [f"{m:>13}"]
            if "gold_matched" in out:
                row.append(f"gold matched {out['gold_matched'][m]:4d}")
                if m != "off":
                    row.append(f"loss {100 * out['gold_loss'][m]:4.1f}%")
            if "speedup" in out:
                row.append(f"cpu {out['cpu_ms_per_article'][m]:6.2f} ms/art")
                row.append(f"chars parsed {100 * out['chars_parsed'][m]:5.1f}%")
                row.append(f"events {out['events'][m]}")
                if m != "off":
                    row.append(f"speed-up {out['speedup'][m]:.2f}x")
            print("  ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
