"""Importing GDELT, ICEWS, POLECAT and temporal-KG files into the store."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from detente.errors import InputError, UsageError
from detente.interop import import_file, stored_record_sql
from detente.interop.detect import detect_format
from detente.interop.gdelt import GDELT_COLUMNS
from detente.interop.polecat import plover_to_cameo
from detente.store import Store

FIX = Path(__file__).parent / "fixtures" / "interop"
GDELT = FIX / "gdelt_small.export.CSV"
ICEWS = FIX / "icews_small.tab"
POLECAT = FIX / "polecat_small.tsv"
TKG = FIX / "tkg" / "quads.txt"
TKG_NAMES = FIX / "tkg" / "named.txt"


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def rows(store: Store, provenance: str) -> dict[str, dict]:
    """Imported mentions by event id, ``record`` as readers see it (stored or rebuilt)."""
    return {r["event_id"]: r for r in store.query(
        f"SELECT * REPLACE ({stored_record_sql(store)} AS record) FROM mentions "
        "WHERE provenance = ? ORDER BY event_id", [provenance])}


# -- format detection ------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "fmt"), [
    (GDELT, "gdelt"), (ICEWS, "icews"), (POLECAT, "polecat"), (TKG, "tkg"), (TKG_NAMES, "tkg"),
])
def test_interop_detect_fixture_formats(path: Path, fmt: str) -> None:
    assert detect_format(path) == fmt


def test_interop_detect_zip_and_gdelt1(tmp_path: Path) -> None:
    z = tmp_path / "20230915.export.CSV.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(GDELT, "20230915.export.CSV")
    assert detect_format(z) == "gdelt"
    old = tmp_path / "gdelt1.csv"
    old.write_text("\t".join(["1", "20130401"] + ["x"] * 55) + "\n")
    assert detect_format(old) == "gdelt1"


@pytest.mark.parametrize(("path", "asked", "looks"), [
    (ICEWS, "gdelt", "icews"), (GDELT, "icews", "gdelt"), (POLECAT, "icews", "polecat"),
    (TKG, "gdelt", "tkg"), (GDELT, "tkg", "gdelt"),
])
def test_interop_import_wrong_format_is_named(store: Store, path: Path, asked: str,
                                              looks: str) -> None:
    with pytest.raises(InputError, match=f"looks like {looks}, not {asked}"):
        import_file(store, path, asked)
    assert store.counts()["mentions"] == 0


def test_interop_import_unknown_format_and_missing_file(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="unknown import format"):
        import_file(store, GDELT, "acled")
    with pytest.raises(InputError, match="no such file"):
        import_file(store, tmp_path / "nope.csv")
    junk = tmp_path / "junk.txt"
    junk.write_text("just,some,comma,separated,values,here\n")
    with pytest.raises(InputError, match="cannot tell"):
        import_file(store, junk)


@pytest.mark.parametrize("fmt", [None, "gdelt", "icews", "polecat", "tkg"])
def test_interop_import_empty_file(store: Store, tmp_path: Path, fmt: str | None) -> None:
    empty = tmp_path / "empty.tsv"
    empty.write_text("\n\n")
    summary = import_file(store, empty, fmt)
    assert (summary.rows_read, summary.rows_imported, summary.rows_bad) == (0, 0, 0)
    assert "empty" in summary.warnings[0]
    assert store.counts()["mentions"] == 0


# -- GDELT -------------------------------------------------------------------------------------

def test_interop_gdelt_has_61_columns() -> None:
    assert len(GDELT_COLUMNS) == 61
    assert GDELT_COLUMNS[26] == "EventCode" and GDELT_COLUMNS[-1] == "SOURCEURL"


def test_interop_gdelt_import_codes_countries_dates(store: Store) -> None:
    summary = import_file(store, GDELT)
    assert summary.provenance == "gdelt"
    assert (summary.rows_read, summary.rows_imported, summary.rows_bad) == (8, 5, 3)
    got = rows(store, "gdelt")
    meet = got["gdelt:1128476001"]
    assert (meet["source_code"], meet["source_country"], meet["source_sector"]) == (
        "USAGOV", "USA", "GOV")
    assert (meet["target_code"], meet["target_country"]) == ("CHNGOV", "CHN")
    assert (meet["cameo"], meet["root"], meet["quad_class"], meet["goldstein"]) == (
        "044", "04", 1, 7.0)
    assert meet["label"] == "Meet at a third location"
    assert (meet["plover_type"], meet["plover_mode"]) == ("CONSULT", "third-party")
    assert meet["date_value"] == "2023-09-15" and meet["date_start"] == date(2023, 9, 15)
    assert (meet["date_precision"], meet["status"]) == ("day", "happened")
    assert meet["article_id"] == "https://example.org/2023/09/sullivan-wang-malta"
    # FIPS "MT" (Malta) -> ISO alpha-3; FIPS "CH" is China, not Switzerland
    assert (meet["location_name"], meet["location_country"]) == ("Malta", "MLT")
    assert got["gdelt:1128476002"]["location_country"] == "CHN"
    assert got["gdelt:1128476006"]["cameo"] == "0231"
    assert got["gdelt:1128476006"]["root"] == "02"
    record = json.loads(meet["record"])
    assert record["source"]["code"] == "USAGOV" and record["target"]["country"] == "CHN"
    assert record["date"] == {"value": "2023-09-15", "precision": "day", "text": None}
    assert record["location"]["country"] == "MLT"
    assert record["extra"]["num_mentions"] == 10
    assert record["provenance"] == "gdelt"
    # an event with no second actor has a null target
    assert json.loads(got["gdelt:1128476008"]["record"])["target"] is None


def test_interop_gdelt_malformed_rows_reported_by_line(store: Store) -> None:
    summary = import_file(store, GDELT, "gdelt")
    assert summary.bad_examples == [
        (4, "expected 61 tab-separated fields, found 3"),
        (5, "bad Day: '2023-09-18'"),
        (7, "bad EventCode: X4"),
    ]


def test_interop_gdelt_reimport_adds_nothing(store: Store) -> None:
    first = import_file(store, GDELT)
    second = import_file(store, GDELT)
    assert first.rows_imported == 5
    assert (second.rows_imported, second.rows_duplicate) == (0, 5)
    assert store.counts()["mentions"] == 5


def test_interop_gdelt_zip(store: Store, tmp_path: Path) -> None:
    z = tmp_path / "20230915.export.CSV.zip"
    with zipfile.ZipFile(z, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.write(GDELT, "20230915.export.CSV")
    summary = import_file(store, z)
    assert summary.rows_imported == 5
    assert summary.bad_examples[0][0] == 4


def test_interop_gdelt_progress_called(store: Store) -> None:
    seen: list[int] = []
    import_file(store, GDELT, progress=seen.append)
    assert sum(seen) >= 5


# -- ICEWS -------------------------------------------------------------------------------------

def test_interop_icews_import(store: Store) -> None:
    summary = import_file(store, ICEWS)
    assert summary.provenance == "icews"
    assert (summary.rows_read, summary.rows_imported, summary.rows_bad) == (8, 6, 2)
    assert summary.bad_examples == [(6, "bad Event Date: 2014-13-45"),
                                    (8, "expected 20 tab-separated fields, found 3")]
    got = rows(store, "icews")
    visit = got["icews:926685"]
    assert (visit["source_code"], visit["target_code"]) == ("CHNGOV", "RUSGOV")
    assert (visit["cameo"], visit["label"], visit["goldstein"]) == ("042", "Make a visit", 1.9)
    assert (visit["date_value"], visit["article_id"]) == ("2014-01-01", "28235806")
    assert visit["location_country"] == "RUS" and visit["lat"] == pytest.approx(55.7522)
    assert got["icews:926686"]["source_code"] == "INDCVL"
    assert got["icews:926686"]["target_code"] == "INDCOP"
    # an IGO without a country: its own code, no sector
    assert got["icews:926687"]["source_code"] == "UNO"
    # a country as actor has no sector
    assert got["icews:926687"]["target_code"] == "SYR"
    # names pycountry alone does not know
    assert got["icews:926688"]["target_country"] == "PSE"
    # a CAMEO code that lost its leading zero
    assert got["icews:926690"]["cameo"] == "040"
    assert got["icews:926690"]["target_code"] == "IRNGOV"
    assert got["icews:926692"]["target_code"] == "PRKGOV"


def test_interop_icews_reimport_adds_nothing(store: Store) -> None:
    import_file(store, ICEWS, "icews")
    again = import_file(store, ICEWS, "icews")
    assert (again.rows_imported, again.rows_duplicate) == (0, 6)


def test_interop_icews_missing_required_column(store: Store, tmp_path: Path) -> None:
    bad = tmp_path / "icews.tab"
    bad.write_text("Event ID\tEvent Date\tSource Name\n1\t2014-01-01\tChina\n")
    with pytest.raises(InputError, match="CAMEO Code"):
        import_file(store, bad, "icews")


# -- POLECAT -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("ptype", "mode", "code"), [
    ("CONSULT", "", "04"), ("CONSULT", "visit", "042"), ("CONSULT", "third-party", "044"),
    ("ACCUSE", "", "11"), ("ASSAULT", "", "18"), ("PROTEST", "demo", "141"),
    ("REQUEST", "", "02"), ("AGREE", "", "03"),
])
def test_interop_polecat_plover_to_cameo(ptype: str, mode: str, code: str) -> None:
    assert plover_to_cameo()[(ptype, mode)] == code


def test_interop_polecat_every_plover_type_has_a_code() -> None:
    table = plover_to_cameo()
    types = {t for t, _ in table}
    assert len(types) == 16
    assert all((t, "") in table for t in types)


def test_interop_polecat_import(store: Store) -> None:
    summary = import_file(store, POLECAT)
    assert summary.provenance == "polecat"
    assert (summary.rows_read, summary.rows_imported, summary.rows_bad) == (6, 4, 2)
    assert summary.bad_examples == [(5, "bad Event Date: not a date"),
                                    (6, "unknown PLOVER Event Type: GOSSIP")]
    got = rows(store, "polecat")
    talks = got["polecat:20231006-0001"]
    assert (talks["source_code"], talks["target_code"]) == ("USAGOV", "CHNGOV")
    assert (talks["cameo"], talks["root"], talks["quad_class"]) == ("044", "04", 1)
    assert (talks["plover_type"], talks["plover_mode"]) == ("CONSULT", "third-party")
    assert talks["location_name"] == "Malta" and talks["location_country"] == "MLT"
    accuse = got["polecat:20231006-0002"]
    assert (accuse["cameo"], accuse["target_code"], accuse["date_value"]) == (
        "110", "USA", "2023-03-06")
    assert got["polecat:20231006-0003"]["cameo"] == "18"
    assert got["polecat:20231006-0003"]["source_code"] == "RUSMIL"
    assert got["polecat:20231006-0006"]["source_code"] == "ARMCVL"
    assert got["polecat:20231006-0006"]["target_code"] is None
    again = import_file(store, POLECAT)
    assert again.rows_imported == 0 and again.rows_duplicate == 4


# -- temporal KG -------------------------------------------------------------------------------

@pytest.fixture
def codebook_labels_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DETENTE_CAMEO_DIR", str(tmp_path / "absent"))


def test_interop_tkg_import_with_id_maps(store: Store, codebook_labels_only: None) -> None:
    summary = import_file(store, TKG)
    assert summary.provenance == "tkg"
    assert (summary.rows_read, summary.rows_imported, summary.rows_bad) == (9, 6, 3)
    assert summary.bad_examples == [
        (7, "unknown subject '9'"),
        (8, "expected 4 tab-separated fields (subject, relation, object, time), found 3"),
        (9, "bad time 'yesterday'"),
    ]
    got = {(r["source_name"], r["date_value"]): r for r in rows(store, "tkg").values()}
    consult = got[("Barack Obama", "2014-01-01")]  # day 1 = 2014-01-01
    assert (consult["source_code"], consult["target_code"], consult["cameo"]) == (
        "USAGOV", "CHN", "040")
    meet = got[("John Kerry", "2014-01-15")]
    assert (meet["cameo"], meet["target_code"]) == ("044", "IRN")
    citizen = got[("Citizen (Nigeria)", "2014-02-01")]
    assert (citizen["source_code"], citizen["target_code"], citizen["cameo"]) == (
        "NGACVL", "NGACOP", "010")
    assert got[("North Atlantic Treaty Organization", "2014-03-01")]["source_code"] == "NATO"
    unmapped = got[("China", "2014-03-01")]
    assert unmapped["cameo"] is None and unmapped["label"] == "Do something unheard of"
    # with the codebook alone the long ICEWS label of 173 is not matched
    assert any("no CAMEO code" in w for w in summary.warnings)


def test_interop_tkg_names_and_start_date(store: Store, codebook_labels_only: None) -> None:
    summary = import_file(store, TKG_NAMES, "tkg")
    assert summary.rows_imported == 2
    got = {r["source_name"]: r for r in rows(store, "tkg").values()}
    assert got["Citizen (India)"]["target_code"] == "INDGOV"
    assert got["Barack Obama"]["date_value"] == "2014-03-24"


def test_interop_tkg_configurable_start(store: Store, codebook_labels_only: None) -> None:
    import_file(store, TKG, tkg_start="2018-01-01", tkg_first_day=0)
    dates = {r["date_value"] for r in rows(store, "tkg").values()}
    assert "2018-01-02" in dates  # time 1 with day 0 = 2018-01-01


def test_interop_tkg_reimport_adds_nothing(store: Store, codebook_labels_only: None) -> None:
    import_file(store, TKG)
    again = import_file(store, TKG)
    assert (again.rows_imported, again.rows_duplicate) == (0, 6)


def test_interop_tkg_explicit_maps(store: Store, tmp_path: Path,
                                   codebook_labels_only: None) -> None:
    quads = tmp_path / "data.txt"
    quads.write_text(TKG.read_text())
    summary = import_file(store, quads, "tkg", entity_map=TKG.parent / "entity2id.txt",
                          relation_map=TKG.parent / "relation2id.txt", batch_rows=2)
    assert summary.rows_imported == 6


def test_interop_tkg_icews14_relations_all_mapped(shared_dir: Path) -> None:
    from detente.interop.tkg import normalize_label, relation_codes

    labels = relation_codes(shared_dir / "data" / "cameo")
    names = [line.split("\t")[0] for line in
             (shared_dir / "data" / "icews14" / "relation2id.txt").read_text().splitlines()]
    assert names and all(normalize_label(n) in labels for n in names)
    assert labels[normalize_label("Arrest,_detain,_or_charge_with_legal_action")] == "173"


# -- file variants -----------------------------------------------------------------------------

def _crlf(data: bytes) -> bytes:
    return data.replace(b"\n", b"\r\n")


@pytest.mark.parametrize(("source", "name", "transform", "n"), [
    (GDELT, "g.CSV", _crlf, 5),
    (ICEWS, "i.tab", lambda b: b"\xef\xbb\xbf" + _crlf(b), 6),
    (ICEWS, "i.tab.gz", None, 6),
    (POLECAT, "p.tsv.gz", None, 4),
])
def test_interop_import_crlf_bom_gzip(store: Store, tmp_path: Path, source: Path, name: str,
                                      transform, n: int) -> None:
    import gzip

    data = source.read_bytes()
    target = tmp_path / name
    if transform is not None:
        target.write_bytes(transform(data))
    else:
        with gzip.open(target, "wb") as fh:
            fh.write(data)
    summary = import_file(store, target)
    assert summary.rows_imported == n
    urls = [r["article_id"] for r in store.query("SELECT article_id FROM mentions")]
    assert all(u is None or not u.endswith("\r") for u in urls)


@pytest.mark.parametrize("path", [GDELT, ICEWS, POLECAT, TKG])
def test_interop_rebuilt_record_equals_stored_record(tmp_path: Path, path: Path) -> None:
    """An import without records (the default) reads back the very record that
    ``records=True`` stores, dataset fields (``extra``) included."""
    got = {}
    for records in (False, True):
        with Store(tmp_path / f"r{records}.duckdb") as s:
            import_file(s, path, records=records)
            stored = s.query("SELECT count(record) AS n FROM mentions")[0]["n"]
            assert (stored > 0) is records
            got[records] = {r["event_id"]: json.loads(r["record"]) for r in s.query(
                f"SELECT event_id, {stored_record_sql(s, 'm')} AS record FROM mentions m")}
    assert got[False] and got[False] == got[True]
    assert all(r["extra"] for r in got[False].values())


def test_interop_repeated_id_in_file_imported_once(store: Store, tmp_path: Path) -> None:
    lines = [x for x in GDELT.read_text().splitlines() if len(x.split("\t")) == 61]
    f = tmp_path / "twice.export.CSV"
    f.write_text("\n".join([*lines, lines[0]]) + "\n")
    summary = import_file(store, f, "gdelt")
    n_good = len(rows(store, "gdelt"))
    assert summary.rows_imported == n_good and summary.rows_duplicate == 1
    assert summary.rows_read == len(lines) + 1
    again = import_file(store, f, "gdelt")
    assert again.rows_imported == 0 and again.rows_duplicate == n_good + 1
