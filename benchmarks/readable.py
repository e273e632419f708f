"""Before/after comparison of extraction on every readable gold set, event by event.

    python benchmarks/readable.py run before.jsonl          # dev, readable held-out, train*
    ... change the rules ...
    python benchmarks/readable.py run after.jsonl
    python benchmarks/readable.py diff before.jsonl after.jsonl [-v]

`run` codes every readable set once (the model loaded once) and writes one JSON line per
missed gold event, per false positive and per set (its totals). `diff` prints the totals of both
files and, with `-v`, the gold events gained and lost and the false positives added and
removed, with their evidence. Sealed sets (`sealed.SEALED`) and a blind set nobody has
measured yet (its README says "not yet run") are never read.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sealed import is_sealed  # noqa: E402

USAGE = ("usage: readable.py run OUT.jsonl [GOLD ...]\n"
         "       readable.py diff BEFORE.jsonl AFTER.jsonl [-v]")


def readable_sets() -> list[Path]:
    """The dev gold and every held-out or training set that may be read."""
    paths = [ROOT / "examples" / "gold.jsonl"]
    for pattern in ("heldout*/gold.jsonl", "train*/gold.jsonl"):
        for p in sorted(ROOT.glob(f"examples/{pattern}")):
            readme = p.parent / "README.md"
            unread = readme.exists() and "not yet run" in readme.read_text(encoding="utf-8")
            if not is_sealed(str(p)) and not unread:
                paths.append(p)
    return paths


def _gold_key(gev: dict) -> str:
    return "|".join((str(gev["cameo"]), gev["source"], gev["target"],
                     (gev.get("evidence") or "")[:80]))


def run(out: Path, golds: list[Path]) -> int:
    from detente.evaluate import evaluate
    from detente.pipeline import Coder

    coder = Coder()
    totals: Counter[str] = Counter()
    with out.open("w", encoding="utf-8") as fh:
        for path in golds:
            if is_sealed(str(path.resolve())):
                print(f"error: {path} is sealed; its misses may not be read", file=sys.stderr)
                return 2
            name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            rep = evaluate(path, coder=coder)
            for m in rep["misses"]:
                fh.write(json.dumps({"set": name, "article": m["article"],
                                     "missed": _gold_key(m["gold"])}) + "\n")
            for fp in rep["false_positives"]:
                fh.write(json.dumps({"set": name, "article": fp["article"],
                                     "fp": json.dumps(fp["event"], sort_keys=True)}) + "\n")
            fh.write(json.dumps({"set": name, "gold": rep["gold_events"],
                                 "tp": rep["matched"]}) + "\n")
            totals["gold"] += rep["gold_events"]
            totals["tp"] += rep["matched"]
            totals["fp"] += rep["predicted_events"] - rep["matched"]
            print(f"{name}: TP {rep['matched']}/{rep['gold_events']} "
                  f"FP {rep['predicted_events'] - rep['matched']}", flush=True)
    _print_totals(out.name, totals)
    return 0


def _print_totals(label: str, t: Counter[str]) -> None:
    p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    r = t["tp"] / t["gold"] if t["gold"] else 0.0
    print(f"{label}: TP {t['tp']} / {t['gold']}, FP {t['fp']}, P {p:.3f} R {r:.3f}")


def _load(path: Path) -> tuple[Counter[tuple[str, str, str]], Counter[tuple[str, str, str]],
                               Counter[str]]:
    missed: Counter[tuple[str, str, str]] = Counter()
    fps: Counter[tuple[str, str, str]] = Counter()
    t: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if "fp" in row:
            fps[(row["set"], row["article"] or "", row["fp"])] += 1
            t["fp"] += 1
        elif "missed" in row:
            missed[(row["set"], row["article"] or "", row["missed"])] += 1
        else:
            t["gold"] += row["gold"]
            t["tp"] += row["tp"]
    return missed, fps, t


def diff(a: Path, b: Path, verbose: bool) -> int:
    ha, fa, ta = _load(a)
    hb, fb, tb = _load(b)
    _print_totals(a.name, ta)
    _print_totals(b.name, tb)
    sections = (("gold gained", ha - hb), ("gold lost", hb - ha),
                ("FP added", fb - fa), ("FP removed", fa - fb))
    for title, rows in sections:
        print(f"{title}: {sum(rows.values())}")
        if verbose:
            for (s, art, key), n in sorted(rows.items()):
                print(f"  {s} {art} x{n}: {key}")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "run":
        golds = [Path(x) for x in argv[2:]] or readable_sets()
        return run(Path(argv[1]), golds)
    if len(argv) >= 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]), "-v" in argv)
    print(USAGE, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
