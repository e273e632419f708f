"""Sentence-level scores on the shared development sentences (not shipped with detente).

    python benchmarks/dev_sentences.py [--data ../shared/data/dev-sentences] [--limit N] [--json]

* penta_train.tsv: the class of each sentence's main event (5 classes: 0 statement/appeal
  01-02, 1 verbal cooperation 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13
  and 16, 4 material conflict 14-15 and 17-20), from the trigger closest to the sentence root;
  sentences without any trigger are predicted as class 0 (the commonest class of reported
  speech). Prints per-class P/R/F1 and macro-F1.
* actors_train.conll: token F1 of source (S), target (T) and reciprocal (R) actor spans, from
  the main event's argument spans.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CLASS_OF_ROOT = {**{f"{r:02}": 0 for r in (1, 2)}, **{f"{r:02}": 1 for r in (3, 4, 5)},
                 **{f"{r:02}": 2 for r in (6, 7, 8)},
                 **{f"{r:02}": 3 for r in (9, 10, 11, 12, 13, 16)},
                 **{f"{r:02}": 4 for r in (14, 15, 17, 18, 19, 20)}}


def macro_f1(gold: list[int], pred: list[int], n: int = 5) -> tuple[float, list[dict]]:
    rows = []
    for c in range(n):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        rows.append({"class": c, "precision": round(prec, 3), "recall": round(rec, 3),
                     "f1": round(f1, 3), "support": tp + fn})
    return sum(r["f1"] for r in rows) / n, rows


def main_frame(extractor, doc):
    frames = [f for s in doc.sents for f in extractor.frames(s)]
    if not frames:
        return None
    # the main event: a trigger with a source, closest to the root
    return min(frames, key=lambda f: (f.source is None, f.depth, f.token.i))


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, toks, tags = [], [], []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        toks.append(parts[0])
        tags.append(parts[1])
    if toks:
        sents.append((toks, tags))
    return sents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "dev-sentences"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    if not (data / "penta_train.tsv").is_file():
        print(f"error: {data}/penta_train.tsv not found (pass --data)", file=sys.stderr)
        return 2

    from detente.pipeline import Coder

    coder = Coder()
    nlp, ex = coder.nlp, coder.extractor
    out: dict = {}

    # -- 5-class main event --------------------------------------------------------------
    rows = []
    for line in (data / "penta_train.tsv").read_text("utf-8").splitlines():
        if "\t" in line:
            text, label = line.rsplit("\t", 1)
            if label.strip().isdigit():
                rows.append((text, int(label)))
    if args.limit:
        rows = rows[: args.limit]
    t0 = time.perf_counter()
    gold, pred = [], []
    no_trigger = 0
    for (_text, label), doc in zip(rows, nlp.pipe([r[0] for r in rows], batch_size=64),
                                  strict=True):
        f = main_frame(ex, doc)
        if f is None:
            no_trigger += 1
            pred.append(0)
        else:
            pred.append(CLASS_OF_ROOT.get(f.pattern.cameo[:2], 0))
        gold.append(label)
    m, per_class = macro_f1(gold, pred)
    out["penta"] = {"sentences": len(rows), "macro_f1": round(m, 3),
                    "accuracy": round(sum(g == p for g, p in zip(gold, pred, strict=True))
                                      / len(rows), 3),
                    "no_trigger": no_trigger, "per_class": per_class,
                    "seconds": round(time.perf_counter() - t0, 1)}

    # -- actor spans -------------------------------------------------------------------------
    conll = data / "actors_train.conll"
    if conll.is_file():
        sents = read_conll(conll)
        if args.limit:
            sents = sents[: args.limit]
        counts: Counter[str] = Counter()
        texts = [" ".join(t) for t, _ in sents]
        for (toks, tags), doc in zip(sents, nlp.pipe(texts, batch_size=64), strict=True):
            # char offset of each gold token in the joined text
            starts, pos = [], 0
            for t in toks:
                starts.append(pos)
                pos += len(t) + 1
            gold_lab = [tag.split("-")[-1] if tag != "O" else "O" for tag in tags]
            pred_lab = ["O"] * len(toks)
            f = main_frame(ex, doc)
            if f is not None:
                spans = [("S", f.source), ("T", f.target)]
                if f.pattern.reciprocal:
                    spans = [("R", f.source), ("R", f.target)]
                for lab, sp in spans:
                    if sp is None:
                        continue
                    a, b = doc[sp[0]].idx, doc[sp[1] - 1].idx + len(doc[sp[1] - 1].text)
                    for i, st in enumerate(starts):
                        if a <= st < b:
                            pred_lab[i] = lab
            for g, p in zip(gold_lab, pred_lab, strict=True):
                if g != "O" and p == g:
                    counts["tp"] += 1
                if p != "O" and p != g:
                    counts["fp"] += 1
                if g != "O" and p != g:
                    counts["fn"] += 1
        tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out["actors"] = {"sentences": len(sents), "token_precision": round(prec, 3),
                         "token_recall": round(rec, 3),
                         "token_f1": round(2 * prec * rec / (prec + rec), 3)
                         if prec + rec else 0.0}
    if args.json:
        print(json.dumps(out))
    else:
        p = out["penta"]
        print(f"penta_train: {p['sentences']} sentences, macro-F1 {p['macro_f1']}, accuracy "
              f"{p['accuracy']}, no trigger {p['no_trigger']}")
        for r in p["per_class"]:
            print(f"  class {r['class']}: P {r['precision']} R {r['recall']} F1 {r['f1']} "
                  f"(n={r['support']})")
        if "actors" in out:
            a = out["actors"]
            print(f"actors_train: {a['sentences']} sentences, token P {a['token_precision']} "
                  f"R {a['token_recall']} F1 {a['token_f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
