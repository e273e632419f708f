"""A learned recurrency model for TKG forecasting (object and subject queries).

The model answers ``(s, r, ?, t)`` (and ``(?, r, o, t)`` as ``(o, r + R, ?, t)``) from the
events before ``t``: :class:`~detente.analysis.forecast.features.FeatureBuilder` proposes
candidates and describes each with recurrency, reciprocity, relation-transition and
popularity features, and a gradient-boosted classifier (scikit-learn
``HistGradientBoostingClassifier``) trained pointwise on queries from the last part of the
fitting history turns them into scores. Entities outside the candidate set are ranked below
every candidate by a popularity prior, so every query ranks *all* entities.

Typical use::

    model = TKGForecaster(n_entities, n_relations).fit(train_quads)
    model.attach(all_quads)                      # history the model may look at
    scores = model.score_dense(queries, cutoff=None)   # cutoff=None: single-step
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from threadpoolctl import threadpool_limits

from detente.errors import ForecastError

from .features import (
    FeatureBuilder,
    FeatureConfig,
    QueryBatch,
    extend_with_inverse,
    relation_cooccurrence,
    relation_repeat_rates,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ForecastConfig:
    """Everything that decides the model (picklable, so workers can receive it)."""

    features: FeatureConfig = field(default_factory=FeatureConfig)
    train_window_days: int = 100
    max_train_queries: int = 24000
    negatives_per_query: int = 80
    max_iter: int = 250
    learning_rate: float = 0.06
    max_leaf_nodes: int = 31
    min_samples_leaf: int = 40
    l2_regularization: float = 1.0
    seed: int = 0
    # scikit-learn's OpenMP threads spin badly on a shared machine; one thread is faster
    # there. ``None`` leaves the library default.
    n_threads: int | None = 1
    min_fit_timestamps: int = 3


def make_queries(quads: np.ndarray, n_relations: int) -> tuple[np.ndarray, list[np.ndarray]]:
    """Unique queries ``(s, r_ext, t)`` of the facts (both directions) and their answer sets."""
    ext = extend_with_inverse(np.asarray(quads, dtype=np.int64), n_relations)
    keys, inv = np.unique(ext[:, [0, 1, 3]], axis=0, return_inverse=True)
    inv = inv.ravel()
    order = np.argsort(inv, kind="stable")
    bounds = np.searchsorted(inv[order], np.arange(len(keys) + 1))
    answers = [np.unique(ext[order[bounds[i]:bounds[i + 1]], 2]) for i in range(len(keys))]
    return keys, answers


class TKGForecaster:
    """Recurrency features + gradient boosting; see the module docstring."""

    def __init__(self, n_entities: int, n_relations: int,
                 config: ForecastConfig | None = None) -> None:
        self.n_entities = n_entities
        self.n_relations = n_relations
        self.config = config or ForecastConfig()
        self.rel_matrix: np.ndarray | None = None
        self.rel_repeat: tuple[np.ndarray, np.ndarray] | None = None
        self.classifier: HistGradientBoostingClassifier | None = None
        self.builder: FeatureBuilder | None = None
        self.fit_info: dict[str, Any] = {}

    # -- fitting -----------------------------------------------------------------------
    def fit(self, quads: np.ndarray) -> TKGForecaster:
        """Fit on a history: queries from its last ``train_window_days`` days are answered
        from the events before each of them.

        A history too small to learn from (fewer than ``min_fit_timestamps`` timestamps, or a
        window without both positive and negative examples) is not an error: the model falls
        back to a fixed recurrency-and-popularity score, logs a warning and says so in
        ``fit_info["fallback"]`` (``"prior"``).

        Args:
            quads: ``(n, 4)`` facts, time-sorted or not.
        Raises:
            ForecastError: when the history is empty (there is not even a prior).
        """
        cfg = self.config
        quads = np.asarray(quads, dtype=np.int64).reshape(-1, 4)
        if len(quads) == 0:
            raise ForecastError("cannot fit a forecaster on an empty history", code="E610",
                                hint="give it at least a few days of events")
        times = np.unique(quads[:, 3])
        self.classifier = None
        if len(times) < cfg.min_fit_timestamps:
            return self._fall_back(quads, f"history spans {len(times)} timestamp(s); "
                                          f"need {cfg.min_fit_timestamps} to fit a ranker")
        window_start = times[max(1, len(times) - cfg.train_window_days)]
        before = quads[quads[:, 3] < window_start]
        self.rel_matrix = relation_cooccurrence(before, self.n_entities, self.n_relations)
        self.rel_repeat = relation_repeat_rates(before, self.n_relations)
        builder = FeatureBuilder(quads, self.n_entities, self.n_relations, self.rel_matrix,
                                 cfg.features, self.rel_repeat)
        rng = np.random.default_rng(cfg.seed)
        window = quads[quads[:, 3] >= window_start]
        queries, answers = make_queries(window, self.n_relations)
        if len(queries) > cfg.max_train_queries:
            keep = np.sort(rng.choice(len(queries), cfg.max_train_queries, replace=False))
            queries = queries[keep]
            answers = [answers[i] for i in keep]
        x, y, _ = self._labelled_rows(builder, queries, answers, rng)
        if y.sum() < 2 or y.sum() == len(y):
            return self._fall_back(quads, "the fitting window has no usable positive and "
                                          "negative examples")
        clf = HistGradientBoostingClassifier(
            max_iter=cfg.max_iter, learning_rate=cfg.learning_rate,
            max_leaf_nodes=cfg.max_leaf_nodes, min_samples_leaf=cfg.min_samples_leaf,
            l2_regularization=cfg.l2_regularization, early_stopping=False,
            random_state=cfg.seed)
        with threadpool_limits(cfg.n_threads):
            clf.fit(x, y)
        self.classifier = clf
        self.builder = builder
        self.fit_info = {"train_queries": len(queries), "train_rows": len(y),
                         "train_positives": int(y.sum()), "window_start": int(window_start),
                         "fallback": None}
        logger.info("fitted on %s", self.fit_info)
        return self

    def _fall_back(self, quads: np.ndarray, reason: str) -> TKGForecaster:
        logger.warning("TKG forecaster: %s; using the recurrency/popularity prior instead",
                       reason)
        self.rel_matrix = relation_cooccurrence(quads, self.n_entities, self.n_relations)
        self.rel_repeat = relation_repeat_rates(quads, self.n_relations)
        self.builder = FeatureBuilder(quads, self.n_entities, self.n_relations, self.rel_matrix,
                                      self.config.features, self.rel_repeat)
        self.fit_info = {"train_queries": 0, "train_rows": 0, "train_positives": 0,
                         "window_start": -1, "fallback": "prior", "reason": reason}
        return self

    def _prior_scores(self, x: np.ndarray) -> np.ndarray:
        """The fallback score: fixed weights on recurrency, reciprocity and popularity."""
        col = {name: i for i, name in enumerate(self.builder.names)}  # type: ignore[union-attr]
        return (2.0 * np.log1p(x[:, col["exact_count"]]) + np.log1p(x[:, col["pair_count"]])
                + 0.5 * np.log1p(x[:, col["recip_count"]]) + x[:, col["pop_share_all"]])

    def _labelled_rows(self, builder: FeatureBuilder, queries: np.ndarray,
                       answers: list[np.ndarray], rng: np.random.Generator
                       ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        batch = builder.build(queries, queries[:, 2], with_prior=False)
        n = self.n_entities
        answer_keys = np.concatenate([qi * n + a for qi, a in enumerate(answers)])
        row_keys = batch.query_of_row * n + batch.candidate
        y = np.isin(row_keys, answer_keys)
        # keep every positive and a random subset of negatives per query (ranking is
        # unaffected by the constant shift in odds this causes)
        neg = np.flatnonzero(~y)
        keep_neg = neg[rng.random(len(neg)) < self._neg_rate(batch, y)]
        rows = np.sort(np.concatenate([np.flatnonzero(y), keep_neg]))
        return batch.x[rows], y[rows].astype(np.int8), batch.query_of_row[rows]

    def _neg_rate(self, batch: QueryBatch, y: np.ndarray) -> np.ndarray:
        neg_per_query = np.bincount(batch.query_of_row[~y],
                                    minlength=int(batch.query_of_row.max()) + 1)
        rate = self.config.negatives_per_query / np.maximum(neg_per_query, 1)
        return np.minimum(rate, 1.0)[batch.query_of_row[~y]]

    # -- scoring -----------------------------------------------------------------------
    def attach(self, quads: np.ndarray) -> TKGForecaster:
        """Replace the event log the model reads from (e.g. train + valid + test).

        Only events before each query's cutoff are ever used, see
        :meth:`FeatureBuilder.build`.
        """
        if self.rel_matrix is None:
            raise ForecastError("fit the model before attaching a history", code="E611")
        self.builder = FeatureBuilder(np.asarray(quads, dtype=np.int64), self.n_entities,
                                      self.n_relations, self.rel_matrix, self.config.features,
                                      self.rel_repeat)
        return self

    def score_dense(self, queries: np.ndarray, *, cutoff: int | None = None) -> np.ndarray:
        """Scores of every entity for queries ``(s, r_ext, t)``: ``(q, n_entities)``.

        Args:
            queries: ``(q, 3)`` ints; ``r_ext >= n_relations`` asks for the subject.
            cutoff: ``None`` for single-step (history up to ``t - 1``); an int ``c`` for
                multi-step (only events before ``c`` are used and features are computed as
                of ``c``).
        """
        if self.builder is None or (self.classifier is None and
                                    self.fit_info.get("fallback") != "prior"):
            raise ForecastError("the model is not fitted", code="E611")
        queries = np.asarray(queries, dtype=np.int64).reshape(-1, 3)
        if cutoff is None:
            cuts = queries[:, 2]
        else:
            cuts = np.minimum(queries[:, 2], cutoff)
            # multi-step: describe the history as of the cutoff, not as of the query day
            queries = queries.copy()
            queries[:, 2] = cuts
        batch = self.builder.build(queries, cuts, with_prior=True)
        if not len(batch.x):
            raw = np.zeros(0)
        elif self.classifier is None:
            raw = self._prior_scores(batch.x)
        else:
            with threadpool_limits(self.config.n_threads):
                raw = self.classifier.decision_function(batch.x)
        out = np.empty((len(queries), self.n_entities), dtype=np.float64)
        order = np.argsort(batch.query_of_row, kind="stable")
        bounds = np.searchsorted(batch.query_of_row[order], np.arange(len(queries) + 1))
        for qi in range(len(queries)):
            rows = order[bounds[qi]:bounds[qi + 1]]
            low = float(raw[rows].min()) if len(rows) else 0.0
            out[qi] = low - 2.0 + batch.prior[qi]  # below every candidate
            out[qi, batch.candidate[rows]] = raw[rows]
        return out
