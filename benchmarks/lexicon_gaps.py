"""Which words the pattern lexicon lacks: predicates of missed gold events, by root.

    python benchmarks/lexicon_gaps.py GOLD [GOLD ...] [--min 2] [--top 60]

Readable gold sets only (it prints words of their sentences). For every gold event the coder
misses whose sentence has no trigger of the gold's root (``miss_stages.py``'s "no trigger" and
"trigger, other root only"), each verb and each noun of the sentence that no trigger fired on
is a candidate for the missing predicate. A candidate is listed per (lemma, part of speech,
gold root) with:

- ``arts``: in how many articles it stood in such a miss (a word of one story is no class);
- ``prec``: of all sentences of these gold sets where the lemma appears with that part of
  speech and fires no trigger, the share that hold a gold event of that root (a guess at the
  precision a pattern on the bare word would have; an object or preposition condition in the
  pattern raises it);
- ``lex``: the roots the lexicon already has for the lemma and part of speech ("-" for none).

Words that occur everywhere (reporting verbs, "be", "have") fall out by ``prec``. The list is
a reading aid for whoever writes lexicon entries: write a pattern for the predicate's class
(its synonyms and light-verb forms), not for the one word, and check it with the harness.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import is_sealed  # noqa: E402  (benchmarks/sealed.py)

#: words that carry no event of their own in news prose
_SKIP = frozenset({"be", "have", "do", "say", "tell", "add", "make", "take", "get", "go",
                   "year", "day", "week", "month", "time", "people", "country", "government",
                   "minister", "president", "official", "leader", "statement", "spokesman",
                   "spokeswoman", "spokesperson", "state", "side", "part", "way", "number"})


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--min", type=int, default=2, help="fewest articles a candidate needs")
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    sealed = [g for g in args.gold if is_sealed(str(Path(g).resolve()))]
    if sealed:
        print(f"lexicon_gaps: {sealed[0]} is a sealed set; name readable sets only",
              file=sys.stderr)
        return 2

    from detente.evaluate import evidence_matches, gold_articles, score_article
    from detente.pipeline import Coder

    coder = Coder()
    ex = coder.extractor
    lex = ex.lexicon
    missed_in: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    example: dict[tuple[str, str, str], str] = {}
    seen: Counter[tuple[str, str]] = Counter()  # (lemma, pos) sentences, no trigger on it
    with_root: Counter[tuple[str, str, str]] = Counter()  # ... that hold a gold event of root
    for gp in args.gold:
        for art, g in gold_articles(Path(gp)):
            res = next(iter(coder.code_many([art])))
            missed = score_article(g["events"], res.events)["missed"]
            doc = coder.nlp(art.text)
            for sent in doc.sents:
                text = sent.text.strip()
                fired = {t.token.i for t in ex.triggers(sent)}
                fired_roots = {t.pattern.cameo[:2] for t in ex.triggers(sent)}
                golds = [m for m in g["events"] if evidence_matches(
                    (m.get("evidence") or "").strip(), text)]
                roots = {str(m["cameo"])[:2] for m in golds}
                words = {(t.lemma_.lower(), t.pos_) for t in sent
                         if t.pos_ in ("VERB", "NOUN") and t.i not in fired
                         and t.lemma_.lower() not in _SKIP and t.is_alpha}
                for w in words:
                    seen[w] += 1
                    for r in roots:
                        with_root[(*w, r)] += 1
                for m in missed:
                    root = str(m["cameo"])[:2]
                    if root in fired_roots or not evidence_matches(
                            (m.get("evidence") or "").strip(), text):
                        continue
                    for lemma, pos in words:
                        key = (lemma, pos, root)
                        missed_in[key].add(art.id)
                        example.setdefault(key, text)
    rows = []
    for (lemma, pos, root), arts in missed_in.items():
        if len(arts) < args.min:
            continue
        prec = with_root[(lemma, pos, root)] / max(1, seen[(lemma, pos)])
        have = sorted({p.cameo[:2] for p in lex.candidates(lemma, pos)})
        rows.append((len(arts) * prec, len(arts), prec, lemma, pos, root, have))
    rows.sort(reverse=True)
    print(f"{'lemma':<18} {'pos':<5} {'root':<4} {'arts':>4} {'prec':>5}  lex   example")
    for _score, n, prec, lemma, pos, root, have in rows[:args.top]:
        ex_text = example[(lemma, pos, root)]
        print(f"{lemma:<18} {pos:<5} {root:<4} {n:>4} {prec:>5.2f}  "
              f"{'/'.join(have) or '-':<5} {ex_text[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
