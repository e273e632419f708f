"""Would a learned sentence -> CAMEO roots classifier fill the rules' trigger gaps? A probe.

    python benchmarks/root_probe.py [--test examples/train9/gold.jsonl] [--train GOLD ...]

Readable sets only (refuses the sealed ones). Trains a bag-of-words classifier (TF-IDF word
1-2 grams, one logistic regression per root) on every sentence of the training sets, labelled
with the roots of the gold events told in it (none for most), and scores it on the test set's
sentences. For each probability threshold it prints:

- sentence-root precision and recall (a predicted root is right when a gold event of that
  root is told in the sentence);
- of the (sentence, root) pairs whose gold events the coder misses, how many the classifier
  predicts that the coder's own events of the sentence do not already have (the recall a
  fallback could add before it finds the pair of actors), and how many roots it would add
  that no gold event of the sentence has.

It measures a direction for the extractor, not the extractor: nothing here is used by
``detente``. Results depend on the training sets; the test set should be one nobody tuned
rules on (the newest blind set, before it is read).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import is_sealed  # noqa: E402  (benchmarks/sealed.py)

TRAIN = ["examples/gold.jsonl", "examples/heldout/gold.jsonl", "examples/heldout3/gold.jsonl",
         "examples/heldout5/gold.jsonl"] + [f"examples/train{i}/gold.jsonl" for i in range(1, 9)]


def _rows(coder, gold: Path) -> list[dict]:
    """One row per sentence of the set's articles: its text, the gold roots told in it, the
    roots of gold events the coder misses there, and the roots of the coder's events."""
    from detente.evaluate import evidence_matches, gold_articles, score_article

    rows = []
    arts = gold_articles(gold)
    for (art, g), res in zip(arts, coder.code_many(a for a, _ in arts), strict=True):
        missed = {id(m) for m in score_article(g["events"], res.events)["missed"]}
        for sent in coder.nlp(art.text).sents:
            text = sent.text.strip()
            if len(text) < 20:
                continue
            told = [e for e in g["events"]
                    if evidence_matches((e.get("evidence") or "").strip(), text)]
            ours = {e.root for e in res.events if e.evidence is not None
                    and sent.start_char <= e.evidence.start < sent.end_char}
            rows.append({"text": text, "roots": sorted({str(e["cameo"])[:2] for e in told}),
                         "missed": {str(e["cameo"])[:2] for e in told if id(e) in missed},
                         "ours": ours})
    return rows


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", default="examples/train9/gold.jsonl")
    ap.add_argument("--train", nargs="*", default=None)
    args = ap.parse_args(argv)
    train = [t for t in (args.train or TRAIN) if t != args.test]
    for g in [args.test, *train]:
        if is_sealed(str((ROOT / g).resolve())):
            print(f"root_probe: {g} is a sealed set; name readable sets only", file=sys.stderr)
            return 2

    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    from detente.pipeline import Coder

    coder = Coder()
    tr = [r for g in train for r in _rows(coder, ROOT / g)]
    te = _rows(coder, ROOT / args.test)
    labels = MultiLabelBinarizer()
    y = labels.fit_transform([r["roots"] for r in tr])
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    clf = OneVsRestClassifier(LogisticRegression(C=4.0, max_iter=2000,
                                                 class_weight="balanced"))
    clf.fit(vec.fit_transform([r["text"] for r in tr]), y)
    prob = clf.predict_proba(vec.transform([r["text"] for r in te]))
    n_missed = sum(len(r["missed"]) for r in te)
    print(f"train: {len(tr)} sentences from {len(train)} sets; test: {args.test}, "
          f"{len(te)} sentences, {n_missed} (sentence, root) pairs with missed gold events")
    print(f"{'threshold':>9} {'P':>5} {'R':>5} {'adds right':>10} {'adds wrong':>10}")
    for th in (0.5, 0.6, 0.7, 0.8):
        tp = fp = fn = right = wrong = 0
        for r, p in zip(te, prob, strict=True):
            pred = {labels.classes_[i] for i in np.where(p >= th)[0]}
            gold = set(r["roots"])
            tp, fp, fn = tp + len(pred & gold), fp + len(pred - gold), fn + len(gold - pred)
            new = pred - r["ours"]
            right += len(new & r["missed"])
            wrong += len(new - gold)
        print(f"{th:>9.1f} {tp / max(1, tp + fp):>5.2f} {tp / max(1, tp + fn):>5.2f} "
              f"{right:>10} {wrong:>10}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
