"""Dyad time series over fused events, as the store knew them on a given day.

A *dyad* is two actors, each a country code (``USA``), an IGO code (``NATO``) or a
country+sector code (``USAGOV``); a country/IGO code is matched against the events'
``source_country``/``target_country``, a longer code against ``source_code``/``target_code``.

**Snapshots (``as_of``).** Everything here can be computed as of a day: only mentions from
articles published on or before ``as_of`` are visible (imported rows without an article are
visible when their event date is). A fused event's status is then re-read from its visible
mentions with the rule of :mod:`detente.fuse` (realized if any visible mention reports it
realized, else the latest word, ``cancelled`` if any visible mention cancels it); its code,
Goldstein score, date and sentence are the stored fused event's when its best mention is
visible, else those of the best visible mention. Without ``as_of`` the snapshot equals the
``events`` table.

**Series.** :func:`dyad_series` counts, per period (week, month or quarter) of the *event
date*, the realized (``happened``/``ongoing``) fused events: per quad class (``q1..q4``),
their number, the Goldstein sum and mean, cooperation (sum of positive Goldstein values),
conflict (absolute sum of negative ones), net cooperation (cooperation - conflict, which is
the Goldstein sum) and the conflict share (share of events in quad classes 3-4). With
``weighted=True`` every event counts ``n_mentions`` times (its visible mentions). Events whose
date is coarser than the period (a year-only date in a monthly series) cannot be placed and
are left out; their number is in ``series.attrs["n_coarse"]``. Empty periods between the first
and the last period are zero rows. Planned, uncertain and hypothetical events never enter this
series: :func:`planned_beside` counts them per period separately.

All SQL of the analysis package that reads events lives in this module.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from detente.errors import UsageError

log = logging.getLogger(__name__)

FREQS = {"week": "W-MON", "month": "MS", "quarter": "QS"}
REALIZED = ("happened", "ongoing")
UNREALIZED = ("planned", "uncertain", "hypothetical")
#: date precisions a period of each frequency can place (coarser dates are left out)
_PLACEABLE = {
    "week": {"day", "publication", "week"},
    "month": {"day", "publication", "week", "month"},
    "quarter": {"day", "publication", "week", "month", "quarter"},
}
#: how narrow a date precision is (smaller = narrower), for choosing a representative mention
_PRECISION_RANK = {"day": 0, "publication": 1, "week": 2, "month": 3, "quarter": 4,
                   "year": 5, "unknown": 6}
_STATUS_RANK = {"happened": 6, "ongoing": 5, "cancelled": 4, "denied": 3, "planned": 2,
                "uncertain": 1, "hypothetical": 0}

SERIES_COLUMNS = ("period", "n_events", "q1", "q2", "q3", "q4", "goldstein_sum",
                  "goldstein_mean", "cooperation", "conflict", "net_cooperation",
                  "conflict_share")

# -- SQL (the only queries of the analysis package) -----------------------------------------
_MENTIONS_SQL = """
SELECT m.event_id, m.fused_id, m.article_id, a.published, a.title, m.provenance,
       m.source_name, m.source_code, m.source_country, m.source_sector,
       m.target_name, m.target_code, m.target_country, m.target_sector,
       m.cameo, m.root, m.label, m.goldstein, m.quad_class, m.status, m.status_cue,
       m.date_value, m.date_precision, m.date_start, m.location_name, m.location_country,
       m.sentence, m.speaker, m.anonymous, m.confidence, m.trigger_text,
       e.best_event_id AS f_best, e.cameo AS f_cameo, e.root AS f_root, e.label AS f_label,
       e.goldstein AS f_goldstein, e.quad_class AS f_quad_class,
       e.source_code AS f_source_code, e.source_country AS f_source_country,
       e.target_code AS f_target_code, e.target_country AS f_target_country,
       e.date_value AS f_date_value, e.date_precision AS f_date_precision,
       e.date_start AS f_date_start, e.location_name AS f_location_name,
       e.location_country AS f_location_country, e.sentence AS f_sentence,
       e.article_id AS f_article_id
FROM mentions m
JOIN events e ON e.fused_id = m.fused_id
LEFT JOIN articles a ON a.id = m.article_id
WHERE (? IS NULL OR COALESCE(a.published, m.date_start) <= ?)
"""
_FUSED_FILTER = """
  AND m.fused_id IN (SELECT fused_id FROM events
                     WHERE {cond})
"""
_ROOT_FILTER = """
  AND e.root IN ({marks})
"""
# the stored fused events as they are (no as_of): the same columns as snapshot_events()
_EVENTS_SQL = """
SELECT e.fused_id, e.status, e.cameo, e.root, e.label, e.goldstein, e.quad_class,
       e.source_code, e.source_country, e.target_code, e.target_country, e.date_value,
       e.date_precision, e.date_start, e.location_name, e.location_country, e.sentence,
       e.article_id, a.title, a.published, e.best_event_id AS event_id, e.n_mentions,
       e.n_articles, e.first_seen, e.last_seen,
       (SELECT count(*) FROM mentions x WHERE x.fused_id = e.fused_id
          AND x.status IN ('planned', 'uncertain', 'hypothetical')) AS n_planned,
       m.source_name, m.target_name
FROM events e
LEFT JOIN articles a ON a.id = e.article_id
LEFT JOIN mentions m ON m.event_id = e.best_event_id
WHERE {cond}
ORDER BY e.fused_id
"""
_TITLES_SQL = "SELECT id, title, published FROM articles WHERE id IN ({marks})"
_LATEST_SQL = "SELECT max(published) AS latest FROM articles"


def _actor_condition(code: str, side: str, country_like: bool) -> str:
    col = f"{side}_country" if country_like else f"{side}_code"
    return f"{col} = ?"


def is_country_like(code: str) -> bool:
    """True for a country or IGO code (matched against the ``*_country`` columns)."""
    from detente.coding.actors import default_kb

    kb = default_kb()
    return code in kb.country_codes or code in kb.igo_codes or len(code) == 3


def check_actor(code: str) -> str:
    """Normalise an actor code (upper case, no spaces); raises UsageError when malformed."""
    text = (code or "").strip().upper()
    if not text.isalnum() or not 2 <= len(text) <= 12:
        raise UsageError(f"{code!r} is not an actor code",
                         hint="use a country code like USA or an actor code like USAGOV",
                         code="E130")
    return text


def latest_published(store: Any) -> date | None:
    """The publication day of the newest article in the store (the store's 'today')."""
    rows = store.query(_LATEST_SQL)
    value = rows[0]["latest"] if rows else None
    return _as_date(value)


def _as_date(value: Any) -> date | None:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, date):
        return value
    try:
        return pd.Timestamp(value).date()
    except (ValueError, TypeError):
        return None


def load_mentions(store: Any, *, as_of: date | None = None,
                  actors: Sequence[str] = (), any_actor: bool = False,
                  roots: Sequence[str] = ()) -> pd.DataFrame:
    """Visible mentions (with their fused event's stored values and article title).

    ``actors``: restrict to fused events between these actors (both, unless ``any_actor``:
    then events involving at least one of them). ``roots``: restrict to fused events of
    these CAMEO roots.
    """
    sql = _MENTIONS_SQL
    params: list[Any] = [as_of, as_of]
    if roots:
        sql += _ROOT_FILTER.format(marks=", ".join("?" * len(roots)))
        params.extend(roots)
    codes = [check_actor(c) for c in actors]
    if codes:
        conds = []
        for side in ("source", "target"):
            parts = []
            for c in codes:
                parts.append(_actor_condition(c, side, is_country_like(c)))
                params.append(c)
            conds.append("(" + " OR ".join(parts) + ")")
        cond = " OR ".join(conds) if any_actor or len(codes) == 1 else " AND ".join(conds)
        sql += _FUSED_FILTER.format(cond=cond)
    df = store.query_df(sql + " ORDER BY m.fused_id, a.published NULLS FIRST, m.event_id",
                        params)
    if len(df):
        df["published"] = pd.to_datetime(df["published"]).dt.date
        df["date_start"] = pd.to_datetime(df["date_start"]).dt.date
        df["f_date_start"] = pd.to_datetime(df["f_date_start"]).dt.date
    return df


def snapshot_events(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per fused event as its visible mentions tell it (see module docstring)."""
    cols = ["fused_id", "status", "cameo", "root", "label", "goldstein", "quad_class",
            "source_code", "source_country", "target_code", "target_country", "date_value",
            "date_precision", "date_start", "location_name", "location_country", "sentence",
            "article_id", "title", "published", "event_id", "n_mentions", "n_articles",
            "first_seen", "last_seen", "n_planned", "source_name", "target_name"]
    if mentions is None or mentions.empty:
        return pd.DataFrame(columns=cols)
    m = mentions.copy()
    m["_real"] = m["status"].isin(REALIZED)
    m["_ongoing"] = m["status"] == "ongoing"
    m["_unreal"] = m["status"].isin(UNREALIZED)
    m["_cancel"] = m["status"] == "cancelled"
    m["_pub"] = pd.to_datetime(m["published"])
    grp = m.groupby("fused_id", sort=True)
    agg = pd.DataFrame({
        "n_real": grp["_real"].sum(), "n_ongoing": grp["_ongoing"].sum(),
        "n_planned": grp["_unreal"].sum(), "any_cancel": grp["_cancel"].any(),
        "n_mentions": grp.size(), "n_articles": grp["article_id"].nunique(),
        "first_seen": grp["_pub"].min(), "last_seen": grp["_pub"].max(),
    })
    latest = m.sort_values(["fused_id", "_pub", "event_id"], na_position="first") \
        .drop_duplicates("fused_id", keep="last").set_index("fused_id")["status"]
    status = latest.reindex(agg.index).astype(object)
    status[agg["any_cancel"]] = "cancelled"
    status[agg["n_real"] > 0] = "happened"
    status[(agg["n_real"] > 0) & (agg["n_real"] == agg["n_ongoing"])] = "ongoing"
    agg["status"] = status
    # representative: the stored best mention when visible, else the best visible mention
    m["_is_best"] = m["event_id"] == m["f_best"]
    m["_prec"] = m["date_precision"].map(lambda p: _PRECISION_RANK.get(str(p), 6))
    m["_conf"] = pd.to_numeric(m["confidence"], errors="coerce").fillna(0.0)
    rep = m.sort_values(["fused_id", "_is_best", "_real", "_prec", "_conf", "event_id"],
                        ascending=[True, False, False, True, False, False]) \
        .drop_duplicates("fused_id", keep="first").set_index("fused_id")
    fields = ("cameo", "root", "label", "goldstein", "quad_class", "source_code",
              "source_country", "target_code", "target_country", "date_value",
              "date_precision", "date_start", "location_name", "location_country",
              "sentence", "article_id")
    out_rows = pd.DataFrame(index=rep.index)
    for k in fields:
        out_rows[k] = rep[f"f_{k}"].where(rep["_is_best"], rep[k])
    out_rows["event_id"] = rep["event_id"]
    out_rows["source_name"] = rep["source_name"]
    out_rows["target_name"] = rep["target_name"]
    titles = m.drop_duplicates("article_id").set_index("article_id")
    out_rows["title"] = out_rows["article_id"].map(titles["title"])
    out_rows["published"] = out_rows["article_id"].map(titles["published"])
    out_rows = out_rows.join(agg[["status", "n_mentions", "n_articles", "first_seen",
                                  "last_seen", "n_planned"]])
    out_rows["n_articles"] = out_rows["n_articles"].clip(lower=1)
    for k in ("first_seen", "last_seen"):
        out_rows[k] = out_rows[k].map(lambda t: None if pd.isna(t) else t.date())
    rows = out_rows.reset_index().rename(columns={"index": "fused_id"}).to_dict("records")
    out = pd.DataFrame(rows, columns=cols)
    out["goldstein"] = pd.to_numeric(out["goldstein"], errors="coerce").fillna(0.0)
    out["quad_class"] = pd.to_numeric(out["quad_class"], errors="coerce").fillna(0).astype(int)
    return out


def stored_events(store: Any, *, actors: Sequence[str] = ()) -> pd.DataFrame:
    """The ``events`` table (fused events with every mention visible), optionally only those
    involving both of ``actors``; same columns as :func:`snapshot_events`."""
    conds, params = ["TRUE"], []
    codes = [check_actor(c) for c in actors]
    if codes:
        sides = []
        for side in ("source", "target"):
            parts = []
            for c in codes:
                parts.append("e." + _actor_condition(c, side, is_country_like(c)))
                params.append(c)
            sides.append("(" + " OR ".join(parts) + ")")
        conds.append(" AND ".join(sides) if len(codes) > 1 else " OR ".join(sides))
    df = store.query_df(_EVENTS_SQL.format(cond=" AND ".join(f"({c})" for c in conds)), params)
    for k in ("date_start", "published", "first_seen", "last_seen"):
        df[k] = pd.to_datetime(df[k]).map(lambda t: None if pd.isna(t) else t.date())
    df["goldstein"] = pd.to_numeric(df["goldstein"], errors="coerce").fillna(0.0)
    df["quad_class"] = pd.to_numeric(df["quad_class"], errors="coerce").fillna(0).astype(int)
    df["n_mentions"] = df["n_mentions"].fillna(1).astype(int)
    df["n_planned"] = df["n_planned"].fillna(0).astype(int)
    return df


def _dyad_mask(events: pd.DataFrame, a: str, b: str, directed: bool) -> pd.Series:
    a_col = "country" if is_country_like(a) else "code"
    b_col = "country" if is_country_like(b) else "code"
    fwd = (events[f"source_{a_col}"] == a) & (events[f"target_{b_col}"] == b)
    if directed:
        return fwd
    back = (events[f"source_{b_col}"] == b) & (events[f"target_{a_col}"] == a)
    return fwd | back


def dyad_events(store: Any, a: str, b: str, *, directed: bool = False,
                since: date | None = None, until: date | None = None,
                as_of: date | None = None, statuses: Sequence[str] = REALIZED
                ) -> pd.DataFrame:
    """Fused events between ``a`` and ``b`` as of ``as_of`` with the given statuses.

    Columns: those of :func:`snapshot_events`. ``since``/``until`` bound the event date.
    """
    a, b = check_actor(a), check_actor(b)
    if a == b:
        raise UsageError(f"need two different actors, got {a} twice", code="E131")
    if as_of is None:
        snap = stored_events(store, actors=(a, b))
    else:
        snap = snapshot_events(load_mentions(store, as_of=as_of, actors=(a, b)))
    if snap.empty:
        return snap
    snap = snap[_dyad_mask(snap, a, b, directed) & snap["status"].isin(list(statuses))]
    day = pd.to_datetime(snap["date_start"])
    keep = pd.Series(True, index=snap.index, dtype=bool)
    if as_of is not None:
        # a realized event dated after the day we stand on is a misdated one: leave it out
        keep &= (day.isna() | (day <= pd.Timestamp(as_of))
                 | ~snap["status"].isin(list(REALIZED))).astype(bool)
    if since is not None:
        keep &= (day >= pd.Timestamp(since)).fillna(False).astype(bool)
    if until is not None:
        keep &= (day <= pd.Timestamp(until)).fillna(False).astype(bool)
    snap = snap[keep.to_numpy(dtype=bool)]
    return snap.sort_values(["date_start", "fused_id"]).reset_index(drop=True)


def _check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise UsageError(f"unknown frequency {freq!r}", hint="use week, month or quarter",
                         code="E132")
    return freq


def period_of(days: pd.Series, freq: str) -> pd.Series:
    """Start of the period (week from Monday, month, quarter) each date falls in."""
    ts = pd.to_datetime(days)
    if freq == "week":
        return (ts - pd.to_timedelta(ts.dt.day_of_week, unit="D")).dt.normalize()
    if freq == "month":
        return ts.dt.to_period("M").dt.start_time
    return ts.dt.to_period("Q").dt.start_time


def series_from_events(events: pd.DataFrame, *, freq: str = "month", weighted: bool = False,
                       since: date | None = None, until: date | None = None) -> pd.DataFrame:
    """The per-period series of realized events (see module docstring); pure function.

    ``events`` needs ``date_start, date_precision, goldstein, quad_class`` (and
    ``n_mentions`` when ``weighted``). Returns a frame with :data:`SERIES_COLUMNS`.
    """
    freq = _check_freq(freq)
    empty = pd.DataFrame({c: pd.Series(dtype="float64") for c in SERIES_COLUMNS})
    empty["period"] = pd.Series(dtype="datetime64[ns]")
    if events is None or events.empty:
        empty.attrs.update(n_coarse=0, n_events=0)
        return empty
    ev = events[events["date_start"].notna()].copy()
    placeable = ev["date_precision"].fillna("publication").astype(str).isin(_PLACEABLE[freq])
    n_coarse = int((~placeable).sum())
    ev = ev[placeable]
    if ev.empty:
        empty.attrs.update(n_coarse=n_coarse, n_events=0)
        return empty
    ev["period"] = period_of(ev["date_start"], freq)
    w = ev["n_mentions"].astype(float) if weighted else pd.Series(1.0, index=ev.index)
    g = ev["goldstein"].astype(float)
    ev["_w"] = w
    ev["_gold"] = g * w
    ev["_coop"] = g.clip(lower=0) * w
    ev["_conf"] = (-g).clip(lower=0) * w
    for q in (1, 2, 3, 4):
        ev[f"q{q}"] = (ev["quad_class"].astype(int) == q) * w
    agg = ev.groupby("period").agg(
        n_events=("_w", "sum"), q1=("q1", "sum"), q2=("q2", "sum"), q3=("q3", "sum"),
        q4=("q4", "sum"), goldstein_sum=("_gold", "sum"), cooperation=("_coop", "sum"),
        conflict=("_conf", "sum"))
    lo = agg.index.min()
    hi = agg.index.max()
    if since is not None:
        lo = min(lo, period_of(pd.Series([pd.Timestamp(since)]), freq).iloc[0])
    if until is not None:
        hi = max(hi, period_of(pd.Series([pd.Timestamp(until)]), freq).iloc[0])
    full = pd.date_range(lo, hi, freq=FREQS[freq])
    agg = agg.reindex(full, fill_value=0.0)
    agg.index.name = "period"
    out = agg.reset_index()
    out["goldstein_mean"] = np.where(out["n_events"] > 0,
                                     out["goldstein_sum"] / out["n_events"].where(
                                         out["n_events"] > 0, 1.0), 0.0)
    out["net_cooperation"] = out["cooperation"] - out["conflict"]
    conflict_n = out["q3"] + out["q4"]
    out["conflict_share"] = np.where(out["n_events"] > 0,
                                     conflict_n / out["n_events"].where(out["n_events"] > 0, 1.0),
                                     0.0)
    out = out[list(SERIES_COLUMNS)]
    out.attrs.update(n_coarse=n_coarse, n_events=int(len(ev)))
    return out


def dyad_series(store: Any, a: str, b: str, *, freq: str = "month", directed: bool = False,
                since: date | None = None, until: date | None = None, weighted: bool = False,
                as_of: date | None = None) -> pd.DataFrame:
    """Per-period counts and Goldstein measures of realized fused events between a and b.

    Args:
        store: an open :class:`detente.store.Store`.
        a, b: actor codes (``USA``, ``CHN``, ``USAGOV``).
        freq: ``week``, ``month`` or ``quarter``.
        directed: only events from ``a`` to ``b``.
        since, until: bounds on the event date (inclusive).
        weighted: count each event ``n_mentions`` times.
        as_of: only mentions from articles published on or before this day are visible.
    Returns:
        A DataFrame with :data:`SERIES_COLUMNS`, one row per period from the first to the
        last period with an event (zero rows between). ``attrs`` hold ``a, b, freq,
        directed, weighted, as_of, n_events, n_coarse`` and ``message`` (why it is empty).
    Raises:
        UsageError: a malformed actor code, the same actor twice, or an unknown ``freq``.
    """
    _check_freq(freq)
    events = dyad_events(store, a, b, directed=directed, since=since, until=until,
                         as_of=as_of)
    out = series_from_events(events, freq=freq, weighted=weighted)
    a, b = check_actor(a), check_actor(b)
    out.attrs.update(a=a, b=b, freq=freq, directed=directed, weighted=weighted,
                     as_of=as_of.isoformat() if as_of else None, message=None)
    if out.empty:
        when = f" as of {as_of.isoformat()}" if as_of else ""
        out.attrs["message"] = (
            f"no realized events between {a} and {b}{when}"
            + (f" ({out.attrs['n_coarse']} with dates too coarse for a {freq}ly series)"
               if out.attrs.get("n_coarse") else "")
            + "; check the codes (e.g. USA, CHN, USAGOV) or ingest articles about them")
    return out


def planned_beside(store: Any, a: str, b: str, *, freq: str = "month",
                   directed: bool = False, as_of: date | None = None) -> pd.DataFrame:
    """Planned / uncertain / hypothetical fused events per period of their expected date.

    Kept apart from :func:`dyad_series`: never mixed into the realized measures. Columns:
    ``period, planned, uncertain, hypothetical, n_events`` (counts of fused events whose
    status, as of ``as_of``, is one of those).
    """
    freq = _check_freq(freq)
    ev = dyad_events(store, a, b, directed=directed, as_of=as_of, statuses=UNREALIZED)
    cols = ["period", "planned", "uncertain", "hypothetical", "n_events"]
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev = ev[ev["date_start"].notna()].copy()
    if ev.empty:
        return pd.DataFrame(columns=cols)
    ev["period"] = period_of(ev["date_start"], freq)
    tab = pd.crosstab(ev["period"], ev["status"])
    for s in UNREALIZED:
        if s not in tab.columns:
            tab[s] = 0
    tab = tab[list(UNREALIZED)]
    tab["n_events"] = tab.sum(axis=1)
    tab.index.name = "period"
    return tab.reset_index()[cols]


def titles_for(store: Any, article_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """``{article_id: {"title", "published"}}`` for the given ids."""
    ids = [i for i in dict.fromkeys(article_ids) if i]
    if not ids:
        return {}
    rows = store.query(_TITLES_SQL.format(marks=", ".join("?" * len(ids))), ids)
    return {r["id"]: {"title": r["title"], "published": r["published"]} for r in rows}


def all_events(store: Any, *, as_of: date | None = None,
               statuses: Sequence[str] | None = REALIZED) -> pd.DataFrame:
    """Snapshot of every fused event (all dyads) as of ``as_of``, optionally by status."""
    if as_of is None:
        snap = stored_events(store)
    else:
        snap = snapshot_events(load_mentions(store, as_of=as_of))
    if statuses is not None and len(snap):
        snap = snap[snap["status"].isin(list(statuses))]
    return snap.reset_index(drop=True)


__all__ = ["SERIES_COLUMNS", "all_events", "dyad_events", "dyad_series", "latest_published",
           "load_mentions", "planned_beside", "series_from_events", "snapshot_events"]
