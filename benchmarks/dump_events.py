"""Every event coded from every corpus under ``examples/``, one JSON line each, for checking
that a change meant to be output-identical (a speed change, a refactor) is: dump before and
after, then compare the two files (``cmp``). Writes only to the file given, prints no text.

    python benchmarks/dump_events.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    from detente.ingest import read_inputs
    from detente.model import Quarantined
    from detente.pipeline import Coder

    coder = Coder()
    corpora = [ROOT / "examples" / "corpus", *sorted((ROOT / "examples").glob("*/corpus"))]
    n = 0
    with open(argv[0], "w", encoding="utf-8") as out:
        for corpus in corpora:
            arts = [a for a in read_inputs([str(corpus)]) if not isinstance(a, Quarantined)]
            for res in coder.code_many(arts):
                for ev in res.events:
                    out.write(json.dumps(ev.to_record(), sort_keys=True, default=str) + "\n")
                    n += 1
    print(f"{n} events from {len(corpora)} corpora written to {argv[0]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
