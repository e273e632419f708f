"""Where detente's own coding time goes, with spaCy's statistical components left out.

    python benchmarks/profile_coding.py [--cache FILE] [--rounds N] [--no-profile]
                                        [--timer wall|cpu] [--sort cumulative|tottime]
                                        [--top 40] [--save FILE.prof] [--events OUT.jsonl]

The articles of ``examples/corpus`` and ``examples/train*/corpus`` are pre-filtered and parsed
once by spaCy's own components (tok2vec, tagger, parser, the attribute and lemma tables, ner);
the parsed docs are kept as bytes (in ``--cache``, when given, so a later run skips the parse:
delete the file after changing the pre-filter or the model). Then each doc is read back from
its bytes (not counted) and detente's own work is run on it: the actor ruler, the parse
repairs and ``EventExtractor.extract``. ``--rounds`` passes are timed without the profiler
(this process's CPU time, so a busy neighbour on a shared machine counts little; the first
pass also loads lazily read tables), then one pass runs under cProfile, whose top functions
are printed (its total is inflated by the profiling, the more so with ``--timer cpu``).
``--events`` writes every event of the first pass as a JSON line, for checking with ``cmp``
that a change meant to keep the output does (no text printed). Sealed sets are not read.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pickle
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DETENTE_PIPES = ("detente_actors", "detente_repairs")


def _parse(coder, corpora: list[Path]) -> list[tuple[object, bytes]]:
    from detente.ingest import read_inputs
    from detente.model import Quarantined
    from detente.pipeline import Result

    out: list[tuple[object, bytes]] = []
    for corpus in corpora:
        arts = [a for a in read_inputs([str(corpus)]) if not isinstance(a, Quarantined)]
        for art in arts:
            item = coder._prepare(art)
            if isinstance(item, Result):
                continue
            with coder.nlp.select_pipes(disable=list(DETENTE_PIPES)):
                doc = coder.nlp(item)
            out.append((art, doc.to_bytes()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", help="pickle of the parsed docs (written if absent)")
    ap.add_argument("--rounds", type=int, default=1, help="unprofiled timed rounds")
    ap.add_argument("--no-profile", action="store_true", help="time only, no profiled pass")
    ap.add_argument("--timer", default="wall", choices=("wall", "cpu"),
                    help="the profiler's clock (its total is inflated by the profiling)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime"))
    ap.add_argument("--save", help="write the last round's profile here (pstats format)")
    ap.add_argument("--events", help="write every coded event here as JSON lines")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from sealed import is_sealed
    from spacy.tokens import Doc

    from detente.pipeline import Coder

    coder = Coder()
    corpora = [ROOT / "examples" / "corpus",
               *sorted(p for p in (ROOT / "examples").glob("train*/corpus")
                       if not is_sealed(str(p)))]
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.exists():
        parsed = pickle.loads(cache.read_bytes())
    else:
        t0 = time.perf_counter()
        parsed = _parse(coder, corpora)
        print(f"parsed {len(parsed)} docs in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        if cache is not None:
            cache.write_bytes(pickle.dumps(parsed))
    pipes = [coder.nlp.get_pipe(name) for name in DETENTE_PIPES]
    extractor = coder.extractor

    def run(prof: cProfile.Profile | None, events: str | None) -> tuple[float, int]:
        """One pass over the docs: detente's CPU seconds (read back from bytes not counted)
        and the number of events."""
        out = open(events, "w", encoding="utf-8") if events else None  # noqa: SIM115
        spent, n = 0.0, 0
        for art, data in parsed:
            doc = Doc(coder.nlp.vocab).from_bytes(data)
            c0 = time.process_time()
            if prof is not None:
                prof.enable()
            for pipe in pipes:
                doc = pipe(doc)
            found = extractor.extract(doc, art)
            if prof is not None:
                prof.disable()
            spent += time.process_time() - c0
            n += len(found)
            if out is not None:
                for ev in found:
                    out.write(json.dumps(ev.to_record(), sort_keys=True, default=str) + "\n")
        if out is not None:
            out.close()
        return spent, n

    cpu: list[float] = []
    for _round in range(max(1, args.rounds)):
        spent, n_events = run(None, args.events if _round == 0 else None)
        cpu.append(spent)
        print(f"round {_round + 1}: {spent:.2f} CPU s, {n_events} events from {len(parsed)} "
              "docs", file=sys.stderr)
    # (the profiler's clock: this process's CPU time, which a busy neighbour does not eat
    # into, or wall time, cheaper to read and so less inflated by the profiling itself)
    if args.no_profile:
        print(f"detente's own CPU time, fewest of {len(cpu)} rounds: {min(cpu):.2f}s "
              f"(all: {', '.join(f'{c:.2f}' for c in cpu)})")
        return 0
    prof = cProfile.Profile(time.process_time if args.timer == "cpu" else time.perf_counter)
    run(prof, None)
    stats = pstats.Stats(prof)
    if args.save:
        prof.dump_stats(args.save)
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats(args.sort).print_stats(args.top)
    print(buf.getvalue())
    print(f"detente's own CPU time, fewest of {len(cpu)} unprofiled rounds: {min(cpu):.2f}s "
          f"(all: {', '.join(f'{c:.2f}' for c in cpu)}); profiled ({args.timer} clock): "
          f"{stats.total_tt:.2f}s")  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
