"""Coding on several local processes.

:func:`code_parallel` sends chunks of articles to a pool of worker processes (``forkserver``
where the platform has it, else ``spawn``: never ``fork``, which would copy a parent's spaCy
and database handles). Each worker builds one :class:`~detente.pipeline.Coder` from the
picklable :class:`~detente.config.Options` when it starts and keeps it for every chunk. Only a
bounded number of chunks is in flight, so memory stays flat however long the input is, and
results come back in input order.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Any

from detente.config import Options
from detente.errors import WorkerError
from detente.model import Article
from detente.pipeline import Coder, Result

log = logging.getLogger(__name__)

#: articles sent to a worker at a time, in parse batches (``Options.batch_size``)
CHUNK_BATCHES = 4


class _Worker:
    """The Coder of a worker process. Set once by the pool initializer, only inside worker
    processes (never in the parent), so nothing is shared or inherited between processes."""

    coder: Coder | None = None


def _init_worker(options: Options) -> None:
    logging.getLogger("detente").setLevel(logging.getLogger().level)
    _Worker.coder = Coder(options)


def _code_chunk(chunk: list[Article]) -> list[Result]:
    coder = _Worker.coder
    if coder is None:  # pragma: no cover - the initializer always ran
        raise RuntimeError("worker has no Coder")
    return list(coder.code_many(chunk))


def mp_context() -> Any:
    """``forkserver`` where available (Linux, macOS), else ``spawn``."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def code_parallel(articles: Iterable[Article], options: Options, workers: int, *,
                  chunk_size: int | None = None, in_flight: int | None = None
                  ) -> Iterator[Result]:
    """Code ``articles`` on ``workers`` processes; yields one :class:`Result` per article, in
    input order.

    ``chunk_size`` articles go to a worker at a time (default ``4 * options.batch_size``: with
    the pre-filter only about a third of them are parsed, and the worker's ``nlp.pipe``
    batches should still fill up); at most
    ``in_flight`` chunks (default ``2 * workers``) are queued or running, so only about
    ``chunk_size * in_flight`` articles are in memory. ``workers <= 1`` codes in this process.
    The input is consumed lazily. Raises :class:`WorkerError` if a worker process dies.
    """
    if workers <= 1:
        yield from Coder(options).code_many(articles)
        return
    size = max(1, chunk_size or CHUNK_BATCHES * options.batch_size)
    limit = max(1, in_flight or 2 * workers)
    it = iter(articles)
    pending: deque[Future[list[Result]]] = deque()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(),
                                 initializer=_init_worker, initargs=(options,)) as pool:
            try:
                while True:
                    chunk = list(islice(it, size))
                    if chunk:
                        pending.append(pool.submit(_code_chunk, chunk))
                    if not pending:
                        break
                    if len(pending) >= limit or not chunk:
                        yield from pending.popleft().result()
            finally:  # the consumer stopped early or a worker died: drop what is queued
                for fut in pending:
                    fut.cancel()
    except BrokenProcessPool as exc:
        raise WorkerError(
            "a worker process died while coding (killed or out of memory)",
            hint="re-run with fewer --workers or a smaller --batch-size; `detente ingest` "
                 "keeps what was committed and skips it on the next run") from exc
