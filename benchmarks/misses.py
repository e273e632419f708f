"""Where a readable gold set's misses come from: for each missed gold event, what the
extractor coded from the same sentence.

    python benchmarks/misses.py examples/heldout5/gold.jsonl [-v]

Classes: nothing from the sentence / right dyad, wrong root / right root, wrong dyad / other
events only; then the missed gold roots and the roots of the false positives, as counts.
``-v`` lists every miss with the events coded from its sentence. Sealed sets get the counts
only (no sentence, actor or article is printed); ``-v`` refuses them.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import gold_files  # noqa: E402  (benchmarks/sealed.py)


def main(argv: list[str]) -> int:
    from detente.evaluate import _country, evidence_matches, gold_articles, score_article
    from detente.pipeline import Coder

    args = gold_files(argv, "give gold files; -v only on readable ones (sets 2, 4, 6 and 7 "
                            "are sealed)")
    if args is None:
        return 2
    golds, verbose = args
    coder = Coder()
    for gp in golds:
        arts = gold_articles(gp)
        classes: Counter[str] = Counter()
        missed_roots: Counter[str] = Counter()
        false_roots: Counter[str] = Counter()
        rows = []
        for (_a, g), res in zip(arts, coder.code_many(a for a, _ in arts), strict=True):
            scored = score_article(g["events"], res.events)
            false_roots.update(p.root for p in scored["false_positives"])
            for m in scored["missed"]:
                ev = (m.get("evidence") or "").strip()
                same = [p for p in res.events if evidence_matches(ev, p.evidence.sentence)]
                gs, gt, root = _country(m.get("source")), _country(m.get("target")), str(
                    m["cameo"])[:2]
                pairs = [({p.source.country if p.source else None,
                           p.target.country if p.target else None}, p.root) for p in same]
                if not same:
                    c = "nothing from the sentence"
                elif any(d == {gs, gt} for d, _r in pairs):
                    c = "right dyad, wrong root"
                elif any(r == root for _d, r in pairs):
                    c = "right root, wrong dyad"
                else:
                    c = "other events only"
                classes[c] += 1
                missed_roots[root] += 1
                rows.append((c, gs, root, gt, ev[:150], [(p.source.country if p.source else None,
                                                         p.cameo, p.target.country if p.target
                                                         else None) for p in same]))
        print(gp, sum(classes.values()), dict(classes))
        print("  missed gold roots:", dict(missed_roots.most_common()))
        print("  false-positive roots:", dict(false_roots.most_common()))
        if verbose:
            for r in sorted(rows, key=lambda r: r[0]):
                print(" ", r)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
