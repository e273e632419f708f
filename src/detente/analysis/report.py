"""A self-contained HTML report on one relationship, and dyad plots.

:func:`write_report` writes one HTML file (plotly.js inlined once, no CDN, no network):
the verdict and its statistic, the net-cooperation chart with one marker per event (hover
shows the sentence), quad-class bars, the drivers with citations, upcoming planned events
with their probability and status history, the calibration of the planned-event model, and
two example answers. Every piece of text that comes from an article (titles, sentences,
names, places) is escaped with :func:`html.escape` before it reaches the page or a chart.

:func:`dyad_plot` writes a series chart as ``.html`` (plotly) or ``.png`` (plotly's image
export when kaleido is installed, else matplotlib when installed, else a UsageError).
"""

from __future__ import annotations

import html
import logging
import textwrap
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from detente.errors import UsageError

log = logging.getLogger(__name__)

_QUAD = {1: ("verbal cooperation", "#4c9f70"), 2: ("material cooperation", "#1f6f43"),
         3: ("verbal conflict", "#e08a3c"), 4: ("material conflict", "#b8322a")}
_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1100px;color:#222;line-height:1.45;padding:0 1rem}
h1{margin-bottom:.2rem} h2{margin-top:2rem;border-bottom:1px solid #ddd}
.verdict{font-size:1.4rem;font-weight:600;padding:.6rem 1rem;border-radius:6px;
display:inline-block}
.warming,.de-escalating,.likely,.happened{background:#e3f3e8}
.cooling,.escalating,.unlikely{background:#f9e3e0}
.stable,.tense,.calm{background:#eef}
table{border-collapse:collapse;width:100%;font-size:.92rem}
td,th{border-bottom:1px solid #e4e4e4;padding:.35rem .5rem;text-align:left;vertical-align:top}
.small{color:#666;font-size:.85rem} .prob{font-weight:600}
blockquote{margin:.3rem 0 .3rem 1rem;color:#444;border-left:3px solid #ccc;padding-left:.6rem}
"""


def esc(value: Any) -> str:
    """HTML-escaped text of any value (None -> empty)."""
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value), quote=True)


def _hover(text: Any, width: int = 80) -> str:
    """Escaped text wrapped with <br> for a plotly hover label."""
    raw = " ".join(str(text or "").split())
    return "<br>".join(html.escape(line, quote=True) for line in textwrap.wrap(raw, width)) \
        or ""


# -- figures ----------------------------------------------------------------------------------
def series_figure(series: pd.DataFrame, events: pd.DataFrame | None = None,
                  title: str | None = None) -> Any:
    """Plotly figure: cooperation/conflict bars, net cooperation line, event markers."""
    import plotly.graph_objects as go

    fig = go.Figure()
    if series is not None and len(series):
        x = pd.to_datetime(series["period"])
        fig.add_bar(x=x, y=series["cooperation"], name="cooperation", marker_color="#7fbf95",
                    opacity=0.7)
        fig.add_bar(x=x, y=-series["conflict"], name="conflict", marker_color="#e59a8f",
                    opacity=0.7)
        fig.add_scatter(x=x, y=series["net_cooperation"], name="net cooperation",
                        mode="lines+markers", line={"color": "#222", "width": 2})
    if events is not None and len(events):
        ev = events[events["date_start"].notna()]
        for q, (name, color) in _QUAD.items():
            sub = ev[ev["quad_class"].astype(int) == q]
            if sub.empty:
                continue
            hover = [
                f"<b>{esc(r['date_value'])} {esc(r['source_code'])} -> "
                f"{esc(r['target_code'])}</b><br>{esc(r['cameo'])} {esc(r['label'])} "
                f"(Goldstein {float(r['goldstein']):+.1f})<br>{_hover(r['sentence'])}<br>"
                f"<i>{_hover(r.get('title'), 90)}</i>"
                for r in sub.to_dict("records")]
            fig.add_scatter(x=pd.to_datetime(sub["date_start"]), y=sub["goldstein"],
                            mode="markers", name=f"event: {name}", hovertext=hover,
                            hoverinfo="text", marker={"color": color, "size": 8,
                                                      "line": {"width": 1, "color": "#fff"}})
    fig.update_layout(barmode="relative", title=esc(title) if title else None,
                      yaxis_title="Goldstein (sum per period / per event)",
                      legend={"orientation": "h"}, margin={"t": 50, "l": 50, "r": 20},
                      height=460, template="plotly_white")
    return fig


def quad_figure(series: pd.DataFrame) -> Any:
    """Plotly stacked bars of events per quad class and period."""
    import plotly.graph_objects as go

    fig = go.Figure()
    if series is not None and len(series):
        x = pd.to_datetime(series["period"])
        for q, (name, color) in _QUAD.items():
            fig.add_bar(x=x, y=series[f"q{q}"], name=name, marker_color=color)
    fig.update_layout(barmode="stack", yaxis_title="events", height=320,
                      legend={"orientation": "h"}, margin={"t": 20, "l": 50, "r": 20},
                      template="plotly_white")
    return fig


def dyad_plot(series: pd.DataFrame, path: str | Path, *, events: pd.DataFrame | None = None,
              title: str | None = None) -> Path:
    """Write the series chart to ``path`` (.html, or .png when an image backend exists).

    Raises:
        UsageError: another suffix, or .png without kaleido or matplotlib installed.
    """
    out = Path(path)
    suffix = out.suffix.lower()
    if title is None and series is not None and series.attrs.get("a"):
        title = f"{series.attrs['a']}-{series.attrs['b']} net cooperation"
    if suffix in (".html", ".htm"):
        fig = series_figure(series, events, title)
        fig.write_html(str(out), include_plotlyjs=True, full_html=True)
        return out
    if suffix != ".png":
        raise UsageError(f"cannot write a plot to {out.name}", hint="use a .html or .png path",
                         code="E140")
    try:
        import kaleido  # noqa: F401

        series_figure(series, events, title).write_image(str(out))
        return out
    except ImportError:
        pass
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:
        raise UsageError("writing .png needs kaleido or matplotlib, neither is installed",
                         hint="write the plot to a .html file instead (or pip install "
                              "kaleido)", code="E141") from exc
    fig, ax = plt.subplots(figsize=(10, 4))
    if series is not None and len(series):
        x = pd.to_datetime(series["period"])
        ax.bar(x, series["cooperation"], width=20, color="#7fbf95", label="cooperation")
        ax.bar(x, -series["conflict"], width=20, color="#e59a8f", label="conflict")
        ax.plot(x, series["net_cooperation"], color="#222", marker="o", label="net cooperation")
    ax.set_title(title or "")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out


# -- the report -------------------------------------------------------------------------------
def _evidence_table(items: list[dict[str, Any]]) -> str:
    if not items:
        return "<p class='small'>No events to cite.</p>"
    rows = []
    for e in items:
        rows.append(
            f"<tr><td>{esc(e.get('date'))}</td><td>{esc(e.get('source'))} &rarr; "
            f"{esc(e.get('target'))}<br><span class='small'>{esc(e.get('cameo'))} "
            f"{esc(e.get('label'))} ({float(e.get('goldstein') or 0):+.1f})</span></td>"
            f"<td>{esc(e.get('sentence'))}<br><span class='small'>{esc(e.get('title'))} "
            f"&middot; {esc(e.get('published'))} &middot; article {esc(e.get('article_id'))}"
            f"</span></td></tr>")
    return ("<table><tr><th>date</th><th>who, what</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _planned_table(events: list[Any]) -> str:
    if not events:
        return "<p class='small'>No planned meetings, visits or talks reported.</p>"
    rows = []
    for ev in events:
        hist = "".join(
            f"<li>{esc(h.published)} <b>{esc(h.kind.replace('_', ' '))}</b>"
            f"{' (first report)' if h.first else ''}"
            f"{(' &middot; cue: ' + esc(h.cue)) if h.cue else ''}"
            f"{(' &middot; said by ' + esc(h.speaker)) if h.speaker else ''}"
            f"<blockquote>{esc(h.sentence)}<br><span class='small'>{esc(h.title)}</span>"
            f"</blockquote></li>" for h in ev.history)
        contrib = ", ".join(f"{esc(k)} {v:+.2f}" for k, v in ev.contributions.items()
                            if abs(v) >= 0.05)
        rows.append(
            f"<tr><td>{esc(ev.description)}<br><span class='small'>expected "
            f"{esc(ev.expected or ev.expected_start or '?')} &middot; {esc(ev.state)}</span>"
            f"</td><td class='prob'>{ev.probability:.2f}<br><span class='small'>{contrib}"
            f"</span></td><td><ul>{hist}</ul></td></tr>")
    return ("<table><tr><th>event</th><th>P(takes place)</th><th>status history</th></tr>"
            + "".join(rows) + "</table>")


def _calibration(model: Any) -> str:
    def num(x: float | None) -> str:
        return "" if x is None else f"{x:.2f}"

    rows = "".join(
        f"<tr><td>{esc(r['bin'])}</td><td>{r['n']}</td><td>{r['events']}</td>"
        f"<td>{num(r['mean_predicted'])}</td><td>{num(r['observed'])}</td></tr>"
        for r in model.reliability)
    weights = ", ".join(f"{esc(k)} {v:+.2f}" for k, v in model.weights.items())
    table = ("<table><tr><th>predicted</th><th>snapshots</th><th>events</th>"
             "<th>mean predicted</th><th>observed</th></tr>" + rows + "</table>") if rows else ""
    return f"<p class='small'>{esc(model.note)}. Weights: {weights}.</p>{table}"


def _answer_block(ans: dict[str, Any]) -> str:
    ev = "".join(
        f"<li>{esc(e.get('published'))} &middot; {esc(e.get('title'))}"
        f"<blockquote>{esc(e.get('sentence'))}</blockquote></li>"
        for e in ans.get("evidence", [])[:5])
    prob = ans.get("probability")
    return (f"<h3>&ldquo;{esc(ans['question'])}&rdquo;</h3>"
            f"<p><span class='verdict {esc(ans.get('verdict'))}'>{esc(ans.get('verdict'))}"
            f"{'' if prob is None else ' &middot; p=' + format(prob, '.2f')}</span></p>"
            f"<p>{esc(ans.get('summary'))}</p><ul>{ev}</ul>")


def build_report(store: Any, a: str = "USA", b: str = "CHN", *, as_of: date | None = None,
                 freq: str = "month", window: int = 12) -> str:
    """The report as an HTML string (see module doc)."""
    import plotly.io as pio

    from detente.analysis.ask import ask
    from detente.analysis.planned import fit_planned_model, planned_events
    from detente.analysis.trend import dyad_trend

    a, b = a.upper(), b.upper()
    verdict, series, events = dyad_trend(store, a, b, freq=freq, window=window, as_of=as_of,
                                         forecast=True)
    model = fit_planned_model(store, as_of=as_of)
    planned = planned_events(store, a, b, as_of=as_of, model=model)
    open_events = [e for e in planned if e.state in ("upcoming", "due", "overdue")]
    shown = open_events + [e for e in planned if e not in open_events][:5]
    q1 = f"Are {_name(a)}-{_name(b)} relations expected to warm up?"
    answers = [ask(store, q1, as_of=as_of)]
    if open_events:
        # the best-reported open meeting or visit (root 04 before statements of intent)
        top = min(open_events, key=lambda e: (not e.cameo.startswith("04"), -e.n_articles,
                                               e.expected_start or "9999"))
        answers.append(_planned_answer(top, model))
    else:
        answers.append(ask(store, f"What happened between {_name(a)} and {_name(b)} last month?",
                           as_of=as_of))
    fig1 = pio.to_html(series_figure(series, events, f"{a}-{b} net cooperation per {freq}"),
                       full_html=False, include_plotlyjs=True)
    fig2 = pio.to_html(quad_figure(series), full_html=False, include_plotlyjs=False)
    when = as_of.isoformat() if as_of else "the newest article"
    v = verdict
    stat = "" if v.slope is None else (
        f"<p class='small'>Statistic: {esc(v.statistic)}; slope {v.slope:+.2f} per {esc(freq)}"
        f" ({int(v.slope_level * 100)}% CI {v.slope_low:+.2f}..{v.slope_high:+.2f}), "
        f"Mann-Kendall z {v.mk_z:+.2f}, confidence {v.confidence:.2f} (threshold "
        f"{v.level:.2f}); window {esc(v.window_start)}..{esc(v.window_end)}.</p>")
    coarse = series.attrs.get("n_coarse", 0)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>detente report: {esc(a)}-{esc(b)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{esc(a)}&ndash;{esc(b)} relations</h1>",
        f"<p class='small'>As of {esc(when)}; {int(series['n_events'].sum()) if len(series) else 0}"
        f" realized fused events in the series"
        f"{f', {coarse} with dates too coarse to place' if coarse else ''}.</p>",
        f"<p><span class='verdict {esc(v.verdict)}'>{esc(v.verdict)}</span></p>",
        f"<p>{esc(v.summary)}</p>", stat,
        "<h2>Net cooperation and events</h2>",
        "<p class='small'>Bars: cooperation (sum of positive Goldstein scores) and conflict "
        "per period; line: net cooperation; dots: single events (hover for the sentence)."
        "</p>", fig1,
        "<h2>Events by quad class</h2>", fig2,
        "<h2>Drivers</h2>", _evidence_table(list(v.drivers)),
        "<h2>Strongest events of the window</h2>",
        "<h3>Cooperative</h3>", _evidence_table(list(v.strongest_positive)),
        "<h3>Conflictual</h3>", _evidence_table(list(v.strongest_negative)),
        "<h2>Planned meetings, visits and talks</h2>", _planned_table(shown),
        "<h3>Calibration of the probability model</h3>", _calibration(model),
        "<h2>Example answers</h2>", *(_answer_block(x) for x in answers),
        "<p class='small'>Generated by detente from stored articles only.</p></body></html>",
    ]
    return "\n".join(parts)


def _name(code: str) -> str:
    """A KB name for a country/IGO code that the question parser resolves back to it."""
    from detente.coding.actors import default_kb

    kb = default_kb()
    entry = kb.get(f"country:{code[:3]}") or kb.get(f"igo:{code}")
    return entry.name if entry is not None else code


def _planned_answer(ev: Any, model: Any) -> dict[str, Any]:
    from detente.analysis.planned import explain

    reasons = explain(ev, model)
    return {
        "question": f"Will it take place: {ev.description}"
                    f"{f' ({ev.expected})' if ev.expected else ''}?",
        "verdict": "likely" if ev.probability >= 0.5 else "unlikely",
        "probability": ev.probability,
        "summary": (f"Expected {ev.expected or ev.expected_start or 'soon'}; probability "
                    f"{ev.probability:.2f}" + (f"; raised or lowered most by "
                                                f"{'; '.join(reasons)}" if reasons else "")
                    + "."),
        "evidence": [{"published": h.published, "title": h.title, "sentence": h.sentence}
                     for h in reversed(ev.history)],
    }


def write_report(store: Any, path: str | Path, a: str = "USA", b: str = "CHN", *,
                 as_of: date | None = None, freq: str = "month") -> Path:
    """Write the HTML report on ``a``-``b`` to ``path``; returns the path."""
    out = Path(path)
    if out.parent and not out.parent.exists():
        raise UsageError(f"folder {out.parent} does not exist", hint="create it first",
                         code="E142")
    out.write_text(build_report(store, a, b, as_of=as_of, freq=freq), encoding="utf-8")
    log.info("report written to %s", out)
    return out


__all__ = ["build_report", "dyad_plot", "quad_figure", "series_figure", "write_report"]
