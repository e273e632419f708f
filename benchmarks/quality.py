"""Extraction quality on every gold set at once: the dev gold and the blind held-out sets.

    python benchmarks/quality.py                      # dev + every measured set
    python benchmarks/quality.py examples/heldout3/gold.jsonl --json

Prints one row per gold set (events, P/R/F1 on dyad + root, then status, date and place on
the matched events) and nothing about single misses, so that a sealed held-out set can be
measured without reading what it missed. Use `detente eval --gold FILE` for the misses of a
set you are allowed to read (see each set's README). The model is loaded once for all sets.
A blind set nobody has measured yet (its README says "not yet run") is left out of the
default list: its first figures are taken once, on purpose, by naming it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluate import evaluate  # noqa: E402

COLUMNS = (("gold_events", "events"), ("precision", "P"), ("recall", "R"), ("f1", "F1"),
           ("status_grouped_accuracy", "status"), ("date_month_accuracy", "date month"),
           ("date_precision_accuracy", "date prec"), ("location_accuracy", "location"))


def default_sets() -> list[Path]:
    sets = [ROOT / "examples" / "gold.jsonl"]
    sets += sorted((ROOT / "examples").glob("heldout*/gold.jsonl"))
    sets += sorted((ROOT / "examples").glob("train*/gold.jsonl"))
    return [p for p in sets if p.exists() and not _unmeasured(p)]


def _unmeasured(gold: Path) -> bool:
    """A blind set whose first measure is still to be taken (its README says so)."""
    readme = gold.parent / "README.md"
    return readme.exists() and "not yet run" in readme.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="*", type=Path, help="gold files (default: all sets)")
    ap.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    args = ap.parse_args(argv)
    from detente.pipeline import Coder

    paths = args.gold or default_sets()
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"error: gold file {missing[0]} does not exist", file=sys.stderr)
        return 2
    coder = Coder()
    rows = []
    for path in paths:
        t0 = time.perf_counter()
        rep = evaluate(path, coder=coder)
        row = {"set": str(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path),
               **{k: rep[k] for k, _ in COLUMNS}, "seconds": round(time.perf_counter() - t0, 1)}
        rows.append(row)
        if args.json:
            print(json.dumps(row), flush=True)
    if not args.json:
        head = ["set", *(label for _, label in COLUMNS)]
        table = [[r["set"], *("-" if r[k] is None else str(r[k]) for k, _ in COLUMNS)]
                 for r in rows]
        widths = [max(len(x) for x in col) for col in zip(head, *table, strict=True)]
        for line in (head, *table):
            print("  ".join(x.ljust(w) for x, w in zip(line, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
