"""API and dashboard tests on a real DuckDB file built by hand (no spaCy model): every route,
the one error shape on every error path, SQL injection in filters, escaping in pages."""

from __future__ import annotations

import csv
import io
import json
import re
import warnings
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from detente.model import Actor, Article, Event, EventDate, Evidence, Status

TOKEN = "test-token-123"
XSS_TITLE = "<script>alert(1)</script>"
XSS_SENTENCE = 'Washington condemned Beijing over the <img src=x onerror="alert(2)"> affair.'

_ACTORS = {
    "USA": ("Washington", "United States", "USAGOV"),
    "CHN": ("Beijing", "China", "CHNGOV"),
    "RUS": ("Moscow", "Russia", "RUSGOV"),
    "UKR": ("Kyiv", "Ukraine", "UKRGOV"),
}
# (article id, published, [(src, tgt, cameo, status, date, sentence)])
_CORPUS: list[tuple[str, date, list[tuple[str, str, str, str, str, str]]]] = [
    ("a-jan", date(2023, 1, 20), [
        ("USA", "CHN", "040", "happened", "2023-01-19",
         "Washington and Beijing held talks on trade on Thursday."),
        ("USA", "CHN", "042", "planned", "2023-02",
         "Washington will send its top diplomat to Beijing next month."),
    ]),
    ("a-feb", date(2023, 2, 6), [
        ("USA", "CHN", "111", "happened", "2023-02-04",
         "Washington criticized Beijing over the balloon on Saturday."),
        ("USA", "CHN", "042", "cancelled", "2023-02",
         "Washington postponed the visit to Beijing."),
    ]),
    ("a-mar", date(2023, 3, 15), [
        ("CHN", "USA", "112", "happened", "2023-03-14",
         "Beijing accused Washington of containment on Tuesday."),
    ]),
    ("a-apr", date(2023, 4, 10), [
        ("CHN", "USA", "172", "happened", "2023-04-08",
         "Beijing imposed sanctions on Washington on Saturday."),
    ]),
    ("a-jun", date(2023, 6, 19), [
        ("USA", "CHN", "040", "happened", "2023-06-19",
         "Washington and Beijing held frank talks on Monday."),
        ("CHN", "USA", "030", "happened", "2023-06-19",
         "Beijing said it wants to cooperate with Washington."),
    ]),
    ("a-jul", date(2023, 7, 8), [
        ("USA", "CHN", "040", "happened", "2023-07-07",
         "Washington and Beijing held talks on finance on Friday."),
        ("USA", "CHN", "036", "planned", "2023-11",
         "Washington expects to meet Beijing in November."),
    ]),
    ("a-aug", date(2023, 8, 29), [
        ("USA", "CHN", "040", "happened", "2023-08-28",
         "Washington and Beijing held talks on commerce on Monday."),
        ("RUS", "UKR", "190", "happened", "2023-08-27",
         "Moscow shelled Kyiv on Sunday."),
    ]),
    ("a-xss", date(2023, 8, 30), [
        ("USA", "CHN", "111", "happened", "2023-08-30", XSS_SENTENCE),
    ]),
]


def _event(article: Article, src: str, tgt: str, cameo: str, status: str, when: str,
           sentence: str) -> Event:
    from detente.coding.codebook import load_codebook

    info = load_codebook().get(cameo)
    start = article.text.index(sentence)
    s_text, s_name, s_code = _ACTORS[src]
    t_text, t_name, t_code = _ACTORS[tgt]
    precision = "day" if len(when) == 10 else "month"
    trigger = sentence.split()[1]
    return Event(
        event_id=Event.make_id(article.id, start, start + len(sentence), cameo, s_code, t_code),
        article_id=article.id,
        source=Actor(s_text, s_name, s_code, src, "GOV"),
        target=Actor(t_text, t_name, t_code, tgt, "GOV"),
        cameo=cameo, root=cameo[:2], label=info.label, goldstein=info.goldstein,
        quad_class=info.quad_class, status=Status(status),
        date=EventDate(when, precision, None),  # type: ignore[arg-type]
        evidence=Evidence(sentence, start, start + len(sentence), trigger),
        confidence=0.7, rule="test")


def build_store(path: Path) -> dict[str, Any]:
    """A small real store: articles, mentions, fused events and links (no spaCy)."""
    from detente.fuse import fuse_store
    from detente.store import Store

    ids: dict[str, Any] = {"articles": [], "events": {}}
    with Store(path) as store:
        for art_id, published, rows in _CORPUS:
            text = " ".join(r[5] for r in rows) + " Nothing else happened."
            title = XSS_TITLE if art_id == "a-xss" else f"Story {art_id}"
            article = Article(id=art_id, title=title, text=text, published=published,
                              origin="test", language="en")
            events = [_event(article, *r) for r in rows]
            store.add_article(article, events)
            ids["articles"].append(art_id)
            for r, e in zip(rows, events, strict=True):
                ids["events"][r[5]] = e.event_id
        fuse_store(store)
    return ids


def test_client(app: Any, **kwargs: Any) -> Any:
    with warnings.catch_warnings():  # starlette warns that it prefers httpx2 (import time)
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, **kwargs)


test_client.__test__ = False  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def store_ids(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    path = tmp_path_factory.mktemp("api") / "api.duckdb"
    return path, build_store(path)


@pytest.fixture(scope="module")
def app(store_ids: tuple[Path, dict[str, Any]]) -> Any:
    from detente.api import create_app

    application = create_app(str(store_ids[0]), token=TOKEN, max_body=20_000)
    yield application
    application.state.service.close()


@pytest.fixture(scope="module")
def client(app: Any) -> Any:
    with test_client(app, raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def ids(store_ids: tuple[Path, dict[str, Any]]) -> dict[str, Any]:
    return store_ids[1]


def assert_error(resp: Any, status: int, *words: str) -> dict[str, Any]:
    """The one error shape: {"ok": false, "error": "...", "status": N} with N the HTTP code."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    for w in words:
        assert w in body["error"], (w, body["error"])
    return body


# -- reads ---------------------------------------------------------------------------------
def test_api_health(client: Any) -> None:
    r = client.get("/api/health")
    assert r.status_code == 200
    body = r.json()
    assert body["ok"] is True
    assert body["counts"]["articles"] == len(_CORPUS)
    assert body["writes"] is True
    assert r.headers["server-timing"].startswith("app;dur=")


@pytest.mark.parametrize(("query", "expect"), [
    ({}, 12),
    ({"dyad": "USA-CHN"}, 11),
    ({"dyad": "chn-usa"}, 11),
    ({"dyad": "RUS/UKR"}, 1),
    ({"actor": "RUS"}, 1),
    ({"actor": "ukrgov"}, 1),
    ({"root": "4"}, 5),
    ({"root": "19"}, 1),
    ({"status": "planned"}, 1),
    ({"status": "planned,cancelled"}, 2),
    ({"since": "2023-06-01"}, 7),
    ({"since": "2023-03-01", "until": "2023-04-30"}, 2),
    ({"q": "balloon"}, 1),
    ({"q": "BALLOON"}, 1),
    ({"q": "held talks", "dyad": "USA-CHN"}, 3),
    ({"q": "100%"}, 0),
    ({"q": "_"}, 0),
    ({"since": "2023-05-01", "until": "2023-01-01"}, 0),
])
def test_api_events_filters(client: Any, query: dict[str, str], expect: int) -> None:
    r = client.get("/api/events", params=query)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == expect
    assert len(body["items"]) == min(expect, 50)


def test_api_events_fused_counts_one_event_per_story(client: Any) -> None:
    # the planned and the cancelled visit are one story: one fused event per sentence group
    r = client.get("/api/events", params={"limit": 1000})
    assert r.json()["total"] == len({i["fused_id"] for i in r.json()["items"]})


def test_api_events_pagination(client: Any) -> None:
    first = client.get("/api/events", params={"limit": 5, "offset": 0}).json()
    second = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"]
    a = [i["fused_id"] for i in first["items"]]
    b = [i["fused_id"] for i in second["items"]]
    assert len(a) == 5 and not set(a) & set(b)
    dates = [i["date_start"] or "" for i in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)


INJECTIONS = [
    "' OR 1=1 --",
    "x'; DROP TABLE events; --",
    "%' UNION SELECT text FROM articles --",
    "\\' OR '1'='1",
    "\"; DELETE FROM mentions; --",
]


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("param", ["q", "actor"])
def test_api_events_sql_injection_is_inert(client: Any, param: str, payload: str) -> None:
    before = client.get("/api/health").json()["counts"]
    r = client.get("/api/events", params={param: payload})
    if param == "actor" and len(payload) > 20:
        assert_error(r, 422, "actor")
    else:
        assert r.status_code == 200, r.text
        assert r.json()["total"] == 0
    assert client.get("/api/health").json()["counts"] == before


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("path", ["/api/events/{}", "/api/articles/{}", "/events/{}",
                                  "/articles/{}"])
def test_api_path_injection_is_not_found(client: Any, path: str, payload: str) -> None:
    from urllib.parse import quote

    r = client.get(path.format(quote(payload, safe="")))
    assert r.status_code == 404
    if path.startswith("/api"):
        assert_error(r, 404)


@pytest.mark.parametrize("params", [
    {"dyad": "USA-CHN' OR 1=1"}, {"status": "planned' OR '1'='1"}, {"root": "04 OR 1=1"},
    {"since": "2023-01-01' OR 1=1"},
])
def test_api_events_injection_in_typed_filters_is_rejected(client: Any,
                                                           params: dict[str, str]) -> None:
    body = assert_error(client.get("/api/events", params=params), 422)
    assert next(iter(params)) in body["error"]


def test_api_event_by_fused_or_mention_id(client: Any, ids: dict[str, Any]) -> None:
    mention = ids["events"]["Washington postponed the visit to Beijing."]
    by_mention = client.get(f"/api/events/{mention}").json()
    fused = by_mention["event"]["fused_id"]
    assert fused and fused.startswith("f")
    by_fused = client.get(f"/api/events/{fused}").json()
    assert by_fused == by_mention
    statuses = [m["status"] for m in by_fused["mentions"]]
    assert statuses == ["planned", "cancelled"]  # status history in publication order
    assert by_fused["event"]["status"] == "cancelled"
    assert {lk["kind"] for lk in by_fused["links"]} == {"cancelled_as"}
    ev = by_fused["mentions"][0]["evidence"]
    assert ev["sentence"] == "Washington will send its top diplomat to Beijing next month."


def test_api_article_spans_point_into_the_text(client: Any) -> None:
    art = client.get("/api/articles/a-jun").json()["article"]
    assert art["title"] == "Story a-jun" and art["published"] == "2023-06-19"
    text = art["text"]
    kinds = {s["kind"] for s in art["spans"]}
    assert kinds == {"event", "source", "target", "trigger"}
    for s in art["spans"]:
        if s["kind"] == "event":
            assert text[s["start"]:s["end"]].startswith(("Washington", "Beijing"))
        else:
            assert text[s["start"]:s["end"]] == s["text"]


def test_api_dyads_index_and_trend(client: Any) -> None:
    body = client.get("/api/dyads").json()
    assert body["as_of"] == "2023-08-30"
    top = body["items"][0]
    assert (top["a"], top["b"]) == ("CHN", "USA")
    assert top["n_events"] == 11
    assert top["trend"] in ("warming", "cooling", "steady")
    assert top["arrow"] in ("\u2197", "\u2198", "\u2192")
    # last 30 days: talks (+1.0) and a criticism (-2.0) in August
    assert top["current_index"] == pytest.approx(1.0 - 2.0)
    pairs = {(d["a"], d["b"]) for d in body["items"]}
    assert ("RUS", "UKR") in pairs


def test_api_forecast(client: Any) -> None:
    body = client.get("/api/forecast/usa/chn", params={"horizon_days": 60}).json()
    fc = body["forecast"]
    assert (fc["a"], fc["b"], fc["horizon_days"]) == ("USA", "CHN", 60)
    assert len(fc["roots"]) == 20
    assert all(0 <= r["p_either"] <= 1 for r in fc["roots"])


def test_api_forecast_unknown_pair_is_an_error(client: Any) -> None:
    assert_error(client.get("/api/forecast/USA/USA"), 404, "different")
    assert_error(client.get("/api/dyads/chn/CHN"), 404, "different")


def test_api_dyad_analysis_or_501(client: Any) -> None:
    r = client.get("/api/dyads/USA/CHN")
    if r.status_code == 501:
        assert_error(r, 501, "not available")
        return
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["series"] and "net_cooperation" in body["series"][0]
    assert body["verdict"]["verdict"]
    assert isinstance(body["drivers"], list)


def test_api_ask_or_501(client: Any) -> None:
    r = client.get("/api/ask", params={"q": "Is U.S.-China relations expected to warm up?"})
    if r.status_code == 501:
        assert_error(r, 501, "not available")
        return
    assert r.status_code == 200, r.text
    assert r.json()["answer"]


def test_api_export_jsonl(client: Any) -> None:
    r = client.get("/api/export", params={"format": "jsonl", "dyad": "RUS-UKR"})
    assert r.status_code == 200
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert len(lines) == 1
    rec = lines[0]
    assert rec["cameo"] == "190" and rec["source"]["code"] == "RUSGOV"
    assert rec["evidence"]["sentence"] == "Moscow shelled Kyiv on Sunday."


def test_api_export_csv(client: Any) -> None:
    r = client.get("/api/export", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == 13  # every mention
    assert {"event_id", "fused_id", "cameo", "sentence"} <= set(rows[0])


# -- the one error shape -------------------------------------------------------------------
@pytest.mark.parametrize(("path", "status", "word"), [
    ("/api/events/does-not-exist", 404, "no event"),
    ("/api/articles/does-not-exist", 404, "no article"),
    ("/api/no-such-endpoint", 404, "no such"),
    ("/api/events?limit=0", 422, "limit"),
    ("/api/events?limit=abc", 422, "limit"),
    ("/api/events?since=yesterday", 422, "since"),
    ("/api/events?dyad=USA", 422, "dyad"),
    ("/api/events?status=maybe", 422, "status"),
    ("/api/dyads?period_days=0", 422, "period_days"),
    ("/api/dyads/U1/CHN", 422, "a"),
    ("/api/forecast/USA/CHN?horizon_days=-1", 422, "horizon_days"),
    ("/api/ask", 422, "q"),
    ("/api/ask?q=x", 422, "q"),
    ("/api/export?format=xml", 422, "format"),
])
def test_api_error_shape_on_reads(client: Any, path: str, status: int, word: str) -> None:
    body = assert_error(client.get(path), status, word)
    if status == 422:
        assert body["fields"], body


def test_api_error_shape_on_method_not_allowed(client: Any) -> None:
    assert_error(client.delete("/api/events"), 405)


def test_api_error_shape_on_internal_error(app: Any, client: Any,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*a: Any, **k: Any) -> Any:
        raise RuntimeError("kaput")

    monkeypatch.setattr(app.state.service, "list_events", boom)
    body = assert_error(client.get("/api/events"), 500, "internal error")
    assert "kaput" not in body["error"]  # no internals leak
    page = client.get("/")
    assert page.status_code == 500 and "internal error" in page.text


def test_api_error_shape_on_missing_analysis(client: Any, monkeypatch: pytest.MonkeyPatch
                                             ) -> None:
    import detente.api.service as service

    def missing(module: str, name: str) -> Any:
        raise service.NotAvailable(f"detente.analysis.{module}.{name} is not available")

    monkeypatch.setattr(service, "analysis_function", missing)
    assert_error(client.get("/api/dyads/USA/RUS"), 501, "not available")
    assert_error(client.get("/api/ask", params={"q": "will they meet again?"}), 501)
    page = client.get("/dyads/USA/RUS")
    assert page.status_code == 200 and "not available" in page.text


# -- writes --------------------------------------------------------------------------------
def _post(client: Any, body: Any = None, *, token: str | None = TOKEN,
          ctype: str = "application/json", raw: bytes | None = None) -> Any:
    headers = {"content-type": ctype}
    if token is not None:
        headers["authorization"] = f"Bearer {token}"
    data = raw if raw is not None else json.dumps(body).encode()
    return client.post("/api/articles", content=data, headers=headers)


ARTICLE = {"title": "Talks", "text": "Washington and Beijing held talks.",
           "published": "2023-09-01"}


@pytest.mark.parametrize(("kwargs", "status", "word"), [
    ({"token": None}, 401, "authorization"),
    ({"token": "wrong"}, 403, "invalid"),
    ({"ctype": "application/xml"}, 415, "content type"),
    ({"ctype": "multipart/form-data"}, 415, "content type"),
    ({"raw": b"x" * 20_001}, 413, "limit"),
    ({"raw": b"{not json"}, 422, "JSON"),
    ({"raw": b"[1, 2]"}, 422, "object"),
    ({"body": {"title": "no text"}}, 422, "text"),
    ({"body": {"text": ""}}, 422, "text"),
    ({"body": {"text": "   "}}, 422, "text"),
    ({"body": {"text": 5}}, 422, "text"),
    ({"body": {"text": "a", "colour": "red"}}, 422, "colour"),
    ({"raw": b"", "ctype": "text/plain"}, 422, "empty"),
])
def test_api_error_shape_on_writes(client: Any, kwargs: dict[str, Any], status: int,
                                   word: str) -> None:
    kwargs = {"body": ARTICLE, **kwargs}
    body = assert_error(_post(client, **kwargs), status, word)
    if status == 401:
        assert "fields" not in body


def test_api_write_401_sends_www_authenticate(client: Any) -> None:
    r = _post(client, ARTICLE, token=None)
    assert r.headers.get("www-authenticate") == "Bearer"


def test_api_writes_refused_without_configured_token(store_ids: tuple[Path, Any],
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    from detente.api import create_app

    monkeypatch.delenv("DETENTE_API_TOKEN", raising=False)
    monkeypatch.setenv("DETENTE_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("[detente]\n")
    app = create_app(str(tmp_path / "empty.duckdb"))
    with test_client(app, raise_server_exceptions=False) as c:
        for token in (None, "anything", ""):
            assert_error(_post(c, ARTICLE, token=token), 403, "no API token")
        assert c.get("/api/health").json()["writes"] is False


def test_api_token_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from detente.api import create_app

    monkeypatch.setenv("DETENTE_API_TOKEN", "from-env")
    app = create_app(str(tmp_path / "env.duckdb"))
    with test_client(app, raise_server_exceptions=False) as c:
        assert_error(_post(c, ARTICLE, token="nope"), 403)
        # right token: reaches parsing (bad date -> quarantined, no model needed)
        r = _post(c, {"text": "x y z", "published": "not a date"}, token="from-env")
        assert_error(r, 422, "quarantined")


def test_api_bad_article_is_quarantined_and_reported(client: Any) -> None:
    before = client.get("/api/health").json()["counts"]["quarantine"]
    r = _post(client, {"text": "Talks were held.", "published": "the 45th of Smarch"})
    body = assert_error(r, 422, "quarantined")
    assert body["quarantined"]["code"] == "E214"
    assert "date" in body["quarantined"]["reason"]
    assert client.get("/api/health").json()["counts"]["quarantine"] == before + 1


def test_api_duplicate_article_is_not_coded_again(client: Any) -> None:
    # same id as a stored article: answered from the store, no model needed
    r = _post(client, {"id": "a-jun", "text": "Anything at all."})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True and body["new"] is False and body["duplicate_of"] == "a-jun"


def test_api_chunked_body_over_limit_is_413(client: Any) -> None:
    def chunks() -> Any:
        for _ in range(30):
            yield b"x" * 1000

    r = client.post("/api/articles", content=chunks(),
                    headers={"content-type": "text/plain", "authorization": f"Bearer {TOKEN}"})
    assert_error(r, 413, "limit")


# -- pages ---------------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", "/dyads/USA/CHN", "/dyads/RUS/UKR", "/events/{ev}",
                                  "/articles/a-jun", "/ask", "/ask?q=will+they+meet"])
def test_api_pages_render(client: Any, ids: dict[str, Any], path: str) -> None:
    ev = ids["events"]["Washington postponed the visit to Beijing."]
    r = client.get(path.format(ev=ev))
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("text/html")
    assert "<table" in r.text or "<article" in r.text or "<form" in r.text


def test_api_overview_lists_dyads_with_arrows(client: Any) -> None:
    html = client.get("/").text
    assert 'href="/dyads/CHN/USA"' in html
    assert re.search(r"trend-(warming|cooling|steady)", html)


def test_api_dyad_page_embeds_the_chart_data(client: Any) -> None:
    html = client.get("/dyads/USA/CHN").text
    assert '<script src="/static/plotly.min.js"' in html
    m = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', html, re.S)
    assert m
    fig = json.loads(m.group(1))
    names = [t.get("name") for t in fig["data"]]
    assert "net cooperation" in names and "verbal conflict" in names
    markers = [t for t in fig["data"] if t.get("yaxis") == "y2"]
    assert sum(len(t["x"]) for t in markers) == 11
    assert any("balloon" in h for t in markers for h in t["hovertext"])


def test_api_static_assets(client: Any) -> None:
    js = client.get("/static/plotly.min.js")
    assert js.status_code == 200 and "plotly" in js.text[:5000].lower()
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/static/nope.css").status_code == 404
    assert client.get("/static/..%2Fapp.py").status_code == 404


def test_api_pages_escape_script_titles(client: Any, ids: dict[str, Any]) -> None:
    ev = ids["events"][XSS_SENTENCE]
    pages = [client.get(p).text for p in ("/", "/articles/a-xss", f"/events/{ev}",
                                          "/dyads/USA/CHN")]
    for html in pages:
        assert "<script>alert(1)</script>" not in html
        assert "<img src=x" not in html and 'onerror="alert(2)"' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in pages[1]
    assert "&lt;img src=x onerror=" in pages[1]
    # the hover text in the chart JSON is escaped for plotly, and the JSON for the page
    assert "\\u0026lt;img src=x" in pages[3]


def test_api_article_page_highlights_with_anchors(client: Any, ids: dict[str, Any]) -> None:
    html = client.get("/articles/a-feb").text
    ev = ids["events"]["Washington postponed the visit to Beijing."]
    assert f'id="e-{ev}"' in html
    assert '<mark class="source"' in html and '<mark class="target"' in html
    assert re.search(r'<mark class="ev [^"]*st-cancelled', html)


def test_web_highlight_escapes_each_piece() -> None:
    from detente.api.pages import highlight

    text = "A <b>x</b> B & C met. Then <i>."
    spans = [
        {"kind": "event", "start": 0, "end": 22, "event_id": "e1", "fused_id": "f1",
         "cameo": "040", "label": "Consult", "status": "happened"},
        {"kind": "event", "start": 0, "end": 22, "event_id": "e2", "fused_id": None,
         "cameo": "<x>", "label": "L", "status": "planned"},
        {"kind": "source", "start": 0, "end": 1, "text": "A", "code": "USA"},
        {"kind": "target", "start": 15, "end": 16, "text": "C", "code": "<CHN>"},
        {"kind": "trigger", "start": 15, "end": 21, "text": "C met.", "code": None},
    ]
    html = str(highlight(text, spans))
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "&amp;" in html
    assert html.count('class="anchor"') == 3  # e1, f1, e2
    assert 'title="&lt;CHN&gt;"' in html
    assert html.count("<mark") == 3  # the sentence, A and C (the overlapping trigger dropped)
    plain = re.sub(r"<[^>]+>", "", html)
    import html as htmlmod

    assert htmlmod.unescape(plain) == text


def test_web_highlight_without_spans_is_just_escaped_text() -> None:
    from detente.api.pages import highlight

    assert str(highlight("<p>", [])) == "&lt;p&gt;"


def test_web_highlight_fused_anchor_is_unique_and_at_the_best_mention() -> None:
    from detente.api.pages import highlight

    text = "One met two. Later, one met two again."
    spans = [
        {"kind": "event", "start": 0, "end": 12, "event_id": "e1", "fused_id": "f1",
         "status": "happened", "best": False},
        {"kind": "event", "start": 13, "end": 38, "event_id": "e2", "fused_id": "f1",
         "status": "happened", "best": True},
    ]
    html = str(highlight(text, spans))
    assert html.count('id="e-f1"') == 1
    assert html.index('id="e-f1"') > html.index('id="e-e2"') > html.index('id="e-e1"')


def test_api_dyad_slow_planned_events_are_pending_then_served(
        app: Any, client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import detente.api.service as service

    real = service.analysis_function
    release = threading.Event()

    def slow_planned(store: Any, a: str, b: str) -> list[dict[str, Any]]:
        release.wait(10)
        return [{"fused_id": "fX", "description": f"{a} meets {b}", "probability": 0.5}]

    def fake(module: str, name: str) -> Any:
        return slow_planned if module == "planned" else real(module, name)

    monkeypatch.setattr(service, "analysis_function", fake)
    monkeypatch.setattr(app.state.service, "planned_wait", 0.05)
    first = client.get("/api/dyads/UKR/RUS")
    if first.status_code == 501:  # trend analysis not built
        return
    body = first.json()
    assert body["planned"] is None and body["pending"], body
    release.set()
    for _ in range(100):
        body = client.get("/api/dyads/UKR/RUS").json()
        if not body["pending"]:
            break
        import time

        time.sleep(0.05)
    assert body["planned"] == [{"fused_id": "fX", "description": "UKR meets RUS",
                                "probability": 0.5}]


def test_api_docs_and_openapi(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/articles" in spec["paths"]
    post = spec["paths"]["/api/articles"]["post"]
    assert post["security"] and set(post["requestBody"]["content"]) == {"application/json",
                                                                        "text/plain"}
    docs = client.get("/docs")
    assert docs.status_code == 200 and "openapi.json" in docs.text
    import importlib.util

    if importlib.util.find_spec("swagger_ui") is not None:  # served locally, no CDN
        assert "/static/swagger/swagger-ui-bundle.js" in docs.text
        assert client.get("/static/swagger/swagger-ui.css").status_code == 200
    assert client.get("/static/swagger/nope.js").status_code == 404


def test_api_empty_store_pages_and_endpoints(tmp_path: Path) -> None:
    from detente.api import create_app

    app = create_app(str(tmp_path / "empty.duckdb"), token=TOKEN)
    try:
        with test_client(app, raise_server_exceptions=False) as c:
            assert c.get("/api/dyads").json() == {"ok": True, "as_of": None,
                                                  "period_days": 30, "items": []}
            assert c.get("/api/events").json()["total"] == 0
            assert_error(c.get("/api/forecast/USA/CHN"), 404, "no usable events")
            for path in ("/", "/dyads/USA/CHN", "/ask?q=Is+U.S.-China+relations+warming%3F"):
                r = c.get(path)
                assert r.status_code == 200, (path, r.text[:300])
            assert "No events stored yet" in c.get("/").text
            assert c.get("/api/export?format=csv").text.startswith("event_id,")
    finally:
        app.state.service.close()
