"""Which event-dataset format a file is in, from its content (not its name).

``detect_format(path)`` looks at the first non-empty lines:

* a tab-separated header with ``Event ID`` and ``CAMEO Code`` / ``Source Name`` -> ``icews``;
* a header with ``Event ID`` and ``Event Type`` / ``Actor Name`` / ``Recipient Name``
  -> ``polecat``;
* 61 tab-separated fields, a numeric first field and a ``YYYYMMDD`` second -> ``gdelt``
  (GDELT 2.0 events); 57 or 58 such fields -> ``gdelt1`` (GDELT 1.0, not importable);
* four or five tab-separated fields without a header -> ``tkg`` (``s r o t [x]`` quadruples);
* a JSON object per line -> ``jsonl`` (detente's own export; not an import format).

Zip archives (GDELT's ``.export.CSV.zip``) and gzip files are looked into.
"""

from __future__ import annotations

import gzip
import io
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from detente.errors import InputError

_DAY = re.compile(r"^\d{8}$")
_INT = re.compile(r"^-?\d+$")
SNIFF_LINES = 20


def _kind(path: Path) -> str:
    with path.open("rb") as fh:
        magic = fh.read(4)
    if magic.startswith(b"PK\x03\x04"):
        return "zip"
    if magic.startswith(b"\x1f\x8b"):
        return "gzip"
    return "plain"


def _zip_member(zf: zipfile.ZipFile, path: Path) -> str:
    names = [n for n in zf.namelist() if not n.endswith("/")]
    if not names:
        raise InputError("zip archive is empty", where=str(path), code="E203")
    if len(names) > 1:
        # GDELT zips hold one CSV; otherwise take the first data-looking member
        data = [n for n in names if n.lower().endswith((".csv", ".tsv", ".txt", ".tab"))]
        names = data or names
    return names[0]


@contextmanager
def open_text(path: str | Path) -> Iterator[IO[str]]:
    """The file as text lines (UTF-8, bad bytes replaced); zip and gzip are opened inside.

    Raises:
        InputError: the file cannot be opened or is not a readable archive.
    """
    p = Path(path)
    try:
        kind = _kind(p)
        if kind == "zip":
            with zipfile.ZipFile(p) as zf:
                member = _zip_member(zf, p)
                with zf.open(member) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
        elif kind == "gzip":
            with gzip.open(p, "rt", encoding="utf-8", errors="replace") as fh:
                yield fh
        else:
            with p.open(encoding="utf-8", errors="replace") as fh:
                yield fh
    except FileNotFoundError as exc:
        raise InputError(f"no such file: {p}", code="E201") from exc
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise InputError(f"cannot read {p}: {exc}", code="E202") from exc


@contextmanager
def readable_path(path: str | Path) -> Iterator[tuple[Path, str]]:
    """A path DuckDB's CSV reader can read, and its compression ('none' or 'gzip').

    A zip member is extracted to a temporary file that is removed afterwards.
    """
    p = Path(path)
    try:
        kind = _kind(p)
    except FileNotFoundError as exc:
        raise InputError(f"no such file: {p}", code="E201") from exc
    except OSError as exc:
        raise InputError(f"cannot read {p}: {exc}", code="E202") from exc
    if kind == "plain":
        yield p, "none"
    elif kind == "gzip":
        yield p, "gzip"
    else:
        with tempfile.TemporaryDirectory(prefix="detente-import-") as tmp:
            try:
                with zipfile.ZipFile(p) as zf:
                    member = _zip_member(zf, p)
                    target = Path(tmp) / "member.tsv"
                    with zf.open(member) as src, target.open("wb") as dst:
                        shutil.copyfileobj(src, dst, 1 << 20)
            except (OSError, zipfile.BadZipFile) as exc:
                raise InputError(f"cannot read zip archive {p}: {exc}", code="E202") from exc
            yield target, "none"


def head_lines(path: str | Path, n: int = SNIFF_LINES) -> list[str]:
    """The first ``n`` non-empty lines (without line ends)."""
    out: list[str] = []
    with open_text(path) as fh:
        for line in fh:
            line = line.rstrip("\r\n")
            if line.strip():
                out.append(line)
                if len(out) >= n:
                    break
    return out


def _header_names(line: str) -> set[str]:
    return {c.strip().strip('"').lower() for c in line.lstrip("\ufeff").split("\t")}


def detect_lines(lines: list[str]) -> str | None:
    """The format of a file whose first non-empty lines are ``lines`` (see module doc)."""
    if not lines:
        return None
    first = lines[0]
    if first.lstrip().startswith("{"):
        return "jsonl"
    names = _header_names(first)
    if "event id" in names:
        if {"cameo code", "source name", "target name"} & names:
            return "icews"
        if {"event type", "actor name", "recipient name", "event mode"} & names:
            return "polecat"
    fields = [line.split("\t") for line in lines]
    # a few malformed rows must not hide the format: decide by the majority of lines
    wide = [len(f) for f in fields
            if len(f) >= 57 and _INT.match(f[0].strip()) and _DAY.match(f[1].strip())]
    if wide and 2 * len(wide) >= len(fields):
        n = max(set(wide), key=wide.count)
        if n == 61:
            return "gdelt"
        if n in (57, 58):
            return "gdelt1"
    quads = [f for f in fields if len(f) in (4, 5)]
    if quads and 2 * len(quads) >= len(fields):
        return "tkg"
    return None


def detect_format(path: str | Path) -> str | None:
    """The format of the file at ``path`` or ``None`` (empty or unknown)."""
    return detect_lines(head_lines(path))
