"""Paired timing of two variants of the coding pipeline in one process.

    python benchmarks/paired.py [--a SPEC] [--b SPEC] [--stage rules|full]
                                [--articles 300] [--rounds 7] [--chunk N] [--corpus DIR]
                                [--json]

Each variant's pipeline is loaded once; then the rounds time A and B alternately over the
same texts, the articles of ``--corpus`` (the bundled sample corpus by default) repeated to
``--articles``: within a round A and B take turns on each ``--chunk`` of items (A then B,
then B then A, ...). A busy neighbour on a shared machine, or the machine warming up, then
slows both sides of a round alike, and the ratio B/A of each round is a paired measure: the
median ratio over the rounds is printed with its quartiles and range (below 1: B is
faster). Times are this process's CPU seconds (``time.process_time``).

A SPEC is a comma-separated list of items (empty: the working tree's code, default options):

* ``rev=REV``: the code of git revision REV (``git archive`` of its ``src/`` into a
  temporary folder; the two variants' modules are swapped in ``sys.modules`` between
  rounds, so each runs its own code);
* ``NAME=VALUE``: a pipeline option (a field of ``detente.config.Options``:
  ``batch_size=16``, ``prefilter_context=all``);
* ``env:NAME=VALUE``: an environment variable set while the variant is built and while it
  runs (a switch read by the code, or ``DETENTE_*`` settings).

Stages: ``rules`` (default) times detente's own work on docs parsed beforehand by spaCy's
components (untimed, once per variant): the actor ruler, the parse repairs and
``EventExtractor.extract`` -- the event-rule stage, without spaCy's noise. ``full`` times
``Coder.code_many`` end to end (pre-filter, spaCy, rules; batches of ``batch_size``).
The events of each variant's first round are compared ("events identical") so that a
change meant to keep the output shows that it does. Sealed sets are refused as corpus.

Examples::

    python benchmarks/paired.py --a rev=main --b ""                 # main vs working tree
    python benchmarks/paired.py --a batch_size=64 --b batch_size=16 --stage full
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from statistics import median, quantiles
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DETENTE_PIPES = ("detente_actors", "detente_repairs")
PACKAGE = "detente"


@dataclass
class Variant:
    """One side of the pairing: where its code is, its options and environment."""

    label: str
    src: Path
    options: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    rev: str | None = None
    #: the variant's own ``detente`` modules (swapped into ``sys.modules`` when it runs)
    modules: dict[str, ModuleType] = field(default_factory=dict)
    coder: Any = None
    #: what a round codes: (article, doc bytes) for ``rules``, articles for ``full``
    work: list[Any] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    digest: str = ""
    events: int = 0


def parse_spec(label: str, spec: str) -> Variant:
    """The variant a SPEC string describes (see the module docstring)."""
    v = Variant(label=label, src=ROOT / "src")
    for item in (p.strip() for p in spec.split(",")):
        if not item:
            continue
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"variant {label}: {item!r} is not NAME=VALUE")
        if key == "rev":
            v.rev = value
        elif key.startswith("env:"):
            v.env[key[len("env:"):]] = value
        else:
            v.options[key] = value
    return v


def _export(rev: str, into: Path) -> Path:
    """The ``src`` folder of git revision ``rev`` written under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"],
                             check=True, capture_output=True).stdout
    into.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into / "src"


def _ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def _activate(v: Variant) -> None:
    """Put ``v``'s modules in ``sys.modules`` (imports done inside functions find its own)."""
    for name in [n for n in sys.modules if _ours(n)]:
        del sys.modules[name]
    sys.modules.update(v.modules)


def _keep_modules(v: Variant) -> None:
    v.modules = {n: m for n, m in sys.modules.items() if _ours(n)}


@contextlib.contextmanager
def _env(values: dict[str, str]) -> Iterator[None]:
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for k, val in old.items():
            if val is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = val


@contextlib.contextmanager
def _factories_replaceable() -> Iterator[None]:
    """Let a second source tree register spaCy factories under the names the first used
    (spaCy refuses a different function for a registered name; each pipeline keeps the
    components it was built with)."""
    import spacy.util

    same = spacy.util.is_same_func
    spacy.util.is_same_func = lambda *_a: True
    try:
        yield
    finally:
        spacy.util.is_same_func = same


def _load(v: Variant, loaded: dict[Path, dict[str, ModuleType]], corpus: Path, n: int,
          stage: str) -> None:
    """Build ``v``'s coder from its own code (once per source tree) and what it codes."""
    if v.src in loaded:
        v.modules = loaded[v.src]
        _activate(v)
    else:
        _activate(v)  # (no modules yet: the tree's own are imported below)
        sys.path.insert(0, str(v.src))
    try:
        with _env(v.env), _factories_replaceable():
            from detente.config import load_options
            from detente.ingest import read_inputs
            from detente.model import Quarantined
            from detente.pipeline import Coder, Result

            t0 = time.perf_counter()
            v.coder = Coder(load_options(None, **v.options))
            base = [a for a in read_inputs([str(corpus)]) if not isinstance(a, Quarantined)]
            if stage == "full":
                v.work = [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}")
                          for i in range(n)]
            else:
                parsed = []
                off = [p for p in DETENTE_PIPES if p in v.coder.nlp.pipe_names]
                for art in base:
                    item = v.coder._prepare(art)
                    if isinstance(item, Result):
                        continue
                    with v.coder.nlp.select_pipes(disable=off):
                        parsed.append((art, v.coder.nlp(item).to_bytes()))
                v.work = [parsed[i % len(parsed)] for i in range(n)] if parsed else []
            print(f"{v.label}: {sys.modules[PACKAGE].__file__} "
                  f"({v.rev or 'the working tree'}) loaded in "
                  f"{time.perf_counter() - t0:.1f}s, {len(v.work)} items a round",
                  file=sys.stderr)
    finally:
        if str(v.src) in sys.path:
            sys.path.remove(str(v.src))
    _keep_modules(v)
    loaded[v.src] = v.modules


def _run(v: Variant, stage: str, items: list[Any], record: bool) -> tuple[float, list[str]]:
    """One pass of ``v`` over ``items``: CPU seconds timed, and the events as JSON lines
    when ``record``."""
    _activate(v)
    out: list[str] = []
    spent = 0.0
    with _env(v.env):
        coder = v.coder
        if stage == "full":
            c0 = time.process_time()
            for res in coder.code_many(items):
                if record:
                    out += [json.dumps(e.to_record(), sort_keys=True, default=str)
                            for e in res.events]
            spent = time.process_time() - c0
        else:
            from spacy.tokens import Doc

            pipes = [coder.nlp.get_pipe(p) for p in DETENTE_PIPES
                     if p in coder.nlp.pipe_names]
            extract = coder.extractor.extract
            for art, data in items:
                doc = Doc(coder.nlp.vocab).from_bytes(data)  # (not timed)
                c0 = time.process_time()
                for pipe in pipes:
                    doc = pipe(doc)
                found = extract(doc, art)
                spent += time.process_time() - c0
                if record:
                    out += [json.dumps(e.to_record(), sort_keys=True, default=str)
                            for e in found]
    _keep_modules(v)
    return spent, out


def summary(a: list[float], b: list[float]) -> dict[str, Any]:
    """The paired figures of CPU times ``a`` and ``b`` (one of each per round): the median
    of the per-round ratios b/a, their quartiles and range, and each side's median time."""
    ratios = sorted(y / x for x, y in zip(a, b, strict=True) if x > 0)
    if not ratios:
        raise ValueError("no round with a positive time")
    q = quantiles(ratios, n=4, method="inclusive") if len(ratios) > 1 else ratios * 3
    return {"rounds": len(ratios), "median_ratio": round(median(ratios), 4),
            "q1": round(q[0], 4), "q3": round(q[2], 4),
            "min": round(ratios[0], 4), "max": round(ratios[-1], 4),
            "a_median_s": round(median(a), 3), "b_median_s": round(median(b), 3)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--a", default="", help="variant A (default: the working tree)")
    ap.add_argument("--b", default="", help="variant B (default: the working tree)")
    ap.add_argument("--stage", choices=("rules", "full"), default="rules")
    ap.add_argument("--articles", type=int, default=300, help="items a round codes")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--chunk", type=int, default=0,
                    help="items A and B take turns on within a round (default: 10 for "
                         "the rules stage, the whole round for the full stage)")
    ap.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON line")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from sealed import is_sealed

    if is_sealed(args.corpus):
        raise SystemExit(f"{args.corpus} is a sealed set: not read")
    variants = [parse_spec("A", args.a), parse_spec("B", args.b)]
    loaded: dict[Path, dict[str, ModuleType]] = {}
    with tempfile.TemporaryDirectory(prefix="paired-") as tmp:
        for k, v in enumerate(variants):
            if v.rev is not None:
                v.src = _export(v.rev, Path(tmp) / str(k))
            _load(v, loaded, Path(args.corpus), max(1, args.articles), args.stage)
        if not all(v.work for v in variants):
            raise SystemExit("nothing to code: the pre-filter kept no article of the corpus")
        for v in variants:  # (warm up: lazily read tables, first-call caches)
            _run(v, args.stage, v.work[:10], record=False)
        n = min(len(v.work) for v in variants)
        chunk = args.chunk if args.chunk > 0 else (n if args.stage == "full" else 10)
        for r in range(max(1, args.rounds)):
            spent = {v.label: 0.0 for v in variants}
            lines: dict[str, list[str]] = {v.label: [] for v in variants}
            for k, at in enumerate(range(0, n, chunk)):
                # (A and B take turns on each chunk, the first of a turn alternating: a
                # neighbour's load, which changes by the second, falls on both alike)
                for v in (variants if (r + k) % 2 == 0 else variants[::-1]):
                    cpu, found = _run(v, args.stage, v.work[at:at + chunk], record=r == 0)
                    spent[v.label] += cpu
                    lines[v.label] += found
            for v in variants:
                v.cpu.append(spent[v.label])
                if r == 0:
                    v.events = len(lines[v.label])
                    v.digest = hashlib.sha1(
                        "\n".join(sorted(lines[v.label])).encode()).hexdigest()
            a, b = variants
            print(f"round {r + 1}: A {a.cpu[-1]:.2f}s B {b.cpu[-1]:.2f}s "
                  f"B/A {b.cpu[-1] / a.cpu[-1] if a.cpu[-1] else float('nan'):.3f}",
                  file=sys.stderr)
    a, b = variants
    out = summary(a.cpu, b.cpu)
    out.update(stage=args.stage, items=len(a.work), a=args.a, b=args.b,
               events_a=a.events, events_b=b.events, events_identical=a.digest == b.digest)
    if args.json:
        print(json.dumps(out))
    else:
        print(f"stage {args.stage}, {out['items']} items a round, {out['rounds']} rounds; "
              f"A = {args.a or 'working tree'!r}, B = {args.b or 'working tree'!r}")
        print(f"B/A CPU time: median {out['median_ratio']:.3f} (quartiles {out['q1']:.3f}-"
              f"{out['q3']:.3f}, range {out['min']:.3f}-{out['max']:.3f}); median A "
              f"{out['a_median_s']:.2f}s, B {out['b_median_s']:.2f}s")
        print(f"events: A {a.events}, B {b.events}, identical: "
              f"{'yes' if out['events_identical'] else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
