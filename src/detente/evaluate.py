"""Scoring extraction against a gold file (``examples/gold.jsonl`` shape).

Matching, per article: a predicted event matches a gold event when the dyad (source country,
target country; direction-free for meetings/talks, CAMEO root 04) and the CAMEO root agree.
Gold events are matched greedily, preferring a prediction from the same sentence. Predicted
events are first collapsed within the article on (dyad, root, date) — the within-article part
of fusion — so one event told twice is not counted as a false positive twice.
Then, over matched pairs: status (grouped: realized / planned / unsure / negated), date at
month level and at the gold's own precision, and location (country, where the gold names one).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from detente.errors import InputError
from detente.model import Article, Event, Status, period_start

#: other spellings of organization codes that gold files written for other coders use
#: (CAMEO-style three-letter forms), to our knowledge base's codes: the same actor
# (the ICJ is an organ of the UN: the knowledge base gives it the country UNO, as some gold
# sets do, "UNO JUD"; others write "ICJ")
GOLD_CODE_ALIASES = {"ARL": "LAS", "WBK": "WB", "WAS": "ECOWAS", "AFU": "AU", "ICJ": "UNO"}


def _country(code: str | None) -> str | None:
    """The country (or organization) part of a gold or predicted actor code."""
    if not code:
        return None
    first = code.split()[0].strip()
    return GOLD_CODE_ALIASES.get(first, first) or None


def load_gold(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise InputError(f"gold file {path} does not exist", code="E201")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"line {n} is not valid JSON: {exc.msg}", where=str(path),
                                 code="E202") from exc
            if "events" not in row:
                raise InputError(f"line {n} has no 'events'", where=str(path), code="E203")
            rows.append(row)
    return rows


def _dyad_key(src: str | None, tgt: str | None, root: str) -> tuple[Any, ...]:
    if root == "04":
        return (root, frozenset((src, tgt)))
    return (root, src, tgt)


def _month(value: str | None) -> str | None:
    d = period_start(value)
    return d.strftime("%Y-%m") if d else None


def date_correct(pred_value: str | None, pred_precision: str, gold: dict[str, Any] | None,
                 level: str) -> bool:
    if not gold or not gold.get("value"):
        return pred_value is None
    gv, gp = str(gold["value"]), gold.get("precision", "day")
    if pred_value is None:
        return False
    if level == "month":
        if gp in ("year",):
            return pred_value[:4] == gv[:4]
        return _month(pred_value) == _month(gv)
    # at the gold's own precision
    if gp == "publication":
        return pred_value[:10] == gv[:10]
    if gp == "day":
        return pred_value[:10] == gv[:10] and len(pred_value) >= 10
    if gp == "month":
        # (a week is read by the day it starts: "2023-W34" lies in August)
        ours = _month(pred_value) if pred_precision == "week" else pred_value[:7]
        return ours == gv[:7] and pred_precision in ("month", "day", "week")
    if gp == "week":
        return pred_value == gv or (_month(pred_value) == _month(gv)
                                    and pred_precision == "week")
    if gp == "quarter":
        return pred_value == gv
    if gp == "year":
        return pred_value[:4] == gv[:4]
    return pred_value == gv


def _collapse_key(ev: Event) -> tuple[Any, ...]:
    src = ev.source.country if ev.source else None
    tgt = ev.target.country if ev.target else None
    # one event per person: "Blinken, Yellen and Kerry visited Beijing" is three
    names = (ev.source.name if ev.source else None, ev.target.name if ev.target else None)
    return (*_dyad_key(src, tgt, ev.root), ev.date.value,
            frozenset(names) if ev.root == "04" else names)


def _names_fit(a: Any, b: Any) -> bool:
    """Whether two mentions' people may be the same: equal, or one leaves a side unnamed (a
    frozenset for meetings, whose sides have no order; a (source, target) pair otherwise)."""
    if a == b:
        return True
    if isinstance(a, frozenset):
        x, y = a - {None}, b - {None}
        return x <= y or y <= x
    return all(m is None or n is None or m == n for m, n in zip(a, b, strict=True))


def _restates(key: tuple[Any, ...], seen: tuple[Any, ...], undated: bool) -> bool:
    """Whether a prediction with ``key`` (see :func:`_collapse_key`) tells the event ``seen``
    again: same dyad and root, same date (any, when the prediction is undated; the month or
    year that holds the seen event's date, when the prediction is that coarse: "the June
    summit" after the summit of 12 June), people that fit. A side named by a place, a country
    or a body ("Tokyo", "Japan", "the foreign ministry") names no person, so it fits any
    person of that side ("Kishida")."""
    return key[:-2] == seen[:-2] and (undated or _holds(key[-2], seen[-2])) \
        and _names_fit(_people(key[-1]), _people(seen[-1]))


def _holds(coarse: Any, fine: Any) -> bool:
    """Whether the date value ``coarse`` is ``fine`` or a month or year that holds it
    ("2023-06" holds "2023-06-12"; "2023" holds both)."""
    if coarse == fine:
        return True
    return isinstance(coarse, str) and isinstance(fine, str) and len(coarse) in (4, 7) and (
        fine.startswith(coarse + "-"))


@cache
def _scoring_kb() -> Any:
    """The package knowledge base, loaded once for the scorer's name checks."""
    from detente.coding.actors import load_kb

    return load_kb()


@cache
def _named_body(name: str) -> bool:
    """Whether ``name`` is a knowledge-base name of something that is no person (a country,
    its capital or seat, an institution, an organisation)."""
    found = _scoring_kb().find(name)
    return bool(found) and all(e.kind != "person" for e in found)


def _people(names: Any) -> Any:
    """``names`` (a pair, or a set for meetings) with the sides named by no person unnamed."""
    def person(name: str | None) -> str | None:
        return None if name is None or _named_body(name) else name

    if isinstance(names, frozenset):
        return frozenset(person(n) for n in names)
    return tuple(person(n) for n in names)


def collapse(events: Iterable[Event]) -> list[Event]:
    """One prediction per event: mentions with the same dyad, root, date and people."""
    best: dict[tuple[Any, ...], Event] = {}
    for ev in events:
        key = _collapse_key(ev)
        if key not in best or ev.confidence > best[key].confidence:
            best[key] = ev
    return list(best.values())


def score_article(gold_events: list[dict[str, Any]], predicted: list[Event]
                  ) -> dict[str, Any]:
    """Match predictions to gold events of one article by dyad + root.

    Two passes, so the order of the gold lines does not decide who gets a prediction: first
    every gold event takes a prediction coded from its own evidence sentence, then the rest
    take any prediction of the same dyad and root, preferring one in the same month. A
    sentence's second event of one dyad and root with another 3-digit code (a visit and its
    hosting) matches only a gold event of its own sentence and code."""
    # one prediction per sentence and event; mentions of one event in several sentences stay
    # apart for matching (two agreements of one day are two gold events) and are collapsed
    # only when counting false positives below
    by_sentence: dict[tuple[Any, ...], Event] = {}
    for ev in predicted:
        key = (*_collapse_key(ev), ev.evidence.start)
        if key not in by_sentence or ev.confidence > by_sentence[key].confidence:
            by_sentence[key] = ev
    preds = list(by_sentence.values())
    # a second event of that sentence, dyad and root with another 3-digit code ("A visited
    # B": A's 042 and B's 043 hosting) is kept aside: it may match only a gold event of its
    # own sentence and code, and never counts as a false event (it restates the kept one)
    def code_key(ev: Event) -> tuple[Any, ...]:
        return (*_collapse_key(ev), ev.evidence.start, ev.cameo[:3])

    kept = {code_key(p) for p in preds}
    codes: dict[tuple[Any, ...], Event] = {}
    for ev in predicted:
        key = code_key(ev)
        if key in kept:
            continue
        if key not in codes or ev.confidence > codes[key].confidence:
            codes[key] = ev
    aside = set(range(len(preds), len(preds) + len(codes)))
    preds += list(codes.values())
    used: set[int] = set()
    matched: dict[int, Event] = {}

    def key_of(p: Event) -> tuple[Any, ...]:
        return _dyad_key(p.source.country if p.source else None,
                         p.target.country if p.target else None, p.root)

    def same_sentence(g: dict[str, Any], p: Event) -> bool:
        return evidence_matches(g.get("evidence"), p.evidence.sentence)

    gold_keys = [_dyad_key(_country(g.get("source")), _country(g.get("target")),
                           str(g["cameo"])[:2]) for g in gold_events]
    for strict in (True, False):
        for gi, g in enumerate(gold_events):
            if gi in matched:
                continue
            gmonth = _month((g.get("date") or {}).get("value"))
            cands = [(i, p) for i, p in enumerate(preds)
                     if i not in used and key_of(p) == gold_keys[gi]
                     and (not strict or same_sentence(g, p))
                     and (i not in aside or strict and p.cameo[:3] == str(g["cameo"])[:3])]
            if not cands:
                continue
            ggroup = Status(g["status"]).group if g.get("status") else None
            gdate = g.get("date") or {}
            gcode = str(g["cameo"])
            gloc = (g.get("location") or {}).get("country")
            # among equals, the prediction with the gold's month, then its status group, then
            # the one that fits the gold in detail (one sentence can tell a trip and the
            # meetings held during it, of one dyad and root): the date at the gold's
            # precision, the 3-digit code, the place
            cands.sort(key=lambda ip: (
                _month(ip[1].date.value) != gmonth,
                ip[1].status.group != ggroup,
                not (gdate.get("value") and date_correct(
                    ip[1].date.value, str(ip[1].date.precision), gdate, "gold")),
                ip[1].cameo[:3] != gcode[:3],
                bool(gloc) and (ip[1].location is None or ip[1].location.country != gloc)))
            i, p = cands[0]
            used.add(i)
            matched[gi] = p
    pairs = [(g, matched[gi]) for gi, g in enumerate(gold_events) if gi in matched]
    missed = [g for gi, g in enumerate(gold_events) if gi not in matched]
    # an unmatched prediction that restates a matched event (or another unmatched one) is one
    # event told twice, not a second false event
    # (an undated mention, dated by publication, restates any event of its dyad and people)
    def undated(p: Event) -> bool:
        return str(p.date.precision) in ("publication", "unknown")

    # (a mention that leaves a person unnamed restates one of its dyad that names them: "the
    # two ministers discussed ..." after "X met Y")
    seen = [_collapse_key(p) for p in matched.values()]
    false_pos = []
    for i, p in enumerate(preds):
        key = _collapse_key(p)
        if i in used or i in aside or any(_restates(key, k, undated(p)) for k in seen):
            continue
        seen.append(key)
        false_pos.append(p)
    return {"pairs": pairs, "missed": missed, "false_positives": false_pos,
            "n_pred": len(matched) + len(false_pos), "n_gold": len(gold_events)}


def evidence_matches(evidence: str | None, sentence: str) -> bool:
    """Whether a gold event's evidence and one of our sentences are the same text (either may
    hold the other: segmentation differs at the edges)."""
    ev, sent = (evidence or "").strip(), sentence.strip()
    return bool(ev) and (sent in ev or ev in sent)


def gold_articles(gold_path: Path, corpus: Path | None = None
                  ) -> list[tuple[Article, dict[str, Any]]]:
    """The corpus articles that have a gold line, each with it (matched by the line's ``id``,
    else by its ``file`` name); the corpus is the gold's ``corpus/`` folder by default."""
    from detente.ingest import read_inputs
    from detente.model import Quarantined

    gold = load_gold(gold_path)
    corpus = corpus or gold_path.parent / "corpus"
    if not corpus.exists():
        raise InputError(f"corpus folder {corpus} does not exist",
                         hint="pass --corpus DIR", code="E204")
    by_id = {g["id"]: g for g in gold if g.get("id")}
    by_file = {g["file"]: g for g in gold if g.get("file") and not g.get("id")}
    articles = []
    for item in read_inputs([str(corpus)]):
        if isinstance(item, Quarantined):
            continue
        name = Path((item.origin or "").rsplit(":", 1)[0]).name
        g = by_id.get(item.id) or by_file.get(name)
        if g is not None:
            articles.append((item, g))
    return articles


def evaluate(gold_path: Path, corpus: Path | None = None, coder: Any = None) -> dict[str, Any]:
    """Run the pipeline over the gold's corpus and score it; returns a JSON-ready report."""
    from detente.pipeline import Coder

    articles = gold_articles(gold_path, corpus)
    coder = coder or Coder()
    results = list(coder.code_many(a for a, _ in articles))
    totals: Counter[str] = Counter()
    per_root: dict[str, Counter[str]] = defaultdict(Counter)
    misses: list[dict[str, Any]] = []
    fps: list[dict[str, Any]] = []
    status_confusion: Counter[tuple[str, str]] = Counter()
    disagreements: list[dict[str, Any]] = []
    all_pairs: list[tuple[dict[str, Any], Event, Any]] = []
    all_preds: list[tuple[Event, Any]] = []
    ambiguous: set[int] = set()
    for (article, g), res in zip(articles, results, strict=True):
        ambiguous |= _ambiguous_gold(g["events"])
        sc = score_article(g["events"], res.events)
        all_pairs.extend((gev, p, article.published) for gev, p in sc["pairs"])
        all_preds.extend((e, article.published) for e in res.events)
        totals["gold"] += sc["n_gold"]
        totals["pred"] += sc["n_pred"]
        totals["tp"] += len(sc["pairs"])
        for gev in g["events"]:
            per_root[str(gev["cameo"])[:2]]["gold"] += 1
        for gev, p in sc["pairs"]:
            root = p.root
            per_root[root]["tp"] += 1
            gstat = Status(gev["status"])
            status_confusion[(gstat.value, p.status.value)] += 1
            totals["status_ok"] += gstat.group == p.status.group
            totals["status_exact"] += gstat == p.status
            gdate = gev.get("date")
            if gdate and gdate.get("value"):
                totals["dated"] += 1
                totals["date_month"] += date_correct(p.date.value, str(p.date.precision),
                                                     gdate, "month")
                totals["date_prec"] += date_correct(p.date.value, str(p.date.precision),
                                                    gdate, "precision")
            if gdate and gdate.get("value") and not date_correct(
                    p.date.value, str(p.date.precision), gdate, "precision"):
                disagreements.append({"article": article.id, "field": "date",
                                      "gold": gdate, "predicted": p.date.to_record(),
                                      "event": _short(p)})
            if gstat.group != p.status.group:
                disagreements.append({"article": article.id, "field": "status",
                                      "gold": gstat.value, "predicted": p.status.value,
                                      "cue": p.status_cue, "event": _short(p)})
            gloc = gev.get("location")
            if gloc and gloc.get("country"):
                totals["located"] += 1
                ok = bool(p.location and p.location.country == gloc["country"])
                totals["loc_ok"] += ok
                if not ok:
                    disagreements.append({"article": article.id, "field": "location",
                                          "gold": gloc, "predicted": p.location.to_record()
                                          if p.location else None, "event": _short(p)})
        for p in sc["false_positives"]:
            per_root[p.root]["fp"] += 1
            fps.append({"article": article.id, "event": _short(p)})
        for gev in sc["missed"]:
            misses.append({"article": article.id, "gold": gev})
    tp, npred, ngold = totals["tp"], totals["pred"], totals["gold"]
    precision = tp / npred if npred else 0.0
    recall = tp / ngold if ngold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def ratio(a: str, b: str) -> float | None:
        return round(totals[a] / totals[b], 3) if totals[b] else None

    fusion = fusion_scores(all_pairs, all_preds, ambiguous)
    return {
        "fusion": fusion,
        "articles": len(articles),
        "gold_events": ngold, "predicted_events": npred, "matched": tp,
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "status_grouped_accuracy": ratio("status_ok", "tp"),
        "status_exact_accuracy": ratio("status_exact", "tp"),
        "date_month_accuracy": ratio("date_month", "dated"),
        "date_precision_accuracy": ratio("date_prec", "dated"),
        "location_accuracy": ratio("loc_ok", "located"),
        "per_root": {r: dict(c) for r, c in sorted(per_root.items())},
        "status_confusion": {f"{g}->{p}": n for (g, p), n in sorted(status_confusion.items())},
        "misses": misses, "false_positives": fps, "disagreements": disagreements,
    }


UNREALIZED_GOLD = ("planned", "uncertain")
REALIZED_GOLD = ("happened", "ongoing")


def _gold_identity(g: dict[str, Any]) -> tuple[Any, ...] | None:
    """The real-world event a gold event describes: its ``story`` id when the gold gives one
    (events told more than once carry one). Without it, two events are taken to be the same
    when they share the dyad (direction-free for 04), the root, a day-precision date and the
    place's country; an event with neither is its own event (``None``)."""
    if g.get("story"):
        return ("story", str(g["story"]))
    d = g.get("date") or {}
    if d.get("precision") != "day" or not d.get("value"):
        return None
    root = str(g["cameo"])[:2]
    loc = (g.get("location") or {}).get("country")
    return ("inferred", *_dyad_key(_country(g.get("source")), _country(g.get("target")), root),
            d["value"][:10], loc)


_REALITY = {"happened": "real", "ongoing": "real", "planned": "unreal", "uncertain": "unreal",
            "hypothetical": "unreal", "denied": "negated", "cancelled": "negated"}


def _aligned(g: dict[str, Any], p: Event) -> bool:
    """Whether a matched prediction surely stands for its gold event: it comes from the gold's
    own sentence, agrees on whether the event took place and, when the gold dates the event
    itself, on its month (one sentence can tell this week's meeting and "the first since the
    Bali meeting last November", or a talk that happened and a meeting still planned, with one
    dyad and root)."""
    ev_text = (g.get("evidence") or "").strip()
    sent = p.evidence.sentence.strip()
    if not (ev_text and (sent in ev_text or ev_text in sent)):
        return False
    if _REALITY.get(str(g.get("status"))) != _REALITY.get(p.status.value):
        return False
    gdate = g.get("date") or {}
    if gdate.get("value") and gdate.get("precision") not in (None, "publication"):
        return date_correct(p.date.value, str(p.date.precision), gdate, "month")
    return True


def _ambiguous_gold(events: list[dict[str, Any]]) -> set[int]:
    """``id()`` of the gold events that share their evidence sentence, dyad and root with
    another gold event of the article ("The two met during Blinken's visit, which was
    followed by a trip by Yellen": two US-China visits). A prediction matched to one of them
    may stand for the other, so its identity is unknown."""
    seen: Counter[tuple[Any, ...]] = Counter()
    keys = []
    for g in events:
        key = ((g.get("evidence") or "").strip(),
               _dyad_key(_country(g.get("source")), _country(g.get("target")),
                         str(g["cameo"])[:2]))
        keys.append(key)
        seen[key] += 1
    return {id(g) for g, key in zip(events, keys, strict=True) if seen[key] > 1}


def fusion_scores(pairs: list[tuple[dict[str, Any], Event, Any]],
                  preds: list[tuple[Event, Any]], ambiguous: set[int] | None = None
                  ) -> dict[str, Any]:
    """Pairwise scores of fusion against the gold's event identity (``_gold_identity``): a
    pair of mentions put in one fused event is a true merge when the gold says they describe
    one real event, a false merge otherwise; a pair the gold joins and fusion keeps apart is a
    missed merge.

    Scored over the matched events whose prediction surely stands for its gold event
    (``_aligned``: same sentence, same reality, same month, and no other gold event of that
    sentence with the same dyad and root -- ``ambiguous`` holds the ``id()`` of those): a
    dyad+root match from another sentence or time may stand for another real event, so its
    identity is unknown. The same scores over every matched event are under
    ``all_matched``.

    Planned -> realized links are scored on the pairs whose gold statuses are planned or
    uncertain for one and happened or ongoing for the other: the link is predicted when fusion
    put both in one event that carries a ``realized_as`` link, and is right when the gold
    gives both the same identity."""
    from detente.fuse import fuse, mention_from_event, person_filter

    person = person_filter()
    fused, links = fuse(mention_from_event(e, pub, person) for e, pub in preds)
    cluster = {m: f.fused_id for f in fused for m in f.members}
    linked = {cluster[a] for a, b, kind in links if kind == "realized_as" and a in cluster}
    items: list[tuple[Any, str | None, dict[str, Any], Event]] = []
    for n, (g, p, _) in enumerate(pairs):
        ident = _gold_identity(g)
        items.append((ident if ident is not None else ("single", n), cluster.get(p.event_id),
                      g, p))
    aligned = [it for it in items if _aligned(it[2], it[3])
               and id(it[2]) not in (ambiguous or set())]
    out = _pair_scores(aligned, linked, keep_pairs=True)
    out["matched_events"] = len(items)
    out["fused_events"] = len({c for _, c, *_ in aligned if c is not None})
    out["all_matched"] = _pair_scores(items, linked, keep_pairs=False)
    return out


def _pair_scores(items: list[tuple[Any, str | None, dict[str, Any], Event]],
                 linked: set[str], keep_pairs: bool) -> dict[str, Any]:
    tp = fp = fn = 0
    ltp = lfp = lfn = 0
    false_list: list[dict[str, Any]] = []
    missed_list: list[dict[str, Any]] = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            gi, ci, gev_i, p_i = items[i]
            gj, cj, gev_j, p_j = items[j]
            same_gold = gi == gj
            same_pred = ci is not None and ci == cj
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
            if keep_pairs and same_pred and not same_gold:
                false_list.append({"gold": [_ident_label(gi), _ident_label(gj)],
                                   "events": [_short(p_i), _short(p_j)]})
            elif keep_pairs and same_gold and not same_pred:
                missed_list.append({"gold": _ident_label(gi),
                                    "events": [_short(p_i), _short(p_j)]})
            st = {gev_i.get("status"), gev_j.get("status")}
            if st & set(UNREALIZED_GOLD) and st & set(REALIZED_GOLD):
                pred_link = same_pred and ci in linked
                ltp += same_gold and pred_link
                lfp += pred_link and not same_gold
                lfn += same_gold and not pred_link
    stories = Counter(ident for ident, *_ in items)
    out: dict[str, Any] = {
        "events": len(items),
        "identity": "story" if any(ident[0] == "story" for ident, *_ in items) else "inferred",
        "gold_events_told_twice": sum(n for n in stories.values() if n > 1),
        "gold_stories_told_twice": sum(1 for n in stories.values() if n > 1),
        "true_merges": tp, "false_merges": fp, "missed_merges": fn,
        "pairwise_precision": _ratio(tp, tp + fp), "pairwise_recall": _ratio(tp, tp + fn),
        "links": {"true": ltp, "false": lfp, "missed": lfn,
                  "precision": _ratio(ltp, ltp + lfp), "recall": _ratio(ltp, ltp + lfn)}}
    if keep_pairs:
        out["false_merge_pairs"] = false_list
        out["missed_merge_pairs"] = missed_list
    return out


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _ident_label(ident: tuple[Any, ...]) -> str:
    if ident[0] == "story":
        return str(ident[1])
    if ident[0] == "single":
        return "(told once)"
    parts = [("-".join(sorted(str(c) for c in x)) if isinstance(x, frozenset) else str(x))
             for x in ident[1:] if x is not None]
    return "inferred " + " ".join(parts)


def _short(ev: Event) -> str:
    s = ev.source.code if ev.source else "?"
    t = ev.target.code if ev.target else "?"
    return (f"{s} {ev.cameo} {t} [{ev.status}] {ev.date.value} ({ev.rule}): "
            f"{ev.evidence.sentence[:140]}")


def _fusion_lines(fus: dict[str, Any]) -> list[str]:
    links, whole = fus["links"], fus["all_matched"]
    return [
        f"fusion (pairwise over {fus['events']} of {fus['matched_events']} matched events, "
        f"those from the gold's own sentence, status and month; gold identity by "
        f"{fus['identity']}, "
        f"{fus['gold_events_told_twice']} of them in {fus['gold_stories_told_twice']} events "
        f"told more than once): precision {fus['pairwise_precision']}, recall "
        f"{fus['pairwise_recall']}; true merges {fus['true_merges']}, false "
        f"{fus['false_merges']}, missed {fus['missed_merges']}",
        f"  planned->realized links (pairs): precision {links['precision']}, recall "
        f"{links['recall']}; true {links['true']}, false {links['false']}, missed "
        f"{links['missed']}",
        f"  over all {whole['events']} matched events: precision "
        f"{whole['pairwise_precision']}, recall {whole['pairwise_recall']}; true merges "
        f"{whole['true_merges']}, false {whole['false_merges']}, missed "
        f"{whole['missed_merges']}",
    ]


def render_report(rep: dict[str, Any], show_misses: bool = True) -> str:
    lines = [
        f"articles {rep['articles']}, gold events {rep['gold_events']}, predicted "
        f"{rep['predicted_events']}, matched {rep['matched']}",
        f"dyad+root  precision {rep['precision']:.3f}  recall {rep['recall']:.3f}  "
        f"F1 {rep['f1']:.3f}",
        f"status (grouped) {rep['status_grouped_accuracy']}   exact "
        f"{rep['status_exact_accuracy']}",
        f"date month-level {rep['date_month_accuracy']}   at gold precision "
        f"{rep['date_precision_accuracy']}",
        f"location {rep['location_accuracy']}",
        *_fusion_lines(rep["fusion"]),
        "",
        "root  gold  tp  fp",
    ]
    for root, c in rep["per_root"].items():
        lines.append(f"{root:>4} {c.get('gold', 0):>5} {c.get('tp', 0):>3} {c.get('fp', 0):>3}")
    if rep["status_confusion"]:
        lines.append("")
        lines.append("status gold->predicted: " + ", ".join(
            f"{k} {v}" for k, v in rep["status_confusion"].items()))
    if show_misses:
        lines.append("")
        lines.append(f"missed ({len(rep['misses'])}):")
        for m in rep["misses"]:
            g = m["gold"]
            lines.append(f"  {m['article']}: {g.get('source')} {g.get('cameo')} "
                         f"{g.get('target')} [{g.get('status')}] :: {g.get('evidence', '')[:140]}")
        lines.append(f"false positives ({len(rep['false_positives'])}):")
        for f in rep["false_positives"]:
            lines.append(f"  {f['article']}: {f['event']}")
        lines.append(f"disagreements on matched events ({len(rep['disagreements'])}):")
        for d in rep["disagreements"]:
            extra = f" cue={d['cue']}" if d.get("cue") else ""
            lines.append(f"  {d['field']}: gold {d['gold']} predicted {d['predicted']}{extra}"
                         f" :: {d['event']}")
        fus = rep["fusion"]
        lines.append(f"fusion: false merges ({len(fus['false_merge_pairs'])} pairs):")
        for fm in fus["false_merge_pairs"]:
            lines.append(f"  {fm['gold'][0]} + {fm['gold'][1]}")
            lines.extend(f"      {' '.join(e.split())}" for e in fm["events"])
        lines.append(f"fusion: missed merges ({len(fus['missed_merge_pairs'])} pairs):")
        for mm in fus["missed_merge_pairs"]:
            lines.append(f"  {mm['gold']}")
            lines.extend(f"      {' '.join(e.split())}" for e in mm["events"])
    return "\n".join(lines)


