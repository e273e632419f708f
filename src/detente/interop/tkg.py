"""Temporal knowledge-graph quadruples (ICEWS14, ICEWS18, ICEWS05-15 style).

Each line is ``subject<TAB>relation<TAB>object<TAB>time[<TAB>anything]``. Subjects, relations
and objects are either names or integer ids; ids are turned into names with
``entity2id.txt`` / ``relation2id.txt`` (``name<TAB>id``) found beside the file, or given.
Time is an integer day (``tkg_first_day`` = ``tkg_start``; ICEWS14: 1 = 2014-01-01) or an ISO
date.

* Entities: underscores are spaces; ``"Citizen (Nigeria)"`` -> country from the bracket
  (pycountry, overrides, the actor KB), sector from the prefix by keyword (CVL); a plain
  country name -> that country; other names are looked up in the actor KB (people get their
  code *on the event's date* through their dated roles; IGOs their own code).
* Relations are CAMEO labels: matched (case, punctuation and ``, not specified below``
  ignored) against the codebook's labels and, when ``../shared/data/cameo`` is present
  (``$DETENTE_CAMEO_DIR``, or ``$DETENTE_SHARED/data/cameo``, names it), the GDELT and ICEWS
  label tables there. With them all 230 ICEWS14 relations get a code; with the codebook's
  labels alone about 80. A relation
  that is a CAMEO code is taken as is. Unmatched relations keep ``cameo`` null; the share of
  rows without a code is reported in the summary's warnings.
* Event id: ``tkg:`` + a hash of the file name, line number and the quadruple.
"""

from __future__ import annotations

import csv
import logging
import os
import re
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from detente.coding.codebook import load_codebook
from detente.errors import InputError
from detente.interop.common import (
    ImportOptions,
    ImportSummary,
    Names,
    Progress,
    codebook_frame,
    common_defaults,
    register,
    run_stage,
    stage_select,
    timed,
    unregister,
)
from detente.interop.detect import open_text
from detente.model import stable_id
from detente.store import Store

log = logging.getLogger(__name__)

_ROWS = "__interop_tkg"
_CODEBOOK = "__interop_codebook"
_BRACKET = re.compile(r"^(.*?)\s*\(([^()]+)\)\s*$")
_NOT_SPECIFIED = re.compile(r",?\s*not specified below", re.I)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


# -- relation labels ---------------------------------------------------------------------------

_ARTICLES = frozenset({"a", "an", "the"})


def normalize_label(text: str) -> str:
    """``"Meet_at_a_'third'_location"`` -> ``"meet at third location"`` (articles dropped)."""
    text = _NOT_SPECIFIED.sub("", text.replace("_", " "))
    words = _NON_ALNUM.sub(" ", text.lower().replace("'", "")).split()
    return " ".join(w for w in words if w not in _ARTICLES)


def shared_cameo_dir() -> Path | None:
    """``$DETENTE_CAMEO_DIR``, else a ``shared/data/cameo`` folder beside a parent folder."""
    env = os.environ.get("DETENTE_CAMEO_DIR")
    if env:
        return Path(env) if Path(env).is_dir() else None
    shared = os.environ.get("DETENTE_SHARED")
    if shared:
        cand = Path(shared) / "data" / "cameo"
        return cand if cand.is_dir() else None
    here = Path(__file__).resolve()
    for parent in [Path.cwd(), *Path.cwd().parents, *here.parents]:
        cand = parent / "shared" / "data" / "cameo"
        if cand.is_dir():
            return cand
    return None


def _shared_labels(folder: Path) -> Iterator[tuple[str, str]]:
    """(code, label) pairs from the GDELT and ICEWS label tables in ``folder``."""
    gdelt = folder / "CAMEO.eventcodes.txt"
    if gdelt.is_file():
        with gdelt.open(encoding="utf-8", errors="replace") as fh:
            for line in fh:
                parts = line.rstrip("\r\n").split("\t")
                if len(parts) >= 2 and parts[0].strip().isdigit():
                    yield parts[0].strip(), parts[1]
    icews = folder / "cameo-codes-described.csv"
    if icews.is_file():
        with icews.open(encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                code, name = (row.get("code") or "").strip(), row.get("name") or ""
                if code.isdigit() and name:
                    yield code, name


def relation_codes(extra_dir: Path | None = None) -> dict[str, str]:
    """Normalized CAMEO label -> code, from the codebook and the shared tables if present.

    When two codes share a label (``CONSULT`` 04 and ``Consult, not specified below`` 040),
    the longer code wins: datasets such as ICEWS code with three or four digits.
    """
    pairs: list[tuple[str, str]] = [(c.code, c.label) for c in load_codebook()]
    folder = extra_dir if extra_dir is not None else shared_cameo_dir()
    if folder is not None:
        pairs.extend(_shared_labels(folder))
    known = set(load_codebook().codes())
    out: dict[str, str] = {}
    for code, label in pairs:
        if code not in known:
            continue
        key = normalize_label(label)
        old = out.get(key)
        if key and (old is None or len(code) > len(old)):
            out[key] = code
    return out


# -- id maps and entities ----------------------------------------------------------------------

def read_id_map(path: Path) -> dict[str, str]:
    """``id -> name`` from a ``name<TAB>id`` file (``id<TAB>name`` also accepted)."""
    out: dict[str, str] = {}
    try:
        fh = path.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read id map: {exc}", where=str(path), code="E207") from exc
    with fh:
        for lineno, line in enumerate(fh, start=1):
            parts = line.rstrip("\r\n").split("\t")
            if len(parts) < 2 or not line.strip():
                continue
            a, b = parts[0].strip(), parts[1].strip()
            if b.lstrip("-").isdigit():
                out[b] = a
            elif a.lstrip("-").isdigit():
                out[a] = b
            else:
                raise InputError(f"line {lineno}: expected name<TAB>id", where=str(path),
                                 code="E207")
    return out


class EntityResolver:
    """Country, sector and actor code of a TKG entity name (cached per import)."""

    def __init__(self, names: Names) -> None:
        self.names = names
        self._static: dict[str, tuple[str | None, str | None, str | None, object]] = {}
        self._dated: dict[tuple[str, date], tuple[str | None, str | None, str | None]] = {}

    def resolve(self, name: str, day: date) -> tuple[str | None, str | None, str | None]:
        country, sector, code, person = self._lookup(name)
        if person is None:
            return country, sector, code
        key = (name, day)
        hit = self._dated.get(key)
        if hit is None:
            kb = self.names.kb
            hit = kb.code_at(person, day)
            self._dated[key] = hit
        return hit

    def _lookup(self, name: str) -> tuple[str | None, str | None, str | None, object]:
        hit = self._static.get(name)
        if hit is not None:
            return hit
        result: tuple[str | None, str | None, str | None, object] = (None, None, None, None)
        m = _BRACKET.match(name)
        if m:
            country = self.names.country(m.group(2))
            if country:
                sector = self.names.sector(m.group(1))
                result = (country, sector, country + (sector or ""), None)
        if result[0] is None:
            country = self.names.country(name)
            if country:
                result = (country, None, country, None)
            elif self.names.kb is not None:
                for entry in self.names.kb.find(name):
                    if entry.kind == "person" and entry.roles:
                        result = (None, None, None, entry)
                        break
                    if entry.country:
                        result = (str(entry.country), entry.sector, entry.code, None)
                        break
        self._static[name] = result
        return result


# -- import ------------------------------------------------------------------------------------

_COLUMNS = ["line_no", "event_id", "source_name", "source_code", "source_country",
            "source_sector", "target_name", "target_code", "target_country", "target_sector",
            "cameo", "relation", "day", "time_raw"]


def _parse_time(raw: str, options: ImportOptions) -> date | None:
    raw = raw.strip()
    if raw.lstrip("-").isdigit():
        return options.tkg_start + timedelta(days=int(raw) - options.tkg_first_day)
    try:
        return date.fromisoformat(raw[:10])
    except ValueError:
        return None


def _find_map(path: Path, given: Path | None, default: str) -> dict[str, str] | None:
    if given is not None:
        return read_id_map(Path(given))
    beside = path.parent / default
    return read_id_map(beside) if beside.is_file() else None


def import_tkg(store: Store, path: Path, options: ImportOptions,
               progress: Progress | None = None) -> ImportSummary:
    """Import one file of TKG quadruples (see module docstring)."""
    started = time.perf_counter()
    summary = ImportSummary(provenance="tkg", path=str(path))
    entities = _find_map(path, options.entity_map, "entity2id.txt")
    relations = _find_map(path, options.relation_map, "relation2id.txt")
    labels = relation_codes()
    known = set(load_codebook().codes())
    resolver = EntityResolver(Names())
    rel_cache: dict[str, str | None] = {}
    base = path.name
    n_unmapped = 0
    n_good = 0
    batch: list[tuple[object, ...]] = []
    bad: list[tuple[int, str]] = []
    n_bad = 0

    def name_of(raw: str, table: dict[str, str] | None, what: str) -> str | None:
        raw = raw.strip()
        if table is not None and raw.lstrip("-").isdigit():
            return table.get(raw)
        if not raw:
            return None
        return raw

    def flush() -> None:
        if batch:
            _insert(store, batch, summary, progress, options.records)
            batch.clear()

    register(store, _CODEBOOK, codebook_frame())
    try:
        with open_text(path) as fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                parts = line.rstrip("\r\n").split("\t")
                reason = None
                if len(parts) not in (4, 5):
                    reason = (f"expected 4 tab-separated fields (subject, relation, object, "
                              f"time), found {len(parts)}")
                else:
                    s = name_of(parts[0], entities, "entity")
                    r = name_of(parts[1], relations, "relation")
                    o = name_of(parts[2], entities, "entity")
                    day = _parse_time(parts[3], options)
                    if s is None:
                        reason = f"unknown subject {parts[0].strip()!r}"
                    elif r is None:
                        reason = f"unknown relation {parts[1].strip()!r}"
                    elif o is None:
                        reason = f"unknown object {parts[2].strip()!r}"
                    elif day is None:
                        reason = f"bad time {parts[3].strip()!r}"
                if reason is not None:
                    n_bad += 1
                    if len(bad) < 20:
                        bad.append((lineno, reason))
                    continue
                assert s is not None and r is not None and o is not None and day is not None
                s_name, o_name, r_name = (s.replace("_", " "), o.replace("_", " "),
                                          r.replace("_", " "))
                if r not in rel_cache:
                    stripped = r.strip()
                    rel_cache[r] = (stripped if stripped in known
                                    else labels.get(normalize_label(r)))
                code = rel_cache[r]
                n_good += 1
                if code is None:
                    n_unmapped += 1
                sc, ss, scode = resolver.resolve(s_name, day)
                oc, osec, ocode = resolver.resolve(o_name, day)
                eid = "tkg:" + stable_id("tkg", base, lineno, s, r, o, parts[3].strip())
                batch.append((lineno, eid, s_name, scode, sc, ss, o_name, ocode, oc, osec,
                              code, r_name, day, parts[3].strip()))
                if len(batch) >= options.batch_rows:
                    flush()
        flush()
    finally:
        unregister(store, _CODEBOOK)
    summary.rows_read += n_bad
    summary.add_bad(bad, n_bad)
    if n_good and n_unmapped:
        share = n_unmapped / n_good
        summary.warnings.append(
            f"{n_unmapped} of {n_good} rows ({share:.1%}) have a relation with no CAMEO code")
        log.info("tkg import: %.1f%% of rows without a CAMEO code", 100 * share)
    return timed(summary, started)


def _insert(store: Store, rows: list[tuple[object, ...]], summary: ImportSummary,
            progress: Progress | None, records: bool = False) -> None:
    frame = pd.DataFrame(rows, columns=_COLUMNS).astype(
        {c: "object" for c in _COLUMNS if c not in ("line_no", "day")})
    frame["day"] = pd.to_datetime(frame["day"])
    register(store, _ROWS, frame)
    try:
        cols: dict[str, str] = {
            **common_defaults("tkg"),
            "event_id": "t.event_id",
            "article_id": "NULL",
            **{f"{side}_{c}": f"t.{side}_{c}" for side in ("source", "target")
               for c in ("name", "code", "country", "sector")},
            "cameo": "t.cameo",
            "root": "cb.root",
            "label": "coalesce(cb.label, t.relation)",
            "goldstein": "cb.goldstein",
            "quad_class": "cb.quad_class",
            "plover_type": "cb.plover_type",
            "plover_mode": "cb.plover_mode",
            "date_value": "strftime(t.day, '%Y-%m-%d')",
            "date_start": "CAST(t.day AS DATE)",
            "location_name": "NULL",
            "location_country": "NULL",
            "lat": "NULL",
            "lon": "NULL",
            "extra": "{'relation': t.relation, 'time': t.time_raw}",
            "reason": "NULL",
            "line_key": "t.line_no",
        }
        source = f"FROM {_ROWS} t LEFT JOIN {_CODEBOOK} cb ON cb.code = t.cameo"
        run_stage(store, stage_select(cols, source), summary, progress=progress,
                  records=records, expected_rows=lambda: len(rows))
    finally:
        unregister(store, _ROWS)
