"""Would a learned pair classifier help the rules? A probe, not a component.

    python benchmarks/learned_probe.py [GOLD ...]     (default: every readable gold set)

For every sentence of the readable gold sets, each ordered pair of countries (or IGOs) the
actor recogniser finds in it is one candidate: features are the sentence's content lemmas,
the dependency path between the two nearest mentions (their common ancestor's lemma, each
side's relation and preposition), the mentions' kinds and sectors, negation and modals. With a
logistic regression, cross-validated over five folds that keep each gold set whole (so no
article is scored by a model that saw it), it prints:

- **proposer**: over the pairs the rules coded nothing for, how well the model separates the
  ones with a gold event (ROC AUC) and the share of gold among its top-k proposals;
- **filter**: over the pairs the rules did code, how well it separates kept events that match
  a gold event of their root from those that do not (AUC).

A proposer is worth building when its top proposals are mostly right (>= 0.8 would keep the
precision target); a filter when its AUC is high enough to drop false events without losing
many true ones. Session 19 measured AUC 0.70 / top-100 0.31 (proposer) and AUC 0.58 (filter):
neither is worth building with this data. Readable sets only: it reads their sentences.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sealed import is_sealed  # noqa: E402

CONTENT = ("VERB", "NOUN", "ADJ")
MODALS = ("will", "would", "could", "may", "might", "should")
READABLE = ["examples/gold.jsonl", "examples/heldout/gold.jsonl",
            "examples/heldout3/gold.jsonl", "examples/heldout5/gold.jsonl"] + [
    f"examples/train{i}/gold.jsonl" for i in range(1, 40)]


def _up(tok):
    """The token and its heads up to the sentence root."""
    out, seen = [tok], {tok.i}
    while out[-1].head.i != out[-1].i and out[-1].head.i not in seen:
        out.append(out[-1].head)
        seen.add(out[-1].i)
    return out


def _nearest(ma, mb, doc):
    """The two mentions closest in the tree, with each one's climb to their common head."""
    best = None
    for a in ma:
        up_a = _up(doc[a])
        depth = {t.i: k for k, t in enumerate(up_a)}
        for b in mb:
            if b == a:
                continue
            for k, t in enumerate(_up(doc[b])):
                if t.i in depth:
                    d = depth[t.i] + k
                    if best is None or d < best[0]:
                        best = (d, a, b, up_a[:depth[t.i] + 1], _up(doc[b])[:k + 1])
                    break
    return best


def _side(climb) -> str:
    if len(climb) == 1:
        return "self"
    rel = climb[-2].dep_
    if climb[0].dep_ == "pobj":
        return f"pobj:{climb[0].head.lower_}>{rel}"
    return rel


def features(sent, ma, mb, kinds) -> dict[str, int]:
    f: dict[str, int] = {}
    for t in sent:
        if t.pos_ in CONTENT and not t.is_stop:
            f["w:" + t.lemma_.lower()] = 1
        if t.dep_ == "neg":
            f["neg"] = 1
        if t.dep_ == "aux" and t.lower_ in MODALS:
            f["modal"] = 1
    f["root:" + sent.root.lemma_.lower()] = 1
    for side, k in zip("ab", kinds, strict=True):
        f[f"{side}k:{k[0]}"] = f[f"{side}s:{k[1]}"] = 1
    near = _nearest(ma, mb, sent.doc)
    if near is None:
        f["nopath"] = 1
        return f
    d, a, b, ca, cb = near
    head = ca[-1].lemma_.lower()
    sa, sb = _side(ca), _side(cb)
    f["a_first" if a < b else "b_first"] = 1
    f[f"dist:{min(d, 6)}"] = 1
    for key in (f"lca:{head}", f"ad:{sa}", f"bd:{sb}", f"abd:{sa}|{sb}",
                f"lab:{head}|{sa}|{sb}", f"la:{head}|{sa}", f"lb:{head}|{sb}"):
        f[key] = 1
    for t in ca[1:-1] + cb[1:-1]:
        if t.pos_ in CONTENT:
            f["pv:" + t.lemma_.lower()] = 1
    if ca[-1].head.i != ca[-1].i:
        f["h:" + ca[-1].head.lemma_.lower()] = 1
    return f


def candidates(golds: list[Path]) -> list[dict]:
    """One row per (sentence, ordered pair of actor countries) over the gold sets."""
    from detente.evaluate import _country, evidence_matches, gold_articles
    from detente.nlp import actors
    from detente.pipeline import Coder

    seen: list = []
    note = actors.ActorResolver.note_sentence

    def noting(self, sent):  # the sentence's actors, as the resolver reads them then
        found = defaultdict(list)
        for span in sent.doc.spans.get("actors", []):
            if sent.start <= span.start and span.end <= sent.end:
                for r in self.resolve(span.root):
                    if r.actor.country:
                        found[r.actor.country].append((span.root.i, r.kind, r.actor.sector))
        seen.append((sent, found))
        return note(self, sent)

    actors.ActorResolver.note_sentence = noting
    rows: list[dict] = []
    try:
        coder = Coder()
        for gp in golds:
            for art, g in gold_articles(gp):
                seen.clear()
                res = coder.code(art)
                gold = [(e.get("evidence"), _country(e.get("source")), _country(e.get("target")),
                         str(e.get("cameo"))[:2]) for e in g["events"]]
                for sent, found in seen:
                    coded, wanted = defaultdict(set), defaultdict(set)
                    for ev in res.events:
                        if ev.evidence.start == sent.start_char:
                            coded[(ev.source.country if ev.source else None,
                                   ev.target.country if ev.target else None)].add(ev.root)
                    for evid, s, t, r in gold:
                        if evidence_matches(evid, sent.text):
                            wanted[(s, t)].add(r)
                            if r == "04":  # meetings score in either order
                                wanted[(t, s)].add(r)
                    for x, mx in found.items():
                        for y, my in found.items():
                            if x == y:
                                continue
                            rows.append({
                                "set": str(gp), "gold": wanted[(x, y)],
                                "rule": coded[(x, y)] | ({"04"} & coded[(y, x)]),
                                "f": features(sent, [m[0] for m in mx], [m[0] for m in my],
                                              (mx[0][1:], my[0][1:]))})
            print(f"{gp}: {len(rows)} candidate pairs so far", file=sys.stderr)
    finally:
        actors.ActorResolver.note_sentence = note
    return rows


def crossval(rows: list[dict], label, extra=lambda r: {}) -> tuple[list[bool], list[float]]:
    """Each row's label and its out-of-fold probability, in the rows' order."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    sets = sorted({r["set"] for r in rows})
    ys = [label(r) for r in rows]
    ps = [0.0] * len(rows)
    for k in range(5):
        held = set(sets[k::5])
        train = [i for i, r in enumerate(rows) if r["set"] not in held]
        test = [i for i, r in enumerate(rows) if r["set"] in held]
        if not train or not test or len({ys[i] for i in train}) < 2:
            continue
        vec = DictVectorizer()
        x = vec.fit_transform([{**rows[i]["f"], **extra(rows[i])} for i in train])
        model = LogisticRegression(C=0.3, max_iter=3000).fit(x, [ys[i] for i in train])
        got = model.predict_proba(vec.transform([{**rows[i]["f"], **extra(rows[i])}
                                                 for i in test]))[:, 1]
        for i, p in zip(test, got, strict=True):
            ps[i] = float(p)
    return ys, ps


def main(argv: list[str]) -> int:
    import numpy as np
    from sklearn.metrics import roc_auc_score

    golds = [Path(a) for a in argv] or [Path(p) for p in READABLE if (ROOT / p).exists()]
    if any(is_sealed(str(g.resolve())) for g in golds):
        print("learned_probe reads sentences: readable gold sets only", file=sys.stderr)
        return 2
    rows = candidates(golds)
    free = [r for r in rows if not r["rule"]]
    ys, ps = crossval(rows, lambda r: bool(r["gold"]))
    # the proposer is trained on every pair and judged on the pairs the rules left alone
    idx = [i for i, r in enumerate(rows) if not r["rule"]]
    y = np.array([ys[i] for i in idx])
    if len(y) and 0 < y.sum() < len(y):
        p = np.array([ps[i] for i in idx])
        order = np.argsort(-p)
        tops = "  ".join(f"top-{k} {y[order[:k]].mean():.2f}" for k in (25, 50, 100, 200))
        print(f"proposer: {len(free)} uncoded pairs, {int(y.sum())} with a gold event; "
              f"AUC {roc_auc_score(y, p):.3f}; {tops}")
    coded = [r for r in rows if r["rule"]]
    ys, ps = crossval(coded, lambda r: bool(r["rule"] & r["gold"]),
                      lambda r: {f"rule:{x}": 1 for x in r["rule"]})
    if ys and 0 < sum(ys) < len(ys):
        print(f"filter: {len(coded)} coded pairs, {len(ys) - sum(ys)} without a gold event "
              f"of their root; AUC {roc_auc_score(ys, ps):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
