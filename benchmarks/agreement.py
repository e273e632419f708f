"""Agreement between two gold files of the same articles (two annotators), on dyad + CAMEO
root (countries; either order for root 04), one-to-one per article. Prints aggregates only,
so it is safe on a sealed set. With ``--extractor``, the extractor against each file too.

    python benchmarks/agreement.py examples/heldoutN/gold.jsonl OTHER.jsonl [--extractor]

An inter-annotator figure is the ceiling a coder can reach against one annotator: the second
annotator must work from `examples/README.md` and the articles only (not the set's README,
whose count tables and annotation choices describe the answers).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

Key = tuple[str | None, str | None, str]


def _key(source: str | None, target: str | None, cameo: str) -> Key:
    from detente.evaluate import _country

    s, t, root = _country(source), _country(target), str(cameo)[:2]
    if root == "04" and s and t:
        s, t = sorted((s, t))
    return (s, t, root)


def _load(path: str) -> dict[str, Counter[Key]]:
    out: dict[str, Counter[Key]] = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out[row.get("id") or row.get("file")] = Counter(
                _key(e.get("source"), e.get("target"), e["cameo"]) for e in row["events"])
    return out


def _agree(a: dict[str, Counter[Key]], b: dict[str, Counter[Key]]) -> tuple[int, int, int]:
    matched = sum(sum((a[k] & b.get(k, Counter())).values()) for k in a)
    return matched, sum(sum(c.values()) for c in a.values()), sum(
        sum(b.get(k, Counter()).values()) for k in a)


def _line(name: str, m: int, na: int, nb: int) -> str:
    p, r = (m / nb if nb else 0.0), (m / na if na else 0.0)
    f = 2 * m / (na + nb) if na + nb else 0.0
    return f"{name}: matched {m}, reference {na}, other {nb}: P {p:.3f} R {r:.3f} F1 {f:.3f}"


def main(argv: list[str]) -> int:
    files = [a for a in argv if not a.startswith("-")]
    if len(files) != 2:
        print(__doc__)
        return 2
    a, b = _load(files[0]), _load(files[1])
    print(_line("second file vs first", *_agree(a, b)))
    if "--extractor" in argv:
        from detente.ingest import read_inputs
        from detente.model import Quarantined
        from detente.pipeline import Coder

        arts = [x for x in read_inputs([str(Path(files[0]).parent / "corpus")])
                if not isinstance(x, Quarantined)]
        got: dict[str, Counter[Key]] = {}
        for res in Coder().code_many(arts):
            got[res.article.id] = Counter(_key(
                e.source.country if e.source else None,
                e.target.country if e.target else None, e.cameo) for e in res.events)
        for name, gold in (("first", a), ("second", b)):
            print(_line(f"extractor vs {name} file", *_agree(gold, got)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
