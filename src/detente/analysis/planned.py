"""Planned-event tracker: upcoming meetings, visits, summits and talks, their story across
articles, and the probability that each takes place.

**Which events.** Fused events of CAMEO roots 03 (intent to cooperate, incl. 036 "intent to
meet") and 04 (consult: visits, meetings, talks) that some article reported as planned,
uncertain or hypothetical, as of ``as_of`` (only articles published on or before it are
visible; default: the newest article's day). Listed are those still open whose expected date
is ahead or at most ``recent_days`` behind, and those realized or cancelled within the last
``recent_days`` after earlier planned reports.

**History.** One entry per article, in publication order, with the strongest status that
article gives the event: first report, confirmation (an official planned report, below),
planned, uncertain, hypothetical, denial, postponement, cancellation, realization.

**Probability model.** A logistic score ``p = 1 / (1 + exp(-(w0 + sum_j w_j x_j)))`` of
cues visible on the day:

========================  =================================================================
``firm_share``            (planned - hypothetical mentions) / unrealized mentions, in -1..1
``log_articles``          ln(1 + independent articles reporting the event)
``official``              1 if a mention is an official confirmation: status planned, a firm
                          cue (will, agreed, scheduled, set, due, announced, a future date,
                          ...), not anonymous, and said by a government (the speaker resolves
                          to a government in the actor KB; with no speaker, the event's
                          source actor is a government)
``preparatory``           ln(1 + realized consultations (root 04) between the same two
                          countries in the ``prep_days`` (45) days before)
``months_ahead``          months from the day to the start of the expected date (0..12)
``overdue``               months since the expected period ended without a realization (0..6)
``negated``               denial / cancellation / postponement mentions (0..2)
========================  =================================================================

The weights start from documented prior values (:data:`PRIOR_WEIGHTS`, our judgment of each
cue's direction and size) and are **calibrated on the store**: every planned event whose
outcome is known as of the day (realized -> 1; cancelled, denied, or expected period over by
more than ``grace_days`` without a realization -> 0) contributes one snapshot per day it was
reported before it was realized (its features as of that day), weighted so each event counts
once. The fit is a maximum a posteriori logistic regression with a Gaussian prior
(sd ``prior_sd``) around the prior weights, so a small store moves them little. The
calibration report gives leave-one-event-out predictions: Brier score (against the prior
weights and the base rate) and a reliability table.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd
from scipy import optimize

from detente.analysis.series import REALIZED, UNREALIZED, latest_published, load_mentions
from detente.fuse import Mention, interval

log = logging.getLogger(__name__)

TRACKED_ROOTS = ("03", "04")
FEATURES = ("firm_share", "log_articles", "official", "preparatory", "months_ahead",
            "overdue", "negated")
#: prior weights (intercept first): the direction and rough size we expect of each cue
PRIOR_WEIGHTS: dict[str, float] = {
    "intercept": 0.0, "firm_share": 1.0, "log_articles": 0.5, "official": 1.5,
    "preparatory": 0.7, "months_ahead": -0.15, "overdue": -1.0, "negated": -2.0,
}
#: status cues that state a plan firmly (anything else leaves room for doubt)
FIRM_CUES = frozenset({
    "will", "shall", "'ll", "wo", "agreed", "agree", "scheduled", "schedule", "set", "due",
    "slated", "slate", "decided", "decide", "announced", "announce", "arranged", "future date",
    "be to", "is to", "are to", "confirmed", "confirm",
})
_NEGATED = ("denied", "cancelled")
_POSTPONE_CUES = frozenset({"postpone", "postponed", "delay", "delayed", "defer", "deferred",
                            "push", "pushed", "put"})
_ARTICLE_RANK = {"realization": 9, "cancellation": 8, "postponement": 7, "denial": 6,
                 "confirmation": 5, "planned": 4, "uncertain": 3, "hypothetical": 2}


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    published: str | None
    article_id: str | None
    title: str | None
    kind: str  # first report gets first=True
    status: str
    cue: str | None
    speaker: str | None
    sentence: str
    first: bool = False


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    fused_id: str
    source: str | None
    target: str | None
    cameo: str
    label: str | None
    description: str
    location: str | None
    expected: str | None  # the date value of the most precise report ("2023-11")
    expected_start: str | None
    expected_end: str | None
    state: str  # upcoming | due | overdue | realized | cancelled
    status: str  # fused status as of the day
    days_remaining: int | None
    probability: float
    features: dict[str, float]
    contributions: dict[str, float]
    history: tuple[HistoryEntry, ...]
    n_articles: int
    n_mentions: int
    as_of: str
    names: tuple[str, ...] = ()
    sentence: str = ""
    article_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["probability"] = round(self.probability, 4)
        d["features"] = {k: round(v, 4) for k, v in self.features.items()}
        d["contributions"] = {k: round(v, 4) for k, v in self.contributions.items()}
        return d


@dataclass(frozen=True, slots=True)
class PlannedModel:
    weights: dict[str, float]
    prior_weights: dict[str, float]
    fitted: bool
    n_events: int
    n_positive: int
    n_snapshots: int
    brier: float | None  # leave-one-event-out, fitted weights
    brier_prior: float | None  # same snapshots, prior weights
    brier_base_rate: float | None
    reliability: tuple[dict[str, Any], ...] = ()
    note: str = ""
    as_of: str | None = None
    method: str = ("MAP logistic regression, Gaussian prior around PRIOR_WEIGHTS; snapshots of "
                   "resolved planned events, one unit of weight per event")

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("brier", "brier_prior", "brier_base_rate"):
            if d[k] is not None:
                d[k] = round(d[k], 4)
        d["weights"] = {k: round(v, 4) for k, v in self.weights.items()}
        return d

    def score(self, features: dict[str, float]) -> tuple[float, dict[str, float]]:
        contrib = {k: self.weights[k] * features[k] for k in FEATURES}
        z = self.weights["intercept"] + sum(contrib.values())
        return _sigmoid(z), contrib


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))


# -- cues --------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Context:
    kb: Any
    gov_speakers: dict[str, bool] = field(default_factory=dict)

    def government(self, speaker: str | None) -> bool:
        if not speaker:
            return False
        if speaker not in self.gov_speakers:
            ok = False
            for e in self.kb.find(speaker):
                if e.sector == "GOV" or e.kind == "metonym" and (e.sector in (None, "GOV")):
                    ok = True
                    break
                if e.kind == "person" and any(r.sector == "GOV" for r in e.roles):
                    ok = True
                    break
            self.gov_speakers[speaker] = ok
        return self.gov_speakers[speaker]


def _isna(v: Any) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def is_official(m: dict[str, Any], ctx: _Context) -> bool:
    """An official confirmation (see module doc)."""
    if m["status"] != "planned":
        return False
    cue = str(m.get("status_cue") or "").lower()
    if cue not in FIRM_CUES:
        return False
    if not _isna(m.get("anonymous")) and bool(m.get("anonymous")):
        return False
    speaker = None if _isna(m.get("speaker")) else str(m["speaker"])
    if speaker:
        return ctx.government(speaker)
    return str(m.get("source_sector") or "") == "GOV"


def _kind(m: dict[str, Any], ctx: _Context) -> str:
    s = m["status"]
    if s in REALIZED:
        return "realization"
    if s == "cancelled":
        cue = str(m.get("status_cue") or "").lower().split()
        return "postponement" if cue and cue[0] in _POSTPONE_CUES else "cancellation"
    if s == "denied":
        return "denial"
    if s == "planned":
        return "confirmation" if is_official(m, ctx) else "planned"
    return s  # uncertain / hypothetical


def _interval(m: dict[str, Any]) -> tuple[date, date] | None:
    """The date interval a mention gives its event (computed once per mention record)."""
    if "_interval" in m:
        return m["_interval"]  # type: ignore[no-any-return]
    iv = _mention_interval(m)
    m["_interval"] = iv
    return iv


def _mention_interval(m: dict[str, Any]) -> tuple[date, date] | None:
    pub = m.get("published")
    mention = Mention(
        event_id=str(m["event_id"]), article_id=m.get("article_id"),
        published=None if _isna(pub) else pub, source_country=None, target_country=None,
        source_name=None, target_name=None, cameo=str(m["cameo"]), root=str(m["root"]),
        status=str(m["status"]), date_value=None if _isna(m.get("date_value"))
        else str(m["date_value"]), date_precision=None if _isna(m.get("date_precision"))
        else str(m["date_precision"]), location_country=None)
    return interval(mention)


def expected_period(unrealized: list[dict[str, Any]]) -> tuple[date | None, date | None,
                                                                str | None]:
    """(start, end, value) of the most precise expected date among unrealized mentions."""
    best: tuple[int, date, date, str | None] | None = None
    for m in unrealized:
        iv = _interval(m)
        if iv is None:
            continue
        width = (iv[1] - iv[0]).days
        stated = str(m.get("date_precision") or "") not in ("publication", "unknown", "")
        key = (0 if stated else 1, width)
        if best is None or key < (best[0], (best[2] - best[1]).days):
            best = (key[0], iv[0], iv[1], str(m.get("date_value")) if stated else None)
    if best is None:
        return None, None, None
    return best[1], best[2], best[3]


def _prep_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """Realized consultations: pair, event date and the day they first became visible."""
    cols = ["fused_id", "pair", "day", "visible"]
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    m = mentions[(mentions["f_root"] == "04") & mentions["status"].isin(REALIZED)]
    if m.empty:
        return pd.DataFrame(columns=cols)
    # one row per fused event, vectorised: its (fused) countries and date (the same on every
    # row of the event: the first row's), and the first publication of a realized mention
    # (the day it became visible)
    first_pub = pd.to_datetime(m["published"], errors="coerce").groupby(
        m["fused_id"], sort=True).min()
    first = m.drop_duplicates("fused_id", keep="first").set_index("fused_id") \
        .reindex(first_pub.index)
    day = pd.to_datetime(first["f_date_start"], errors="coerce").fillna(first_pub)
    keep = day.notna().to_numpy()
    first, day, first_pub = first[keep], day[keep], first_pub[keep]
    visible = first_pub.fillna(day)
    return pd.DataFrame({
        "fused_id": first.index.to_numpy(),
        "pair": [frozenset((str(a), str(b))) for a, b in zip(
            first["f_source_country"].tolist(), first["f_target_country"].tolist(),
            strict=True)],
        "day": [d.date() for d in day], "visible": [v.date() for v in visible],
    }, columns=cols)


@dataclass(frozen=True, slots=True)
class _PrepIndex:
    """The realized consultations of :func:`_prep_table` blocked by country pair and sorted
    by date, so counting those of one pair in a window is a binary search plus the window
    itself (instead of a scan of every consultation in the store)."""

    by_pair: dict[frozenset, tuple[np.ndarray, np.ndarray, np.ndarray]]

    @classmethod
    def build(cls, prep: pd.DataFrame) -> _PrepIndex:
        out: dict[frozenset, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        if len(prep):
            days = np.array([d.toordinal() for d in prep["day"]], dtype=np.int64)
            vis = np.array([d.toordinal() for d in prep["visible"]], dtype=np.int64)
            fids = prep["fused_id"].astype(str).to_numpy()
            groups: dict[frozenset, list[int]] = {}
            for i, pair in enumerate(prep["pair"]):
                groups.setdefault(pair, []).append(i)
            for pair, idx in groups.items():
                ix = np.array(idx, dtype=np.int64)
                order = ix[np.argsort(days[ix], kind="stable")]
                out[pair] = (days[order], vis[order], fids[order])
        return cls(out)

    def count(self, pair: frozenset, fused_id: str, day: date, prep_days: int) -> int:
        """Consultations of ``pair`` dated in ``[day - prep_days, day]`` and visible by
        ``day``, other than ``fused_id`` itself."""
        hit = self.by_pair.get(pair)
        if hit is None:
            return 0
        days, vis, fids = hit
        d = day.toordinal()
        lo = int(np.searchsorted(days, d - prep_days, side="left"))
        hi = int(np.searchsorted(days, d, side="right"))
        if lo >= hi:
            return 0
        return int(((vis[lo:hi] <= d) & (fids[lo:hi] != fused_id)).sum())


def features_at(group: list[dict[str, Any]], day: date, prep: pd.DataFrame | _PrepIndex,
                pair: frozenset, fused_id: str, ctx: _Context, *, prep_days: int = 45
                ) -> dict[str, float]:
    """The cue values of one fused event as of ``day`` (its mentions published by then)."""
    vis = [m for m in group if _isna(m.get("published")) or m["published"] <= day]
    unreal = [m for m in vis if m["status"] in UNREALIZED]
    n_u = max(1, len(unreal))
    n_pl = sum(m["status"] == "planned" for m in unreal)
    n_hy = sum(m["status"] == "hypothetical" for m in unreal)
    arts = {m.get("article_id") for m in vis if m["status"] not in REALIZED}
    lo, hi, _ = expected_period(unreal)
    months_ahead = 0.0 if lo is None else min(12.0, max(0.0, (lo - day).days / 30.0))
    overdue = 0.0 if hi is None else min(6.0, max(0.0, (day - hi).days / 30.0))
    negated = min(2.0, float(sum(m["status"] in _NEGATED for m in vis)))
    index = prep if isinstance(prep, _PrepIndex) else _PrepIndex.build(prep)
    n_prep = index.count(pair, fused_id, day, prep_days)
    return {
        "firm_share": (n_pl - n_hy) / n_u,
        "log_articles": math.log1p(len(arts)),
        "official": 1.0 if any(is_official(m, ctx) for m in unreal) else 0.0,
        "preparatory": math.log1p(n_prep),
        "months_ahead": months_ahead,
        "overdue": overdue,
        "negated": negated,
    }


# -- training ----------------------------------------------------------------------------------
def _groups(mentions: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    if mentions.empty:
        return out
    # the same records as to_dict("records"), column by column (several times faster on
    # pandas' Arrow-backed string columns)
    cols = [str(c) for c in mentions.columns]
    recs = [dict(zip(cols, row, strict=True))
            for row in zip(*(mentions[c].tolist() for c in cols), strict=True)]
    for r in recs:
        out.setdefault(str(r["fused_id"]), []).append(r)
    for g in out.values():
        g.sort(key=lambda m: (m["published"] if not _isna(m.get("published")) else date.min,
                              str(m["event_id"])))
    return out


def _pair(g: list[dict[str, Any]]) -> frozenset:
    r = g[0]
    return frozenset((str(r["f_source_country"]), str(r["f_target_country"])))


def training_snapshots(groups: dict[str, list[dict[str, Any]]],
                       prep: pd.DataFrame | _PrepIndex, cutoff: date, ctx: _Context, *,
                       grace_days: int = 14) -> pd.DataFrame:
    """One row per (resolved planned event, day it was reported before its realization)."""
    if not isinstance(prep, _PrepIndex):
        prep = _PrepIndex.build(prep)
    rows = []
    for fid, g in groups.items():
        vis = [m for m in g if _isna(m.get("published")) or m["published"] <= cutoff]
        unreal = [m for m in vis if m["status"] in UNREALIZED]
        if not unreal:
            continue
        realized_days = [m["published"] for m in vis
                         if m["status"] in REALIZED and not _isna(m.get("published"))]
        first_real = min(realized_days) if realized_days else None
        if first_real is not None:
            label = 1
        else:
            _, hi, _ = expected_period(unreal)
            negated = any(m["status"] in _NEGATED for m in vis)
            if negated or (hi is not None and hi + timedelta(days=grace_days) < cutoff):
                label = 0
            else:
                continue  # still open: outcome unknown on the cutoff day
        days = sorted({m["published"] for m in unreal if not _isna(m.get("published"))
                       and (first_real is None or m["published"] < first_real)})
        for d in days:
            x = features_at(g, d, prep, _pair(g), fid, ctx)
            rows.append({"fused_id": fid, "day": d, "y": label, "w": 1.0 / len(days), **x})
    return pd.DataFrame(rows, columns=["fused_id", "day", "y", "w", *FEATURES])


def _loss_grad(xb: np.ndarray, y: np.ndarray, w: np.ndarray, beta: np.ndarray,
               prior: np.ndarray, prior_sd: float) -> tuple[float, np.ndarray, np.ndarray]:
    """Negative log posterior (weighted logistic likelihood, Gaussian prior around ``prior``),
    its gradient at ``beta``, and the snapshot probabilities."""
    z = np.clip(xb @ beta, -40, 40)
    p = 1.0 / (1.0 + np.exp(-z))
    eps = 1e-12
    nll = -float(np.sum(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))))
    loss = nll + float(np.sum((beta - prior) ** 2)) / (2 * prior_sd**2)
    grad = xb.T @ (w * (p - y)) + (beta - prior) / prior_sd**2
    return loss, grad, p


def _hessian(xb: np.ndarray, w: np.ndarray, p: np.ndarray, prior_sd: float) -> np.ndarray:
    return np.asarray((xb * (w * p * (1 - p))[:, None]).T @ xb
                      + np.eye(xb.shape[1]) / prior_sd**2)


def _fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, prior: np.ndarray, prior_sd: float
         ) -> np.ndarray:
    """The MAP weights (L-BFGS from the prior weights)."""
    xb = np.hstack([np.ones((len(x), 1)), x])

    def loss(beta: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad, _ = _loss_grad(xb, y, w, beta, prior, prior_sd)
        return value, grad

    res = optimize.minimize(loss, prior.copy(), jac=True, method="L-BFGS-B")
    return np.asarray(res.x)


def _newton_fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, prior: np.ndarray,
                prior_sd: float, start: np.ndarray) -> np.ndarray:
    """The MAP weights by Newton's method with step halving from ``start`` (near the optimum:
    a few passes over the snapshots, where L-BFGS from the prior takes dozens)."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    beta = start.astype(float).copy()
    loss, grad, p = _loss_grad(xb, y, w, beta, prior, prior_sd)
    for _ in range(100):
        step = np.linalg.solve(_hessian(xb, w, p, prior_sd), grad)
        t = 1.0
        while True:
            cand = beta - t * step
            c_loss, c_grad, c_p = _loss_grad(xb, y, w, cand, prior, prior_sd)
            if c_loss <= loss + 1e-12 * max(1.0, abs(loss)) or t < 1e-6:
                break
            t /= 2
        beta, loss, grad, p = cand, c_loss, c_grad, c_p
        if float(np.max(np.abs(t * step))) < 1e-10:
            break
    return beta


def _predict(x: np.ndarray, beta: np.ndarray) -> np.ndarray:
    z = np.clip(beta[0] + x @ beta[1:], -40, 40)
    return 1.0 / (1.0 + np.exp(-z))


#: above this many (event x snapshot) pairs, leave-one-event-out predictions use one Newton
#: step from the full fit per event (linear time) instead of refitting without each event
EXACT_LOO_LIMIT = 5_000_000


def _loo_predictions(x: np.ndarray, y: np.ndarray, w: np.ndarray, ids: np.ndarray,
                     beta: np.ndarray, prior: np.ndarray, prior_sd: float
                     ) -> tuple[np.ndarray, bool]:
    """Leave-one-event-out probabilities of every snapshot, and whether they are exact.

    Exact: a refit without the event, by Newton's method from the full fit (a few passes
    over the snapshots each). At scale (more than :data:`EXACT_LOO_LIMIT` event x snapshot
    pairs) that is quadratic, so each event gets one Newton step from the full-data optimum
    instead: with ``H`` the full Hessian and ``H_e``, ``g_e`` the event's own Hessian and
    gradient terms there, the weights without it are ``beta + (H - H_e)^-1 g_e`` (all
    events at once, linear time).
    """
    uniq, inv = np.unique(ids, return_inverse=True)
    loo = np.zeros(len(x))
    if len(uniq) * len(x) <= EXACT_LOO_LIMIT:
        for k in range(len(uniq)):
            out = inv == k
            b = _newton_fit(x[~out], y[~out], w[~out], prior, prior_sd, start=beta)
            loo[out] = _predict(x[out], b)
        return loo, True
    beta = _newton_fit(x, y, w, prior, prior_sd, start=beta)  # the exact optimum
    xb = np.hstack([np.ones((len(x), 1)), x])
    _, _, p = _loss_grad(xb, y, w, beta, prior, prior_sd)
    hess = _hessian(xb, w, p, prior_sd)
    d = xb.shape[1]
    r = w * p * (1 - p)
    h_e = np.zeros((len(uniq), d, d))
    np.add.at(h_e, inv, r[:, None, None] * xb[:, :, None] * xb[:, None, :])
    g_e = np.zeros((len(uniq), d))
    np.add.at(g_e, inv, (w * (p - y))[:, None] * xb)
    delta = np.linalg.solve(hess[None, :, :] - h_e, g_e[:, :, None])[:, :, 0]
    z = np.clip(np.sum(xb * (beta[None, :] + delta[inv]), axis=1), -40, 40)
    return 1.0 / (1.0 + np.exp(-z)), False


def fit_planned_model(store: Any, *, as_of: date | None = None, prior_sd: float = 1.0,
                      grace_days: int = 14, _data: tuple[Any, ...] | None = None
                      ) -> PlannedModel:
    """Calibrate the probability model on the planned events resolved as of ``as_of``."""
    cutoff = as_of or latest_published(store) or date.today()
    if _data is None:
        mentions = load_mentions(store, as_of=cutoff, roots=TRACKED_ROOTS)
        groups = _groups(mentions)
        prep = _PrepIndex.build(_prep_table(mentions))
        from detente.coding.actors import default_kb

        ctx = _Context(default_kb())
    else:
        groups, prep, ctx = _data
    snaps = training_snapshots(groups, prep, cutoff, ctx, grace_days=grace_days)
    prior = np.array([PRIOR_WEIGHTS["intercept"], *(PRIOR_WEIGHTS[f] for f in FEATURES)])
    n_events = int(snaps["fused_id"].nunique()) if len(snaps) else 0
    n_pos = int(snaps.groupby("fused_id")["y"].first().sum()) if len(snaps) else 0
    base: dict[str, Any] = {"prior_weights": dict(PRIOR_WEIGHTS), "n_events": n_events,
                            "n_positive": n_pos, "n_snapshots": int(len(snaps)),
                            "as_of": cutoff.isoformat()}
    if n_events < 5 or n_pos == 0 or n_pos == n_events:
        return PlannedModel(weights=dict(PRIOR_WEIGHTS), fitted=False, brier=None,
                            brier_prior=None, brier_base_rate=None,
                            note=(f"not calibrated: {n_events} resolved planned event(s), "
                                  f"{n_pos} realized; the prior weights are used"), **base)
    x = snaps[list(FEATURES)].to_numpy(dtype=float)
    y = snaps["y"].to_numpy(dtype=float)
    w = snaps["w"].to_numpy(dtype=float)
    beta = _fit(x, y, w, prior, prior_sd)
    # leave-one-event-out predictions for an honest calibration report
    ids = snaps["fused_id"].to_numpy()
    loo, exact = _loo_predictions(x, y, w, ids, beta, prior, prior_sd)
    p_prior = _predict(x, prior)
    base_rate = float(np.sum(w * y) / np.sum(w))
    brier = float(np.sum(w * (loo - y) ** 2) / np.sum(w))
    brier_prior = float(np.sum(w * (p_prior - y) ** 2) / np.sum(w))
    brier_base = float(np.sum(w * (base_rate - y) ** 2) / np.sum(w))
    table = []
    edges = [0.0, 0.25, 0.5, 0.75, 1.0001]
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        sel = (loo >= lo) & (loo < hi)
        if not sel.any():
            table.append({"bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "n": 0, "events": 0,
                          "mean_predicted": None, "observed": None})
            continue
        table.append({"bin": f"{lo:.2f}-{min(hi, 1.0):.2f}", "n": int(sel.sum()),
                      "events": int(len(set(ids[sel]))),
                      "mean_predicted": round(float(np.average(loo[sel], weights=w[sel])), 3),
                      "observed": round(float(np.average(y[sel], weights=w[sel])), 3)})
    weights = {"intercept": float(beta[0]), **{f: float(v) for f, v in zip(FEATURES, beta[1:],
                                                                            strict=True)}}
    return PlannedModel(
        weights=weights, fitted=True, brier=brier, brier_prior=brier_prior,
        brier_base_rate=brier_base, reliability=tuple(table),
        note=(f"calibrated on {n_events} planned events resolved by {cutoff.isoformat()} "
              f"({n_pos} realized), {len(snaps)} snapshots; leave-one-event-out Brier "
              f"{brier:.3f} (prior weights {brier_prior:.3f}, base rate {brier_base:.3f})"
              + ("" if exact else "; leave-one-out by one Newton step per event")),
        **base)


# -- the tracker -------------------------------------------------------------------------------
def _history(g: list[dict[str, Any]], ctx: _Context) -> tuple[HistoryEntry, ...]:
    by_article: dict[Any, dict[str, Any]] = {}
    order: list[Any] = []
    for m in g:
        key = m.get("article_id") or m["event_id"]
        kind = _kind(m, ctx)
        cur = by_article.get(key)
        if cur is None:
            order.append(key)
        if cur is None or _ARTICLE_RANK.get(kind, 0) > _ARTICLE_RANK.get(cur["kind"], 0):
            by_article[key] = {"m": m, "kind": kind}
    out = []
    for i, key in enumerate(order):
        m, kind = by_article[key]["m"], by_article[key]["kind"]
        pub = m.get("published")
        out.append(HistoryEntry(
            published=None if _isna(pub) else pub.isoformat(),
            article_id=None if _isna(m.get("article_id")) else str(m["article_id"]),
            title=None if _isna(m.get("title")) else str(m["title"]),
            kind=kind, status=str(m["status"]),
            cue=None if _isna(m.get("status_cue")) else str(m["status_cue"]),
            speaker=None if _isna(m.get("speaker")) else str(m["speaker"]),
            sentence=" ".join(str(m.get("sentence") or "").split()), first=i == 0))
    return tuple(out)


def _visible(g: list[dict[str, Any]]) -> dict[str, Any]:
    """Code, actors and place of the event as its visible mentions tell it: the stored fused
    values when the fused event's best mention is visible, else the best visible mention's."""
    best = next((m for m in g if m["event_id"] == m["f_best"]), None)
    if best is not None:
        return {k: best[f"f_{k}"] for k in ("source_code", "target_code", "cameo", "label",
                                           "location_name")} | {"mention": best}
    prec = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}
    pick = min(g, key=lambda m: (m["status"] not in REALIZED,
                                 prec.get(str(m.get("date_precision")), 5),
                                 -float(m.get("confidence") or 0.0), str(m["event_id"])))
    out = {k: pick[k] for k in ("source_code", "target_code", "cameo", "label")}
    out["location_name"] = next((m["location_name"] for m in g
                                 if not _isna(m.get("location_name"))), None)
    out["mention"] = pick
    return out


def _describe(v: dict[str, Any]) -> str:
    from detente.analysis.forecast.dyad import describe_event

    text = describe_event(str(v.get("source_code") or "?"), str(v.get("target_code") or "?"),
                          str(v.get("cameo") or "040"),
                          None if _isna(v.get("label")) else str(v["label"]))
    loc = v.get("location_name")
    return text + (f" in {loc}" if not _isna(loc) else "")


def _matches(g: list[dict[str, Any]], a: str | None, b: str | None) -> bool:
    if not a and not b:
        return True
    r = g[0]
    vals = {str(r.get(k)) for k in ("f_source_country", "f_target_country", "f_source_code",
                                   "f_target_code")}
    return all(x in vals for x in (a, b) if x)


def planned_events(store: Any, a: str | None = None, b: str | None = None, *,
                   as_of: date | None = None, recent_days: int = 60,
                   model: PlannedModel | None = None) -> list[PlannedEvent]:
    """Upcoming and recently due planned meetings/visits/talks between a and b.

    Args:
        store: an open Store.
        a, b: actor codes (country ``USA`` or actor ``USAGOV``); ``None`` for any.
        as_of: the day we stand on (only articles published by then are visible); default:
            the newest article's day.
        recent_days: how far back "recently due/realized" reaches.
        model: a fitted :class:`PlannedModel`; default: fitted on the store as of ``as_of``.
    Returns:
        :class:`PlannedEvent` records, open ones first (by expected date), then recently
        realized or cancelled ones.
    """
    from detente.coding.actors import default_kb

    day = as_of or latest_published(store) or date.today()
    mentions = load_mentions(store, as_of=day, roots=TRACKED_ROOTS)
    groups = _groups(mentions)
    prep = _PrepIndex.build(_prep_table(mentions))
    ctx = _Context(default_kb())
    if model is None:
        model = fit_planned_model(store, as_of=day, _data=(groups, prep, ctx))
    a = a.upper() if a else None
    b = b.upper() if b else None
    out: list[PlannedEvent] = []
    for fid, g in groups.items():
        unreal = [m for m in g if m["status"] in UNREALIZED]
        if not unreal or not _matches(g, a, b):
            continue
        realized = [m for m in g if m["status"] in REALIZED]
        first_unreal = min((m["published"] for m in unreal if not _isna(m.get("published"))),
                           default=None)
        first_real = min((m["published"] for m in realized if not _isna(m.get("published"))),
                         default=None)
        if realized and (first_unreal is None or first_real is None
                         or first_real < first_unreal):
            continue  # talked about only after it happened: not a plan
        lo, hi, value = expected_period(unreal)
        negated = [m for m in g if m["status"] in _NEGATED]
        if realized:
            state = "realized"
            if first_real is not None and (day - first_real).days > recent_days:
                continue
        elif negated and g[-1]["status"] in _NEGATED:
            state = "cancelled"
            last = g[-1].get("published")
            if last is not None and not _isna(last) and (day - last).days > recent_days:
                continue
        else:
            if hi is not None and (day - hi).days > recent_days:
                continue
            if lo is not None and lo > day:
                state = "upcoming"
            elif hi is not None and hi >= day:
                state = "due"
            else:
                state = "overdue"
        feats_day = day if not realized else max(
            (m["published"] for m in unreal if not _isna(m.get("published"))
             and (first_real is None or m["published"] < first_real)), default=day)
        feats = features_at(g, feats_day, prep, _pair(g), fid, ctx)
        p, contrib = model.score(feats)
        if state == "realized":
            p = 1.0
        vis = _visible(g)
        names = tuple(dict.fromkeys(
            str(n) for m in g for n in (m.get("source_name"), m.get("target_name"))
            if not _isna(n)))
        best = vis["mention"]
        out.append(PlannedEvent(
            fused_id=fid, source=vis["source_code"], target=vis["target_code"],
            cameo=str(vis["cameo"]), label=None if _isna(vis.get("label")) else vis["label"],
            description=_describe(vis),
            location=None if _isna(vis.get("location_name")) else str(vis["location_name"]),
            expected=value, expected_start=lo.isoformat() if lo else None,
            expected_end=hi.isoformat() if hi else None, state=state,
            status="happened" if realized else str(g[-1]["status"]),
            days_remaining=(lo - day).days if lo else None, probability=p,
            features=feats, contributions=contrib, history=_history(g, ctx),
            n_articles=len({m.get("article_id") for m in g}), n_mentions=len(g),
            as_of=day.isoformat(), names=names,
            sentence=" ".join(str(best.get("sentence") or "").split()),
            article_id=None if _isna(best.get("article_id")) else str(best["article_id"])))
    order = {"due": 0, "upcoming": 1, "overdue": 2, "realized": 3, "cancelled": 4}
    out.sort(key=lambda e: (order.get(e.state, 9), e.expected_start or "9999", e.fused_id))
    return out


def explain(event: PlannedEvent, model: PlannedModel, limit: int = 3) -> list[str]:
    """The cues that raised or lowered the probability most, as short phrases."""
    phrases = {
        "firm_share": "share of firm (planned) over hedged reports",
        "log_articles": "number of independent articles",
        "official": "an official confirmation",
        "preparatory": "preparatory meetings between the two sides in the weeks before",
        "months_ahead": "time left until the expected date",
        "overdue": "expected date passed without a report that it happened",
        "negated": "denials, postponements or cancellations",
    }
    items = sorted(event.contributions.items(), key=lambda kv: -abs(kv[1]))
    out = []
    for k, v in items[:limit]:
        if abs(v) < 0.05:
            continue
        out.append(f"{phrases[k]} ({'+' if v > 0 else ''}{v:.2f})")
    return out


__all__: Sequence[str] = ("FEATURES", "PRIOR_WEIGHTS", "HistoryEntry", "PlannedEvent",
                          "PlannedModel", "explain", "fit_planned_model", "planned_events")
