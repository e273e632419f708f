"""Reading temporal knowledge graph (TKG) benchmark files and checking them.

The format is the one used by RE-GCN, CEN, TiRGN and friends: ``entity2id.txt`` and
``relation2id.txt`` map names to integer ids (``name<TAB>id``), and ``train.txt``,
``valid.txt``, ``test.txt`` hold one quadruple per line,
``subject<TAB>relation<TAB>object<TAB>time`` (a fifth column, if present, is ignored).

Every problem is reported as a :class:`~detente.errors.ForecastError` whose ``where`` names
the file and line, so a broken file fails with one readable message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from detente.errors import ForecastError

logger = logging.getLogger(__name__)

SPLITS = ("train", "valid", "test")


@dataclass(frozen=True, slots=True)
class TKGData:
    """A TKG benchmark: names and the three splits as ``(n, 4)`` int64 arrays (s, r, o, t)."""

    entities: tuple[str, ...]
    relations: tuple[str, ...]
    train: np.ndarray
    valid: np.ndarray
    test: np.ndarray

    @property
    def n_entities(self) -> int:
        return len(self.entities)

    @property
    def n_relations(self) -> int:
        """Number of original relations (inverse relations are ``r + n_relations``)."""
        return len(self.relations)

    def all_events(self) -> np.ndarray:
        return np.concatenate([self.train, self.valid, self.test])


def read_id_map(path: Path) -> tuple[str, ...]:
    """Read ``name<TAB>id`` lines; ids must be exactly 0..n-1 (in any order).

    Raises:
        ForecastError: missing file, malformed line, duplicate or missing ids.
    """
    if not path.is_file():
        raise ForecastError("file not found", where=str(path), code="E601",
                            hint="point --data at a folder with entity2id.txt, relation2id.txt, "
                                 "train.txt, valid.txt, test.txt")
    names: dict[int, str] = {}
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n\r")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 2:
                raise ForecastError(f"expected 'name<TAB>id', got {line[:60]!r}",
                                    where=f"{path}:{lineno}", code="E602")
            try:
                idx = int(parts[-1])
            except ValueError as exc:
                raise ForecastError(f"id {parts[-1]!r} is not an integer",
                                    where=f"{path}:{lineno}", code="E602") from exc
            if idx in names:
                raise ForecastError(f"id {idx} is used twice", where=f"{path}:{lineno}",
                                    code="E602")
            names[idx] = "\t".join(parts[:-1])
    if not names:
        raise ForecastError("no ids in file", where=str(path), code="E603")
    if set(names) != set(range(len(names))):
        missing = sorted(set(range(len(names))) - set(names))[:5]
        raise ForecastError(f"ids are not 0..{len(names) - 1}; missing e.g. {missing}",
                            where=str(path), code="E602")
    return tuple(names[i] for i in range(len(names)))


def read_quadruples(path: Path, n_entities: int, n_relations: int) -> np.ndarray:
    """Read one split as an ``(n, 4)`` int64 array, checking ids and time order.

    Raises:
        ForecastError: missing or empty file, malformed line, an entity or relation id that
            is not in the id maps, or a timestamp earlier than the line before it.
    """
    if not path.is_file():
        raise ForecastError("file not found", where=str(path), code="E601")
    rows: list[tuple[int, int, int, int]] = []
    previous_t = None
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            parts = line.split()
            where = f"{path}:{lineno}"
            if len(parts) not in (4, 5):
                raise ForecastError(f"expected 4 tab-separated integers, got {len(parts)} fields",
                                    where=where, code="E602")
            try:
                s, r, o, t = (int(x) for x in parts[:4])
            except ValueError as exc:
                raise ForecastError(f"non-integer field in {line.strip()[:60]!r}", where=where,
                                    code="E602") from exc
            for label, value, bound in (("subject", s, n_entities), ("object", o, n_entities),
                                        ("relation", r, n_relations)):
                if not 0 <= value < bound:
                    raise ForecastError(f"unknown {label} id {value} (the id map has {bound})",
                                        where=where, code="E604",
                                        hint="the quadruples and the *2id.txt files disagree")
            if previous_t is not None and t < previous_t:
                raise ForecastError(f"timestamp {t} comes after {previous_t}: lines must be in "
                                    "time order", where=where, code="E605",
                                    hint="sort the file by its fourth column")
            previous_t = t
            rows.append((s, r, o, t))
    if not rows:
        raise ForecastError("no quadruples in file", where=str(path), code="E603")
    return np.asarray(rows, dtype=np.int64)


def check_splits(train: np.ndarray, valid: np.ndarray, test: np.ndarray,
                 names: tuple[str, str, str] = SPLITS) -> None:
    """Require ``train < valid < test`` in time (a forecasting split must not overlap).

    Raises:
        ForecastError: when a later split starts at or before the end of an earlier one.
    """
    for (a_name, a), (b_name, b) in zip(zip(names, (train, valid, test), strict=True),
                                        zip(names[1:], (valid, test), strict=True), strict=False):
        if len(a) and len(b) and int(b[:, 3].min()) <= int(a[:, 3].max()):
            # files are time-sorted (checked on reading), so the first overlap is row 1 unless
            # blank lines precede it; the row number counts quadruples, not raw lines
            row = int(np.argmax(b[:, 3] <= int(a[:, 3].max()))) + 1
            raise ForecastError(
                f"splits overlap in time: quadruple {row} has t={int(b[row - 1, 3])} but "
                f"{a_name} runs to t={int(a[:, 3].max())}", where=f"{b_name}:{row}",
                code="E606", hint="forecasting splits must be consecutive periods")


def load_tkg(directory: str | Path) -> TKGData:
    """Load a TKG benchmark folder (ICEWS14, ICEWS18, GDELT ... in RE-GCN layout).

    Raises:
        ForecastError: see :func:`read_id_map`, :func:`read_quadruples`, :func:`check_splits`.
    """
    root = Path(directory)
    if not root.is_dir():
        raise ForecastError("not a directory", where=str(root), code="E601")
    entities = read_id_map(root / "entity2id.txt")
    relations = read_id_map(root / "relation2id.txt")
    splits = [read_quadruples(root / f"{name}.txt", len(entities), len(relations))
              for name in SPLITS]
    train, valid, test = splits
    check_splits(train, valid, test,
                 names=(str(root / "train.txt"), str(root / "valid.txt"), str(root / "test.txt")))
    logger.info("loaded %s: %d entities, %d relations, %s quadruples", root, len(entities),
                len(relations), "/".join(str(len(x)) for x in splits))
    return TKGData(entities, relations, train, valid, test)
