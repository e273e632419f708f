from __future__ import annotations

from datetime import date

import pytest

from detente.errors import StoreError, StoreLockedError
from detente.model import (
    Actor,
    Article,
    DatePrecision,
    Event,
    EventDate,
    Evidence,
    Quarantined,
    Status,
    period_start,
)
from detente.store import Store


def _article(i: int = 1, text: str | None = None) -> Article:
    text = text or f"Story number {i}. Blinken visited Beijing."
    return Article(id=f"a{i}", title=f"T{i}", text=text, published=date(2023, 6, 19))


def _event(article_id: str, n: int = 0) -> Event:
    return Event(
        event_id=Event.make_id(article_id, n, n + 5, "042", "USAGOV", "CHNGOV"),
        article_id=article_id,
        source=Actor("Blinken", "Antony Blinken", "USAGOV", "USA", "GOV"),
        target=Actor("Beijing", "Beijing", "CHNGOV", "CHN", "GOV"),
        cameo="042", root="04", label="Make a visit", goldstein=1.9, quad_class=1,
        status=Status.HAPPENED, date=EventDate("2023-06", DatePrecision.MONTH, "in June"),
        evidence=Evidence("Blinken visited Beijing.", 17, 41, "visited"))


def test_store_add_article_is_idempotent(tmp_path):
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        a = _article()
        r1 = s.add_article(a, [_event(a.id)])
        r2 = s.add_article(a, [_event(a.id)])
        assert r1.new and not r2.new
        assert s.counts()["articles"] == 1
        assert s.counts()["mentions"] == 1


def test_store_same_text_different_id_is_duplicate(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        s.add_article(_article(1, "Same   text here."))
        res = s.add_article(_article(2, "same text here."))
        assert not res.new and res.duplicate_of == "a1"


def test_store_batch_skips_duplicates_within_batch(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        a = _article(1)
        results = s.add_batch([(a, []), (a, []), (_article(2), [])])
        assert [r.new for r in results] == [True, False, True]
        assert s.counts()["articles"] == 2


def test_store_persists_across_connections(tmp_path):
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        a = _article()
        s.add_article(a, [_event(a.id)])
        s.quarantine(Quarantined("bad.txt", "empty file", "E206"))
    with Store(db, read_only=True) as s:
        assert s.counts() == {"articles": 1, "mentions": 1, "events": 0, "quarantine": 1,
                              "runs": 0}
        row = s.article("a1")
        assert row is not None and row["published"] == date(2023, 6, 19)


def test_store_missing_folder_is_clear_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "nope" / "x.duckdb")


def test_store_read_only_missing_file(tmp_path):
    with pytest.raises(StoreError, match="run `detente ingest`"):
        Store(tmp_path / "x.duckdb", read_only=True)


def test_store_not_a_database(tmp_path):
    p = tmp_path / "x.duckdb"
    p.write_bytes(b"this is not a duckdb file at all" * 100)
    with pytest.raises(StoreError):
        Store(p)


def test_store_locked_by_other_process(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "x.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import duckdb,sys,time; c=duckdb.connect(sys.argv[1]); print('ready', flush=True);"
         " time.sleep(30)", str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match="in use by another process"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.parametrize("value,expected", [
    ("2023-09-17", date(2023, 9, 17)), ("2023-09", date(2023, 9, 1)),
    ("2023-W37", date(2023, 9, 11)), ("2023-Q3", date(2023, 7, 1)), ("2023", date(2023, 1, 1)),
    (None, None), ("garbage", None),
])
def test_model_period_start(value, expected):
    assert period_start(value) == expected


def test_model_event_record_shape():
    rec = _event("a1").to_record()
    assert list(rec) == ["event_id", "article_id", "source", "target", "cameo", "root", "label",
                         "goldstein", "quad_class", "plover", "status", "date", "location",
                         "evidence", "attribution", "confidence", "rule"]
    assert rec["source"]["code"] == "USAGOV" and rec["date"]["precision"] == "month"


def _schema_1_store(path) -> None:
    """A store as schema version 1 wrote it (before ``mentions.extra``)."""
    import duckdb

    from detente.store.schema import MIGRATIONS

    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for stmt in MIGRATIONS[1]:
        con.execute(stmt)
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()


def _columns_and_indexes(s: Store) -> tuple[set[str], set[str]]:
    cols = {r["column_name"] for r in s.query(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'mentions'")}
    idx = {r["index_name"] for r in s.query(
        "SELECT index_name FROM duckdb_indexes() WHERE table_name = 'mentions'")}
    return cols, idx


def test_store_migration_2_upgrades_old_store_and_is_idempotent(tmp_path):
    from detente.store.schema import MIGRATIONS, SCHEMA_VERSION

    db = tmp_path / "old.duckdb"
    _schema_1_store(db)
    with Store(db, read_only=True) as s:  # read-only: not migrated, still readable
        assert "extra" not in _columns_and_indexes(s)[0]
    with Store(db) as s:
        s.add_article(_article(1), [_event("a1")])
        cols, idx = _columns_and_indexes(s)
        assert "extra" in cols and "mentions_dyad" not in idx and "mentions_article" in idx
        assert s.query("SELECT value FROM meta WHERE key = 'schema_version'")[0]["value"] == str(
            SCHEMA_VERSION)
        # the statements can run again (a store half-way between versions)
        for stmt in MIGRATIONS[2]:
            s.con.execute(stmt)
    with Store(db) as s:  # reopening migrates nothing twice and keeps the data
        assert s.counts()["mentions"] == 1
        assert s.query("SELECT extra FROM mentions")[0]["extra"] is None
