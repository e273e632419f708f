"""Ranking metrics for TKG forecasting: time-aware filtered and raw ranks, MRR, Hits@k.

Ties are resolved by the *mean rank of the tie group*: if the answer has score ``x``, ``g``
other (unfiltered) entities score strictly higher and ``k`` others score exactly ``x``, its
rank is ``g + 1 + k / 2``. Optimistic ranking (``g + 1``) rewards a model that gives every
entity the same score and is not used; pessimistic ranking (``g + k + 1``) is available for
comparison.

Time-aware filtering (the standard protocol since RE-GCN/xERTE re-evaluations): for a query
``(s, r, ?, t)`` with answer ``o``, every *other* ``o'`` with ``(s, r, o', t)`` true at the same
timestamp ``t`` is removed from the ranking. Facts true at other times are not removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

import numpy as np

TieRule = Literal["mean", "pessimistic", "optimistic"]


def _rank_from_counts(higher: np.ndarray, equal: np.ndarray, ties: TieRule) -> np.ndarray:
    if ties == "mean":
        return higher + 1.0 + equal / 2.0
    if ties == "pessimistic":
        return higher + 1.0 + equal
    if ties == "optimistic":
        return higher + 1.0
    raise ValueError(f"unknown tie rule {ties!r}")


def ranks_raw(scores: np.ndarray, answers: Sequence[int] | np.ndarray, *,
              ties: TieRule = "mean") -> np.ndarray:
    """Rank of each answer among all entities (no filtering).

    Args:
        scores: ``(q, n_entities)`` float array, higher is more likely.
        answers: ``(q,)`` entity ids.
    Returns:
        ``(q,)`` float ranks (1 is best).
    """
    return ranks_time_aware_filtered(scores, answers, None, ties=ties)


def ranks_time_aware_filtered(scores: np.ndarray, answers: Sequence[int] | np.ndarray,
                              filter_sets: Sequence[Iterable[int]] | None, *,
                              ties: TieRule = "mean") -> np.ndarray:
    """Rank of each answer after removing the other true answers at the same timestamp.

    Args:
        scores: ``(q, n_entities)`` float array, higher is more likely. Not modified.
        answers: ``(q,)`` entity ids, the answer of each query.
        filter_sets: per query, the entity ids that are also true for ``(s, r, ?, t)`` at the
            query's own timestamp ``t``. The answer itself may be included; it is never
            filtered. ``None`` gives raw ranks.
        ties: ``"mean"`` (default), ``"pessimistic"`` or ``"optimistic"``.
    Returns:
        ``(q,)`` float ranks.
    """
    scores = np.asarray(scores, dtype=np.float64)
    if scores.ndim != 2:
        raise ValueError("scores must be a (queries, entities) array")
    answers = np.asarray(answers, dtype=np.int64)
    if answers.shape != (scores.shape[0],):
        raise ValueError("need one answer per row of scores")
    if np.isnan(scores).any():
        raise ValueError("scores contain NaN")
    rows = np.arange(len(answers))
    target = scores[rows, answers]
    higher = (scores > target[:, None]).sum(axis=1).astype(np.float64)
    equal = (scores == target[:, None]).sum(axis=1).astype(np.float64) - 1.0  # minus the answer
    if filter_sets is not None:
        if len(filter_sets) != len(answers):
            raise ValueError("need one filter set per query")
        for i, others in enumerate(filter_sets):
            ids = np.fromiter((e for e in others if e != answers[i]), dtype=np.int64)
            if ids.size == 0:
                continue
            ids = np.unique(ids)
            other = scores[i, ids]
            higher[i] -= np.count_nonzero(other > target[i])
            equal[i] -= np.count_nonzero(other == target[i])
    return _rank_from_counts(higher, equal, ties)


def mrr(ranks: np.ndarray) -> float:
    """Mean reciprocal rank."""
    ranks = np.asarray(ranks, dtype=np.float64)
    return float(np.mean(1.0 / ranks)) if ranks.size else float("nan")


def hits_at(ranks: np.ndarray, k: int) -> float:
    """Share of queries whose rank is at most ``k`` (a tie-averaged rank of 1.5 misses Hits@1)."""
    ranks = np.asarray(ranks, dtype=np.float64)
    return float(np.mean(ranks <= k)) if ranks.size else float("nan")


def summarize(ranks: np.ndarray, ks: Sequence[int] = (1, 3, 10)) -> dict[str, float]:
    """``{"mrr": ..., "hits@1": ..., ...}`` in percent, rounded to 2 decimals."""
    out = {"mrr": round(100 * mrr(ranks), 2)}
    for k in ks:
        out[f"hits@{k}"] = round(100 * hits_at(ranks, k), 2)
    out["n"] = int(np.asarray(ranks).size)
    return out
