"""Coding on several local processes.

:func:`code_parallel` sends chunks of articles to a pool of worker processes (``forkserver``
where the platform has it, else ``spawn``: not a plain ``fork`` of a process that may hold
database handles and their threads). Each worker builds one :class:`~detente.pipeline.Coder`
from the picklable :class:`~detente.config.Options` when it starts and keeps it for every
chunk. A caller that already holds a built Coder and no database handle (a benchmark, a
notebook, a long-lived process) may pass it: the workers are then forked from the caller and
share its Coder copy-on-write, as spaCy's ``n_process`` shares a loaded model, so they start
at once instead of each spending seconds building the actor tables and loading the model. Only a
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


class _Parent:
    """A built Coder handed to workers forked from this process (set only while a forked
    pool runs)."""

    coder: Coder | None = None


def _init_worker(options: Options) -> None:
    logging.getLogger("detente").setLevel(logging.getLogger().level)
    _Worker.coder = Coder(options)


def _adopt_parent_coder() -> None:
    """Initializer of a forked worker: take the Coder the parent built (copy-on-write)."""
    _Worker.coder = _Parent.coder


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
                  chunk_size: int | None = None, in_flight: int | None = None,
                  coder: Coder | None = None) -> Iterator[Result]:
    """Code ``articles`` on ``workers`` processes; yields one :class:`Result` per article, in
    input order.

    ``chunk_size`` articles go to a worker at a time (default ``4 * options.batch_size``: with
    the pre-filter only about a third of them are parsed, and the worker's ``nlp.pipe``
    batches should still fill up); at most
    ``in_flight`` chunks (default ``2 * workers``) are queued or running, so only about
    ``chunk_size * in_flight`` articles are in memory. ``workers <= 1`` codes in this process.
    The input is consumed lazily. Raises :class:`WorkerError` if a worker process dies.

    ``coder``: a Coder built from ``options`` in this process, which must hold no database
    connection or other threads; where the platform can ``fork``, workers are forked with it
    instead of building their own (elsewhere it is used only for ``workers <= 1``).
    """
    if workers <= 1:
        yield from (coder or Coder(options)).code_many(articles)
        return
    forked = coder is not None and "fork" in multiprocessing.get_all_start_methods()
    if forked:
        _Parent.coder = coder
        context = multiprocessing.get_context("fork")
        init: tuple[Any, tuple[Any, ...]] = (_adopt_parent_coder, ())
    else:
        context = mp_context()
        init = (_init_worker, (options,))
    size = max(1, chunk_size or CHUNK_BATCHES * options.batch_size)
    limit = max(1, in_flight or 2 * workers)
    it = iter(articles)
    pending: deque[Future[list[Result]]] = deque()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=init[0], initargs=init[1]) as pool:
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
    finally:
        if forked:
            _Parent.coder = None
