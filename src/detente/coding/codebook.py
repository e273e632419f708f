"""The CAMEO event codebook, with Goldstein weights, quad classes and the PLOVER mapping.

Built from two package data files (see ``data/actors/FORMAT.md``):

* ``data/cameo.csv``  -- ``code,root,label,goldstein,quad_class`` for every CAMEO code;
* ``data/plover.csv`` -- ``cameo,type,mode``: the PLOVER event type and mode of a CAMEO code.

``load_codebook()`` validates both files and raises :class:`~detente.errors.DataFileError`
naming the file and line of the first problem.
"""

from __future__ import annotations

import csv
import functools
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from detente.errors import DataFileError

log = logging.getLogger(__name__)

ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))


def quad_class_of_root(root: str) -> int:
    """Quad class of a CAMEO root: 1 verbal cooperation, 2 material cooperation,
    3 verbal conflict, 4 material conflict."""
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 8:
        return 2
    if 9 <= r <= 13 or r == 16:
        return 3
    if 14 <= r <= 20:
        return 4
    raise ValueError(f"not a CAMEO root: {root!r}")


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """One CAMEO event code and what we know about it."""

    code: str
    root: str
    label: str
    goldstein: float
    quad_class: int
    plover_type: str | None = None
    plover_mode: str | None = None


class Codebook:
    """All CAMEO codes, looked up by code string (``"044"``). Iterates in code order."""

    __slots__ = ("_codes",)

    def __init__(self, infos: dict[str, CodeInfo]) -> None:
        self._codes = dict(sorted(infos.items()))

    def get(self, code: str) -> CodeInfo:
        """The entry of ``code``; raises ``KeyError`` for an unknown code."""
        return self._codes[code]

    def find(self, code: str) -> CodeInfo | None:
        """The entry of ``code`` or ``None``."""
        return self._codes.get(code)

    def codes(self) -> list[str]:
        """All codes, sorted."""
        return list(self._codes)

    def roots(self) -> list[str]:
        """The root codes present (``"01"`` .. ``"20"``)."""
        return sorted({i.root for i in self._codes.values()})

    def children(self, code: str) -> list[CodeInfo]:
        """Codes one level below ``code`` (``"04"`` -> 040..046, ``"021"`` -> 0211..0214)."""
        n = len(code) + 1
        return [i for c, i in self._codes.items() if len(c) == n and c.startswith(code)]

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def __iter__(self) -> Iterator[CodeInfo]:
        return iter(self._codes.values())

    def __len__(self) -> int:
        return len(self._codes)


def _data_dir() -> Path:
    return Path(str(resources.files("detente.coding") / "data"))


def _rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their 1-based line numbers; checks the header."""
    try:
        fh = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise DataFileError(f"cannot read: {exc}", where=str(path)) from exc
    with fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != columns:
            raise DataFileError(
                f"header must be {','.join(columns)}, got {','.join(reader.fieldnames or ())}",
                where=f"{path.name}:1",
            )
        for row in reader:
            yield reader.line_num, row


def parse_codebook(cameo_path: Path, plover_path: Path) -> Codebook:
    """Read and validate the two codebook files (see module docstring)."""
    infos: dict[str, CodeInfo] = {}
    for line, row in _rows(cameo_path, ("code", "root", "label", "goldstein", "quad_class")):
        where = f"{cameo_path.name}:{line}"
        code, root, label = row["code"].strip(), row["root"].strip(), row["label"].strip()
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise DataFileError(f"bad CAMEO code {code!r}", where=where)
        if code in infos:
            raise DataFileError(f"duplicate code {code}", where=where)
        if root not in ROOTS or code[:2] != root:
            raise DataFileError(f"code {code} has bad root {root!r}", where=where)
        if not label:
            raise DataFileError(f"code {code} has no label", where=where)
        try:
            goldstein = float(row["goldstein"])
            quad = int(row["quad_class"])
        except (TypeError, ValueError) as exc:
            raise DataFileError(f"code {code}: bad number ({exc})", where=where) from exc
        if not -10.0 <= goldstein <= 10.0:
            raise DataFileError(
                f"code {code}: Goldstein {goldstein} outside [-10, 10]", where=where
            )
        if quad != quad_class_of_root(root):
            raise DataFileError(
                f"code {code}: quad class {quad}, expected {quad_class_of_root(root)} for root "
                f"{root}",
                where=where,
            )
        infos[code] = CodeInfo(code, root, label, goldstein, quad)
    missing = [r for r in ROOTS if r not in infos]
    if missing:
        raise DataFileError(f"root codes missing: {', '.join(missing)}", where=cameo_path.name)
    orphans = [c for c in infos if len(c) > 2 and c[:-1] not in infos and c[:2] not in infos]
    if orphans:
        raise DataFileError(f"codes without a parent: {', '.join(orphans)}", where=cameo_path.name)

    for line, row in _rows(plover_path, ("cameo", "type", "mode")):
        where = f"{plover_path.name}:{line}"
        code = row["cameo"].strip()
        if code not in infos:
            raise DataFileError(f"unknown CAMEO code {code!r}", where=where)
        ptype = row["type"].strip().upper()
        if not ptype.isalpha():
            raise DataFileError(f"bad PLOVER type {ptype!r}", where=where)
        old = infos[code]
        if old.plover_type is not None:
            raise DataFileError(f"duplicate PLOVER row for {code}", where=where)
        infos[code] = CodeInfo(
            old.code,
            old.root,
            old.label,
            old.goldstein,
            old.quad_class,
            ptype,
            row["mode"].strip() or None,
        )
    return Codebook(infos)


@functools.lru_cache(maxsize=1)
def load_codebook() -> Codebook:
    """The package codebook (parsed once per process).

    Raises:
        DataFileError: a data file is missing or malformed (names file and line).
    """
    d = _data_dir()
    book = parse_codebook(d / "cameo.csv", d / "plover.csv")
    log.debug("codebook: %d CAMEO codes", len(book))
    return book
