"""Why a gold set's events are missed, as counts by pipeline stage (no text is printed, so
it also runs on the sealed sets).

    python benchmarks/miss_stages.py examples/heldout7/gold.jsonl [more gold files] [-v]

``-v`` (readable sets only) prints the sentence of each miss of the two largest stages.
Without it only counts and the extractor's own labels are printed (no text of the set).

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
  event came out (screened, merged away, or dropped by status/dedup); split by reason
  (:func:`noevent_reason`: the screen's label, the return of the extractor's per-trigger
  step it ended at, the root or pair the step recoded it to, or the sentence's merge);
- ``event coded, other direction``: the sentence gives an event of the gold's root between
  the gold's two countries, but source and target are swapped (not for root 04, which the
  scorer matches in either order);
- ``event coded, not matched``: the sentence does give an event of the gold's ordered dyad
  and root (either order for 04, as the scorer does): a scoring issue (another gold event
  took it, or evidence offsets differ); split into those in the article's output (another
  gold event took the prediction) and those the article's pass dropped (a repeated id, a
  visit told with its talks, or :func:`detente.nlp.screen.no_two_parties`).
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
    for _r, s, t, *_key in roots:
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


Dyad = tuple[str | None, str | None]


@dataclass(frozen=True)
class Outcome:
    """What the extractor's per-trigger step (``EventExtractor._events_for``) gave for one
    trigger: the events it yielded as ((source, target) countries, root, rule), and, when it
    yielded none, the label of the step that ended it (:meth:`StepRecorder.label`)."""

    events: tuple[tuple[Dyad, str, str], ...] = ()
    label: str | None = None
    #: the countries of the step's sources and targets when it ended (when it gave nothing)
    sides: tuple[frozenset[str | None], frozenset[str | None]] | None = None


def noevent_reason(outcomes: list[Outcome | None], want: set[Dyad], root: str) -> str:
    """Why no event of the gold's root between ``want`` (its dyad, both orders for 04) came
    out of a sentence whose gold-root triggers' arguments were that dyad: one label per miss,
    from the candidate trigger that came closest (``outcomes``, one per candidate; None for a
    trigger the sentence's pass never stepped through).

    - ``merge: ...``: the step gave the event, the sentence's pass dropped it (a visit or a
      greeting told once, a fight that is the purpose of forces sent);
    - ``recoded to RR (+suffix)``: the step gave an event of the dyad under another root (an
      intent, a refusal, an announcement ...), the rule's suffixes naming the rewrite;
    - ``other pair: ...``: the step gave events of the root, or of another, between other
      sides (its own argument rules replaced the pair);
    - the step's own label when it gave nothing (a screen's reason, a status test, the test
      of the return it ended at).
    """
    ran = [o for o in outcomes if o is not None]
    if not ran:
        return "trigger not stepped"
    events = [e for o in ran for e in o.events]
    if any(d in want and r == root for d, r, _rule in events):
        return "merge: given by the trigger, dropped in the sentence (told once, purpose)"
    recoded = sorted({(r, _suffix(rule)) for d, r, rule in events
                      if r != root and (d in want or d[::-1] in want)})
    if recoded:
        r, suf = recoded[0]
        return f"recoded to {r} ({suf})"
    if events:
        roots = sorted({r for _d, r, _rule in events})
        kind = "same root" if root in roots else "root " + "/".join(roots)
        return f"other pair: {kind}"
    labels = Counter(_with_sides(o, want) for o in ran)
    return labels.most_common(1)[0][0]


def _with_sides(o: Outcome, want: set[Dyad]) -> str:
    """An outcome's label; for a step left with no pair, whether the gold's two sides were
    still among its sources and targets then (its own argument rules may have moved them)."""
    label = o.label or "ended, no label"
    if not label.startswith("no pair") or o.sides is None:
        return label
    src, tgt = o.sides
    both = {c for d in want for c in d}
    if len(both) == 1 and not (src and tgt):
        # (one country's two sides, a state and its rebels, opposition or people: the
        # argument search found the one, never the other; "linked" only by country)
        return label + " [one-country gold, no " + ("target" if src else "source") + " found]"
    if both <= src and not tgt:
        return label + " [both gold sides as sources, no target]"
    if both <= src | tgt:
        return label + " [gold sides kept]"
    return label + " [a gold side lost in the step]"


def _suffix(rule: str) -> str:
    """The rewrites a rule's id names ("consult.meet+intent" -> "+intent"), else "pattern"."""
    parts = rule.split("+")[1:]
    return "+" + "+".join(parts) if parts else "pattern"


def _test_text(node: ast.AST, source: str) -> str:
    text = " ".join((ast.get_source_segment(source, node) or "?").split())
    return text if len(text) <= 70 else text[:67] + "..."


class StepRecorder:
    """Wraps an extractor's ``_events_for`` (on the instance, so ``sentence_events`` calls it)
    and records, per trigger (token index, pattern id), what each call gave: the events, or
    the statement it ended at, read with a trace of that call's own frame only (the screen's
    ``why`` taken from its locals). Diagnosis only: tracing makes the step slower."""

    def __init__(self, extractor: Any) -> None:
        self.extractor = extractor
        self.step = extractor._events_for
        self.code = self.step.__func__.__code__
        self.records: dict[tuple[int, str], list[Outcome]] = {}
        self._tests, self._continues, self._returns = self._return_tests(self.step)
        self._known = _package_source()
        extractor._events_for = self

    def restore(self) -> None:
        del self.extractor._events_for

    @staticmethod
    def _return_tests(func: Callable[..., Any]) -> tuple[dict[int, str], dict[int, str],
                                                         set[int]]:
        """Per line of a ``return`` or ``continue`` in ``func``, the test of the innermost
        ``if`` it sits under (the code's words, never the text's)."""
        lines, start = inspect.getsourcelines(func)
        source = textwrap.dedent("".join(lines))
        tests: dict[int, str] = {}
        continues: dict[int, str] = {}
        returns: set[int] = set()
        assigns: dict[int, str] = {}  # where ``pairs`` is set: under which test

        def walk(node: ast.AST, test: str) -> None:
            for child in ast.iter_child_nodes(node):
                here = test
                if isinstance(child, ast.If):
                    here = _test_text(child.test, source)
                    walk_list(child.body, here)
                    walk_list(child.orelse, f"not ({here})")
                    continue
                line = getattr(child, "lineno", 0) + start - 1
                if isinstance(child, ast.Return):
                    tests[line] = here
                    returns.add(line)
                elif isinstance(child, ast.Continue):
                    continues[line] = here
                elif isinstance(child, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id == "pairs" for t in child.targets):
                    assigns[line] = here
                walk(child, here)

        def walk_list(nodes: list[ast.stmt], test: str) -> None:
            for n in nodes:
                holder = ast.Module(body=[n], type_ignores=[])
                walk(holder, test)

        walk(ast.parse(source), "")
        tests.update({-n: t for n, t in assigns.items()})  # (negative: assignments)
        return tests, continues, returns

    def label(self, line: int | None, why: object, lines: set[int]) -> str:
        """The reason a call that gave nothing ended at ``line``: a screen's reason (without
        the words it quotes), else the test of the return, with the family it belongs to
        (status, pairs, or the step's other returns); a call that ran off its end names the
        tests of the ``continue``s that skipped its pairs."""
        if line in self._returns:
            test = self._tests.get(line, "")
            if "why" in test and isinstance(why, str):
                return "screen: " + _why_label(why, self._known)
            family = ("status" if any(w in test for w in ("decision", "negated", "status"))
                      else "no pair" if "pairs" in test else "step")
            if family == "no pair":
                # (which way of pairing the sides left none: the test of the last
                # assignment of the pairs the call ran)
                made = max((n for n in lines if -n in self._tests), default=None)
                test = ("pairs made under: " + (self._tests[-made] or "top") if made
                        else test).replace("not (_one_with_list(sent, sources, targets))",
                                           "sources x targets")
            return f"{family}: {test or 'return'}"
        skipped = sorted({self._continues[n] for n in lines if n in self._continues})
        if skipped:
            return "pairs skipped: " + " | ".join(skipped)
        return "step ran through, nothing given"

    def __call__(self, trig: Any, sent: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        gen = self.step(trig, sent, *args, **kwargs)
        state: dict[str, Any] = {"line": None, "why": None, "lines": set()}

        def local(frame: Any, event: str, _arg: Any) -> Any:
            if event == "line":
                state["lines"].add(frame.f_lineno)
            elif event == "return":
                state["line"] = frame.f_lineno
                loc = frame.f_locals
                state["why"] = loc.get("why")
                state["sides"] = tuple(frozenset(a.actor.country for a in loc.get(k) or ())
                                       for k in ("sources", "targets"))
            return local

        def tracer(frame: Any, event: str, _arg: Any) -> Any:
            if event == "call" and frame.f_code is self.code and frame is gen.gi_frame:
                return local
            return None

        old = sys.gettrace()
        sys.settrace(tracer)
        try:
            out = list(gen)
        finally:
            sys.settrace(old)
        if out:
            got = Outcome(tuple(((e.source.country if e.source else None,
                                  e.target.country if e.target else None), e.root, e.rule or "")
                                for e in out))
        else:
            got = Outcome((), self.label(state["line"], state["why"], state["lines"]),
                          state.get("sides"))
        self.records.setdefault((trig.token.i, trig.pattern.id), []).append(got)
        yield from out


def _package_source() -> str:
    """The text of the package's NLP modules, where every screen writes its reasons."""
    import detente.nlp

    return "".join(p.read_text(encoding="utf-8")
                   for p in sorted(Path(detente.nlp.__file__).parent.glob("*.py")))


def _why_label(why: str, known: str) -> str:
    """A screen's reason without the words of the sentence it quotes ("standing measure
    (sanctions)" -> "standing measure"); a reason whose label the package's code does not
    write out (so that it could carry the text's words) is "other"."""
    label = why.split(" (")[0].strip()
    return label if label and f'"{label}' in known else "other"


def coded_reason(in_output: bool, dropped_by: str | None) -> str:
    """Why an event the sentence gave is still missed: in the article's output (another
    gold event took it, or its offsets differ), or dropped by the article's pass."""
    if in_output:
        return "in output: taken by another gold event"
    return "dropped by the article's pass: " + (
        dropped_by or "repeated, or a visit told with its talks")


def _two_parties_test(ev: Any) -> str | None:
    """The test of :func:`detente.nlp.screen.no_two_parties` that drops ``ev``, or None."""
    from detente.nlp import screen

    for name in ("home_meeting", "home_cooperation", "unnamed_group", "format_venue",
                 "one_member", "document_title"):
        if getattr(screen, name)(ev):
            return name
    return None


def _unmatched_reason(hit: list[tuple[Any, ...]], output: list[Any], want: set[Dyad],
                      root: str) -> str:
    """:func:`coded_reason` for a miss whose sentence(s) ``hit`` gave the event: whether the
    article's ``output`` holds it within them, else the test that dropped it."""
    def fits(e: Any) -> bool:
        return e.root == root and (e.source.country if e.source else None,
                                   e.target.country if e.target else None) in want

    spans = [(i[0], i[1]) for i in hit]
    if any(fits(e) and any(a <= e.evidence.start < b for a, b in spans) for e in output):
        return coded_reason(True, None)
    dropped = {_two_parties_test(e) for i in hit for e in i[6] if fits(e)} - {None}
    return coded_reason(False, ", ".join(sorted(t for t in dropped if t)) or None)


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
    noevent: Counter[str] = Counter()  # linked, no event: why (noevent_reason)
    unmatched: Counter[str] = Counter()  # event coded, not matched: where it went
    recorder = StepRecorder(ex)
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
            recorder.records = {}
            info = []  # per sentence: (start, end, text, countries, triggers, events, Events)
            for sent in doc.sents:
                countries = _sentence_countries(resolver, sent)
                trig = []
                for t in ex.triggers(sent):
                    src, tgt = ex._arguments(t, resolver, is_passive(t.token))
                    trig.append((t.pattern.cameo[:2],
                                 {a.actor.country for a in src}, {a.actor.country for a in tgt},
                                 (t.token.i, t.pattern.id)))
                evs = list(ex.sentence_events(sent, art, resolver, None))
                for ev in evs:
                    resolver.note_event(ev)
                resolver.note_sentence(sent)
                info.append((sent.start_char, sent.end_char, sent.text.strip(), countries, trig,
                             [((e.source.country if e.source else None,
                                e.target.country if e.target else None), e.root) for e in evs],
                             evs))
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
                    unmatched[_unmatched_reason(hit, res.events, want, root)] += 1
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
                elif linked := [key for _r, s, t, key in roots
                                if {gs, gt} == (s | t) or (gs in s and gt in t)
                                or (gt in s and gs in t)]:
                    stages["linked, no event"] += 1
                    outcomes = [o for key in linked for o in recorder.records.get(key, [None])]
                    why = noevent_reason(outcomes, want, root)
                    noevent[why] += 1
                    if verbose:
                        print("  NOEVENT", gs, m["cameo"], gt, "|", why, "|", shown[:220], "|",
                              roots)
                elif gs and gs not in countries and not any(gs in s | t
                                                            for _r, s, t, _k in roots):
                    stages["source actor not recognised"] += 1
                    if verbose:
                        print("  ACTOR", m["source"], "|", shown[:220], "|", countries)
                elif gt and gt not in countries and not any(gt in s | t
                                                            for _r, s, t, _k in roots):
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
    print("linked, no event: what removed the candidate:")
    for k, v in noevent.most_common():
        print(f"  {k:<72} {v:>3}")
    print("event coded, not matched: where the sentence's event went:")
    for k, v in unmatched.most_common():
        print(f"  {k:<72} {v:>3}")
    recorder.restore()
    if len(golds) > 1:
        n = sum(total.values())
        print(f"all: {n} missed")
        for s in STAGES:
            if total[s]:
                print(f"  {s:<32} {total[s]:>4}  {total[s] / n:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
