"""Dask engine: Parquet parts, idempotent loading, clear errors, same results as one process."""

from __future__ import annotations

import shutil
import socket
import time
from datetime import date
from pathlib import Path

import pytest

from detente.config import Options
from detente.model import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SAMPLE = ["01-bali-biden-xi-talks.txt", "08-munich-blinken-wang-readout.txt",
          "19-blinken-qin-talks.txt", "33-malta-sullivan-wang-readout.txt",
          "43-biden-xi-filoli.txt", "50-camp-david-trilateral.txt"]


def _article(i: int, text: str | None = None) -> Article:
    body = text or f"Article number {i} says nothing about anyone in particular."
    return Article(id=f"t{i}", title=f"t{i}", text=body, published=date(2023, 5, i % 28 + 1),
                   origin="test")


def _write(out: Path, pid: str, articles: list[Article]) -> None:
    from detente.distributed import _article_row, _now, _write_parts

    _write_parts(str(out), pid, [_article_row(a, _now()) for a in articles], [], [])


def test_distributed_output_not_writable(tmp_path):
    from detente.distributed import OutputError, check_output

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(OutputError) as info:
        check_output(str(blocker / "out"))
    assert "not writable" in info.value.one_line()
    assert info.value.one_line().startswith("[E720]")


def test_distributed_unreachable_scheduler(tmp_path):
    from detente.distributed import ClusterError, run_dask

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    with pytest.raises(ClusterError) as info:
        run_dask([str(tmp_path)], Options(), output=str(tmp_path / "out"),
                 scheduler=f"tcp://127.0.0.1:{port}")
    assert time.perf_counter() - t0 < 30
    assert "cannot reach the Dask scheduler" in str(info.value)
    assert "\n" not in info.value.one_line()


def test_distributed_load_is_idempotent_and_skips_duplicates(tmp_path):
    from detente.distributed import load_parquet_into_store
    from detente.store import Store

    out = tmp_path / "out"
    _write(out, "000000", [_article(1), _article(2)])
    # a re-scraped copy of article 1 (same text, other id) in a later partition
    copy = Article(id="t1-copy", title="x", text=_article(1).text, origin="test")
    _write(out, "000001", [_article(3), copy])
    with Store(tmp_path / "db.duckdb") as store:
        first = load_parquet_into_store(store, str(out))
        second = load_parquet_into_store(store, str(out))
        assert store.counts()["articles"] == 3
    assert (first.articles, first.duplicates, first.partitions) == (3, 1, 2)
    assert (second.articles, second.duplicates) == (0, 4)


def test_distributed_corrupt_part_is_reported_and_rest_loads(tmp_path):
    from detente.distributed import load_parquet_into_store
    from detente.store import Store

    out = tmp_path / "out"
    _write(out, "000000", [_article(1)])
    _write(out, "000001", [_article(2)])
    _write(out, "000002", [_article(3)])
    bad = out / "articles" / "part-000001.parquet"
    bad.write_bytes(b"PAR1 this is not parquet")
    # a partition that died before its articles part: not loaded, listed
    (out / "mentions" / "part-000003.parquet").write_bytes(
        (out / "mentions" / "part-000000.parquet").read_bytes())
    with Store(tmp_path / "db.duckdb") as store:
        counts = load_parquet_into_store(store, str(out))
        assert store.counts()["articles"] == 2
    assert counts.articles == 2
    assert len(counts.corrupt) == 1 and "part-000001.parquet" in counts.corrupt[0]
    assert any("part-000003" in p for p in counts.incomplete)


def test_distributed_retried_write_does_not_duplicate(tmp_path):
    from detente.distributed import load_parquet_into_store
    from detente.store import Store

    out = tmp_path / "out"
    _write(out, "000000", [_article(1), _article(2)])
    _write(out, "000000", [_article(1), _article(2)])  # the same partition, retried
    names = sorted(p.name for p in (out / "articles").iterdir())
    assert names == ["part-000000.parquet"]
    with Store(tmp_path / "db.duckdb") as store:
        assert load_parquet_into_store(store, str(out)).articles == 2


# -- with the model and a real LocalCluster (slow) -------------------------------------------
@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("sample")
    for name in SAMPLE:
        shutil.copy(EXAMPLES / "corpus" / name, d / name)
    return d


@pytest.fixture(scope="module")
def single_process(sample_dir, tmp_path_factory):
    from detente.cli import ingest_paths
    from detente.store import Store

    db = tmp_path_factory.mktemp("single") / "single.duckdb"
    ingest_paths([str(sample_dir)], str(db), Options(), command="ingest", quiet=True)
    with Store(db, read_only=True) as store:
        return _snapshot(store)


def _snapshot(store):
    return {
        "articles": sorted(r["id"] for r in store.query("SELECT id FROM articles")),
        "mentions": sorted(r["event_id"] for r in store.query("SELECT event_id FROM mentions")),
        "events": store.counts()["events"],
    }


@pytest.mark.slow
def test_distributed_local_cluster_equals_single_process(sample_dir, single_process, tmp_path):
    from detente.distributed import ingest_dask
    from detente.store import Store

    db = tmp_path / "dask.duckdb"
    s = ingest_dask([str(sample_dir)], str(db), Options(), output=str(tmp_path / "parts"),
                    n_workers=2, partition_size=2)
    assert s["partitions"] == 3 and s["new"] == len(SAMPLE)
    with Store(db, read_only=True) as store:
        got = _snapshot(store)
    assert got == single_process
    assert len(got["mentions"]) > 10


@pytest.mark.slow
def test_distributed_killed_worker_is_retried_without_duplicates(sample_dir, single_process,
                                                                 tmp_path):
    from detente.distributed import load_parquet_into_store, run_dask
    from detente.fuse import fuse_store
    from detente.store import Store

    marker = tmp_path / "crashed-once"
    summary = run_dask([str(sample_dir)], Options(), output=str(tmp_path / "parts"),
                       n_workers=1, partition_size=3, fault_marker=str(marker))
    assert marker.exists()  # a worker really died mid-partition
    assert summary.articles == len(SAMPLE)
    again = run_dask([str(sample_dir)], Options(), output=str(tmp_path / "parts"),
                     n_workers=1, partition_size=3, resume=True)
    assert again.skipped_partitions == again.partitions == 2 and again.articles == 0
    with Store(tmp_path / "db.duckdb") as store:
        counts = load_parquet_into_store(store, str(tmp_path / "parts"))
        fuse_store(store)
        assert counts.articles == len(SAMPLE) and not counts.corrupt
        assert _snapshot(store) == single_process
