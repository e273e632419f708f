"""What every importer shares: the summary record, name resolution and the staged insert.

An import reads a file with DuckDB's CSV reader (typed columns, so the reader itself rejects
rows with too few or too many fields, bad numbers or bad dates, and records their line
numbers), stages the rows in a temporary table with one ``reason`` column for the checks the
reader cannot do, and inserts the good rows into ``mentions`` with ``INSERT OR IGNORE`` in one
statement. The event-record JSON is built in SQL (``json_object``) so nothing is done per row
in Python.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pycountry

from detente.coding.codebook import load_codebook
from detente.errors import StoreError
from detente.store import MENTION_COLUMNS, Store

log = logging.getLogger(__name__)

#: Formats that ``import_file`` reads.
IMPORT_FORMATS: tuple[str, ...] = ("gdelt", "icews", "polecat", "tkg")
#: How many bad rows an :class:`ImportSummary` keeps as examples.
MAX_BAD_EXAMPLES = 20

Progress = Callable[[int], None]


@dataclass(slots=True)
class ImportSummary:
    """What one ``import_file`` call did.

    ``rows_read`` counts non-empty data rows (header excluded); ``rows_imported`` the rows
    that became new ``mentions``; ``rows_duplicate`` good rows whose event id was already
    stored (a re-import, or a repeated row); ``rows_bad`` rows rejected, of which the first
    :data:`MAX_BAD_EXAMPLES` are in ``bad_examples`` as ``(line, reason)`` (1-based line
    numbers in the file; ``0`` when the line could not be located). ``warnings`` carries
    notes such as the share of TKG relations with no CAMEO code.
    """

    provenance: str
    path: str
    rows_read: int = 0
    rows_imported: int = 0
    rows_duplicate: int = 0
    rows_bad: int = 0
    bad_examples: list[tuple[int, str]] = field(default_factory=list)
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)

    def add_bad(self, examples: Iterable[tuple[int, str]], count: int) -> None:
        merged = sorted([*self.bad_examples, *examples], key=lambda e: (e[0] == 0, e[0]))
        self.bad_examples = merged[:MAX_BAD_EXAMPLES]
        self.rows_bad += count

    def to_dict(self) -> dict[str, Any]:
        return {
            "provenance": self.provenance, "path": self.path, "rows_read": self.rows_read,
            "rows_imported": self.rows_imported, "rows_duplicate": self.rows_duplicate,
            "rows_bad": self.rows_bad,
            "bad_examples": [list(e) for e in self.bad_examples],
            "seconds": round(self.seconds, 3), "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Options that travel from ``import_file`` to one format's importer (picklable)."""

    batch_rows: int = 100_000
    entity_map: Path | None = None
    relation_map: Path | None = None
    tkg_start: date = date(2014, 1, 1)
    tkg_first_day: int = 1
    records: bool = False


def sql_str(value: str) -> str:
    """A SQL string literal (for file paths and names inside DuckDB table functions)."""
    return "'" + value.replace("'", "''") + "'"


# -- names: countries and sectors --------------------------------------------------------------

#: Country names that pycountry and the actor KB miss, as datasets spell them (lowercase).
COUNTRY_OVERRIDES: dict[str, str] = {
    "occupied palestinian territory": "PSE", "palestine": "PSE", "palestinian territory": "PSE",
    "west bank": "PSE", "gaza strip": "PSE", "gaza": "PSE",
    "kosovo": "XKX", "macedonia": "MKD", "north macedonia": "MKD",
    "ivory coast": "CIV", "cote d'ivoire": "CIV", "côte d'ivoire": "CIV",
    "democratic republic of congo": "COD", "democratic republic of the congo": "COD",
    "congo, drc": "COD", "congo-kinshasa": "COD", "drc": "COD",
    "republic of congo": "COG", "congo": "COG", "congo-brazzaville": "COG",
    "swaziland": "SWZ", "eswatini": "SWZ", "burma": "MMR", "east timor": "TLS",
    "timor-leste": "TLS", "cape verde": "CPV", "micronesia": "FSM", "brunei": "BRN",
    "vatican city": "VAT", "vatican": "VAT", "holy see": "VAT", "russia": "RUS",
    "russian federation": "RUS", "turkey": "TUR", "the gambia": "GMB", "gambia": "GMB",
    "the bahamas": "BHS", "bahamas": "BHS", "laos": "LAO", "syria": "SYR", "iran": "IRN",
    "south korea": "KOR", "north korea": "PRK", "korea, south": "KOR", "korea, north": "PRK",
    "taiwan": "TWN", "vietnam": "VNM", "united states of america": "USA", "usa": "USA",
    "u.s.": "USA", "uk": "GBR", "great britain": "GBR", "britain": "GBR",
    "serbia and montenegro": "SRB", "hong kong": "HKG", "macau": "MAC", "macao": "MAC",
    "bolivia": "BOL", "venezuela": "VEN", "tanzania": "TZA", "moldova": "MDA",
}

#: Sector keywords in actor descriptions (ICEWS sector lists, TKG entity prefixes, POLECAT
#: sector names), most specific first: the first sector with a keyword in the text wins.
SECTOR_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("SPY", ("intelligence", "spy", "secret service")),
    ("MIL", ("military", "army", "navy", "air force", "armed forces", "marine", "soldier",
             "troops", "defense", "defence", "naval")),
    ("COP", ("police", "law enforcement", "security forces", "border guard")),
    ("JUD", ("judicia", "judge", "court", "prosecut", "lawyer", "attorney")),
    ("LEG", ("legislat", "parliament", "congress", "lawmaker", "senat", "assembly")),
    ("SEP", ("separatist",)),
    ("INS", ("insurgen",)),
    ("REB", ("rebel", "militant", "armed group", "terroris", "guerrilla", "militia")),
    ("OPP", ("opposition", "dissident", "protest", "activist", "demonstrator")),
    ("GOV", ("government", "executive", "cabinet", "ministry", "minister", "head of state",
             "foreign affairs", "diplomat", "president", "governor", "mayor", "party",
             "local", "municipal", "provincial", "ruling", "head of government", "envoy")),
    ("MED", ("media", "news", "journalist", "reporter", "newspaper", "broadcast")),
    ("BUS", ("business", "corporat", "company", "industr", "employer", "finance", "bank",
             "trade")),
    ("EDU", ("education", "student", "universit", "school", "teacher", "academ")),
    ("HLH", ("health", "medical", "hospital", "doctor", "physician")),
    ("LAB", ("labor", "labour", "union", "worker")),
    ("AGR", ("agricultur", "farm", "peasant")),
    ("REF", ("refugee", "displaced", "migrant", "asylum")),
    ("CRM", ("crimin", "crime", "gang", "drug", "smuggl", "traffick")),
    ("HRI", ("human rights",)),
    ("ENV", ("environment",)),
    ("ELI", ("elite", "celebrit", "former")),
    ("CVL", ("citizen", "civilian", "population", "people", "resident", "villager",
             "children", "men", "women", "ethnic", "religious", "social")),
)
_WORD = re.compile(r"[a-z]+")


class Names:
    """Country and sector resolution for one import (caches live in the instance)."""

    def __init__(self, use_kb: bool = True) -> None:
        self._countries: dict[str, str | None] = {}
        self._sectors: dict[str, str | None] = {}
        self._use_kb = use_kb
        self._kb: Any = None
        self._kb_loaded = False

    @property
    def kb(self) -> Any:
        """The actor KB, loaded on first use (``None`` if it cannot be loaded)."""
        if not self._kb_loaded:
            self._kb_loaded = True
            if self._use_kb:
                from detente.coding.actors import load_kb
                from detente.errors import DataFileError

                try:
                    self._kb = load_kb()
                except DataFileError as exc:  # the importers still work without it
                    log.warning("actor KB not available for imports: %s", exc)
        return self._kb

    def country(self, text: str | None) -> str | None:
        """ISO alpha-3 (or IGO) code of a country name or code, else ``None``."""
        if not text or not text.strip():
            return None
        key = text.strip()
        if key in self._countries:
            return self._countries[key]
        code = self._lookup_country(key)
        self._countries[key] = code
        return code

    def _lookup_country(self, key: str) -> str | None:
        low = key.lower()
        if low in COUNTRY_OVERRIDES:
            return COUNTRY_OVERRIDES[low]
        if len(key) == 3 and key.isalpha() and key.isupper():
            if pycountry.countries.get(alpha_3=key) is not None:
                return key
        try:
            return str(pycountry.countries.lookup(key).alpha_3)
        except LookupError:
            pass
        kb = self.kb
        if kb is not None:
            for entry in kb.find(key):
                if entry.kind in ("country", "igo") and entry.country:
                    return str(entry.country)
        return None

    def sector(self, text: str | None) -> str | None:
        """CAMEO sector code (GOV, MIL, ...) for a sector name or list, else ``None``."""
        if not text or not text.strip():
            return None
        key = text.strip()
        if key in self._sectors:
            return self._sectors[key]
        upper = key.upper()
        from detente.coding.actors import SECTORS

        if upper in SECTORS:
            result: str | None = upper
        elif re.search(r"\bigos?\b", key.lower()):
            # an international organisation is coded by its own code (UNO, NATO), no sector
            result = None
        else:
            low = " " + " ".join(_WORD.findall(key.lower())) + " "
            result = None
            for sector, words in SECTOR_KEYWORDS:
                # keyword must start a word ("men" must not match "government")
                if any(f" {w}" in low for w in words):
                    result = sector
                    break
        self._sectors[key] = result
        return result


def actor_code(country: str | None, sector: str | None) -> str | None:
    """``USA`` + ``GOV`` -> ``USAGOV``; a country alone -> its code."""
    if not country:
        return None
    return country + (sector or "")


# -- codebook table -----------------------------------------------------------------------------

def codebook_frame() -> pd.DataFrame:
    """The package codebook as a frame: code, root, label, goldstein, quad_class, plover."""
    book = load_codebook()
    return pd.DataFrame(
        [(c.code, c.root, c.label, c.goldstein, c.quad_class, c.plover_type, c.plover_mode)
         for c in book],
        columns=["code", "root", "label", "goldstein", "quad_class", "plover_type",
                 "plover_mode"],
    )


def quiet(store: Store) -> None:
    """Turn off DuckDB's progress bar on the store's connection.

    DuckDB draws it (on the terminal, for queries over ~2 s) by default; a library must not
    print, and ``detente export`` writes data to stdout.
    """
    try:
        store.con.execute("SET enable_progress_bar = false").fetchall()
    except Exception:  # noqa: BLE001 - an older DuckDB without the setting
        pass


def register(store: Store, name: str, frame: Any) -> None:
    """Make a pandas / pyarrow frame visible to SQL as ``name`` on the store's connection."""
    # DuckDB refuses register() while a result is half-fetched (e.g. after a fetchone() by
    # the caller); a finished statement clears it
    store.con.execute("SELECT 1").fetchall()
    store.con.register(name, frame)


def unregister(store: Store, *names: str) -> None:
    for name in names:
        try:
            store.con.unregister(name)
        except Exception:  # noqa: BLE001 - cleaning up a view that may not exist
            pass


def drop_temp(store: Store, *tables: str) -> None:
    for table in tables:
        try:
            store.con.execute(f"DROP TABLE IF EXISTS {table}").fetchall()
        except Exception:  # noqa: BLE001 - best effort cleanup
            pass


# -- staged insert ------------------------------------------------------------------------------

_INSERT_COLUMNS = [c for c in MENTION_COLUMNS if c != "record"]


def record_sql(extra: str = "extra", alias: str = "") -> str:
    """SQL for the event-record JSON (DESIGN.md shape, plus provenance and extra).

    Built as a struct and converted with ``to_json`` (cheaper than nested ``json_object``).
    The expression reads the mention columns by name, qualified by ``alias`` (``"m"`` ->
    ``m.event_id``) when given; ``extra`` is the SQL of the dataset-specific fields (a struct
    while importing; over the ``mentions`` table, its ``extra`` JSON column: see
    :func:`stored_record_sql`).
    """
    q = f"{alias}." if alias else ""

    def actor(side: str) -> str:
        cols = ("text", "name", "code", "country", "sector")
        empty = " AND ".join(f"{q}{side}_{c} IS NULL" for c in cols)
        obj = ", ".join(f"'{c}': {q}{side}_{c}" for c in cols)
        return f"CASE WHEN {empty} THEN NULL ELSE {{{obj}}} END"

    return (
        f"to_json({{'event_id': {q}event_id, 'article_id': {q}article_id, "
        f"'source': {actor('source')}, 'target': {actor('target')}, "
        f"'cameo': {q}cameo, 'root': {q}root, 'label': {q}label, 'goldstein': {q}goldstein, "
        f"'quad_class': {q}quad_class, "
        f"'plover': CASE WHEN {q}plover_type IS NULL THEN NULL "
        f"ELSE {{'type': {q}plover_type, 'mode': {q}plover_mode}} END, "
        f"'status': {q}status, "
        f"'date': {{'value': {q}date_value, 'precision': {q}date_precision, "
        f"'text': {q}date_text}}, "
        f"'location': CASE WHEN {q}location_name IS NULL AND {q}location_country IS NULL "
        f"AND {q}lat IS NULL THEN NULL ELSE {{'name': {q}location_name, "
        f"'country': {q}location_country, 'lat': {q}lat, 'lon': {q}lon}} END, "
        f"'evidence': NULL, 'attribution': NULL, 'confidence': {q}confidence, "
        f"'rule': {q}rule, 'provenance': {q}provenance, 'extra': {extra}}})"
    )


def has_extra_column(store: Store) -> bool:
    """Whether the store's ``mentions`` table has the ``extra`` column (schema 2+; a store
    opened read-only is not migrated)."""
    row = store.con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'mentions' "
        "AND column_name = 'extra' AND database_name = current_database()").fetchall()[0]
    return bool(row[0])


def stored_record_sql(store: Store | None = None, alias: str = "") -> str:
    """SQL for a stored mention's event record: the stored JSON, else (imported rows) the
    record rebuilt from the columns and ``extra`` -- the same JSON an import with
    ``records=True`` stores. ``store`` is asked whether it has the ``extra`` column (an old
    store opened read-only has not); ``None`` assumes it has."""
    q = f"{alias}." if alias else ""
    extra = f"{q}extra" if store is None or has_extra_column(store) else "NULL"
    return f"coalesce({q}record, {record_sql(extra, alias)})"


def common_defaults(provenance: str) -> dict[str, str]:
    """SQL for the mention columns every import fills the same way."""
    return {
        "provenance": sql_str(provenance),
        "status": "'happened'",
        "status_cue": "NULL",
        "date_precision": "'day'",
        "date_text": "NULL",
        "sentence": "NULL",
        "start_char": "NULL",
        "end_char": "NULL",
        "trigger_text": "NULL",
        "speaker": "NULL",
        "anonymous": "NULL",
        "confidence": "NULL",
        "rule": sql_str(f"import.{provenance}"),
        "source_text": "NULL",
        "target_text": "NULL",
    }


def stage_select(columns: dict[str, str], source_sql: str) -> str:
    """``SELECT <every mention column except record>, extra, reason, line_key FROM ...``.

    ``columns`` maps column names to SQL expressions; it must name every mention column (but
    ``record``) plus ``extra`` (a struct of dataset-specific fields), ``reason`` (NULL when
    the row is good) and ``line_key`` (what finds the row's line when the CSV reader could
    not: usually the dataset's id; or the line number when the importer knows it).
    """
    needed = [*_INSERT_COLUMNS, "extra", "reason", "line_key"]
    missing = [c for c in needed if c not in columns]
    if missing:
        raise ValueError(f"stage_select: missing columns {missing}")
    body = ",\n  ".join(f"{columns[c]} AS {c}" for c in needed)
    return f"SELECT\n  {body}\n{source_sql}"


def run_stage(store: Store, select_sql: str, summary: ImportSummary,
              locate: Callable[[list[tuple[str, str]]], list[tuple[int, str]]] | None = None,
              progress: Progress | None = None, records: bool = False,
              expected_rows: Callable[[], int | None] | None = None) -> None:
    """Insert the good rows of ``select_sql`` and report the bad ones.

    One INSERT ... SELECT does the work: the rows with a NULL ``reason`` whose event id is
    not stored yet become ``mentions``, with ``extra`` (the dataset's own fields) as JSON.
    ``expected_rows``, called after the insert, gives an upper bound of the rows
    ``select_sql`` yields (e.g. the file's line count less the lines the CSV reader
    rejected); when the insert took that many rows, every row was good and new and nothing
    else is read. Otherwise (bad rows, a re-import, or no bound) a second pass that reads
    only what the checks need (DuckDB prunes the other columns) counts the rows and collects
    the bad ones. ``locate`` turns ``(line_key, reason)`` pairs into ``(line, reason)`` for
    rows that the CSV reader accepted but a check rejected (``line_key`` is already a line
    number if it is None). ``records=True`` also stores the record JSON in
    ``mentions.record`` (readers rebuild it with :func:`stored_record_sql` otherwise; storing
    it costs more than half of a GDELT import and ~4x the disk).
    """
    con = store.con
    try:
        extra_col = has_extra_column(store)
        cols = ", ".join(_INSERT_COLUMNS)
        target_cols = f"{cols}, record" + (", extra" if extra_col else "")
        values = f"{cols}, {record_sql() if records else 'NULL'}" + (
            ", to_json(extra)" if extra_col else "")
        before = _count(store)
        # no id repeats inside the file (the usual case): a plain insert of the ids not yet
        # stored is much cheaper than INSERT OR IGNORE (which de-duplicates the batch first)
        plain = (f"INSERT INTO mentions ({target_cols}) SELECT {values} "
                 f"FROM ({select_sql}) s WHERE reason IS NULL AND NOT EXISTS "
                 "(SELECT 1 FROM mentions m WHERE m.event_id = s.event_id)")
        with _lookups_build_side(store):
            try:
                con.execute(plain).fetchall()  # a pending result would block register()
            except Exception as exc:  # noqa: BLE001 - the driver's errors (only store/ has it)
                if "constraint" not in type(exc).__name__.lower():
                    raise
                # an id repeated inside the source: the failed statement inserted nothing
                con.execute(f"INSERT OR IGNORE INTO mentions ({target_cols}) SELECT {values} "
                            f"FROM ({select_sql}) s WHERE reason IS NULL").fetchall()
        added = _count(store) - before
        summary.rows_imported += added
        bound = expected_rows() if expected_rows is not None else None
        if bound is not None and added >= bound:
            n_rows = added
        else:
            row = con.execute(
                f"SELECT count(*), count(reason), "
                f"list([CAST(line_key AS VARCHAR), reason]) FILTER (WHERE reason IS NOT NULL) "
                f"FROM ({select_sql}) s"
            ).fetchall()[0]
            n_rows, n_bad = int(row[0]), int(row[1])
            if n_bad:
                pairs = sorted((str(k), str(r)) for k, r in row[2])[:10_000]
                if locate is not None:
                    located = locate(pairs)
                else:
                    located = [(int(k), r) for k, r in pairs]
                summary.add_bad(located, n_bad)
            summary.rows_duplicate += n_rows - n_bad - added
        summary.rows_read += n_rows
        if progress is not None:
            progress(n_rows)
    except StoreError:
        raise
    except Exception as exc:  # the driver's errors, wrapped at the boundary
        raise StoreError(f"import into {store.path} failed: {exc}",
                         where=summary.path) from exc


@contextmanager
def _lookups_build_side(store: Store) -> Iterator[None]:
    """Keep the small lookup tables (codebook, country maps) on the build side of the
    import's joins.

    DuckDB estimates the filtered CSV scan at a few dozen rows and so builds its hash tables
    on the file (a million rows with every column as payload) instead of on the 300-row
    codebook: a third of the import's CPU time. Turning off that one optimizer rule for the
    insert keeps the joins as written (lookup tables on the right, the build side).
    """
    con = store.con
    rule = "build_side_probe_side"
    try:
        current = str(con.execute(
            "SELECT current_setting('disabled_optimizers')").fetchall()[0][0] or "")
    except Exception:  # noqa: BLE001 - a DuckDB without the setting: nothing to do
        yield
        return
    names = [n.strip() for n in current.split(",") if n.strip()]
    if rule in names:
        yield
        return
    con.execute(f"SET disabled_optimizers = {sql_str(', '.join([*names, rule]))}").fetchall()
    try:
        yield
    finally:
        con.execute(f"SET disabled_optimizers = {sql_str(current)}").fetchall()


def _count(store: Store) -> int:
    row = store.con.execute("SELECT count(*) FROM mentions").fetchall()[0]
    return int(row[0]) if row else 0


def read_rejects(store: Store, table: str) -> tuple[int, list[tuple[int, str]]]:
    """Rows the CSV reader rejected: (count of distinct lines, first examples)."""
    con = store.con
    try:
        row = con.execute(f"SELECT count(DISTINCT line) FROM {table}").fetchall()[0]
    except Exception:  # noqa: BLE001 - no rejects table means no rejects
        return 0, []
    count = int(row[0]) if row else 0
    if not count:
        return 0, []
    rows = con.execute(
        f"SELECT line, min(error_type), min(column_name), min(error_message), min(csv_line) "
        f"FROM {table} GROUP BY line ORDER BY line LIMIT {MAX_BAD_EXAMPLES}").fetchall()
    examples = [(int(line), _reject_reason(etype, col, msg, text))
                for line, etype, col, msg, text in rows]
    return count, examples


def _reject_reason(etype: str | None, column: str | None, message: str | None,
                   text: str | None) -> str:
    msg = (message or "").strip()
    if etype in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        m = re.search(r"Expected Number of Columns: (\d+)", msg)
        # count the fields ourselves: the reader's own count is not the line's
        found = (text or "").strip("\r\n").count("\t") + 1
        if m:
            return f"expected {m.group(1)} tab-separated fields, found {found}"
    if etype == "CAST" and column:
        m = re.search(r'Could not convert string "(.*?)" to', msg)
        value = m.group(1) if m else "?"
        return f"bad {column}: {value!r}"
    if etype == "INVALID ENCODING":
        return "not UTF-8 text"
    return f"{(etype or 'error').lower()}: {msg[:120]}"


def locate_by_field(path: Path, field_index: int, pairs: list[tuple[str, str]],
                    skip_header: bool, opener: Callable[[], Any]) -> list[tuple[int, str]]:
    """Find the lines whose ``field_index``-th tab field is a bad row's key (one file scan)."""
    wanted: dict[str, list[str]] = {}
    for key, reason in pairs:
        wanted.setdefault(key, []).append(reason)
    out: list[tuple[int, str]] = []
    with opener() as fh:
        for lineno, raw in enumerate(fh, start=1):
            if skip_header and lineno == 1:
                continue
            parts = raw.rstrip("\r\n").split("\t", field_index + 1)
            if len(parts) <= field_index:
                continue
            key = parts[field_index].strip().strip('"')
            reasons = wanted.get(key)
            if reasons:
                out.append((lineno, reasons.pop(0)))
                if not reasons:
                    del wanted[key]
                if not wanted:
                    break
    out.extend((0, r) for rs in wanted.values() for r in rs)
    return out


def count_lines(path: Path, chunk: int = 1 << 23) -> int:
    """Number of lines in a file, blank ones included (an upper bound of its rows)."""
    n = 0
    last = b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (last != b"\n")


def timed(summary: ImportSummary, started: float) -> ImportSummary:
    summary.seconds = time.perf_counter() - started
    return summary
