"""The ingestion job: read, code, store and fuse, committing batch by batch.

Library code: it never prints. Callers pass ``on_quarantine`` (one problem item) and
``on_batch`` (articles handled so far) to report progress their own way; the CLI draws a
progress bar and prints one line per quarantined item.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from detente import PIPELINE_VERSION
from detente.config import Options
from detente.model import Article, Quarantined

log = logging.getLogger(__name__)


def ingest_paths(paths: list[str], db: str | None, options: Options, *, command: str,
                 on_quarantine: Callable[[Quarantined], None] | None = None,
                 on_batch: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Read, code, store and fuse ``paths``; returns the summary counts.

    Input is read lazily, articles already stored are skipped before any parsing (so an
    interrupted run resumes where it stopped), coding runs in this process or on
    ``options.workers`` processes, and every batch commits as it finishes.
    """
    from detente.ingest import read_inputs
    from detente.store import Store

    t0 = time.perf_counter()
    counts: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    with Store(db) as store:
        run_id = store.start_run(command, PIPELINE_VERSION)

        def quarantine(q: Quarantined, sep: str) -> None:
            counts["quarantined"] += 1
            reasons[q.reason.split(sep)[0][:60]] += 1
            store.quarantine(q, run_id)
            if on_quarantine is not None:
                on_quarantine(q)

        def new_articles() -> Iterator[Article]:
            for item in read_inputs(paths, default_date=options.default_date,
                                    max_bytes=options.max_bytes):
                if isinstance(item, Quarantined):
                    quarantine(item, ":")
                    continue
                counts["read"] += 1
                for w in item.warnings:
                    log.warning("%s: %s", item.origin, w)
                if store.find_article(item) is not None:
                    counts["duplicate"] += 1
                    continue
                yield item

        try:
            for batch in batched(code_stream(new_articles(), options), options.batch_size):
                coded = []
                for res in batch:
                    if res.skipped is not None:
                        quarantine(res.skipped, ";")
                        continue
                    coded.append((res.article, res.events))
                for wr in store.add_batch(coded, run_id):
                    if wr.new:
                        counts["new"] += 1
                        counts["events"] += wr.n_events
                    else:
                        counts["duplicate"] += 1
                counts["batches"] += 1
                log.info("committed batch %d (%d articles stored so far)", counts["batches"],
                         counts["new"])
                if on_batch is not None:
                    on_batch(len(batch))
        finally:
            if counts["new"]:
                from detente.fuse import fuse_store

                counts["fused"] = fuse_store(store).events
            store.finish_run(run_id, dict(counts), time.perf_counter() - t0)
    return {"read": counts["read"], "new": counts["new"], "duplicate": counts["duplicate"],
            "quarantined": counts["quarantined"], "events": counts["events"],
            "seconds": round(time.perf_counter() - t0, 2), "quarantine_reasons": dict(reasons)}


def code_stream(articles: Iterator[Article], options: Options) -> Iterator[Any]:
    """Code a stream of articles; the model loads only once there is something to code."""
    first = next(articles, None)
    if first is None:
        return
    stream = itertools.chain([first], articles)
    if options.workers > 1:
        from detente.parallel import code_parallel

        yield from code_parallel(stream, options, options.workers)
    else:
        from detente.pipeline import Coder

        yield from Coder(options).code_many(stream)


def batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for it in items:
        batch.append(it)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch
