"""Local process pool: same results as one process, in order, memory flat."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from detente.config import Options

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _articles(n: int | None = None):
    from detente.ingest import read_inputs
    from detente.model import Article

    arts = [a for a in read_inputs([str(EXAMPLES / "corpus")]) if isinstance(a, Article)]
    return arts[:n] if n else arts


def _key(results):
    return [(r.article.id, [e.event_id for e in r.events], r.skipped) for r in results]


def test_parallel_one_worker_codes_in_process(monkeypatch):
    import detente.parallel as par

    calls = []

    class FakeCoder:
        def __init__(self, options):
            calls.append(options)

        def code_many(self, articles):
            from detente.pipeline import Result

            return (Result(a) for a in articles)

    monkeypatch.setattr(par, "Coder", FakeCoder)
    arts = _articles(3)
    out = list(par.code_parallel(iter(arts), Options(), workers=1))
    assert [r.article.id for r in out] == [a.id for a in arts]
    assert len(calls) == 1


def test_parallel_mp_context_is_not_fork():
    from detente.parallel import mp_context

    assert mp_context().get_start_method() in ("forkserver", "spawn")


@pytest.mark.slow
def test_parallel_two_workers_equal_single_process(coder):
    from detente.parallel import code_parallel

    arts = _articles(16)
    single = list(coder.code_many(arts))
    multi = list(code_parallel(iter(arts), coder.options, workers=2, chunk_size=3,
                               in_flight=2))
    assert [r.article.id for r in multi] == [a.id for a in arts]
    # (on a difference, name the article and what each side coded, not only the ids)
    for one, par in zip(single, multi, strict=True):
        assert _key([par]) == _key([one]), (one.article.id, _events(one), _events(par))
    assert sum(len(r.events) for r in multi) > 10


@pytest.mark.slow
def test_parallel_workers_forked_with_a_built_coder_equal_single_process(coder):
    """Workers forked from a process holding a built Coder use it (no Coder of their own)
    and code exactly as one process does; the parent's hand-over slot is cleared after."""
    import detente.parallel as par

    arts = _articles(12)
    single = list(coder.code_many(arts))
    class NoBuild:  # a worker that built a Coder would die, and the pool with it
        def __init__(self, options):
            raise AssertionError("worker built its own Coder")

    def no_fresh_workers():
        raise AssertionError("fresh (forkserver) workers started despite a built Coder")

    original, context = par.Coder, par.mp_context
    par.Coder, par.mp_context = NoBuild, no_fresh_workers
    try:
        multi = list(par.code_parallel(iter(arts), coder.options, workers=2, chunk_size=4,
                                       in_flight=2, coder=coder))
    finally:
        par.Coder, par.mp_context = original, context
    assert par._Parent.coder is None
    for one, two in zip(single, multi, strict=True):
        assert _key([two]) == _key([one]), (one.article.id, _events(one), _events(two))


def _events(result):
    return result.skipped or [(e.cameo, e.source.code if e.source else None,
                               e.target.code if e.target else None, e.status, e.date,
                               e.evidence.sentence[:60]) for e in result.events]


@pytest.mark.slow
def test_parallel_streaming_memory_stays_flat(tmp_path, coder):
    """A few thousand short articles through the Coder, read lazily from JSON Lines:
    the resident set grows by a bounded amount (not with the input)."""
    import psutil

    from detente.corpus_gen import generate
    from detente.ingest import read_inputs
    from detente.model import Article

    feed = tmp_path / "feed.jsonl"
    with feed.open("w", encoding="utf-8") as fh:
        for rec in generate(3000, seed=7, corpus=EXAMPLES / "corpus"):
            rec["text"] = rec["text"][:400]
            fh.write(json.dumps(rec) + "\n")
    proc = psutil.Process(os.getpid())

    def stream():
        for item in read_inputs([str(feed)]):
            if isinstance(item, Article):
                yield replace(item)

    warm = list(coder.code_many(list(_articles(5))))
    assert warm
    rss0 = proc.memory_info().rss
    peak = rss0
    n = 0
    for i, _res in enumerate(coder.code_many(stream())):
        n += 1
        if i % 200 == 0:
            peak = max(peak, proc.memory_info().rss)
    peak = max(peak, proc.memory_info().rss)
    assert n == 3000
    # generous: spaCy's string store grows with new words; the input is ~1.2 MB
    assert peak - rss0 < 250 * 2**20, f"RSS grew by {(peak - rss0) / 2**20:.0f} MiB"
