"""Why a gold set's events are missed, as counts by pipeline stage (no text is printed, so
it also runs on the sealed sets).

    python benchmarks/miss_stages.py examples/heldout7/gold.jsonl [more gold files] [-v]

``-v`` (readable sets only) prints the sentence of each miss of the two largest stages.

Each missed gold event is classed by the first stage that loses it, looking at the sentence(s)
its evidence lies in:

- ``sentence not found``: the evidence is not one sentence of ours (segmentation);
- ``pre-filter dropped``: the pre-filter blanked the sentence;
- ``no trigger``: the lexicon matches nothing in the sentence;
- ``trigger, other root only``: triggers, none of the gold's root;
- ``source/target actor not recognised``: a trigger of the gold's root, but no actor span of
  the gold's source (target) country anywhere in the sentence;
- ``actors there, not linked``: both countries have spans, the argument search of every
  gold-root trigger gives another pair;
- ``linked, no event``: a gold-root trigger's arguments are the gold's dyad, yet no such
  event came out (screened, merged away, or dropped by status/dedup);
- ``event coded, other direction``: the sentence gives an event of the gold's root between
  the gold's two countries, but source and target are swapped (not for root 04, which the
  scorer matches in either order);
- ``event coded, not matched``: the sentence does give an event of the gold's ordered dyad
  and root (either order for 04, as the scorer does): a scoring issue (another gold event
  took it, or evidence offsets differ).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sealed import coders, gold_files  # noqa: E402  (benchmarks/sealed.py)

STAGES = ("sentence not found", "pre-filter dropped", "no trigger", "trigger, other root only",
          "source actor not recognised", "target actor not recognised",
          "actors there, not linked", "linked, no event", "event coded, other direction",
          "event coded, not matched")


def _linking_shape(roots: list[tuple[str, set, set]], gs: str | None, gt: str | None) -> str:
    """How close the best gold-root trigger came: per side, right / wrong / empty (the gold's
    source and target read both ways, as 04x meetings are direction-free)."""
    def side(found: set, want: str | None) -> str:
        return "right" if want in found else "empty" if not found else "wrong"

    shapes = []
    for _r, s, t in roots:
        for a, b in ((gs, gt), (gt, gs)):
            sh = (side(s, a), side(t, b))
            shapes.append((sh.count("right"), -sh.count("wrong"), sh))
    best = max(shapes)[2]
    return f"source {best[0]}, target {best[1]}"


def _sentence_countries(resolver, sent) -> set:  # noqa: ANN001
    """The countries of the sentence's actors: each actor span as the resolver reads it
    alone, a country's adjective that only modifies a noun ("Chinese warplanes", "Serbian
    authorities") as its country, and a name the article introduced before ("Austin" after
    "Lloyd Austin"), which is no knowledge-base span of its own."""
    out: set = set()
    covered: set[int] = set()
    for s in resolver.spans_in(sent):
        covered.update(range(s.start, s.end))
        got = {a.actor.country for a in resolver.resolve(s.root, follow=False)}
        if not got:
            got = {e.code for e in resolver._entries(s) if e.kind == "country" and e.code}
        out |= got
    for tok in sent:
        if tok.i not in covered and tok.pos_ == "PROPN" and (
                tok.ent_type_ == "PERSON" or tok.text in resolver.ctx.people):
            out |= {a.actor.country for a in resolver.resolve(tok, follow=False)}
    out.discard(None)
    return out


def main(argv: list[str]) -> int:
    from detente.evaluate import _country, evidence_matches, gold_articles, score_article
    from detente.nlp.actors import ActorResolver
    from detente.nlp.clauses import is_passive

    args = gold_files(argv, __doc__ or "")
    if args is None:
        return 2
    golds, verbose = args
    coder, open_coder = coders()
    ex = open_coder.extractor
    total: Counter[str] = Counter()
    confusion: Counter[str] = Counter()  # gold root -> roots of the sentence's triggers
    linking: Counter[str] = Counter()  # what the gold-root triggers' arguments gave
    for gp in golds:
        arts = gold_articles(gp)
        stages: Counter[str] = Counter()
        for (art, g), res in zip(arts, coder.code_many(a for a, _ in arts), strict=True):
            missed = score_article(g["events"], res.events)["missed"]
            if not missed:
                continue
            scan = coder.prefilter.scan(art.text, art.skip_spans) if coder.prefilter else None
            kept = [(s.start, s.end) for s in scan.sentences if s.keep] if scan and \
                scan.relevant else []
            # parsed as the pipeline parses it (the article's country counts and issuer in
            # user_data: they pick the main pair and the "we" of a statement)
            doc = open_coder.nlp(open_coder._text_to_parse(art))
            resolver = ActorResolver(open_coder.kb, art.published)
            resolver.prime(doc)
            info = []  # per sentence: (start, end, text, countries, triggers, events)
            for sent in doc.sents:
                countries = _sentence_countries(resolver, sent)
                trig = []
                for t in ex.triggers(sent):
                    src, tgt = ex._arguments(t, resolver, is_passive(t.token))
                    trig.append((t.pattern.cameo[:2],
                                 {a.actor.country for a in src}, {a.actor.country for a in tgt}))
                evs = list(ex.sentence_events(sent, art, resolver, None))
                for ev in evs:
                    resolver.note_event(ev)
                resolver.note_sentence(sent)
                info.append((sent.start_char, sent.end_char, sent.text.strip(), countries, trig,
                             [((e.source.country if e.source else None,
                                e.target.country if e.target else None), e.root) for e in evs]))
            for m in missed:
                evid = (m.get("evidence") or "").strip()
                root = str(m["cameo"])[:2]
                gs, gt = _country(m.get("source")), _country(m.get("target"))
                hit = [i for i in info if evidence_matches(evid, i[2])]
                if not hit:
                    stages["sentence not found"] += 1
                    continue
                # the lead after a split-off dateline ("ALGIERS, Aug 25 (...) --") is the
                # sentence to show, not the dateline
                shown = max((i[2] for i in hit), key=len)
                if scan is not None and not any(a <= i[0] < b or i[0] <= a < i[1]
                                                for i in hit for a, b in kept):
                    stages["pre-filter dropped"] += 1
                    if verbose:
                        print("  DROPPED", gs, m["cameo"], gt, "|", shown[:220])
                    continue
                trigs = [t for i in hit for t in i[4]]
                roots = [t for t in trigs if t[0] == root]
                countries = set().union(*(i[3] for i in hit))
                # the scorer's dyad: ordered, but either order for 04 meetings
                want = {(gs, gt), (gt, gs)} if root == "04" else {(gs, gt)}
                if any(d in want and r == root for i in hit for d, r in i[5]):
                    stages["event coded, not matched"] += 1
                    if verbose:
                        print("  CODED", gs, m["cameo"], gt, m.get("status"), m.get("date"),
                              "|", shown[:160])
                elif any(d == (gt, gs) and r == root for i in hit for d, r in i[5]):
                    stages["event coded, other direction"] += 1
                    if verbose:
                        print("  REVERSED", gs, m["cameo"], gt, "|", shown[:160])
                elif not trigs:
                    stages["no trigger"] += 1
                elif not roots:
                    stages["trigger, other root only"] += 1
                    confusion[f"{root}->" + "/".join(sorted({t[0] for t in trigs}))] += 1
                    if verbose:
                        print("  ROOT", gs, m["cameo"], gt, "|", shown[:220], "|", trigs)
                elif any({gs, gt} == (s | t) or (gs in s and gt in t) or (gt in s and gs in t)
                         for _r, s, t in roots):
                    stages["linked, no event"] += 1
                    if verbose:
                        print("  NOEVENT", gs, m["cameo"], gt, "|", shown[:220], "|", roots)
                elif gs and gs not in countries and not any(gs in s | t for _r, s, t in roots):
                    stages["source actor not recognised"] += 1
                    if verbose:
                        print("  ACTOR", m["source"], "|", shown[:220], "|", countries)
                elif gt and gt not in countries and not any(gt in s | t for _r, s, t in roots):
                    stages["target actor not recognised"] += 1
                    if verbose:
                        print("  ACTOR", m["target"], "|", shown[:220], "|", countries)
                else:
                    stages["actors there, not linked"] += 1
                    linking[_linking_shape(roots, gs, gt)] += 1
                    if verbose:
                        print("  LINK", _linking_shape(roots, gs, gt), gs, m["cameo"], gt,
                              "|", shown[:220], "|", roots)
        n = sum(stages.values())
        print(f"{gp}: {n} missed")
        for s in STAGES:
            if stages[s]:
                print(f"  {s:<32} {stages[s]:>4}  {stages[s] / n:.0%}")
        total.update(stages)
    print("gold root -> trigger roots when no trigger has the gold's root:")
    for k, v in confusion.most_common(25):
        print(f"  {k:<20} {v:>3}")
    print("actors there, not linked: the best argument pair of a gold-root trigger:")
    for k, v in linking.most_common():
        print(f"  {k:<40} {v:>3}")
    if len(golds) > 1:
        n = sum(total.values())
        print(f"all: {n} missed")
        for s in STAGES:
            if total[s]:
                print(f"  {s:<32} {total[s]:>4}  {total[s] / n:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
