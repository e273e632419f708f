"""Is a relationship warming, cooling or stable? A verdict with its statistic and evidence.

**Statistic.** Over the last ``window`` periods of a dyad series (default 12: a year of
months) we take the net cooperation per period (cooperation minus conflict, see
:mod:`detente.analysis.series`) and compute

* the **Theil-Sen slope** (median of all pairwise slopes; robust to a single extreme month)
  with its confidence interval from the Kendall distribution (``scipy.stats.theilslopes``);
* the **Mann-Kendall** statistic ``S`` (sum of the signs of all later-minus-earlier
  differences), its variance with the correction for ties, and ``z = (S -+ 1) / sd``.
  ``confidence = Phi(|z|)`` is the one-sided normal-approximation probability that the trend
  has the sign of ``S`` (1 - the one-sided p-value).

**Verdict.** ``warming`` when the slope is positive and ``confidence >= level``, ``cooling``
when it is negative and ``confidence >= level``, else ``stable``; ``insufficient data`` when
the window has fewer than ``min_periods`` periods or fewer than ``min_events`` events.
``level`` defaults to 0.8: a year of monthly points is too short for the 0.95 convention to
ever speak, so we say what the data lean to and show the confidence with it.
When the window has change points, the periods since the **last change point** are tested
against the periods before it (one-sided Mann-Whitney U in the direction of the shift); a
significant shift decides the verdict, since it is newer than a trend over the whole window:
a relationship that turned sharply two months ago is ``cooling`` now even if the year as a
whole leaned the other way (a regime shift; the summary says so and the confidence is that
test's).

When there is neither a trend nor a change point, the **last third** of the window (at least
two periods) is tested against the rest the same way: a recent turn too short for the change
point penalty (two bad months after a thaw) still decides when it is significant.

**Change points** (our own binary segmentation on the mean): split the window where the sum
of squared deviations from the segment means drops most; keep the split when the drop
exceeds ``2 * sigma^2 * ln(n)`` (a BIC-style penalty), ``sigma`` estimated robustly from the
first differences (``MAD / 0.6745 / sqrt 2``); recurse into both halves, segments of at
least two periods, at most three change points.

**Evidence.** The strongest positive and negative events of the window (Goldstein score times
``1 + ln n_mentions``, one per sentence), and the *drivers*: the events whose sign matches the
verdict, taken from the recent half of the window first (where the trend shows), then from
the rest of it.
"""

from __future__ import annotations

import logging
import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from detente.analysis.series import dyad_events, latest_published, series_from_events

log = logging.getLogger(__name__)

WARMING, COOLING, STABLE, INSUFFICIENT = "warming", "cooling", "stable", "insufficient data"


@dataclass(frozen=True, slots=True)
class ChangePoint:
    period: str  # first period of the new segment (ISO date)
    mean_before: float
    mean_after: float


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str
    a: str | None
    b: str | None
    statistic: str
    slope: float | None  # Theil-Sen slope of net cooperation per period
    slope_low: float | None
    slope_high: float | None
    slope_level: float
    mk_s: float | None
    mk_z: float | None
    p_value: float | None  # one-sided, in the direction of S
    confidence: float | None
    level: float
    freq: str
    window_start: str | None
    window_end: str | None
    n_periods: int
    n_events: int
    recent_mean: float | None  # mean net cooperation in the recent half of the window
    earlier_mean: float | None
    change_points: tuple[ChangePoint, ...] = ()
    drivers: tuple[dict[str, Any], ...] = ()
    strongest_positive: tuple[dict[str, Any], ...] = ()
    strongest_negative: tuple[dict[str, Any], ...] = ()
    summary: str = ""
    as_of: str | None = None
    forecast: dict[str, Any] | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary (floats rounded to 4 places)."""
        return _round(asdict(self))


def _round(value: Any) -> Any:
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 4)
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_round(v) for v in value]
    if isinstance(value, np.generic):
        return _round(value.item())
    if isinstance(value, date):
        return value.isoformat()
    return value


# -- statistics ------------------------------------------------------------------------------
def mann_kendall(y: np.ndarray) -> tuple[float, float, float]:
    """``(S, z, one-sided p)`` of the Mann-Kendall trend test (tie-corrected variance)."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    if n < 3:
        return 0.0, 0.0, 0.5
    diff = y[None, :] - y[:, None]
    s = float(np.sign(diff[np.triu_indices(n, 1)]).sum())
    _, counts = np.unique(y, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    if var <= 0:
        return s, 0.0, 0.5
    z = (s - np.sign(s)) / math.sqrt(var)
    p = float(stats.norm.sf(abs(z)))
    return s, float(z), p


def change_points(y: np.ndarray, *, min_size: int = 2, max_points: int = 3) -> list[int]:
    """Indices where a new segment starts (binary segmentation on the mean, see module doc)."""
    y = np.asarray(y, dtype=float)
    n = len(y)
    if n < 2 * min_size:
        return []
    d = np.diff(y)
    sigma = float(np.median(np.abs(d - np.median(d))) / 0.6745 / math.sqrt(2)) if len(d) else 0.0
    if sigma <= 0:
        sigma = float(np.std(y))
    if sigma <= 0:
        return []
    penalty = 2.0 * sigma**2 * math.log(n)
    found: list[int] = []

    def sse(seg: np.ndarray) -> float:
        return float(((seg - seg.mean()) ** 2).sum()) if len(seg) else 0.0

    def split(lo: int, hi: int) -> None:
        if len(found) >= max_points or hi - lo < 2 * min_size:
            return
        seg = y[lo:hi]
        total = sse(seg)
        best, best_k = 0.0, -1
        for k in range(lo + min_size, hi - min_size + 1):
            gain = total - sse(y[lo:k]) - sse(y[k:hi])
            if gain > best:
                best, best_k = gain, k
        if best_k < 0 or best <= penalty:
            return
        found.append(best_k)
        split(lo, best_k)
        split(best_k, hi)

    split(0, n)
    return sorted(found)


# -- evidence --------------------------------------------------------------------------------
def evidence_row(r: Any) -> dict[str, Any]:
    """The citation of one fused event (a row of a snapshot frame)."""
    def val(k: str) -> Any:
        v = r.get(k) if isinstance(r, dict) else getattr(r, k, None)
        if v is None or (isinstance(v, float) and math.isnan(v)):
            return None
        try:
            if pd.isna(v):
                return None
        except (TypeError, ValueError):
            pass
        return v

    pub = val("published")
    start = val("date_start")
    return {
        "event_id": val("fused_id"), "article_id": val("article_id"), "title": val("title"),
        "published": pub.isoformat() if isinstance(pub, date) else pub,
        "sentence": (val("sentence") or "").strip(),
        "date": val("date_value") or (start.isoformat() if isinstance(start, date) else None),
        "source": val("source_code"), "target": val("target_code"), "cameo": val("cameo"),
        "label": val("label"), "goldstein": float(val("goldstein") or 0.0),
        "status": val("status"), "n_mentions": int(val("n_mentions") or 1),
    }


def _ranked(events: pd.DataFrame, sign: int, limit: int) -> list[dict[str, Any]]:
    if events is None or events.empty:
        return []
    ev = events[np.sign(events["goldstein"].astype(float)) == sign].copy()
    if ev.empty:
        return []
    ev["_score"] = ev["goldstein"].abs() * (1.0 + np.log(ev["n_mentions"].clip(lower=1)))
    ev = ev.sort_values(["_score", "date_start", "fused_id"], ascending=[False, False, True])
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for r in ev.to_dict("records"):
        key = " ".join(str(r.get("sentence") or "").split())
        if key in seen:
            continue
        seen.add(key)
        out.append(evidence_row(r))
        if len(out) >= limit:
            break
    return out


def _shift(y: np.ndarray, k: int, level: float) -> tuple[str, float] | None:
    """The periods from ``k`` on against those before (one-sided Mann-Whitney U in the
    direction of the shift): (verdict, confidence) when the shift is significant at
    ``level``, else None."""
    after, before = y[k:], y[:k]
    if len(after) < 2 or len(before) < 2 or after.mean() == before.mean():
        return None
    direction = "greater" if after.mean() > before.mean() else "less"
    conf = 1.0 - float(stats.mannwhitneyu(after, before, alternative=direction).pvalue)
    if conf < level:
        return None
    return (WARMING if direction == "greater" else COOLING), conf


# -- the verdict -----------------------------------------------------------------------------
def trend_verdict(series: pd.DataFrame, *, window: int = 12, level: float = 0.8,
                  events: pd.DataFrame | None = None, value: str = "net_cooperation",
                  min_periods: int = 4, min_events: int = 3, n_evidence: int = 5,
                  ci_level: float = 0.9) -> Verdict:
    """Warming / cooling / stable over the last ``window`` periods of ``series``.

    Args:
        series: a frame from :func:`~detente.analysis.series.dyad_series` (``period`` and
            ``value`` columns; ``attrs`` may name ``a, b, freq, as_of``).
        window: number of most recent periods judged.
        level: confidence needed to call warming/cooling (see module doc).
        events: the realized events behind the series (for evidence); optional.
        value: the column judged.
    Returns:
        A :class:`Verdict`; ``verdict == "insufficient data"`` (with a summary saying why)
        when the window is too short or too empty.
    """
    attrs = dict(series.attrs) if series is not None else {}
    a, b, freq = attrs.get("a"), attrs.get("b"), attrs.get("freq", "month")
    as_of = attrs.get("as_of")
    name = f"{a}-{b}" if a and b else "the relationship"
    base: dict[str, Any] = dict(
        a=a, b=b, statistic=f"Theil-Sen slope of {value} per {freq}; Mann-Kendall test",
        slope=None, slope_low=None, slope_high=None, slope_level=ci_level, mk_s=None,
        mk_z=None, p_value=None, confidence=None, level=level, freq=freq,
        window_start=None, window_end=None, n_periods=0, n_events=0, recent_mean=None,
        earlier_mean=None, as_of=as_of)
    if series is None or series.empty:
        msg = attrs.get("message") or f"no realized events for {name}"
        return Verdict(verdict=INSUFFICIENT, summary=msg, **base)
    win = series.sort_values("period").tail(window).reset_index(drop=True)
    y = win[value].astype(float).to_numpy()
    n_events = int(win["n_events"].sum())
    periods = pd.to_datetime(win["period"])
    base.update(window_start=periods.iloc[0].date().isoformat(),
                window_end=periods.iloc[-1].date().isoformat(), n_periods=len(win),
                n_events=n_events)
    ev_win = None
    if events is not None and len(events):
        from detente.analysis.series import period_of

        ev = events[events["date_start"].notna()].copy()
        if len(ev):
            ev["_period"] = period_of(ev["date_start"], freq)
            ev_win = ev[(ev["_period"] >= periods.iloc[0]) & (ev["_period"] <= periods.iloc[-1])]
    strongest_pos = tuple(_ranked(ev_win, 1, n_evidence)) if ev_win is not None else ()
    strongest_neg = tuple(_ranked(ev_win, -1, n_evidence)) if ev_win is not None else ()
    if len(win) < min_periods or n_events < min_events:
        return Verdict(
            verdict=INSUFFICIENT, strongest_positive=strongest_pos,
            strongest_negative=strongest_neg,
            summary=(f"{name}: only {n_events} realized event(s) in {len(win)} period(s); "
                     f"need at least {min_events} events over {min_periods} periods to judge "
                     "a trend"), **base)
    x = np.arange(len(y), dtype=float)
    if np.ptp(y) == 0:
        slope, lo, hi = 0.0, 0.0, 0.0
    else:
        ts = stats.theilslopes(y, x, alpha=ci_level)
        slope, lo, hi = float(ts.slope), float(ts.low_slope), float(ts.high_slope)
    s, z, p = mann_kendall(y)
    confidence = 1.0 - p
    if slope > 0 and s > 0 and confidence >= level:
        verdict = WARMING
    elif slope < 0 and s < 0 and confidence >= level:
        verdict = COOLING
    else:
        verdict = STABLE
    half = len(y) // 2
    recent_mean, earlier_mean = float(y[half:].mean()), float(y[:half].mean())
    cut = change_points(y)
    shift_note = ""
    if cut:
        # The relationship may have entered a new regime: test the periods since the last
        # change point against the periods before it (one-sided Mann-Whitney U in the
        # direction of the shift). A significant recent shift is newer information than a
        # trend over the whole window, so it decides.
        k = cut[-1]
        shift = _shift(y, k, level)
        if shift is not None:
            verdict, confidence = shift
            shift_note = (f" Since {periods.iloc[k].date().isoformat()[:7]} the level "
                          f"moved from {y[:k].mean():+.1f} to {y[k:].mean():+.1f} per "
                          f"period (Mann-Whitney U, confidence {confidence:.2f}): a "
                          f"regime shift.")
    if verdict == STABLE and not shift_note and len(y) >= 6:
        # No trend over the window and no change point strong enough to clear the penalty:
        # still compare the most recent periods (the last third, at least two) with the
        # rest of the window, since "where is it heading" is about the latest turn
        k = len(y) - max(2, len(y) // 3)
        shift = _shift(y, k, level)
        if shift is not None:
            verdict, confidence = shift
            shift_note = (f" The last {len(y) - k} periods (since "
                          f"{periods.iloc[k].date().isoformat()[:7]}) average "
                          f"{y[k:].mean():+.1f} against {y[:k].mean():+.1f} before "
                          f"(Mann-Whitney U, confidence {confidence:.2f}): a recent turn.")
    bounds = [0, *cut, len(y)]
    cps = tuple(ChangePoint(periods.iloc[k].date().isoformat(),
                            float(y[bounds[i]:k].mean()), float(y[k:bounds[i + 2]].mean()))
                for i, k in enumerate(cut))
    drivers: list[dict[str, Any]] = []
    if ev_win is not None and len(ev_win):
        sign = {WARMING: 1, COOLING: -1}.get(verdict)
        if sign is not None:
            recent_start = periods.iloc[half]
            recent = ev_win[ev_win["_period"] >= recent_start]
            drivers = _ranked(recent, sign, n_evidence)
            if len(drivers) < 3:
                seen = {d["event_id"] for d in drivers}
                drivers += [d for d in _ranked(ev_win, sign, n_evidence)
                            if d["event_id"] not in seen][: n_evidence - len(drivers)]
        else:
            drivers = list(strongest_pos[:2]) + list(strongest_neg[:2])
    unit = {"week": "week", "month": "month", "quarter": "quarter"}.get(freq, "period")
    summary = (
        f"{name}: {verdict}. Net cooperation changed by {slope:+.2f} per {unit} over the "
        f"{len(win)} {unit}s {base['window_start'][:7]}..{base['window_end'][:7]} "
        f"(Theil-Sen; {int(ci_level * 100)}% CI {lo:+.2f}..{hi:+.2f}); Mann-Kendall "
        f"z={z:+.2f}, confidence {confidence:.2f} (verdict needs {level:.2f}). "
        f"Recent half averages {recent_mean:+.1f} per {unit} against {earlier_mean:+.1f} before"
        f", from {n_events} realized events.")
    summary += shift_note
    if cps:
        summary += " Change point(s): " + "; ".join(
            f"{c.period[:7]} ({c.mean_before:+.1f} -> {c.mean_after:+.1f})" for c in cps) + "."
    base.update(slope=slope, slope_low=lo, slope_high=hi, mk_s=s, mk_z=z, p_value=p,
                confidence=confidence, recent_mean=recent_mean, earlier_mean=earlier_mean)
    return Verdict(verdict=verdict, change_points=cps, drivers=tuple(drivers),
                   strongest_positive=strongest_pos, strongest_negative=strongest_neg,
                   summary=summary, **base)


def dyad_trend(store: Any, a: str, b: str, *, freq: str = "month", window: int = 12,
               as_of: date | None = None, directed: bool = False, weighted: bool = False,
               level: float = 0.8, forecast: bool = False) -> tuple[Verdict, pd.DataFrame,
                                                                    pd.DataFrame]:
    """Series, events and verdict for a dyad as of a day.

    The series runs to the period of ``as_of`` (default: the newest article's day), so a
    relationship gone quiet shows its empty periods. With ``forecast=True`` the verdict
    carries the dyad forecast (:func:`~detente.analysis.forecast.dyad.forecast_dyad`) for the
    next 30 days, fitted on every dyad's realized events visible at ``as_of``.

    Returns:
        ``(verdict, series, events)``.
    """
    events = dyad_events(store, a, b, directed=directed, as_of=as_of)
    today = as_of or latest_published(store)
    series = series_from_events(events, freq=freq, weighted=weighted, until=today)
    series.attrs.update(a=a.upper(), b=b.upper(), freq=freq, directed=directed,
                        weighted=weighted, as_of=as_of.isoformat() if as_of else None)
    if series.empty:
        series.attrs["message"] = (
            f"no realized events between {a.upper()} and {b.upper()}"
            + (f" as of {as_of.isoformat()}" if as_of else "")
            + "; check the codes (e.g. USA, CHN, USAGOV) or ingest articles about them")
    else:
        series = series[pd.to_datetime(series["period"]) <= pd.Timestamp(today or date.max)] \
            if today else series
    verdict = trend_verdict(series, window=window, level=level, events=events)
    if forecast and verdict.verdict != INSUFFICIENT:
        fc = forecast_summary(store, a.upper(), b.upper(), as_of=today)
        if fc is not None:
            verdict = _with_forecast(verdict, fc)
    return verdict, series, events


def forecast_summary(store: Any, a: str, b: str, *, as_of: date | None,
                     horizon_days: int = 30) -> dict[str, Any] | None:
    """The dyad forecast as a dict, or None when it cannot be made (logged)."""
    from detente.analysis.forecast.dyad import forecast_dyad
    from detente.analysis.series import all_events
    from detente.errors import ForecastError

    ev = all_events(store, as_of=as_of)
    ev = ev[ev["date_start"].notna()]
    if ev.empty:
        return None
    frame = pd.DataFrame({"date": pd.to_datetime(ev["date_start"]),
                          "source_country": ev["source_country"],
                          "target_country": ev["target_country"], "root": ev["root"],
                          "cameo": ev["cameo"], "goldstein": ev["goldstein"],
                          "quad_class": ev["quad_class"], "label": ev["label"]})
    try:
        fc = forecast_dyad(frame, a, b, as_of=as_of, horizon_days=horizon_days)
    except ForecastError as exc:
        log.info("no forecast for %s-%s: %s", a, b, exc)
        return None
    return fc.to_dict()


def _with_forecast(v: Verdict, fc: dict[str, Any]) -> Verdict:
    nc = fc["net_cooperation"]
    text = (f" The dyad model expects net cooperation of {nc['expected']:+.1f} over the next "
            f"{fc['horizon_days']} days ({int(nc['level'] * 100)}% interval "
            f"{nc['low']:+.1f}..{nc['high']:+.1f}; recent half of the window: "
            f"{(v.recent_mean or 0.0):+.1f} per {v.freq}).")
    d = {f: getattr(v, f) for f in v.__dataclass_fields__}
    d.update(forecast=fc, summary=v.summary + text)
    return Verdict(**d)


__all__ = ["ChangePoint", "Verdict", "change_points", "dyad_trend", "mann_kendall",
           "trend_verdict"]
