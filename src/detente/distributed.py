"""Coding on a Dask cluster, with Parquet parts as the hand-off to the store.

::

    client: read_inputs (lazy) -> partitions of articles ─┐  at most 2 per worker in flight
    worker: Coder (one per worker, kept by CoderPlugin) -> code -> Parquet parts (atomic)
    client: load_parquet_into_store(store, output) (idempotent) -> fuse_store(store)

Output layout (a local folder or any fsspec URL)::

    OUTPUT/quarantine/part-000000.parquet   quarantine rows (unreadable or uncodable input)
    OUTPUT/mentions/part-000000.parquet     event mentions, the store's ``mentions`` columns
    OUTPUT/articles/part-000000.parquet     articles, the store's ``articles`` columns

A partition writes its quarantine and mentions parts first and its articles part last, each
to a temporary name then renamed, so an articles part is the partition's commit marker: a
retried partition overwrites its own parts (never duplicates) and a partition that died half
way is simply not loaded. Ids are the pipeline's deterministic ids, so the store ends up with
exactly what a single-process ``detente ingest`` of the same input gives.
"""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from detente.config import Options
from detente.errors import ClusterError, OutputError, StoreError
from detente.model import Article, Quarantined, stable_id

if TYPE_CHECKING:
    import pyarrow as pa  # type: ignore[import-untyped]
    from distributed import Worker

    from detente.store import Store

log = logging.getLogger(__name__)

PLUGIN_NAME = "detente-coder"
CONNECT_TIMEOUT_S = 5
KINDS = ("quarantine", "mentions", "articles")  # write order; articles last = committed

ARTICLE_COLUMNS = ("id", "content_hash", "title", "published", "url", "source", "language",
                   "origin", "text", "raw_text", "repairs", "skip_spans", "warnings",
                   "ingested_at", "run_id")
QUARANTINE_COLUMNS = ("id", "run_id", "origin", "line", "code", "reason", "item_id",
                      "quarantined_at")


@dataclass
class DaskSummary:
    """What :func:`run_dask` did."""

    output: str
    partitions: int = 0
    skipped_partitions: int = 0  # already written (``resume=True``)
    read: int = 0  # articles read (before coding)
    articles: int = 0  # articles coded and written
    events: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    workers: int = 0
    #: peak resident memory (bytes) per worker address
    peak_rss: dict[str, int] = field(default_factory=dict)
    #: CPU seconds used per worker process (pipeline start-up included)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LoadCounts:
    """What :func:`load_parquet_into_store` loaded."""

    partitions: int = 0
    articles: int = 0
    duplicates: int = 0
    mentions: int = 0
    quarantined: int = 0
    incomplete: list[str] = field(default_factory=list)  # parts without an articles part
    corrupt: list[str] = field(default_factory=list)  # parts that could not be read

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- workers ---------------------------------------------------------------------------------
class CoderPlugin(WorkerPlugin):
    """Dask worker plugin that keeps one :class:`~detente.pipeline.Coder` per worker,
    built on first use from the picklable options (so a worker starts quickly and a
    restarted worker builds its own)."""

    name = PLUGIN_NAME

    def __init__(self, options: Options) -> None:
        self.options = options
        self._coder: Any = None

    def setup(self, worker: Worker) -> None:
        self._coder = None

    def teardown(self, worker: Worker) -> None:
        self._coder = None

    def coder(self) -> Any:
        if self._coder is None:
            from detente.pipeline import Coder

            self._coder = Coder(self.options)
        return self._coder


def _worker_coder(options: Options) -> Any:
    from distributed import get_worker

    try:
        worker = get_worker()
    except ValueError:  # called outside a worker (tests): build one
        from detente.pipeline import Coder

        return Coder(options)
    plugin = worker.plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, CoderPlugin):  # pragma: no cover - run_dask registers it
        plugin = CoderPlugin(options)
        worker.plugins[PLUGIN_NAME] = plugin
    return plugin.coder()


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _usage() -> tuple[int, float]:
    """(peak resident bytes, CPU seconds) of this process."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    # ru_maxrss is KiB on Linux (bytes on macOS); the benchmark runs on Linux
    return int(ru.ru_maxrss) * 1024, ru.ru_utime + ru.ru_stime


def code_partition(pid: str, articles: Sequence[Article], options: Options, output: str,
                   quarantined: Sequence[Quarantined] = (), fault_marker: str | None = None
                   ) -> dict[str, Any]:
    """Code one partition and write its Parquet parts (the Dask task; plain function).

    ``fault_marker`` is for tests: when given and the file does not exist yet, the marker
    is created and the process exits half way through, as a killed worker would.
    """
    coder = _worker_coder(options)
    article_rows: list[dict[str, Any]] = []
    mention_rows: list[tuple[Any, ...]] = []
    quarantine_rows = [_quarantine_row(q) for q in quarantined]
    from detente.store import event_row

    now = _now()
    for i, res in enumerate(coder.code_many(articles)):
        if fault_marker and i == len(articles) // 2 and not os.path.exists(fault_marker):
            with open(fault_marker, "w") as fh:
                fh.write(pid)
            os._exit(17)
        if res.skipped is not None:
            quarantine_rows.append(_quarantine_row(res.skipped))
            continue
        article_rows.append(_article_row(res.article, now))
        mention_rows.extend(event_row(e) for e in res.events)
    _write_parts(output, pid, article_rows, mention_rows, quarantine_rows)
    address = ""
    try:
        from distributed import get_worker

        address = get_worker().address
    except ValueError:
        address = f"pid-{os.getpid()}"
    rss, cpu = _usage()
    return {"pid": pid, "articles": len(article_rows), "events": len(mention_rows),
            "quarantined": len(quarantine_rows), "worker": address, "peak_rss": rss,
            "cpu_s": cpu}


def _article_row(a: Article, now: datetime) -> dict[str, Any]:
    # the same values Store._insert_article writes
    repairs = [{"kind": r.kind, "start": r.start, "end": r.end, "before": r.before,
                "after": r.after, "clean_start": r.clean_start} for r in a.repairs]
    return {"id": a.id, "content_hash": a.content_hash, "title": a.title,
            "published": a.published, "url": a.url, "source": a.source,
            "language": a.language, "origin": a.origin, "text": a.text,
            "raw_text": a.raw_text if a.raw_text != a.text else None,
            "repairs": json.dumps(repairs, ensure_ascii=False),
            "skip_spans": json.dumps(list(a.skip_spans)),
            "warnings": json.dumps(list(a.warnings), ensure_ascii=False),
            "ingested_at": now, "run_id": None}


def _quarantine_row(q: Quarantined) -> dict[str, Any]:
    # the same id Store.quarantine gives
    return {"id": "q" + stable_id(q.origin, q.line, q.reason, length=15), "run_id": None,
            "origin": q.origin, "line": q.line, "code": q.code, "reason": q.reason,
            "item_id": q.item_id, "quarantined_at": _now()}


def _schemas() -> dict[str, pa.Schema]:
    import pyarrow as pa  # type: ignore[import-untyped]

    from detente.store import MENTION_COLUMNS

    types = {"goldstein": pa.float64(), "quad_class": pa.int32(), "date_start": pa.date32(),
             "lat": pa.float64(), "lon": pa.float64(), "start_char": pa.int32(),
             "end_char": pa.int32(), "anonymous": pa.bool_(), "confidence": pa.float64()}
    mentions = pa.schema([(c, types.get(c, pa.string())) for c in MENTION_COLUMNS])
    articles = pa.schema([(c, pa.date32() if c == "published" else
                           pa.timestamp("us") if c == "ingested_at" else pa.string())
                          for c in ARTICLE_COLUMNS])
    quarantine = pa.schema([(c, pa.int32() if c == "line" else
                             pa.timestamp("us") if c == "quarantined_at" else pa.string())
                            for c in QUARANTINE_COLUMNS])
    return {"articles": articles, "mentions": mentions, "quarantine": quarantine}


def _write_parts(output: str, pid: str, articles: list[dict[str, Any]],
                 mentions: list[tuple[Any, ...]], quarantine: list[dict[str, Any]]) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]

    schemas = _schemas()
    tables = {
        "quarantine": pa.Table.from_pylist(quarantine, schema=schemas["quarantine"]),
        "mentions": pa.Table.from_pylist(
            [dict(zip(schemas["mentions"].names, row, strict=True)) for row in mentions],
            schema=schemas["mentions"]),
        "articles": pa.Table.from_pylist(articles, schema=schemas["articles"]),
    }
    for kind in KINDS:  # articles last: its presence commits the partition
        _atomic_write(tables[kind], output, kind, pid)


def _fs(output: str) -> tuple[Any, str]:
    import fsspec  # type: ignore[import-untyped]

    fs, _, paths = fsspec.get_fs_token_paths(output)
    return fs, paths[0]


def _atomic_write(table: pa.Table, output: str, kind: str, pid: str) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    fs, root = _fs(output)
    folder = f"{root.rstrip('/')}/{kind}"
    fs.makedirs(folder, exist_ok=True)
    final = f"{folder}/part-{pid}.parquet"
    tmp = f"{folder}/.tmp-{pid}-{uuid.uuid4().hex}.parquet"
    with fs.open(tmp, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
    try:  # a local rename replaces an existing part atomically (a retried partition)
        fs.mv(tmp, final)
    except FileExistsError:  # file systems whose move refuses to overwrite
        fs.rm(final)
        fs.mv(tmp, final)


# -- client ----------------------------------------------------------------------------------
def check_output(output: str) -> None:
    """Create ``output`` if needed and prove it is writable; raises :class:`OutputError`."""
    try:
        fs, root = _fs(output)
        fs.makedirs(root, exist_ok=True)
        probe = f"{root.rstrip('/')}/.detente-write-test-{uuid.uuid4().hex}"
        with fs.open(probe, "wb") as fh:
            fh.write(b"ok")
        fs.rm(probe)
    except (OSError, ValueError) as exc:
        raise OutputError(f"output folder {output} is not writable ({exc})",
                          hint="pass a writable --output folder or URL") from exc


def _partitions(paths: Sequence[str], options: Options, size: int
                ) -> Iterator[tuple[list[Article], list[Quarantined]]]:
    from detente.ingest import read_inputs

    items = read_inputs(paths, default_date=options.default_date, max_bytes=options.max_bytes)
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield ([a for a in chunk if isinstance(a, Article)],
               [q for q in chunk if isinstance(q, Quarantined)])


def _connect(scheduler: str | None, n_workers: int) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0")  # a free port, never a clash
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=f"{CONNECT_TIMEOUT_S}s"), None
    except (OSError, TimeoutError) as exc:
        raise ClusterError(
            f"cannot reach the Dask scheduler at {scheduler} within {CONNECT_TIMEOUT_S} s",
            hint="check the address (tcp://HOST:8786) and that `dask scheduler` runs there, "
                 "or leave out --scheduler to use a local cluster") from exc


def run_dask(paths: Sequence[str], options: Options, *, output: str,
             scheduler: str | None = None, n_workers: int = 2, partition_size: int = 500,
             resume: bool = False, fault_marker: str | None = None) -> DaskSummary:
    """Code ``paths`` on a Dask cluster and write Parquet parts to ``output``.

    Without ``scheduler`` a ``LocalCluster`` of ``n_workers`` single-threaded processes is
    started and closed afterwards. The input is read lazily here and sent in partitions of
    ``partition_size`` articles, at most two per worker in flight. ``resume=True`` skips
    partitions whose articles part already exists (same input, same partition size).
    Load the result with :func:`load_parquet_into_store`, then run fusion.

    Raises :class:`ClusterError` (scheduler unreachable) and :class:`OutputError`
    (``output`` not writable). ``fault_marker`` is for tests (see :func:`code_partition`).
    """
    from distributed import as_completed

    t0 = time.perf_counter()
    check_output(output)
    summary = DaskSummary(output=output)
    client, cluster = _connect(scheduler, n_workers)
    try:
        client.register_plugin(CoderPlugin(options), name=PLUGIN_NAME)
        workers = max(1, len(client.scheduler_info().get("workers", {})) or n_workers)
        summary.workers = workers
        limit = 2 * workers
        fs, root = _fs(output)
        done_parts = set()
        if resume:
            done_parts = {os.path.basename(p) for p in fs.glob(f"{root}/articles/part-*.parquet")}
        queue = as_completed()
        in_flight = 0

        def drain(block: bool) -> None:
            nonlocal in_flight
            while in_flight and (block or in_flight >= limit):
                fut = next(queue)
                res = fut.result()
                in_flight -= 1
                summary.articles += res["articles"]
                summary.events += res["events"]
                summary.quarantined += res["quarantined"]
                w = res["worker"]
                summary.peak_rss[w] = max(summary.peak_rss.get(w, 0), res["peak_rss"])
                summary.cpu_seconds[w] = round(max(summary.cpu_seconds.get(w, 0.0),
                                                   res["cpu_s"]), 1)
                fut.release()

        for n, (articles, bad) in enumerate(_partitions(paths, options, partition_size)):
            pid = f"{n:06d}"
            summary.partitions += 1
            summary.read += len(articles)
            if f"part-{pid}.parquet" in done_parts:
                summary.skipped_partitions += 1
                continue
            fut = client.submit(code_partition, pid, articles, options, output, bad,
                                fault_marker, key=f"detente-partition-{pid}-{uuid.uuid4().hex}",
                                retries=1, pure=False)
            queue.add(fut)
            in_flight += 1
            drain(block=False)
        drain(block=True)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"the Dask cluster failed: {exc}",
                           hint="re-run with resume=True (--resume) to keep finished "
                                "partitions") from exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary.seconds = round(time.perf_counter() - t0, 2)
    return summary


# -- loading ---------------------------------------------------------------------------------
def _read_part(fs: Any, path: str) -> pa.Table:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    with fs.open(path, "rb") as fh:
        return pq.read_table(fh)


def load_parquet_into_store(store: Store, output: str, run_id: str | None = None
                            ) -> LoadCounts:
    """Load the Parquet parts under ``output`` into ``store``, partition by partition in
    partition order, each in one transaction; idempotent (loading twice adds nothing).

    An article whose id or content hash is already stored (or appeared in an earlier
    partition) is a duplicate: it and its mentions are skipped, as ``detente ingest`` does.
    A part that cannot be read is named in ``LoadCounts.corrupt`` (logged) and its partition
    skipped; the rest loads. Parts without their articles part (a partition that died half
    way) are listed in ``LoadCounts.incomplete``. Run ``detente.fuse.fuse_store`` afterwards.
    """

    counts = LoadCounts()
    fs, root = _fs(output)
    root = root.rstrip("/")
    parts: dict[str, dict[str, str]] = {}
    for kind in KINDS:
        for path in sorted(fs.glob(f"{root}/{kind}/part-*.parquet")):
            pid = os.path.basename(path)[len("part-"):-len(".parquet")]
            parts.setdefault(pid, {})[kind] = path
    con = store.con
    for pid in sorted(parts):
        files = parts[pid]
        if "articles" not in files:
            counts.incomplete.extend(sorted(files.values()))
            continue
        tables: dict[str, pa.Table] = {}
        bad = None
        for kind, path in files.items():
            try:
                tables[kind] = _read_part(fs, path)
            except Exception as exc:  # pyarrow raises several types for damaged files
                bad = f"{path} ({type(exc).__name__}: {exc})"
                break
        if bad is not None:
            log.error("skipping partition %s: unreadable Parquet part %s", pid, bad)
            counts.corrupt.append(bad)
            continue
        _load_partition(con, tables, run_id, counts)
        counts.partitions += 1
    return counts


def _load_partition(con: Any, tables: dict[str, pa.Table], run_id: str | None,
                    counts: LoadCounts) -> None:
    import pyarrow as pa  # type: ignore[import-untyped]

    arts = tables["articles"]
    keep: list[bool] = []
    ids = arts.column("id").to_pylist()
    hashes = arts.column("content_hash").to_pylist()
    con.register("detente_part_keys", pa.table({"id": ids, "content_hash": hashes}))
    try:
        rows = con.execute(
            "SELECT a.id, a.content_hash FROM articles a WHERE a.id IN "
            "(SELECT id FROM detente_part_keys) OR a.content_hash IN "
            "(SELECT content_hash FROM detente_part_keys)").fetchall()
    finally:
        con.unregister("detente_part_keys")
    seen_ids = {r[0] for r in rows}
    seen_hashes = {r[1] for r in rows}
    for aid, h in zip(ids, hashes, strict=True):
        new = aid not in seen_ids and h not in seen_hashes
        keep.append(new)
        seen_ids.add(aid)
        seen_hashes.add(h)
    new_arts = arts.filter(pa.array(keep, type=pa.bool_()))
    new_ids = set(new_arts.column("id").to_pylist())
    if run_id is not None:
        new_arts = new_arts.set_column(new_arts.schema.get_field_index("run_id"), "run_id",
                                       pa.array([run_id] * new_arts.num_rows, pa.string()))
    mentions = tables.get("mentions")
    if mentions is not None and mentions.num_rows:
        mask = [a in new_ids for a in mentions.column("article_id").to_pylist()]
        mentions = mentions.filter(pa.array(mask, type=pa.bool_()))
    quarantine = tables.get("quarantine")
    if quarantine is not None and run_id is not None and quarantine.num_rows:
        quarantine = quarantine.set_column(
            quarantine.schema.get_field_index("run_id"), "run_id",
            pa.array([run_id] * quarantine.num_rows, pa.string()))
    con.execute("BEGIN TRANSACTION")
    try:
        if new_arts.num_rows:
            con.register("detente_part_articles", new_arts)
            con.execute("INSERT INTO articles BY NAME SELECT * FROM detente_part_articles")
        if mentions is not None and mentions.num_rows:
            con.register("detente_part_mentions", mentions)
            con.execute("INSERT OR IGNORE INTO mentions BY NAME "
                        "SELECT * FROM detente_part_mentions")
        if quarantine is not None and quarantine.num_rows:
            con.register("detente_part_quarantine", quarantine)
            con.execute("INSERT OR REPLACE INTO quarantine BY NAME "
                        "SELECT * FROM detente_part_quarantine")
        con.execute("COMMIT")
    except Exception as exc:  # the driver's errors: wrapped at this boundary
        con.execute("ROLLBACK")
        raise StoreError(f"could not load a Parquet partition: {exc}",
                         hint="check the database is not in use; loading is idempotent, "
                              "re-run it") from exc
    finally:
        for name in ("detente_part_articles", "detente_part_mentions",
                     "detente_part_quarantine"):
            try:
                con.unregister(name)
            except Exception:  # noqa: BLE001 - not registered in this partition
                pass
    counts.articles += new_arts.num_rows
    counts.duplicates += arts.num_rows - new_arts.num_rows
    counts.mentions += mentions.num_rows if mentions is not None else 0
    counts.quarantined += quarantine.num_rows if quarantine is not None else 0


def ingest_dask(paths: Sequence[str], db: str | None, options: Options, *, output: str,
                scheduler: str | None = None, n_workers: int = 2, partition_size: int = 500,
                resume: bool = False) -> dict[str, Any]:
    """:func:`run_dask`, then load the parts into the database at ``db`` and fuse; returns
    a summary in the shape of ``detente ingest``'s (read/new/duplicate/quarantined/events)."""
    from detente import PIPELINE_VERSION
    from detente.fuse import fuse_store
    from detente.store import Store

    t0 = time.perf_counter()
    summary = run_dask(paths, options, output=output, scheduler=scheduler,
                       n_workers=n_workers, partition_size=partition_size, resume=resume)
    with Store(db) as store:
        run_id = store.start_run("ingest --engine dask", PIPELINE_VERSION)
        counts = load_parquet_into_store(store, output, run_id)
        if counts.articles:
            fuse_store(store)
        seconds = time.perf_counter() - t0
        store.finish_run(run_id, {"read": summary.read,
                                  "new": counts.articles, "duplicate": counts.duplicates,
                                  "quarantined": counts.quarantined,
                                  "events": counts.mentions}, seconds)
    return {"read": summary.read, "new": counts.articles,
            "duplicate": counts.duplicates, "quarantined": counts.quarantined,
            "events": counts.mentions, "seconds": round(time.perf_counter() - t0, 2),
            "partitions": summary.partitions, "corrupt_parts": counts.corrupt,
            "incomplete_parts": counts.incomplete, "peak_rss": summary.peak_rss}
