"""Dyad forecasts: what will happen between two actors in the next period?

Model (deliberately simple, so that it can be explained and checked):

* The history before the origin ``as_of`` is cut into periods of ``freq_days`` days counted
  back from ``as_of`` (period 0 is the most recent), at most ``max_periods`` of them and none
  before the first event in the data.
* **Event types.** For each CAMEO root, ``x_k = 1`` if at least one event of that root
  occurred between A and B in period ``k``. The per-period probability is an empirical-Bayes
  posterior mean: ``p = (m * prior + sum_k w_k x_k) / (m + sum_k w_k)`` with weights
  ``w_k = 0.5 ** (k / half_life_periods)`` and ``prior`` the decayed pooled frequency of
  that root over *all active dyads* (dyads with at least one event in the window), ``m``
  the prior strength in periods. For a horizon of ``h`` days the probability of at least one
  event is ``1 - (1 - p) ** (h / freq_days)``. The same is done per direction (A->B, B->A)
  with priors pooled over directed dyads.
* **Goldstein.** ``y_k`` is the Goldstein sum of the dyad's events in period ``k`` (both
  directions). Expected next-period value: ``a + b * y_0 + c * m`` with ``m`` the decayed
  mean of ``y_k``; ``a, b, c`` are fitted by least squares (small ridge penalty on ``b, c``)
  over every active dyad at earlier origins ``as_of - j * freq_days`` (``j = 1 .. 52``),
  whose next periods all end on or before ``as_of`` (:func:`fit_dyad_model`). Too little
  history (fewer than 2 such origins or 200 dyad rows) keeps the plain decayed mean and says
  so in ``basis``. The value is scaled to the horizon; the 80% interval is the 10th-90th
  percentile of a bootstrap over past periods (drawn with probability proportional to
  ``w_k``), widened to contain the expected value. Net cooperation, "sum of positive
  Goldstein values minus the absolute sum of negative ones", is algebraically the same
  number as the Goldstein sum; it is reported under both names, with its cooperative and
  conflictual parts (decayed means; the fitted correction of the level is added to the
  cooperative part if it raises the level, to the conflictual part if it lowers it).
* **Calibration.** The per-period probabilities go through an isotonic map of "the root
  occurred in the next period" on the raw probability, fitted over all (dyad, root) pairs of
  the same earlier origins (at least 50 observed events needed, else no map).
* **Likely events.** The CAMEO codes with the largest decayed counts per direction, phrased
  as sentences ("USA makes a visit to CHN").
* **Basis.** Every forecast says how many events and periods it rests on; with fewer than
  ``tiny_events`` events it says ``fallback: "prior"`` (its probabilities then mostly repeat
  the pooled prior).

:func:`forecast_dyad` is the product API; :func:`build_panel` and :func:`forecast_panel`
compute the same forecasts for every dyad at once (used by the backtest).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from detente.errors import ForecastError

logger = logging.getLogger(__name__)

REQUIRED_COLUMNS = ("date", "source_country", "target_country", "root", "cameo", "goldstein",
                    "quad_class")
ROOTS = tuple(f"{i:02d}" for i in range(1, 21))

# CAMEO root short labels (facts) and the preposition used to phrase "A <verb> <prep> B".
_ROOT_INFO: dict[str, tuple[str, str]] = {
    "01": ("Make public statement", "about"), "02": ("Appeal", "to"),
    "03": ("Express intent to cooperate", "with"), "04": ("Consult", "with"),
    "05": ("Engage in diplomatic cooperation", "with"),
    "06": ("Engage in material cooperation", "with"), "07": ("Provide aid", "to"),
    "08": ("Yield", "to"), "09": ("Investigate", ""), "10": ("Demand", "of"),
    "11": ("Disapprove", "of"), "12": ("Reject", "from"), "13": ("Threaten", ""),
    "14": ("Protest", "against"), "15": ("Exhibit force posture", "against"),
    "16": ("Reduce relations", "with"), "17": ("Coerce", ""), "18": ("Assault", ""),
    "19": ("Fight", "with"), "20": ("Use unconventional mass violence", "against"),
}
# codes whose object reads differently from their root's default
_CODE_PREPOSITION = {"042": "to", "043": "from", "044": "with", "051": "", "111": "",
                     "112": "", "1121": "", "1122": "", "1123": "", "1124": "", "1125": "",
                     "120": "", "121": "", "122": "", "123": "", "124": "", "125": "",
                     "128": "", "129": "", "172": "", "173": "", "174": "", "175": "",
                     "180": "", "181": "", "182": "", "183": "", "186": "", "190": "",
                     "191": "", "192": "", "193": "", "194": "", "195": ""}


def root_label(root: str) -> str:
    return _ROOT_INFO.get(root, (f"CAMEO root {root}", ""))[0]


def _third_person(verb: str) -> str:
    lower = verb.lower()
    if lower == "be":
        return "is"
    if lower == "have":
        return "has"
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 1 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _conjugate_token(token: str) -> str:
    comma = token.endswith(",")
    return _third_person(token.rstrip(",")) + ("," if comma else "")


def describe_event(source: str, target: str, cameo: str, label: str | None) -> str:
    """A readable sentence such as ``"USA makes a visit to CHN"``.

    ``label`` is the CAMEO label ("Make a visit"); without one the root label is used.
    """
    text = (label or root_label(cameo[:2])).strip()
    text = text.replace(", not specified below", "").replace(" not specified below", "")
    words = text.split(" ")
    # conjugate the verb list at the start: "Arrest, detain, or charge with ..." ->
    # "arrests, detains, or charges with ..."
    words[0] = _conjugate_token(words[0].lower())
    j = 1
    while j < len(words):
        if words[j] == "or" and j + 1 < len(words) and (j == 1 or words[j - 1].endswith(",")):
            words[j + 1] = _conjugate_token(words[j + 1])
            break
        if words[j - 1].endswith(",") and words[j] != "or":
            words[j] = _conjugate_token(words[j])
            j += 1
            continue
        break
    phrase = " ".join(words)
    root_prep = _ROOT_INFO.get(cameo[:2], ("", ""))[1]
    prep = _CODE_PREPOSITION.get(cameo, root_prep) if label else root_prep
    return f"{source} {phrase} {prep} {target}".replace("  ", " ").strip()


@dataclass(frozen=True, slots=True)
class DyadModelConfig:
    """Knobs of the dyad model; the defaults are the ones the backtest reports."""

    half_life_periods: float = 4.0
    prior_strength: float = 3.0
    max_periods: int = 12
    tiny_events: int = 5
    interval: float = 0.8
    n_boot: int = 2000
    top_events: int = 5
    seed: int = 0
    # the fitted level model and probability calibration (see :func:`fit_dyad_model`)
    fit_origins: int = 52  # earlier origins (one period apart) the fit may use
    ridge: float = 1.0  # penalty on the two slopes (the intercept is free)
    min_fit_rows: int = 200  # fewer (dyad, origin) rows: keep the decayed mean
    min_fit_origins: int = 2
    min_calibration_events: int = 50  # fewer observed (dyad, root) events: no calibration
    fitted: bool = True  # False: the plain decayed mean and raw probabilities


@dataclass(frozen=True, slots=True)
class RootForecast:
    root: str
    label: str
    p_either: float
    p_a_to_b: float
    p_b_to_a: float
    base_rate: float  # the pooled prior for an active dyad over the same horizon


@dataclass(frozen=True, slots=True)
class Interval:
    expected: float
    low: float
    high: float
    level: float = 0.8


@dataclass(frozen=True, slots=True)
class LikelyEvent:
    text: str
    cameo: str
    source: str
    target: str
    expected_count: float


@dataclass(frozen=True, slots=True)
class DyadForecast:
    a: str
    b: str
    as_of: date
    horizon_days: int
    roots: tuple[RootForecast, ...]
    goldstein_sum: Interval
    net_cooperation: Interval
    expected_cooperation: float  # sum of positive Goldstein values
    expected_conflict: float  # absolute sum of negative Goldstein values
    likely_events: tuple[LikelyEvent, ...]
    basis: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary (dates as ISO strings, floats rounded to 4 places)."""
        out = asdict(self)
        out["as_of"] = self.as_of.isoformat()
        return _round(out)


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    if isinstance(value, np.generic):
        return _round(value.item())
    return value


# -- input checking ------------------------------------------------------------------------
def prepare_events(events: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Check columns and normalise types; returns the clean frame and the rows dropped.

    Rows with a missing date or actor, or a root outside 01..20, are dropped (and counted).

    Raises:
        ForecastError: not a DataFrame or a required column is missing.
    """
    if not isinstance(events, pd.DataFrame):
        raise ForecastError("events must be a pandas DataFrame", code="E620")
    missing = [c for c in REQUIRED_COLUMNS if c not in events.columns]
    if missing:
        raise ForecastError(f"events lack column(s) {', '.join(missing)}", code="E621",
                            hint=f"expected {', '.join(REQUIRED_COLUMNS)}")
    frame = pd.DataFrame({
        "date": _calendar_days(events["date"]),
        "src": events["source_country"].astype("string"),
        "tgt": events["target_country"].astype("string"),
        "root": events["root"].map(_norm_root),
        "cameo": events["cameo"].astype("string"),
        "goldstein": pd.to_numeric(events["goldstein"], errors="coerce").fillna(0.0),
        "quad_class": pd.to_numeric(events["quad_class"], errors="coerce"),
    })
    if "label" in events.columns:
        frame["label"] = events["label"].astype("string")
    ok = frame["date"].notna() & frame["src"].notna() & frame["tgt"].notna() & \
        frame["root"].isin(ROOTS)
    dropped = int((~ok).sum())
    if dropped:
        logger.warning("dyad forecast: dropped %d event rows with missing date/actor or a root "
                       "outside 01..20", dropped)
    return frame[ok].reset_index(drop=True), dropped


def _calendar_days(values: pd.Series) -> pd.Series:
    """Dates as naive midnight timestamps; an aware timestamp keeps its own local date."""
    try:
        parsed = pd.to_datetime(values, errors="coerce")
    except (ValueError, TypeError):  # mixed time zones in one column
        parsed = pd.to_datetime(values, errors="coerce", utc=True)
    if getattr(parsed.dt, "tz", None) is not None:
        parsed = parsed.dt.tz_localize(None)
    return parsed.dt.normalize()


def _norm_root(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip()
    if text.isdigit():
        return f"{int(text):02d}" if len(text) <= 2 else None
    return None


# -- the panel: every dyad x past period -----------------------------------------------------
@dataclass(slots=True)
class Panel:
    """Per directed dyad and past period, as of ``as_of`` (period 0 = most recent)."""

    as_of: np.datetime64
    freq_days: int
    n_periods: int
    directed: pd.MultiIndex  # (src, tgt)
    counts: np.ndarray  # (n_directed, K, 20) events per root
    gold: np.ndarray  # (n_directed, K) Goldstein sum
    pos: np.ndarray  # (n_directed, K) sum of positive Goldstein values
    neg: np.ndarray  # (n_directed, K) absolute sum of negative Goldstein values
    code_counts: pd.DataFrame  # src, tgt, cameo, label, weight (decayed count)
    n_events: int


def build_panel(frame: pd.DataFrame, as_of: np.datetime64, freq_days: int,
                config: DyadModelConfig) -> Panel:
    """Cut the history ``date <= as_of`` of a prepared frame into periods (see module doc)."""
    hist = frame[frame["date"] <= pd.Timestamp(as_of)]
    hist = hist[hist["src"] != hist["tgt"]]
    first = frame["date"].min()
    span_days = int((pd.Timestamp(as_of) - first).days) if len(frame) else 0
    k_max = max(1, min(config.max_periods, span_days // freq_days + 1))
    age = (pd.Timestamp(as_of) - hist["date"]).dt.days.to_numpy()
    k = age // freq_days
    keep = k < k_max
    hist, k = hist[keep], k[keep]
    directed = pd.MultiIndex.from_arrays([hist["src"], hist["tgt"]]).unique()
    d_idx = directed.get_indexer(pd.MultiIndex.from_arrays([hist["src"], hist["tgt"]]))
    r_idx = hist["root"].astype(int).to_numpy() - 1
    n_d = len(directed)
    counts = np.zeros((n_d, k_max, 20), dtype=np.int32)
    np.add.at(counts, (d_idx, k, r_idx), 1)
    g = hist["goldstein"].to_numpy(dtype=np.float64)
    gold = np.zeros((n_d, k_max))
    pos = np.zeros((n_d, k_max))
    neg = np.zeros((n_d, k_max))
    np.add.at(gold, (d_idx, k), g)
    np.add.at(pos, (d_idx, k), np.clip(g, 0, None))
    np.add.at(neg, (d_idx, k), np.clip(-g, 0, None))
    w = 0.5 ** (k / config.half_life_periods)
    codes = pd.DataFrame({"src": hist["src"].to_numpy(), "tgt": hist["tgt"].to_numpy(),
                          "cameo": hist["cameo"].to_numpy(), "weight": w})
    if "label" in hist.columns:
        codes["label"] = hist["label"].to_numpy()
    else:
        codes["label"] = None
    code_counts = (codes.groupby(["src", "tgt", "cameo"], dropna=False)
                   .agg(weight=("weight", "sum"), label=("label", "first")).reset_index())
    return Panel(as_of, freq_days, k_max, directed, counts, gold, pos, neg, code_counts,
                 int(len(hist)))


def period_weights(n_periods: int, config: DyadModelConfig) -> np.ndarray:
    return 0.5 ** (np.arange(n_periods) / config.half_life_periods)


def _eb_probability(indicator: np.ndarray, w: np.ndarray, prior: np.ndarray,
                    m: float) -> np.ndarray:
    """Posterior mean per period: ``(m*prior + sum w x) / (m + sum w)``; x is (D, K, 20)."""
    return (m * prior[None, :] + np.einsum("k,dkr->dr", w, indicator)) / (m + w.sum())


def _pooled(indicator: np.ndarray, w: np.ndarray) -> np.ndarray:
    if indicator.shape[0] == 0:
        return np.zeros(indicator.shape[2])
    return np.einsum("k,dkr->r", w, indicator) / (w.sum() * indicator.shape[0])


def _horizon(p: np.ndarray, horizon_days: int, freq_days: int) -> np.ndarray:
    return 1.0 - (1.0 - np.clip(p, 0.0, 1.0)) ** (horizon_days / freq_days)


@dataclass(slots=True)
class PanelForecast:
    """Forecasts for every undirected dyad of a panel (arrays aligned with ``pairs``)."""

    pairs: list[tuple[str, str]]  # sorted (a, b)
    p_either: np.ndarray  # (D, 20) over the horizon (calibrated when a fit is given)
    prior_either: np.ndarray  # (20,) over the horizon
    prior_period: np.ndarray  # (20,) per period (the pooled rate itself)
    gold_expected: np.ndarray  # (D,) the fitted level (or the decayed mean), horizon-scaled
    gold_low: np.ndarray
    gold_high: np.ndarray
    coop_expected: np.ndarray
    conflict_expected: np.ndarray
    gold_periods: np.ndarray  # (D, K) Goldstein sums per past period (both directions)
    n_events: np.ndarray  # (D,)
    pos_periods: np.ndarray  # (D, K) sums of positive Goldstein values per past period
    neg_periods: np.ndarray  # (D, K) absolute sums of negative Goldstein values
    counts: np.ndarray  # (D, K, 20) events per root and past period
    p_period_raw: np.ndarray  # (D, 20) uncalibrated per-period probabilities
    gold_decayed_mean: np.ndarray  # (D,) decayed mean per period (the unfitted level)


@dataclass(slots=True)
class _Undirected:
    pairs: pd.MultiIndex
    counts: np.ndarray  # (D, K, 20)
    gold: np.ndarray  # (D, K)
    pos: np.ndarray
    neg: np.ndarray


def _undirected(panel: Panel) -> _Undirected:
    src = panel.directed.get_level_values(0).to_numpy(dtype=object) if len(panel.directed) \
        else np.zeros(0, dtype=object)
    tgt = panel.directed.get_level_values(1).to_numpy(dtype=object) if len(panel.directed) \
        else np.zeros(0, dtype=object)
    lo = np.where(src < tgt, src, tgt)
    hi = np.where(src < tgt, tgt, src)
    pair_index = pd.MultiIndex.from_arrays([lo, hi]) if len(src) else pd.MultiIndex.from_tuples(
        [], names=[None, None])
    pairs = pair_index.unique()
    u = pairs.get_indexer(pair_index) if len(src) else np.zeros(0, dtype=np.int64)
    n_u, k_max = len(pairs), panel.n_periods
    counts = np.zeros((n_u, k_max, 20), dtype=np.int32)
    np.add.at(counts, u, panel.counts)
    gold = np.zeros((n_u, k_max))
    pos = np.zeros((n_u, k_max))
    neg = np.zeros((n_u, k_max))
    np.add.at(gold, u, panel.gold)
    np.add.at(pos, u, panel.pos)
    np.add.at(neg, u, panel.neg)
    return _Undirected(pairs, counts, gold, pos, neg)


def forecast_panel(panel: Panel, horizon_days: int, config: DyadModelConfig,
                   fit: DyadFit | None = None) -> PanelForecast:
    """The module's model applied to every undirected dyad in the panel.

    Without ``fit`` the level is the decayed mean and the probabilities are the raw
    empirical-Bayes ones; with it (see :func:`fit_dyad_model`) the level is the fitted
    combination and the probabilities go through the fitted calibration map.
    """
    und = _undirected(panel)
    pairs, counts, gold, pos, neg = und.pairs, und.counts, und.gold, und.pos, und.neg
    n_u, k_max = len(pairs), panel.n_periods
    w = period_weights(k_max, config)
    ind = (counts > 0).astype(np.float64)
    prior = _pooled(ind, w)
    p_raw = _eb_probability(ind, w, prior, config.prior_strength)
    p = fit.calibrate(p_raw) if fit is not None else p_raw
    scale = horizon_days / panel.freq_days
    wn = w / w.sum()
    dmean = gold @ wn
    level = fit.level(gold[:, 0], dmean) if fit is not None else dmean
    gold_exp = level * scale
    coop_exp = pos @ wn * scale
    conflict_exp = neg @ wn * scale
    # the fitted correction of the level goes to the cooperative part when it raises the
    # level and to the conflictual part when it lowers it, so that the parts still add up
    shift = gold_exp - dmean * scale
    coop_exp = coop_exp + np.clip(shift, 0.0, None)
    conflict_exp = conflict_exp + np.clip(-shift, 0.0, None)
    rng = np.random.default_rng(config.seed)
    n_draw = max(1, int(round(scale)))
    draws = rng.choice(k_max, size=(config.n_boot, n_draw), p=wn)
    tail = (1.0 - config.interval) / 2.0
    if n_u:
        sums = gold[:, draws].sum(axis=2) * (scale / n_draw)  # (D, n_boot)
        low, high = np.quantile(sums, [tail, 1.0 - tail], axis=1)
        # the interval always contains the expected value
        low, high = np.minimum(low, gold_exp), np.maximum(high, gold_exp)
    else:
        low = high = np.zeros(0)
    return PanelForecast(
        pairs=[tuple(x) for x in pairs], p_either=_horizon(p, horizon_days, panel.freq_days),
        prior_either=_horizon(prior, horizon_days, panel.freq_days), prior_period=prior,
        gold_expected=gold_exp,
        gold_low=low, gold_high=high, coop_expected=coop_exp,
        conflict_expected=conflict_exp, gold_periods=gold,
        n_events=counts.sum(axis=(1, 2)), pos_periods=pos, neg_periods=neg, counts=counts,
        p_period_raw=p_raw, gold_decayed_mean=dmean)


# -- the fitted level and calibration --------------------------------------------------------
@dataclass(slots=True)
class OriginRows:
    """Training material from one origin: features as of ``origin`` for every active dyad and
    what happened in the period ``(origin, origin + freq_days]``."""

    origin: np.datetime64
    last: np.ndarray  # (D,) Goldstein sum of the most recent period
    decayed_mean: np.ndarray  # (D,) decayed mean of the per-period Goldstein sums
    y_next: np.ndarray  # (D,) Goldstein sum of the next period
    p_period: np.ndarray  # (D, 20) raw per-period probabilities
    outcome: np.ndarray  # (D, 20) 1 if the root occurred in the next period


def origin_rows(frame: pd.DataFrame, origin: np.datetime64, freq_days: int,
                config: DyadModelConfig, *, data_end: np.datetime64) -> OriginRows:
    """Features at ``origin`` and outcomes in ``(origin, origin + freq_days]``.

    ``data_end`` is the last day the caller may use; the outcome period must end on or
    before it, and no row after it is read (both enforced here).

    Raises:
        ValueError: the outcome period ends after ``data_end``.
    """
    target_end = origin + np.timedelta64(freq_days, "D")
    if target_end > data_end:
        raise ValueError(f"outcome period ending {target_end} lies after the data end "
                         f"{data_end}: that would leak the future")
    frame = frame[frame["date"] <= pd.Timestamp(data_end)]
    panel = build_panel(frame, origin, freq_days, config)
    und = _undirected(panel)
    w = period_weights(panel.n_periods, config)
    ind = (und.counts > 0).astype(np.float64)
    p_raw = _eb_probability(ind, w, _pooled(ind, w), config.prior_strength)
    nxt = frame[(frame["date"] > pd.Timestamp(origin)) &
                (frame["date"] <= pd.Timestamp(target_end)) & (frame["src"] != frame["tgt"])]
    n_u = len(und.pairs)
    y_next = np.zeros(n_u)
    outcome = np.zeros((n_u, 20))
    if n_u and len(nxt):
        src, tgt = nxt["src"].to_numpy(dtype=object), nxt["tgt"].to_numpy(dtype=object)
        lo, hi = np.where(src < tgt, src, tgt), np.where(src < tgt, tgt, src)
        u = und.pairs.get_indexer(pd.MultiIndex.from_arrays([lo, hi]))
        seen = u >= 0
        np.add.at(y_next, u[seen], nxt["goldstein"].to_numpy(dtype=np.float64)[seen])
        np.add.at(outcome, (u[seen], nxt["root"].astype(int).to_numpy()[seen] - 1), 1.0)
    return OriginRows(origin, und.gold[:, 0] if n_u else np.zeros(0),
                      und.gold @ (w / w.sum()), y_next, p_raw, (outcome > 0).astype(np.float64))


@dataclass(frozen=True, slots=True)
class DyadFit:
    """Level model and calibration map fitted on origins before a forecast origin.

    ``coef = (intercept, b_last, b_mean)``: next-period net cooperation
    ``= intercept + b_last * last period + b_mean * decayed mean``; ``None`` keeps the decayed
    mean. The calibration map is an isotonic regression of the outcome on the raw per-period
    probability, stored as its breakpoints; ``None`` keeps the raw probabilities.
    """

    coef: tuple[float, float, float] | None
    calibration_x: tuple[float, ...] | None
    calibration_y: tuple[float, ...] | None
    origins: tuple[date, ...]  # the training origins
    last_target_day: date | None  # the last day any training outcome comes from
    n_rows: int
    n_events: int  # observed (dyad, root) events among the calibration points
    notes: tuple[str, ...] = ()

    def level(self, last: np.ndarray, decayed_mean: np.ndarray) -> np.ndarray:
        if self.coef is None:
            return np.asarray(decayed_mean, dtype=np.float64)
        a, b_last, b_mean = self.coef
        return a + b_last * np.asarray(last) + b_mean * np.asarray(decayed_mean)

    def calibrate(self, p: np.ndarray) -> np.ndarray:
        if self.calibration_x is None or self.calibration_y is None:
            return p
        return np.interp(p, self.calibration_x, self.calibration_y)

    def describe(self) -> dict[str, Any]:
        return {
            "level": ("fitted: {:+.3f} {:+.3f} x last period {:+.3f} x decayed mean "
                      "(per period)".format(*self.coef) if self.coef else
                      "decayed mean (not fitted)"),
            "calibration": "isotonic on earlier origins" if self.calibration_x else "none",
            "fit_origins": len(self.origins),
            "fit_first_origin": self.origins[0].isoformat() if self.origins else None,
            "fit_last_origin": self.origins[-1].isoformat() if self.origins else None,
            "fit_last_outcome_day": (self.last_target_day.isoformat()
                                     if self.last_target_day else None),
            "fit_rows": self.n_rows,
        }


UNFITTED = DyadFit(None, None, None, (), None, 0, 0, ("fitting disabled",))


def _ridge(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Least squares with an unpenalised intercept: returns ``(intercept, slopes...)``."""
    design = np.column_stack([np.ones(len(x)), x])
    reg = penalty * np.eye(design.shape[1])
    reg[0, 0] = 0.0
    return np.linalg.solve(design.T @ design + reg, design.T @ y)


def fit_dyad_model(frame: pd.DataFrame, origin: np.datetime64, freq_days: int,
                   config: DyadModelConfig,
                   cache: dict[np.datetime64, OriginRows] | None = None) -> DyadFit:
    """Fit the level combination and the calibration map on origins *before* ``origin``.

    Training origins are ``origin - j * freq_days`` for ``j = 1 .. config.fit_origins`` that
    have at least one full period of history. Their outcome periods end on or before
    ``origin``, and rows of ``frame`` after ``origin`` are never read, so a forecast made
    at ``origin`` rests only on data up to ``origin``. ``frame`` is a prepared frame (see
    :func:`prepare_events`); ``cache`` reuses rows across calls with the same data (the
    backtest's origins lie on one grid).

    The level ``E[next] = a + b * last + c * decayed mean`` is fitted by least squares with a
    small ridge penalty on ``b, c``; the calibration is an isotonic regression of "root
    occurred in the next period" on the raw per-period probability over all (dyad, root)
    pairs. With too few rows, origins or events the parts fall back (decayed mean, raw
    probabilities) and ``notes`` says why.
    """
    if not config.fitted:
        return UNFITTED
    day_date = pd.Timestamp(origin).date()
    day = np.datetime64(day_date, "D")
    hist = frame[frame["date"] <= pd.Timestamp(day)]
    if hist.empty:
        return DyadFit(None, None, None, (), None, 0, 0, ("no history",))
    first = np.datetime64(hist["date"].min(), "D")
    step = np.timedelta64(freq_days, "D")
    rows: list[OriginRows] = []
    for j in range(config.fit_origins, 0, -1):
        o = np.datetime64(day_date - timedelta(days=j * freq_days), "D")
        if o < first + step - np.timedelta64(1, "D"):
            continue  # less than one full period of history
        if cache is not None and o in cache:
            r = cache[o]
        else:
            r = origin_rows(hist, o, freq_days, config, data_end=day)
            if cache is not None:
                cache[o] = r
        if len(r.y_next):
            rows.append(r)
    origins = tuple(pd.Timestamp(r.origin).date() for r in rows)
    last_day = pd.Timestamp(rows[-1].origin + step).date() if rows else None
    n_rows = int(sum(len(r.y_next) for r in rows))
    notes: list[str] = []
    coef = None
    if len(rows) < config.min_fit_origins or n_rows < config.min_fit_rows:
        notes.append(f"level not fitted: {len(rows)} earlier origin(s) with {n_rows} dyad "
                     f"row(s), need {config.min_fit_origins} and {config.min_fit_rows}; "
                     "the decayed mean is used")
    else:
        x = np.column_stack([np.concatenate([r.last for r in rows]),
                             np.concatenate([r.decayed_mean for r in rows])])
        y = np.concatenate([r.y_next for r in rows])
        beta = _ridge(x, y, config.ridge)
        coef = (float(beta[0]), float(beta[1]), float(beta[2]))
    cal_x = cal_y = None
    n_events = int(sum(r.outcome.sum() for r in rows))
    if len(rows) < config.min_fit_origins or n_events < config.min_calibration_events:
        notes.append(f"probabilities not calibrated: {n_events} observed event(s) on "
                     f"{len(rows)} earlier origin(s), need {config.min_calibration_events}")
    else:
        from sklearn.isotonic import IsotonicRegression

        p = np.concatenate([r.p_period.ravel() for r in rows])
        out = np.concatenate([r.outcome.ravel() for r in rows])
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, out_of_bounds="clip").fit(p, out)
        cal_x = tuple(float(v) for v in iso.X_thresholds_)
        cal_y = tuple(float(v) for v in iso.y_thresholds_)
    return DyadFit(coef, cal_x, cal_y, origins, last_day, n_rows, n_events, tuple(notes))


# -- the product API -------------------------------------------------------------------------
def forecast_dyad(events: pd.DataFrame, a: str, b: str, *, as_of: date | None = None,
                  horizon_days: int = 30, freq_days: int = 30,
                  config: DyadModelConfig | None = None,
                  labels: Mapping[str, str] | None = None) -> DyadForecast:
    """Forecast what happens between ``a`` and ``b`` in the ``horizon_days`` after ``as_of``.

    Args:
        events: columns ``date, source_country, target_country, root, cameo, goldstein,
            quad_class`` (and optionally ``label``); one row per event.
        a, b: actor codes as they appear in the country columns (e.g. ``"USA"``, ``"CHN"``).
        as_of: forecast origin (events on that day are history); default: the last date.
        horizon_days: length of the forecast window.
        freq_days: length of the past periods the model learns from.
        config: model knobs, see :class:`DyadModelConfig`.
        labels: optional CAMEO code -> label map used to phrase likely events.
    Returns:
        A :class:`DyadForecast`; ``basis["fallback"] == "prior"`` when the dyad's history is
        too small to say much on its own.
    Raises:
        ForecastError: bad arguments, missing columns, or no usable event before ``as_of``.
    """
    config = config or DyadModelConfig()
    if not a or not b or a == b:
        raise ForecastError(f"need two different actors, got {a!r} and {b!r}", code="E622")
    if horizon_days < 1 or freq_days < 1:
        raise ForecastError("horizon_days and freq_days must be positive", code="E622")
    frame, dropped = prepare_events(events)
    if frame.empty:
        raise ForecastError("no usable events: nothing to forecast from, not even a prior",
                            code="E623", hint="load events first (detente ingest/import)")
    origin = np.datetime64(pd.Timestamp(as_of) if as_of is not None else frame["date"].max(),
                           "D")
    if pd.Timestamp(origin) < frame["date"].min():
        raise ForecastError(f"no events on or before as_of={origin}", code="E623",
                            hint=f"the data start on {frame['date'].min().date()}")
    panel = build_panel(frame, origin, freq_days, config)
    fit = fit_dyad_model(frame, origin, freq_days, config)
    result = forecast_panel(panel, horizon_days, config, fit)
    w = period_weights(panel.n_periods, config)
    key = (a, b) if a < b else (b, a)
    try:
        i = result.pairs.index(key)
    except ValueError:
        i = -1
    # directed probabilities, priors pooled over directed dyads
    dir_ind = (panel.counts > 0).astype(np.float64)
    dir_prior = _pooled(dir_ind, w)
    directed = {}
    for s, t in ((a, b), (b, a)):
        j = panel.directed.get_indexer([(s, t)])[0] if len(panel.directed) else -1
        x = dir_ind[j][None] if j >= 0 else np.zeros((1, panel.n_periods, 20))
        p = fit.calibrate(_eb_probability(x, w, dir_prior, config.prior_strength)[0])
        directed[(s, t)] = _horizon(p, horizon_days, freq_days)
    if i >= 0:
        p_either = result.p_either[i]
        n_events = int(result.n_events[i])
        gold = Interval(float(result.gold_expected[i]), float(result.gold_low[i]),
                        float(result.gold_high[i]), config.interval)
        coop, conflict = float(result.coop_expected[i]), float(result.conflict_expected[i])
    else:
        # never seen together: the pooled rate, discounted by the periods without events
        none = np.zeros((1, panel.n_periods, 20))
        p_either = _horizon(fit.calibrate(_eb_probability(none, w, result.prior_period,
                                                          config.prior_strength)[0]),
                            horizon_days, freq_days)
        n_events = 0
        gold = Interval(0.0, 0.0, 0.0, config.interval)
        coop = conflict = 0.0
    roots = tuple(
        RootForecast(root, root_label(root), float(p_either[r]), float(directed[(a, b)][r]),
                     float(directed[(b, a)][r]), float(result.prior_either[r]))
        for r, root in enumerate(ROOTS))
    likely = _likely_events(panel, a, b, horizon_days, config, labels)
    basis: dict[str, Any] = {
        "method": "empirical-Bayes Bernoulli per CAMEO root over decayed past periods, "
                  "calibrated on earlier origins; net cooperation from a least-squares "
                  "combination of the last period and the decayed mean fitted on earlier "
                  "origins; Goldstein interval from a weighted bootstrap of past periods",
        **fit.describe(),
        "n_events": n_events, "n_events_all_dyads": panel.n_events,
        "periods_used": panel.n_periods, "freq_days": freq_days,
        "half_life_periods": config.half_life_periods,
        "prior_strength_periods": config.prior_strength,
        "active_dyads_in_prior": len(result.pairs), "dropped_rows": dropped,
        "fallback": None,
    }
    if fit.notes:
        basis["fit_notes"] = list(fit.notes)
    if n_events < config.tiny_events:
        basis["fallback"] = "prior"
        basis["note"] = (f"only {n_events} event(s) between {a} and {b} in the last "
                         f"{panel.n_periods} period(s): probabilities rest on the pooled rate of "
                         "all active dyads, discounted by the periods without events")
    if panel.n_periods < 3:
        basis["note"] = (basis.get("note", "") + "; " if basis.get("note") else "") + \
            f"only {panel.n_periods} period(s) of history: intervals are unreliable"
    return DyadForecast(a, b, pd.Timestamp(origin).date(), horizon_days, roots, gold, gold,
                        coop, conflict, likely, basis)


def _likely_events(panel: Panel, a: str, b: str, horizon_days: int, config: DyadModelConfig,
                   labels: Mapping[str, str] | None) -> tuple[LikelyEvent, ...]:
    codes = panel.code_counts
    mine = codes[((codes["src"] == a) & (codes["tgt"] == b)) |
                 ((codes["src"] == b) & (codes["tgt"] == a))]
    if mine.empty:
        return ()
    w = period_weights(panel.n_periods, config)
    # decayed count per period, scaled to the horizon = expected count in the horizon
    scale = horizon_days / panel.freq_days / w.sum()
    top = mine.sort_values(["weight", "cameo"], ascending=[False, True]).head(config.top_events)
    out = []
    for row in top.itertuples(index=False):
        label = (labels or {}).get(str(row.cameo)) or (
            str(row.label) if row.label is not None and not pd.isna(row.label) else None)
        out.append(LikelyEvent(describe_event(str(row.src), str(row.tgt), str(row.cameo), label),
                               str(row.cameo), str(row.src), str(row.tgt),
                               float(float(row.weight) * scale)))
    return tuple(out)
