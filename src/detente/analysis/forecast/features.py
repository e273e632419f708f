"""Candidate generation and features for TKG forecasting queries ``(s, r, ?, t)``.

All events are kept in an *extended* graph: every fact ``(s, r, o, t)`` is also stored as
``(o, r + R, s, t)`` so subject queries ``(?, r, o, t)`` become object queries with the inverse
relation. A query at time ``t`` only ever sees events with time ``< cutoff`` where
``cutoff <= t`` (``cutoff = t`` in single-step mode; the end of the known history plus one in
multi-step mode); this is enforced here, in one place, by a binary search on sorted times.

Features per (query, candidate object ``o``), all computed from the visible history:

* exact recurrency of ``(s, r, o)``: count, exponentially decayed counts at several
  half-lives, days since last, "happened on the day before", share of ``(s, r, *)``;
* relaxed recurrency: the pair ``(s, *, o)`` in either direction (count, decayed, age, share
  of s's activity), ``(s, r, *)`` activity of the subject;
* reciprocity: ``(o, r, s)``, i.e. ``(s, inverse(r), o)`` in the extended graph;
* relation transitions: ``sum_r' M[r, r'] * decayed(s, r', o)`` with ``M`` a
  relation co-occurrence matrix learnt on pairs from the fitting history;
* popularity of ``o`` as the object of ``r`` (decayed share and all-time share) and ``o``'s
  overall decayed activity.

Candidates are the subject's past partners plus the ``top_k`` most popular objects of ``r``;
all other entities score by the popularity prior below every candidate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse

logger = logging.getLogger(__name__)

LN2 = float(np.log(2.0))
NO_AGE = 1000.0  # "never seen" value for age features


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """Knobs of the feature builder (one picklable object)."""

    half_lives: tuple[float, ...] = (1.0, 7.0, 45.0)
    top_k_popular: int = 30
    top_k_two_hop: int = 10
    two_hop_partners: int = 25
    two_hop: bool = True
    mid: int = 1  # index of the half-life used for shares and transitions


FEATURE_NAMES_BASE = (
    "exact_count", "exact_age", "exact_yesterday", "exact_share", "exact_share_dec",
    "pair_count", "pair_age", "pair_out", "pair_in", "pair_share_dec",
    "recip_count", "recip_age",
    "pop_share_dec", "pop_share_all", "ent_activity_dec", "ent_activity_all",
    "q_sr_count", "q_s_count", "q_sr_distinct", "q_n_partners", "is_self",
    "pop_share_dec1", "ent_yesterday", "two_hop", "two_hop_rank",
    "rel_repeat_exact", "rel_repeat_pair",
)


def feature_names(config: FeatureConfig) -> tuple[str, ...]:
    decayed = []
    for h in config.half_lives:
        decayed += [f"exact_dec_{h:g}", f"pair_dec_{h:g}", f"recip_dec_{h:g}",
                    f"trans_dec_{h:g}"]
    return FEATURE_NAMES_BASE + tuple(decayed) + ("trans_all",)


def extend_with_inverse(quads: np.ndarray, n_relations: int) -> np.ndarray:
    """``(n, 4)`` -> ``(2n, 4)``: the facts plus ``(o, r + R, s, t)``."""
    inverse = quads[:, [2, 1, 0, 3]].copy()
    inverse[:, 1] += n_relations
    return np.concatenate([quads, inverse])


def inverse_relation(r: np.ndarray | int, n_relations: int) -> np.ndarray | int:
    return np.where(np.asarray(r) < n_relations, np.asarray(r) + n_relations,
                    np.asarray(r) - n_relations) if not isinstance(r, int) else (
        r + n_relations if r < n_relations else r - n_relations)


def relation_cooccurrence(quads: np.ndarray, n_entities: int, n_relations: int) -> np.ndarray:
    """``M[r, r'] = P(pair (s, o) ever has r | it has r')`` over the extended graph.

    Diagonal set to 0 (the exact triple is its own feature). Shape ``(2R, 2R)``.
    """
    n_rel = 2 * n_relations
    ext = extend_with_inverse(quads, n_relations)
    pair = ext[:, 0] * n_entities + ext[:, 2]
    pair_ids, pair_idx = np.unique(pair, return_inverse=True)
    b = sparse.csr_matrix((np.ones(len(ext)), (pair_idx, ext[:, 1])),
                          shape=(len(pair_ids), n_rel))
    b.data[:] = 1.0
    b.sum_duplicates()
    b.data[:] = 1.0
    co = (b.T @ b).toarray()
    support = np.diag(co).copy()
    m = co / np.maximum(support, 1.0)[None, :]
    np.fill_diagonal(m, 0.0)
    return m


def relation_repeat_rates(quads: np.ndarray, n_relations: int
                          ) -> tuple[np.ndarray, np.ndarray]:
    """Per extended relation: the share of its facts whose triple ``(s, r, o)`` (first array)
    or pair ``(s, *, o)`` (second) already occurred on an earlier day."""
    ext = extend_with_inverse(np.asarray(quads, dtype=np.int64), n_relations)
    n_rel = 2 * n_relations
    out = []
    for cols in ((0, 1, 2), (0, 2)):
        order = np.lexsort((ext[:, 3], *(ext[:, i] for i in cols[::-1])))
        srt = ext[order]
        same = np.all(srt[1:, list(cols)] == srt[:-1, list(cols)], axis=1)
        key_start = np.concatenate([[True], ~same])
        first = np.maximum.accumulate(np.where(key_start, np.arange(len(srt)), 0))
        repeat = srt[:, 3] > srt[first, 3]  # the key was seen on an earlier day
        hits = np.bincount(srt[:, 1], weights=repeat.astype(np.float64), minlength=n_rel)
        total = np.bincount(srt[:, 1], minlength=n_rel)
        out.append(hits / np.maximum(total, 1))
    return out[0], out[1]


@dataclass(slots=True)
class _GlobalState:
    """Popularity over the visible history at one cutoff."""

    pop_dec: np.ndarray  # (2R, N) decayed count at the mid half-life
    pop_all: np.ndarray  # (2R, N) counts
    pop_dec_share: np.ndarray
    pop_all_share: np.ndarray
    ent_dec: np.ndarray  # (N,)
    ent_all: np.ndarray
    top_k: np.ndarray  # (2R, k) most popular objects per relation (by decayed count)
    pop_dec1_share: np.ndarray  # (2R, N) share under the shortest half-life
    ent_yesterday: np.ndarray  # (N,) events on the day before the cutoff
    adjacency: sparse.csr_matrix | None  # (N, N) decayed pair counts (extended graph)


@dataclass(slots=True)
class QueryBatch:
    """Features for a batch of queries: one row per (query, candidate)."""

    query_of_row: np.ndarray  # (rows,) index into the batch's queries
    candidate: np.ndarray  # (rows,) entity id
    x: np.ndarray  # (rows, n_features) float32
    prior: dict[int, np.ndarray] = field(default_factory=dict)  # relation -> (N,) fallback


class FeatureBuilder:
    """Answers feature requests against a fixed event log, never looking at or past a cutoff.

    Args:
        quads: ``(n, 4)`` original facts (any splits; only those before a query's cutoff are
            used for it).
        n_entities, n_relations: sizes (relations without inverses).
        rel_matrix: ``(2R, 2R)`` relation co-occurrence, see :func:`relation_cooccurrence`.
    """

    def __init__(self, quads: np.ndarray, n_entities: int, n_relations: int,
                 rel_matrix: np.ndarray, config: FeatureConfig | None = None,
                 rel_repeat: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        self.config = config or FeatureConfig()
        self.n_entities = n_entities
        self.n_relations = n_relations
        self.rel_matrix = rel_matrix
        ext = extend_with_inverse(np.asarray(quads, dtype=np.int64), n_relations)
        order = np.lexsort((ext[:, 3], ext[:, 0]))
        ext = ext[order]
        self.S, self.R, self.O, self.T = (ext[:, i].copy() for i in range(4))
        self.starts = np.searchsorted(self.S, np.arange(n_entities + 1))
        # the same events sorted by time only, for global popularity
        torder = np.argsort(self.T, kind="stable")
        self.t_sorted = self.T[torder]
        self.r_by_t = self.R[torder]
        self.o_by_t = self.O[torder]
        self.s_by_t = self.S[torder]
        n_rel = 2 * n_relations
        self.rel_repeat_exact = np.zeros(n_rel)
        self.rel_repeat_pair = np.zeros(n_rel)
        if rel_repeat is not None:
            self.rel_repeat_exact, self.rel_repeat_pair = rel_repeat
        self.names = feature_names(self.config)

    # -- global popularity -------------------------------------------------------------
    def global_state(self, cutoff: int) -> _GlobalState:
        cfg = self.config
        n_rel, n = 2 * self.n_relations, self.n_entities
        end = np.searchsorted(self.t_sorted, cutoff, side="left")  # events with T < cutoff
        rr, oo, tt = self.r_by_t[:end], self.o_by_t[:end], self.t_sorted[:end]
        key = rr * n + oo
        w = np.exp(-(cutoff - tt) * LN2 / cfg.half_lives[cfg.mid])
        pop_dec = np.bincount(key, weights=w, minlength=n_rel * n).reshape(n_rel, n)
        pop_all = np.bincount(key, minlength=n_rel * n).reshape(n_rel, n).astype(np.float64)
        ent_dec = np.bincount(oo, weights=w, minlength=n)
        ent_all = np.bincount(oo, minlength=n).astype(np.float64)
        w1 = np.exp(-(cutoff - tt) * LN2 / cfg.half_lives[0])
        pop_dec1 = np.bincount(key, weights=w1, minlength=n_rel * n).reshape(n_rel, n)
        ent_yesterday = np.bincount(oo[tt == cutoff - 1], minlength=n).astype(np.float64)
        adjacency = None
        if cfg.two_hop:
            # the extended graph holds both directions, so subjects of (s -> o) edges are the
            # objects of their inverses: summing by (object, subject) via the time-sorted copy
            ss = self.s_by_t[:end]
            adjacency = sparse.csr_matrix((w, (ss, oo)), shape=(n, n))
            adjacency.sum_duplicates()
        k = min(cfg.top_k_popular, n)
        if k > 0:
            top = np.argpartition(-pop_dec, k - 1, axis=1)[:, :k]
        else:
            top = np.zeros((n_rel, 0), dtype=np.int64)
        return _GlobalState(
            pop_dec, pop_all,
            pop_dec / np.maximum(pop_dec.sum(axis=1, keepdims=True), 1e-12),
            pop_all / np.maximum(pop_all.sum(axis=1, keepdims=True), 1.0),
            ent_dec, ent_all, top,
            pop_dec1 / np.maximum(pop_dec1.sum(axis=1, keepdims=True), 1e-12),
            ent_yesterday, adjacency)

    def prior(self, state: _GlobalState, r: int) -> np.ndarray:
        """Fallback score in ``[0, 1]`` for entities outside the candidate set."""
        return 0.5 * state.pop_dec_share[r] + 0.5 * state.pop_all_share[r]

    # -- per-query features ------------------------------------------------------------
    def build(self, queries: np.ndarray, cutoffs: np.ndarray | int,
              *, with_prior: bool = True) -> QueryBatch:
        """Features for queries ``(s, r_ext, t)`` (``(q, 3)`` ints).

        ``cutoffs`` (scalar or per query) is the first time *not* visible; it must be
        ``<= t`` for every query, which is checked.
        """
        queries = np.asarray(queries, dtype=np.int64).reshape(-1, 3)
        cut = np.broadcast_to(np.asarray(cutoffs, dtype=np.int64), (len(queries),))
        if np.any(cut > queries[:, 2]):
            raise ValueError("a cutoff lies after its query time: that would leak the answer")
        cfg = self.config
        n_h = len(cfg.half_lives)
        names = self.names
        col = {name: i for i, name in enumerate(names)}
        out_q: list[np.ndarray] = []
        out_c: list[np.ndarray] = []
        out_x: list[np.ndarray] = []
        priors: dict[int, np.ndarray] = {}
        nrel = self.n_relations
        n_ent = self.n_entities
        for c in np.unique(cut):
            state = self.global_state(int(c))
            in_cut = np.flatnonzero(cut == c)
            subj = queries[in_cut, 0]
            for s in np.unique(subj):
                qidx = in_cut[subj == s]
                lo, hi = self.starts[s], self.starts[s + 1]
                end = lo + np.searchsorted(self.T[lo:hi], c, side="left")
                rr, oo, tt = self.R[lo:end], self.O[lo:end], self.T[lo:end]
                age = (c - tt).astype(np.float64)
                wts = np.exp(-age[:, None] * LN2 / np.asarray(cfg.half_lives)[None, :])
                if len(oo):
                    partners, j = np.unique(oo, return_inverse=True)
                else:
                    partners, j = np.zeros(0, np.int64), np.zeros(0, np.int64)
                npart = len(partners)
                # per-group (pair) features, shared by all queries of this subject
                pair_count = np.bincount(j, minlength=npart).astype(np.float64)
                pair_dec = np.stack([np.bincount(j, weights=wts[:, h], minlength=npart)
                                     for h in range(n_h)], axis=1) if npart else np.zeros((0, n_h))
                pair_last = np.full(npart, -np.inf)
                np.maximum.at(pair_last, j, tt.astype(np.float64))
                out_mask = rr < nrel
                pair_out = np.bincount(j[out_mask], minlength=npart).astype(np.float64)
                s_dec_total = float(pair_dec[:, cfg.mid].sum()) if npart else 0.0
                two = two_top = None
                if state.adjacency is not None and npart:
                    # two-hop support through the subject's strongest partners only (cheap,
                    # and the weak partners add mostly noise)
                    strength = pair_dec[:, cfg.mid]
                    top_m = min(cfg.two_hop_partners, npart)
                    via = np.argpartition(-strength, top_m - 1)[:top_m]
                    spread = sparse.csr_matrix(strength[via][None, :]) @ \
                        state.adjacency[partners[via]]
                    two = np.zeros(n_ent)
                    two[spread.indices] = spread.data / max(float(strength.sum()), 1e-12)
                    two[s] = 0.0
                    nz = np.flatnonzero(two)
                    k2 = min(cfg.top_k_two_hop, len(nz))
                    if k2:
                        two_top = nz[np.argpartition(-two[nz], k2 - 1)[:k2]]
                for qi in qidx:
                    r = int(queries[qi, 1])
                    t_q = int(queries[qi, 2])
                    rinv = r + nrel if r < nrel else r - nrel
                    extra = state.top_k[r] if two_top is None else np.concatenate(
                        [state.top_k[r], two_top])
                    cands = np.union1d(partners, extra)
                    pos = np.searchsorted(cands, partners)  # partner slot in cands
                    m = len(cands)
                    x = np.zeros((m, len(names)), dtype=np.float64)
                    # exact
                    me = rr == r
                    je = j[me]
                    ex_count = np.bincount(je, minlength=npart).astype(np.float64)
                    ex_last = np.full(npart, -np.inf)
                    if je.size:
                        np.maximum.at(ex_last, je, tt[me].astype(np.float64))
                    mi = rr == rinv
                    ji = j[mi]
                    rc_count = np.bincount(ji, minlength=npart).astype(np.float64)
                    rc_last = np.full(npart, -np.inf)
                    if ji.size:
                        np.maximum.at(rc_last, ji, tt[mi].astype(np.float64))
                    tw = self.rel_matrix[r, rr]
                    sr_total = float(me.sum())
                    x[pos, col["exact_count"]] = ex_count
                    x[:, col["exact_age"]] = NO_AGE
                    x[pos, col["exact_age"]] = np.minimum(t_q - ex_last, NO_AGE)
                    x[pos, col["exact_yesterday"]] = (ex_last == t_q - 1)
                    x[pos, col["exact_share"]] = ex_count / max(sr_total, 1.0)
                    x[pos, col["pair_count"]] = pair_count
                    x[:, col["pair_age"]] = NO_AGE
                    x[pos, col["pair_age"]] = np.minimum(t_q - pair_last, NO_AGE)
                    x[pos, col["pair_out"]] = pair_out
                    x[pos, col["pair_in"]] = pair_count - pair_out
                    x[pos, col["pair_share_dec"]] = pair_dec[:, cfg.mid] / max(s_dec_total, 1e-12)
                    x[pos, col["recip_count"]] = rc_count
                    x[:, col["recip_age"]] = NO_AGE
                    x[pos, col["recip_age"]] = np.minimum(t_q - rc_last, NO_AGE)
                    ex_dec_mid = None
                    for h, hl in enumerate(cfg.half_lives):
                        exd = np.bincount(je, weights=wts[me, h], minlength=npart)
                        if h == cfg.mid:
                            ex_dec_mid = exd
                        x[pos, col[f"exact_dec_{hl:g}"]] = exd
                        x[pos, col[f"pair_dec_{hl:g}"]] = pair_dec[:, h]
                        x[pos, col[f"recip_dec_{hl:g}"]] = np.bincount(
                            ji, weights=wts[mi, h], minlength=npart)
                        x[pos, col[f"trans_dec_{hl:g}"]] = np.bincount(
                            j, weights=tw * wts[:, h], minlength=npart)
                    x[pos, col["trans_all"]] = np.bincount(j, weights=tw, minlength=npart)
                    if ex_dec_mid is not None:
                        x[pos, col["exact_share_dec"]] = ex_dec_mid / max(ex_dec_mid.sum(), 1e-12)
                    x[:, col["pop_share_dec"]] = state.pop_dec_share[r, cands]
                    x[:, col["pop_share_all"]] = state.pop_all_share[r, cands]
                    x[:, col["ent_activity_dec"]] = np.log1p(state.ent_dec[cands])
                    x[:, col["ent_activity_all"]] = np.log1p(state.ent_all[cands])
                    x[:, col["q_sr_count"]] = np.log1p(sr_total)
                    x[:, col["q_s_count"]] = np.log1p(len(oo))
                    x[:, col["q_sr_distinct"]] = np.count_nonzero(ex_count)
                    x[:, col["q_n_partners"]] = npart
                    x[:, col["is_self"]] = cands == s
                    x[:, col["pop_share_dec1"]] = state.pop_dec1_share[r, cands]
                    x[:, col["ent_yesterday"]] = state.ent_yesterday[cands]
                    if two is not None:
                        tc = two[cands]
                        x[:, col["two_hop"]] = tc
                        rank = np.empty(m)
                        rank[np.argsort(-tc, kind="stable")] = np.arange(1, m + 1)
                        x[:, col["two_hop_rank"]] = np.where(tc > 0, 1.0 / rank, 0.0)
                    x[:, col["rel_repeat_exact"]] = self.rel_repeat_exact[r]
                    x[:, col["rel_repeat_pair"]] = self.rel_repeat_pair[r]
                    out_q.append(np.full(m, qi, dtype=np.int64))
                    out_c.append(cands)
                    out_x.append(x.astype(np.float32))
                    if with_prior:
                        priors[int(qi)] = self.prior(state, r)
        if out_q:
            batch = QueryBatch(np.concatenate(out_q), np.concatenate(out_c),
                               np.concatenate(out_x), priors)
        else:
            batch = QueryBatch(np.zeros(0, np.int64), np.zeros(0, np.int64),
                               np.zeros((0, len(names)), np.float32), priors)
        return batch
