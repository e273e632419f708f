"""ICEWS14 forecasting benchmark for detente's TKG model (time-aware filtered MRR, Hits@k).

Usage::

    .venv/bin/python benchmarks/tkg_icews14.py --data ../shared/data/icews14 [--json]
        [--scores-out FILE] [--mode single|multi|both]

Protocol (see benchmarks/README_forecast.md): object and subject queries for every test
fact (subject queries through inverse relations), every entity ranked, the other true
answers at the same timestamp filtered out, ties ranked at the mean of their tie group.
single-step: history is every fact before the query day (train, valid, earlier test days);
multi-step: history ends with the validation split.
"""

from __future__ import annotations

import argparse
import json
import logging
import resource
import sys
import time
from pathlib import Path
from typing import IO, Any

import numpy as np

from detente.analysis.forecast.data import TKGData, load_tkg
from detente.analysis.forecast.features import extend_with_inverse
from detente.analysis.forecast.metrics import ranks_raw, ranks_time_aware_filtered, summarize
from detente.analysis.forecast.tkg import ForecastConfig, TKGForecaster, make_queries
from detente.errors import DetenteError

PUBLISHED = [  # time-aware filtered MRR on ICEWS14, single-step (see README_forecast.md)
    ("recurrency baseline (Gastinger et al. 2023)", 37.4),
    ("RE-GCN", 42.1),
    ("CEN", 41.8),
    ("TLogic", 42.5),
    ("TiRGN (own paper)", 44.0),
]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def evaluate(model: TKGForecaster, data: TKGData, quads: np.ndarray, *, cutoff: int | None,
             scores_out: IO[str] | None = None, top: int = 100) -> dict[str, Any]:
    """Rank both directions of every fact in ``quads`` day by day."""
    filt_all: list[np.ndarray] = []
    raw_all: list[np.ndarray] = []
    nrel = data.n_relations
    for day in np.unique(quads[:, 3]):
        day_quads = quads[quads[:, 3] == day]
        queries, answers = make_queries(day_quads, nrel)
        scores = model.score_dense(queries, cutoff=cutoff)
        ext = extend_with_inverse(day_quads, nrel)
        # map each directed fact to its query row
        qkey = (queries[:, 0] * (2 * nrel) + queries[:, 1])
        order = np.argsort(qkey)
        fkey = ext[:, 0] * (2 * nrel) + ext[:, 1]
        row = order[np.searchsorted(qkey[order], fkey)]
        fact_scores = scores[row]
        filt = ranks_time_aware_filtered(fact_scores, ext[:, 2], [answers[i] for i in row])
        raw = ranks_raw(fact_scores, ext[:, 2])
        filt_all.append(filt)
        raw_all.append(raw)
        if scores_out is not None:
            top = min(top, scores.shape[1])
            top_idx = np.argpartition(-scores, top - 1, axis=1)[:, :top]
            for qi in range(len(queries)):
                idx = top_idx[qi][np.argsort(-scores[qi, top_idx[qi]], kind="stable")]
                cache = [[int(e), round(float(scores[qi, e]), 5)] for e in idx]
                for fi in np.flatnonzero(row == qi):
                    s, r, o, t = (int(v) for v in ext[fi])
                    inverse = r >= nrel
                    scores_out.write(json.dumps({
                        "s": s, "r": r - nrel if inverse else r, "o": o, "t": t,
                        "inverse": inverse, "top": cache}) + "\n")
    filt_ranks = np.concatenate(filt_all)
    raw_ranks = np.concatenate(raw_all)
    result = summarize(filt_ranks)
    result["raw_mrr"] = summarize(raw_ranks)["mrr"]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--data", default="../shared/data/icews14")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--scores-out", type=Path, help="JSON Lines, top-100 per test query")
    parser.add_argument("--mode", choices=("single", "multi", "both"), default="both")
    parser.add_argument("--no-valid", action="store_true", help="skip the validation report")
    parser.add_argument("--refit-with-valid", action="store_true",
                        help="refit the ranker on train+valid before testing")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        stream=sys.stderr, format="%(asctime)s %(name)s %(message)s")
    t0 = time.perf_counter()
    try:
        data = load_tkg(args.data)
    except DetenteError as exc:
        print(exc.one_line(), file=sys.stderr)
        return 1
    timings: dict[str, float] = {}
    config = ForecastConfig()
    model = TKGForecaster(data.n_entities, data.n_relations, config)
    results: dict[str, Any] = {"dataset": str(args.data)}
    if not (args.no_valid and args.refit_with_valid):  # else the train-only fit is unused
        t = time.perf_counter()
        model.fit(data.train)
        timings["fit_s"] = time.perf_counter() - t
    end_valid = int(data.valid[:, 3].max())
    if not args.no_valid:
        t = time.perf_counter()
        model.attach(np.concatenate([data.train, data.valid]))
        results["valid_single"] = evaluate(model, data, data.valid, cutoff=None)
        timings["valid_s"] = time.perf_counter() - t
    if args.refit_with_valid:
        t = time.perf_counter()
        model = TKGForecaster(data.n_entities, data.n_relations, config)
        model.fit(np.concatenate([data.train, data.valid]))
        timings["refit_s"] = time.perf_counter() - t
    results["fit"] = model.fit_info
    results["fitted_on"] = "train+valid" if args.refit_with_valid else "train"
    model.attach(data.all_events())
    out = args.scores_out.open("w", encoding="utf-8") if args.scores_out else None
    try:
        if args.mode in ("single", "both"):
            t = time.perf_counter()
            results["test_single"] = evaluate(model, data, data.test, cutoff=None,
                                              scores_out=out)
            timings["test_single_s"] = time.perf_counter() - t
        if args.mode in ("multi", "both"):
            t = time.perf_counter()
            results["test_multi"] = evaluate(model, data, data.test, cutoff=end_valid + 1,
                                             scores_out=out if args.mode == "multi" else None)
            timings["test_multi_s"] = time.perf_counter() - t
    finally:
        if out:
            out.close()
    timings["total_s"] = time.perf_counter() - t0
    results["runtime"] = {k: round(v, 1) for k, v in timings.items()}
    results["peak_rss_mb"] = round(peak_rss_mb(), 1)
    results["published_single_step_mrr"] = dict(PUBLISHED)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"ICEWS14 ({data.n_entities} entities, {data.n_relations} relations; "
          f"ranker fitted on {results['fit']['train_queries']} queries from "
          f"{results['fitted_on']})")
    print(f"{'setting':<22}{'MRR':>8}{'H@1':>8}{'H@3':>8}{'H@10':>8}{'raw MRR':>9}{'n':>8}")
    for key in ("valid_single", "test_single", "test_multi"):
        if key in results:
            r = results[key]
            print(f"{key:<22}{r['mrr']:>8.2f}{r['hits@1']:>8.2f}{r['hits@3']:>8.2f}"
                  f"{r['hits@10']:>8.2f}{r['raw_mrr']:>9.2f}{r['n']:>8}")
    print("\npublished, time-aware filtered MRR, single-step:")
    for name, value in PUBLISHED:
        print(f"  {name:<44}{value:>6.1f}")
    if "test_single" in results:
        print(f"  {'detente (this run)':<44}{results['test_single']['mrr']:>6.2f}")
    print("\nruntime: " + ", ".join(f"{k} {v:.1f}" for k, v in results["runtime"].items())
          + f"; peak RSS {results['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
