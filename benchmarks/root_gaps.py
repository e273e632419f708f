"""For missed gold events whose sentence gives triggers of other roots only: does the lexicon
have a pattern of the gold's root for a word of the sentence (its conditions did not match),
or none at all? Counts only, so safe on sealed sets; ``-v`` (readable sets only) lists them.

    python benchmarks/root_gaps.py examples/train1/gold.jsonl [more gold files] [-v]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import coders, gold_files  # noqa: E402  (benchmarks/sealed.py)

POS = ("VERB", "NOUN", "ADJ")


def main(argv: list[str]) -> int:
    from detente.evaluate import evidence_matches, gold_articles, score_article

    args = gold_files(argv, __doc__ or "")
    if args is None:
        return 2
    golds, verbose = args
    coder, open_coder = coders()
    ex = open_coder.extractor
    total: Counter[str] = Counter()
    for gp in golds:
        arts = gold_articles(gp)
        for (art, g), res in zip(arts, coder.code_many(a for a, _ in arts), strict=True):
            missed = score_article(g["events"], res.events)["missed"]
            if not missed:
                continue
            sents = list(open_coder.nlp(art.text).sents)
            for m in missed:
                evid, root = (m.get("evidence") or "").strip(), str(m["cameo"])[:2]
                hit = [s for s in sents if evidence_matches(evid, s.text)]
                trigs = [t for s in hit for t in ex.triggers(s)]
                if not trigs or any(t.pattern.cameo[:2] == root for t in trigs):
                    continue
                blocked = [(t.text, p.id) for s in hit for t in s for pos in POS
                           for p in ex.lexicon.candidates(t.lemma_.lower(), pos)
                           if p.cameo[:2] == root]
                kind = "pattern of the gold root blocked" if blocked else "no pattern of the root"
                total[kind] += 1
                if verbose:
                    print(f"  {kind[:7]:<8}", m.get("source"), m["cameo"], m.get("target"), "|",
                          blocked[:3], "|", evid[:150])
    print(dict(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
