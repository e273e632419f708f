"""Exporting stored mentions: csv, jsonl, parquet, gdelt, plover."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import duckdb
import pytest

from detente.errors import StoreError, UsageError
from detente.interop import export_events, import_file
from detente.interop.gdelt import GDELT_COLUMNS
from detente.model import Actor, Article, Event, EventDate, Evidence, Location, Plover, Status
from detente.store import MENTION_COLUMNS, Store

FIX = Path(__file__).parent / "fixtures" / "interop"


def _text_event(article: Article) -> Event:
    sentence = "Sullivan also held two-day talks with Wang in Malta last month."
    return Event(
        event_id=Event.make_id(article.id, 0, len(sentence), "044", "USAGOV", "CHNGOV"),
        article_id=article.id,
        source=Actor("Sullivan", "Jake Sullivan", "USAGOV", "USA", "GOV"),
        target=Actor("Wang", "Wang Yi", "CHNGOV", "CHN", "GOV"),
        cameo="044", root="04", label="Meet at a third location", goldstein=2.5,
        quad_class=1, status=Status.HAPPENED,
        date=EventDate("2023-09", "month", "last month"),
        evidence=Evidence(sentence, 0, len(sentence), "held two-day talks"),
        plover=Plover("CONSULT", "third-party"),
        location=Location("Malta", "MLT", 35.9, 14.5),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "t.duckdb") as s:
        import_file(s, FIX / "gdelt_small.export.CSV")
        import_file(s, FIX / "icews_small.tab")
        text = "Sullivan also held two-day talks with Wang in Malta last month."
        article = Article(id="a1", title="Talks", text=text, published=date(2023, 10, 6),
                          url="https://example.org/readout")
        s.add_article(article, [_text_event(article)])
        yield s


def _total(store: Store) -> int:
    return store.counts()["mentions"]


def test_interop_export_jsonl_round_trip(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    n = export_events(store, "jsonl", out)
    lines = out.read_text().splitlines()
    assert n == len(lines) == _total(store) == 12
    records = [json.loads(line) for line in lines]
    assert {r["event_id"] for r in records} == {
        r["event_id"] for r in store.query("SELECT event_id FROM mentions")}
    text = next(r for r in records if r["article_id"] == "a1")
    assert text["status"] == "happened" and text["evidence"]["trigger"] == "held two-day talks"
    assert all({"source", "target", "cameo", "date", "location"} <= r.keys() for r in records)


def test_interop_export_where_params(store: Store) -> None:
    buf = io.StringIO()
    n = export_events(store, "jsonl", buf, where="source_country = ? AND target_country = ?",
                      params=["USA", "CHN"])
    assert n == 2
    assert {json.loads(x)["article_id"] for x in buf.getvalue().splitlines()} == {
        "a1", "https://example.org/2023/09/sullivan-wang-malta"}


def test_interop_export_csv_header(store: Store) -> None:
    buf = io.BytesIO()
    n = export_events(store, "csv", buf)
    reader = csv.reader(io.StringIO(buf.getvalue().decode()))
    header = next(reader)
    body = list(reader)
    assert header[:3] == ["event_id", "article_id", "provenance"]
    assert "record" not in header and set(MENTION_COLUMNS) - {"record"} <= set(header)
    assert n == len(body) == _total(store)


def test_interop_export_csv_text_stream(store: Store) -> None:
    buf = io.StringIO()
    assert export_events(store, "csv", buf, where="provenance = 'icews'") == 6
    assert buf.getvalue().startswith('"event_id"')


def test_interop_export_parquet_readable_by_duckdb(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    n = export_events(store, "parquet", out)
    con = duckdb.connect()
    row = con.execute(
        f"SELECT count(*), count(DISTINCT provenance), min(date_start) "
        f"FROM read_parquet('{out}')").fetchone()
    assert row == (n, 3, date(2014, 1, 1))
    assert n == _total(store)


def test_interop_export_parquet_needs_binary(store: Store) -> None:
    with pytest.raises(UsageError, match="binary"):
        export_events(store, "parquet", io.StringIO())


def test_interop_export_gdelt_61_columns(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    n = export_events(store, "gdelt", out)
    lines = out.read_text().splitlines()
    assert n == len(lines) == _total(store)
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 61 for f in fields)
    gdelt = next(f for f in fields if f[0] == "1128476001")
    assert gdelt[1] == "20230915" and gdelt[26] == "044" and gdelt[53] == "MT"
    assert gdelt[60] == "https://example.org/2023/09/sullivan-wang-malta"
    text = next(f for f in fields if f[60] == "https://example.org/readout")
    assert (text[5], text[15], text[26], text[28]) == ("USAGOV", "CHNGOV", "044", "04")
    assert text[53] == "MT"  # ISO MLT back to FIPS


def test_interop_export_gdelt_reimports(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "only_gdelt.tsv"
    export_events(store, "gdelt", out, where="provenance = 'gdelt'")
    with Store(tmp_path / "other.duckdb") as other:
        summary = import_file(other, out)
        assert (summary.rows_imported, summary.rows_bad) == (5, 0)
        assert {r["event_id"] for r in other.query("SELECT event_id FROM mentions")} == {
            r["event_id"] for r in store.query(
                "SELECT event_id FROM mentions WHERE provenance = 'gdelt'")}


def test_interop_export_plover(store: Store) -> None:
    buf = io.StringIO()
    n = export_events(store, "plover", buf)
    records = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == len(records) == _total(store)
    text = next(r for r in records if r["url"] == "https://example.org/readout")
    assert (text["event"], text["mode"], text["context"]) == ("CONSULT", "third-party", None)
    assert (text["actor"]["code"], text["recipient"]["code"]) == ("USAGOV", "CHNGOV")
    assert text["status"] == "happened" and text["source_text"].startswith("Sullivan")
    assert {"id", "date", "actor", "recipient", "event", "mode", "context",
            "source_text"} <= text.keys()
    icews = next(r for r in records if r["id"] == "icews:926685")
    assert icews["event"] == "CONSULT" and icews["mode"] == "visit"  # from the codebook


def test_interop_export_bad_format_and_where(store: Store) -> None:
    with pytest.raises(UsageError, match="unknown export format"):
        export_events(store, "xml", io.StringIO())
    with pytest.raises(StoreError, match="export failed"):
        export_events(store, "jsonl", io.StringIO(), where="no_such_column = 1")


def test_interop_export_empty_store(tmp_path: Path) -> None:
    with Store(tmp_path / "e.duckdb") as s:
        for fmt in ("jsonl", "plover", "csv", "gdelt"):
            assert export_events(s, fmt, io.BytesIO()) == 0
        assert export_events(s, "parquet", tmp_path / "e.parquet") == 0


def test_interop_export_jsonl_rebuilds_missing_records(tmp_path: Path) -> None:
    with Store(tmp_path / "lean.duckdb") as s:
        summary = import_file(s, FIX / "gdelt_small.export.CSV")  # records not stored
        assert summary.rows_imported == 5
        assert s.query("SELECT count(record) AS n FROM mentions")[0]["n"] == 0
        buf = io.StringIO()
        assert export_events(s, "jsonl", buf) == 5
        rec = next(json.loads(x) for x in buf.getvalue().splitlines()
                   if json.loads(x)["event_id"] == "gdelt:1128476001")
        assert rec["source"]["code"] == "USAGOV" and rec["cameo"] == "044"
        assert rec["date"]["value"] == "2023-09-15" and rec["location"]["country"] == "MLT"
        # the dataset's own fields come from mentions.extra
        assert rec["extra"]["num_mentions"] == 10 and rec["provenance"] == "gdelt"


def test_interop_export_gdelt_all_provenances_reimport(store: Store, tmp_path: Path) -> None:
    store.con.execute("UPDATE mentions SET source_name = 'Nicholas \"Nick\" Xenophon' "
                      "WHERE event_id = 'icews:926685'").fetchall()
    out = tmp_path / "all.tsv"
    n = export_events(store, "gdelt", out)
    text = out.read_text()
    assert 'Nicholas "Nick" Xenophon' in text
    ids = [line.split("\t")[0] for line in text.splitlines()]
    assert n == 12 and all(i.isdigit() for i in ids) and len(set(ids)) == 12
    with Store(tmp_path / "again.duckdb") as other:
        summary = import_file(other, out)
        assert (summary.provenance, summary.rows_imported, summary.rows_bad) == ("gdelt", 12, 0)


def test_interop_export_stdout_has_no_progress_bar(store: Store,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    export_events(store, "jsonl", io.StringIO())
    setting = store.con.execute(
        "SELECT current_setting('enable_progress_bar')").fetchall()[0][0]
    assert setting is False
    assert capsys.readouterr().out == ""


def test_interop_export_old_store_without_extra_column(tmp_path: Path) -> None:
    """A schema-1 store (stored records, no ``mentions.extra``) opened read-only exports as
    before: records as stored, GDELT fields from the record's extra."""
    db = tmp_path / "old.duckdb"
    with Store(db) as s:
        import_file(s, FIX / "gdelt_small.export.CSV", records=True)
        s.con.execute("DROP INDEX mentions_article").fetchall()  # DuckDB: no ALTER with it
        s.con.execute("ALTER TABLE mentions DROP COLUMN extra").fetchall()
        s.con.execute("CREATE INDEX mentions_article ON mentions (article_id)").fetchall()
        s.con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'").fetchall()
    with Store(db, read_only=True) as s:
        buf = io.StringIO()
        assert export_events(s, "jsonl", buf) == 5
        recs = [json.loads(x) for x in buf.getvalue().splitlines()]
        assert all(r["extra"]["num_mentions"] for r in recs)
        tsv = io.BytesIO()
        assert export_events(s, "gdelt", tsv) == 5
        row = next(x.split("\t") for x in tsv.getvalue().decode().splitlines()
                   if x.startswith("1128476001\t"))
        assert row[GDELT_COLUMNS.index("NumMentions")] == "10"
