"""The held-out sets whose misses nobody may read (each set's README says why). Scripts that
print misses or single sentences refuse their files."""

import sys
from pathlib import Path

SEALED = ("heldout2", "heldout4", "heldout6", "heldout7")


def is_sealed(path: str) -> bool:
    return any(f"examples/{name}/" in path.replace("\\", "/") or path.rstrip("/").endswith(
        f"examples/{name}") for name in SEALED)


def gold_files(argv: list[str], usage: str) -> tuple[list[Path], bool] | None:
    """The gold files of a diagnosis script's arguments and whether ``-v`` was given; None
    (after printing ``usage``) when there are none, or when ``-v`` would list a sealed set's
    sentences."""
    golds = [Path(a) for a in argv if not a.startswith("-")]
    verbose = "-v" in argv
    if not golds or (verbose and any(is_sealed(str(g.resolve())) for g in golds)):
        print(usage, file=sys.stderr)
        return None
    return golds, verbose


def coders():  # -> tuple[Coder, Coder]
    """The diagnosis scripts' two coders: the pipeline as it runs, and one with the
    pre-filter off (every sentence parsed, so a dropped sentence can still be read)."""
    from detente.config import Options
    from detente.pipeline import Coder

    return Coder(), Coder(options=Options(prefilter=False))
