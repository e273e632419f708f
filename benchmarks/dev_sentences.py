"""Sentence-level scores on the shared development sentences (not shipped with detente).

    python benchmarks/dev_sentences.py [--data ../shared/data/dev-sentences] [--limit N] [--json]

* penta_train.tsv: the class of each sentence's main event (5 classes: 0 statement/appeal
  01-02, 1 verbal cooperation 03-05, 2 material cooperation 06-08, 3 verbal conflict 09-13
  and 16, 4 material conflict 14-15 and 17-20), from the trigger closest to the sentence root;
  sentences without any trigger are predicted as class 0 (the commonest class of reported
  speech). Prints per-class P/R/F1 and macro-F1.
* actors_train.conll: token F1 of source (S), target (T) and reciprocal (R) actor spans, from
  the main event's argument spans (``EventExtractor.frames``, no knowledge base), parsed from
  the sentence as written (the one-token-per-space text detokenized). See ``actor_frame`` for
  which event's actors a sentence is about and ``frame_spans`` for when both sides are R.
* actors_train.conll, coded events: every sentence that marks a source and a target (or two
  reciprocal sides) is coded by the full pipeline (knowledge base, no pre-filter, published
  2018-06-01). Event recall is the share of those sentences with an event whose source lies in
  a marked source span and whose target lies in a marked target span (either way round for R);
  event precision is the share of their events whose two sides lie in marked spans. A proxy
  for dyad recall on real news the rules were not written from (``--no-events`` skips it).
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
    # the main event: the trigger closest to the root (one with a source among equals)
    return min(frames, key=lambda f: (f.depth, f.source is None, f.token.i))


MEETING_OR_ACCORD = frozenset({"040", "041", "042", "043", "044", "045", "046", "057"})


# verbs of saying, hoping and expecting whose subject is the one who speaks
REPORTING = frozenset({"say", "tell", "add", "state", "insist", "note", "stress", "declare",
                       "hope", "expect", "believe", "report", "claim", "announce", "confirm"})


def actor_frame(extractor, doc):
    """The frame whose actors a sentence is about: the main event, except that
    * a report that opens the sentence ("the ministry said the troops had killed ...") is
      itself the event, from the speaker to the one spoken of (unless that is the speaker
      again: "said it will");
    * when no trigger has a source, or the nearest one lies deep in a subordinate clause
      (more than two links below the root), the main clause's own actors are the event's;
    * when the event's source is the main verb's object ("pressured X to call off the
      strike"), the main clause's subject acts on that object."""
    from dataclasses import replace

    from detente.coding.patterns import Pattern
    from detente.nlp.rules import np_span

    f = main_frame(extractor, doc)
    if f is None or f.source is None or f.depth > 2:
        return _clause_frame(doc) or f
    clause, root = f.token, f.token.sent.root
    pressed = next((c for c in root.children if c.dep_ == "dobj"), None)
    if f.depth > 0 and pressed is not None and f.source == np_span(pressed):
        # "the authorities are pressuring lecturers to cancel the strike": the one who presses
        # and the one pressed
        main = _clause_frame(doc)
        if main is not None and main.token.i == root.i:
            return replace(main, target=f.source)
    while clause.head.i != root.i and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == root.i or clause.dep_ != "ccomp" or root.lemma_.lower() not in REPORTING:
        return f
    speaker = next((c for c in root.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    spoken = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or speaker.pos_ == "PRON" or spoken is None or spoken.pos_ == "PRON":
        return f
    said = Pattern(id="statement.report", head=root.lemma_.lower(), pos="VERB", cameo="010",
                   target=())
    return replace(f, token=root, pattern=said, source=np_span(speaker),
                   target=np_span(spoken), depth=0)


def _clause_frame(doc):
    """No pattern fired: the main clause's subject and whom it acts on ("EU and UN hand over
    medical supplies to the Nigerian Government")."""
    from detente.coding.patterns import Pattern
    from detente.nlp.rules import Frame, fallback_target, np_span

    root = next(iter(doc.sents)).root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    told = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if told is not None and subj is not None and told.i < subj.i:
        # "..., officials said": the report that closes a sentence is not its event
        root = told
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ not in ("VERB", "AUX") or subj is None or subj.pos_ == "PRON":
        return None
    if subj.dep_ == "nsubjpass":
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    tgt = fallback_target(root, obj, subj)
    act = Pattern(id="clause", head=root.lemma_.lower(), pos="VERB", cameo="010", target=())
    return Frame(root, act, np_span(subj), np_span(tgt), 0)


def frame_spans(f) -> list[tuple[str, tuple[int, int] | None]]:
    """The labelled spans of a frame as the annotators mark them: R for both parties of a
    meeting, talks or a signed accord (04x, 057) and for parties named together ("Armenia
    and Azerbaijan agreed to a ceasefire", "Britain and Germany will share information":
    material cooperation, 06); S and T when one side acts towards the other ("established
    ties with", "agreed to set up")."""
    mutual = f.pattern.reciprocal or f.pattern.cameo[:2] == "06"
    if mutual and f.pattern.cameo[:3] in MEETING_OR_ACCORD and f.target is not None:
        return [("R", f.source), ("R", f.target)]
    if mutual and f.source is not None and _joint(f):
        # both sides are in the subject; what they agree on or where is not a side
        return [("R", f.source), ("T", f.target)]
    return [("S", f.source), ("T", f.target)]


def _joint(f) -> bool:
    doc = f.token.doc
    a, b = f.source
    return any(t.dep_ in ("conj", "cc") and a <= t.head.i < b for t in doc[a:b]) or any(
        t.lower_ in ("both", "two", "sides", "parties") for t in doc[a:b])


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


NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "’s", "n't", "'re",
                             "'ve", "'ll", "'d", "'m"})
NO_SPACE_AFTER = frozenset({"(", "[", "$"})


def detokenize(toks: list[str]) -> tuple[str, list[int]]:
    """The sentence as it was written ("Mr. Erdogan's request", "Pul-e-Charki", "88,550,000")
    rather than one token per space, which the parser would read as odd text (a sentence break
    after "Mr ."). Returns the text and the character offset of every token."""
    starts: list[int] = []
    out = ""
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        glue = not out or t in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER
        if t in ("’", "'") and nxt == "s" or t == "s" and prev in ("’", "'"):
            glue = bool(out)  # "Israel ’ s" -> "Israel’s"
        if t in ("-", ",", ".") and prev[-1:].isalnum() and nxt[:1].isalnum() and (
                t == "-" or prev[-1:].isdigit() and nxt[:1].isdigit()):
            glue = True  # "re-open", "88,550,000", "3.6"
        if prev in ("-",) and len(toks) > 1 and i >= 2 and toks[i - 2][-1:].isalnum() and (
                t[:1].isalnum()):
            glue = True
        if prev in (",", ".") and i >= 2 and toks[i - 2][-1:].isdigit() and t[:1].isdigit():
            glue = True
        if not glue:
            out += " "
        starts.append(len(out))
        out += t
    return out, starts


def coded_events(sents, detok) -> dict:
    """Event recall and precision of the full pipeline against the marked S/T/R spans."""
    from datetime import date

    from detente.config import Options
    from detente.model import Article
    from detente.pipeline import Coder

    coder = Coder(options=Options(prefilter=False))
    n = hit = any_event = n_events = in_spans = 0
    for k, ((toks, tags), (text, starts)) in enumerate(zip(sents, detok, strict=True)):
        ends = [st + len(t) for st, t in zip(starts, toks, strict=True)]
        spans: dict[str, list[tuple[int, int]]] = {"S": [], "T": [], "R": []}
        for i, tag in enumerate(tags):
            if tag == "O":
                continue
            lab = tag.split("-")[-1]
            if tag.startswith("B-") or not spans[lab] or spans[lab][-1][1] != ends[i - 1]:
                spans[lab].append((starts[i], ends[i]))
            else:
                spans[lab][-1] = (spans[lab][-1][0], ends[i])
        if not (len(spans["R"]) >= 2 or (
                (spans["S"] or spans["R"]) and (spans["T"] or spans["R"]))):
            continue
        n += 1

        def within(actor, labs: str, spans=spans) -> bool:
            if actor is None or actor.start is None:
                return False
            end = actor.end or actor.start + 1
            return any(a < end and actor.start < b for lab in labs for a, b in spans[lab])

        art = Article(id=f"conll-{k}", title=None, text=text, published=date(2018, 6, 1),
                      origin="conll")
        events = coder.code(art).events
        any_event += bool(events)
        good = [e for e in events
                if (within(e.source, "SR") and within(e.target, "TR"))
                or (within(e.source, "R") and within(e.target, "S"))]
        hit += bool(good)
        n_events += len(events)
        in_spans += len(good)
    return {"sentences": n, "hit": hit, "event_recall": round(hit / n, 3) if n else 0.0,
            "events": n_events, "events_in_spans": in_spans,
            "event_precision": round(in_spans / n_events, 3) if n_events else 0.0,
            "any_event": any_event}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "dev-sentences"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-events", action="store_true", help="skip the coded-events section")
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
        detok = [detokenize(t) for t, _ in sents]
        texts = [d[0] for d in detok]
        for (toks, tags), (_, starts), doc in zip(sents, detok, nlp.pipe(texts, batch_size=64),
                                                  strict=True):
            gold_lab = [tag.split("-")[-1] if tag != "O" else "O" for tag in tags]
            pred_lab = ["O"] * len(toks)
            f = actor_frame(ex, doc)
            if f is not None:
                for lab, sp in frame_spans(f):
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
        if not args.no_events:
            out["events"] = coded_events(sents, detok)
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
        if "events" in out:
            e = out["events"]
            print(f"coded events on {e['sentences']} source+target sentences: event recall "
                  f"{e['event_recall']} ({e['hit']} sentences), event precision "
                  f"{e['event_precision']} ({e['events_in_spans']}/{e['events']}), "
                  f"sentences with any event {e['any_event']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
