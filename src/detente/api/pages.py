"""Server-rendered dashboard (Jinja2, autoescaped): every table works without JavaScript;
the dyad chart is drawn by plotly.js, served from the installed plotly package."""

from __future__ import annotations

import json
import logging
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException

from detente.api.service import QUAD_NAMES, DetenteError, NotAvailable, Service, jsonable

log = logging.getLogger(__name__)

_WEB = "detente.web"
QUAD_COLORS = {1: "#2f7d4f", 2: "#69b38a", 3: "#e0a040", 4: "#c0392b"}


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("detente.web", "templates"),
        autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["signed"] = lambda v: "" if v is None else f"{float(v):+.1f}"
    env.filters["pct"] = lambda v: "" if v is None else f"{100 * float(v):.0f}%"
    env.filters["tojson_safe"] = json_for_script
    env.globals["quad_names"] = QUAD_NAMES
    return env


def json_for_script(value: Any) -> Markup:
    """JSON that is safe inside ``<script type="application/json">`` (no ``</script>``)."""
    text = json.dumps(jsonable(value), ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def _templates() -> jinja2.Environment:
    return _ENV


_ENV = _env()


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = _templates().get_template(name).render(request=request, **context)
    return HTMLResponse(html, status_code=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message,
                  title=f"Error {status}")


def highlight(text: str, spans: list[dict[str, Any]]) -> Markup:
    """The article text as HTML with evidence sentences, actors and triggers marked.

    Evidence sentences do not partly overlap (identical or disjoint), so each distinct
    sentence becomes one ``<mark class="ev">`` holding an empty ``id="e-<event_id>"`` anchor
    per event it states (CSS ``:has(:target)`` lights the sentence a citation points to);
    actor and trigger spans inside it become nested marks, overlapping ones dropped. Every
    piece of text is escaped on its own."""
    sentences: dict[tuple[int, int], list[dict[str, Any]]] = {}
    inner: list[dict[str, Any]] = []
    for s in spans:
        if s["kind"] == "event":
            start, end = s["start"], s["end"]
            while end > start and text[end - 1].isspace():  # no mark over trailing blank lines
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            sentences.setdefault((start, end), []).append(s)
        else:
            inner.append(s)
    # keep the outermost of partly overlapping sentences
    ordered = sorted(sentences, key=lambda k: (k[0], -k[1]))
    kept: list[tuple[int, int]] = []
    for key in ordered:
        if kept and key[0] < kept[-1][1]:
            sentences[kept[-1]].extend(sentences[key])
            continue
        kept.append(key)
    # a fused event stated in several sentences of the article anchors at its best mention
    # (else its first sentence): ids stay unique
    fused_home: dict[str, tuple[int, int]] = {}
    for key in kept:
        for e in sentences[key]:
            if e.get("fused_id") and e.get("best"):
                fused_home.setdefault(e["fused_id"], key)
    for key in kept:
        for e in sentences[key]:
            if e.get("fused_id"):
                fused_home.setdefault(e["fused_id"], key)
    out: list[str] = []
    pos = 0
    used: set[str] = set()
    for start, end in kept:
        out.append(str(escape(text[pos:start])))
        evs = sentences[(start, end)]
        ids: list[str] = []
        for e in evs:
            f = e.get("fused_id")
            for i in (e["event_id"], f if f and fused_home.get(f) == (start, end) else None):
                if i and i not in used:
                    used.add(i)
                    ids.append(i)
        anchors = "".join(f'<span class="anchor" id="e-{escape(i)}"></span>' for i in ids)
        labels = "; ".join(dict.fromkeys(
            f"{e.get('cameo') or ''} {e.get('label') or ''} ({e.get('status') or '?'})"
            for e in evs))
        statuses = " ".join(sorted({f"st-{e.get('status') or 'unknown'}" for e in evs}))
        out.append(f'<mark class="ev {escape(statuses)}" title="{escape(labels)}" '
                   f'data-events="{escape(" ".join(e["event_id"] for e in evs))}">{anchors}')
        out.append(_inner_marks(text, start, end, [
            s for s in inner if s["start"] >= start and s["end"] <= end]))
        out.append("</mark>")
        pos = end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def _inner_marks(text: str, start: int, end: int, spans: list[dict[str, Any]]) -> str:
    chosen: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    # actors win over a trigger that overlaps them
    for s in sorted(spans, key=lambda s: (s["start"], s["kind"] == "trigger",
                                          -(s["end"] - s["start"]))):
        key = (s["start"], s["end"])
        if key in seen or (chosen and s["start"] < chosen[-1]["end"]):
            continue
        seen.add(key)
        chosen.append(s)
    out: list[str] = []
    pos = start
    for s in chosen:
        out.append(str(escape(text[pos:s["start"]])))
        title = s.get("code") or s["kind"]
        out.append(f'<mark class="{escape(s["kind"])}" title="{escape(title)}">'
                   f'{escape(text[s["start"]:s["end"]])}</mark>')
        pos = s["end"]
    out.append(str(escape(text[pos:end])))
    return "".join(out)


def dyad_figure(monthly: list[dict[str, Any]], events: list[dict[str, Any]],
                series: list[dict[str, Any]] | None, forecast: dict[str, Any] | None
                ) -> dict[str, Any]:
    """A plotly figure (as a plain dict): the index over time with the forecast band, the
    events as hoverable markers (Goldstein value, colored by quad class) and the quad-class
    counts as stacked bars."""
    traces: list[dict[str, Any]] = []
    if series:
        xs = [p.get("period") or p.get("date") or p.get("start") for p in series]
        ys = [_index_value(p) for p in series]
    else:
        xs = [m["period"][:10] for m in monthly]
        ys = [m["net_cooperation"] for m in monthly]
    traces.append({"type": "scatter", "mode": "lines+markers", "name": "net cooperation",
                   "x": xs, "y": ys, "line": {"color": "#1f4e79", "width": 2},
                   "marker": {"size": 5}, "xaxis": "x", "yaxis": "y",
                   "hovertemplate": "%{x|%b %Y}: %{y:+.1f}<extra>index</extra>"})
    if forecast:
        nc = forecast.get("net_cooperation") or {}
        start = forecast.get("as_of")
        days = int(forecast.get("horizon_days") or 30)
        if start and nc:
            end = (date.fromisoformat(start) + timedelta(days=days)).isoformat()
            lo, hi, ex = nc.get("low"), nc.get("high"), nc.get("expected")
            traces.append({"type": "scatter", "mode": "lines", "x": [start, end],
                           "y": [lo, lo], "line": {"width": 0}, "showlegend": False,
                           "hoverinfo": "skip", "xaxis": "x", "yaxis": "y"})
            traces.append({"type": "scatter", "mode": "lines", "x": [start, end],
                           "y": [hi, hi], "fill": "tonexty",
                           "fillcolor": "rgba(31,78,121,0.18)", "line": {"width": 0},
                           "name": f"forecast {int(100 * float(nc.get('level') or 0.8))}% band",
                           "hovertemplate": f"{lo:+.1f} .. {hi:+.1f}<extra>forecast</extra>",
                           "xaxis": "x", "yaxis": "y"})
            traces.append({"type": "scatter", "mode": "lines", "x": [start, end],
                           "y": [ex, ex], "line": {"dash": "dash", "color": "#1f4e79"},
                           "name": "forecast", "xaxis": "x", "yaxis": "y",
                           "hovertemplate": f"expected {ex:+.1f}<extra>forecast</extra>"})
    for quad in (1, 2, 3, 4):
        evs = [e for e in events if e.get("quad_class") == quad and e.get("date_start")]
        # realized first: the legend shows the first point's symbol (filled = happened)
        evs.sort(key=lambda e: e["status"] not in ("happened", "ongoing"))
        if not evs:
            continue
        traces.append({
            "type": "scatter", "mode": "markers", "name": QUAD_NAMES[quad],
            "legendgroup": f"q{quad}", "x": [e["date_start"] for e in evs],
            "y": [e["goldstein"] for e in evs], "xaxis": "x", "yaxis": "y2",
            "marker": {"color": QUAD_COLORS[quad], "size": 9, "opacity": 0.8,
                       "symbol": ["circle" if e["status"] in ("happened", "ongoing")
                                  else "circle-open" for e in evs],
                       "line": {"color": QUAD_COLORS[quad], "width": 1.5}},
            "customdata": [e["fused_id"] for e in evs],
            "hovertext": [_hover(e) for e in evs],
            "hovertemplate": "%{hovertext}<extra></extra>",
        })
    for quad in (1, 2, 3, 4):
        traces.append({"type": "bar", "name": QUAD_NAMES[quad], "legendgroup": f"q{quad}",
                       "showlegend": False, "x": [m["period"][:10] for m in monthly],
                       "y": [m[f"q{quad}"] for m in monthly], "xaxis": "x", "yaxis": "y3",
                       "marker": {"color": QUAD_COLORS[quad]},
                       "hovertemplate": "%{x|%b %Y}: %{y}<extra>" + QUAD_NAMES[quad]
                                        + "</extra>"})
    dated = sorted(str(e["date_start"]) for e in events if e.get("date_start"))
    x_range = None
    if dated:
        last = date.fromisoformat(dated[-1][:10])
        if forecast and forecast.get("as_of"):
            last = max(last, date.fromisoformat(forecast["as_of"]) + timedelta(
                days=int(forecast.get("horizon_days") or 30)))
        first = date.fromisoformat(dated[0][:10])
        # the last two years by default (background events from long ago would squash the
        # recent months); the user can zoom out
        start = max(first, last - timedelta(days=730)) - timedelta(days=20)
        x_range = [start.isoformat(), (last + timedelta(days=20)).isoformat()]
    layout = {
        "height": 560, "margin": {"l": 56, "r": 16, "t": 16, "b": 40},
        "barmode": "stack", "hovermode": "closest", "showlegend": True,
        "legend": {"orientation": "h", "y": -0.08},
        "font": {"family": "system-ui, -apple-system, Segoe UI, sans-serif", "size": 12},
        "paper_bgcolor": "#ffffff", "plot_bgcolor": "#ffffff",
        "xaxis": {"type": "date", "anchor": "y3", "gridcolor": "#eee", "range": x_range},
        "yaxis": {"domain": [0.56, 1.0], "title": {"text": "net cooperation"},
                  "zeroline": True, "zerolinecolor": "#999", "gridcolor": "#eee"},
        "yaxis2": {"domain": [0.26, 0.5], "title": {"text": "events"}, "range": [-11, 11],
                   "zeroline": True, "zerolinecolor": "#999", "gridcolor": "#eee"},
        "yaxis3": {"domain": [0.0, 0.2], "title": {"text": "count"}, "gridcolor": "#eee"},
    }
    return {"data": traces, "layout": layout}


def _index_value(p: dict[str, Any]) -> Any:
    for key in ("net_cooperation", "index", "value", "goldstein_sum", "net"):
        if key in p:
            return p[key]
    return None


def _hover(e: dict[str, Any]) -> str:
    sentence = (e.get("sentence") or "").strip()
    if len(sentence) > 220:
        sentence = sentence[:217] + "..."
    words, line, lines = sentence.split(), "", []
    for w in words:  # wrap for the hover box
        if len(line) + len(w) > 70:
            lines.append(line)
            line = ""
        line = f"{line} {w}".strip()
    if line:
        lines.append(line)
    head = (f"{e.get('date_value') or e.get('date_start')} {e.get('source_code') or ''} "
            f"\u2192 {e.get('target_code') or ''}: {e.get('cameo')} {e.get('label')} "
            f"({e.get('status')}, {float(e.get('goldstein') or 0):+.1f})")
    # plotly reads <br> and a few tags in hover text: escape everything from the data
    return "<b>" + str(escape(head)) + "</b><br>" + "<br>".join(str(escape(x)) for x in lines)


def _plotly_js() -> Path:
    import plotly  # type: ignore[import-untyped]

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def add_pages(app: FastAPI, svc: Service) -> None:
    static_dir = resources.files(_WEB) / "static"

    @app.get("/static/plotly.min.js", include_in_schema=False)
    def plotly_js() -> Response:
        path = _plotly_js()
        if not path.is_file():
            return Response("/* plotly.js is not installed */", status_code=404,
                            media_type="text/javascript")
        return FileResponse(path, media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        f = static_dir / name
        if "/" in name or "\\" in name or name.startswith(".") or not f.is_file():
            raise HTTPException(404, f"no static file {name}")
        media = {"css": "text/css", "js": "text/javascript", "svg": "image/svg+xml"}.get(
            name.rsplit(".", 1)[-1], "application/octet-stream")
        return Response(f.read_bytes(), media_type=media,
                        headers={"Cache-Control": "public, max-age=3600"})

    @app.get("/", include_in_schema=False)
    def overview(request: Request) -> HTMLResponse:
        dyads = svc.dyads(limit=25)
        recent = svc.list_events(_no_filter(), limit=15, offset=0)
        return render(request, "overview.html", title="Overview", dyads=dyads,
                      recent=recent["items"], counts=svc.health()["counts"])

    @app.get("/dyads/{a}/{b}", include_in_schema=False)
    def dyad_page(request: Request, a: str, b: str) -> HTMLResponse:
        a, b = a.upper()[:8], b.upper()[:8]
        monthly = svc.monthly(a, b)
        events = svc.dyad_events(a, b)
        analysis: dict[str, Any] | None = None
        analysis_error = None
        try:
            analysis = svc.dyad(a, b)
        except NotAvailable as exc:
            analysis_error = str(exc)
        except DetenteError as exc:
            analysis_error = str(exc)
        forecast = None
        forecast_error = None
        try:
            forecast = svc.forecast(a, b)["forecast"]
        except DetenteError as exc:
            forecast_error = str(exc)
        series = None
        if analysis and isinstance(analysis.get("series"), list):
            series = analysis["series"]
        figure = dyad_figure(monthly, events, series, forecast)
        planned_fallback = [e for e in events if e["status"] in ("planned", "uncertain")]
        return render(request, "dyad.html", title=f"{a}\u2013{b}", a=a, b=b,
                      monthly=monthly, events=events, analysis=analysis,
                      analysis_error=analysis_error, forecast=forecast,
                      forecast_error=forecast_error, figure=figure,
                      planned_fallback=planned_fallback, has_events=bool(events))

    @app.get("/events/{event_id}", include_in_schema=False)
    def event_page(request: Request, event_id: str) -> HTMLResponse:
        data = svc.event(event_id[:100])
        return render(request, "event.html", title="Event", data=data, ev=data["event"])

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        art = svc.article(article_id[:300])["article"]
        body = highlight(art["text"] or "", art["spans"])
        events = [s for s in art["spans"] if s["kind"] == "event"]
        return render(request, "article.html", title=art["title"] or art["id"], art=art,
                      body=body, events=events)

    @app.get("/ask", include_in_schema=False)
    def ask_page(request: Request, q: str | None = Query(default=None, max_length=500)
                 ) -> HTMLResponse:
        answer = None
        error = None
        if q and q.strip():
            try:
                answer = svc.ask(q.strip())["answer"]
            except DetenteError as exc:
                error = str(exc)
        return render(request, "ask.html", title="Ask", q=q or "", answer=answer,
                      error=error, view=answer_view(answer))


def answer_view(answer: Any) -> dict[str, Any] | None:
    """A uniform view of whatever ``ask`` returned: text, verdict and citations with links
    to the cited sentence (``/articles/<id>#e-<event_id>``)."""
    if answer is None:
        return None
    if isinstance(answer, str):
        return {"text": answer, "citations": [], "extra": {}}
    if not isinstance(answer, dict):
        return {"text": str(answer), "citations": [], "extra": {}}
    text = next((answer[k] for k in ("answer", "text", "summary") if answer.get(k)), "")
    raw: Any = next((answer[k] for k in ("citations", "evidence", "sources")
                     if answer.get(k)), [])
    cites: list[dict[str, Any]] = []
    for c in raw if isinstance(raw, list) else []:
        if not isinstance(c, dict):
            continue
        ev = c.get("event_id") or c.get("best_event_id") or c.get("id")
        art = c.get("article_id")
        evidence: dict[str, Any] = c["evidence"] if isinstance(c.get("evidence"), dict) else {}
        ev_sentence = c.get("sentence") or evidence.get("sentence")
        href = None
        if art:
            href = f"/articles/{art}" + (f"#e-{ev}" if ev else "")
        elif ev:
            href = f"/events/{ev}"
        cites.append({"href": href, "sentence": ev_sentence or "", "event_id": ev,
                      "article_id": art, "title": c.get("title") or c.get("article_title"),
                      "date": c.get("date") or c.get("published"),
                      "label": c.get("label") or c.get("description")})
    extra = {k: v for k, v in answer.items()
             if k in ("intent", "verdict", "probability", "confidence")
             and v is not None and not isinstance(v, dict | list)}
    for k in ("probability", "confidence"):
        if isinstance(extra.get(k), int | float):
            extra[k] = f"{100 * float(extra[k]):.0f}%"
    return {"text": text, "citations": cites, "extra": extra}


def _no_filter() -> Any:
    from detente.api.service import EventFilter

    return EventFilter()
