"""The FastAPI application: JSON API under ``/api``, the dashboard at ``/``.

Every error the API returns has one shape, ``{"ok": false, "error": "...", "status": N}``
(404, 401/403 for writes, 413, 415, 422 naming the field, 500, 501 when an analysis function
is not built); dashboard pages render the same message as an HTML page instead.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path as PathLib
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.api.service import (
    EXPORT_COLUMNS,
    STATUSES,
    EventFilter,
    NotAvailable,
    NotFound,
    Service,
    jsonable,
    parse_dyad,
)
from detente.errors import DetenteError, ForecastError, UsageError

log = logging.getLogger(__name__)

TOKEN_ENV = "DETENTE_API_TOKEN"
CODE_PATTERN = r"^[A-Za-z]{2,8}$"
DYAD_PATTERN = r"^[A-Za-z]{2,8}[-/][A-Za-z]{2,8}$"
_ONE_STATUS = "(happened|ongoing|planned|uncertain|hypothetical|denied|cancelled)"
STATUS_PATTERN = rf"^{_ONE_STATUS}(,{_ONE_STATUS})*$"


# documents the scheme in OpenAPI (Swagger's "Authorize"); checking is done by _authorize so
# that every refusal has the one error shape
BEARER = HTTPBearer(auto_error=False, description="the server's API token")


class ApiError(Exception):
    """Raised by route code to answer with the one error shape."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra


class ErrorBody(BaseModel):
    ok: bool = False
    error: str
    status: int


class ArticleIn(BaseModel):
    """An article to code and store."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=1000)
    text: str = Field(min_length=1)
    published: str | None = Field(default=None, max_length=100,
                                  description="publication date, e.g. 2023-10-06")
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)
    language: str | None = Field(default=None, max_length=20)


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "not found"},
    422: {"model": ErrorBody, "description": "invalid parameter"},
    500: {"model": ErrorBody, "description": "internal error"},
}
ANALYSIS_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS, 501: {"model": ErrorBody, "description": "analysis not available in this build"}}


def error_response(status: int, message: str, **extra: Any) -> JSONResponse:
    body = {"ok": False, "error": message, "status": status, **extra}
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse(body, status_code=status, headers=headers)


def _status_for(exc: DetenteError) -> int:
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, NotAvailable):
        return 501
    if isinstance(exc, ForecastError):
        return 404 if exc.code == "E623" else 422
    if isinstance(exc, UsageError):
        return 422
    return 500


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and request.url.path not in (
        "/openapi.json", "/docs", "/redoc")


def _field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header")]
    return ".".join(parts) or "body"


class _Timing:
    """Adds ``Server-Timing: app;dur=<ms>`` and logs each request at DEBUG (pure ASGI: no
    per-request task or body buffering as with BaseHTTPMiddleware)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        t0 = time.perf_counter()
        status = 0

        async def send_timed(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                ms = (time.perf_counter() - t0) * 1000
                headers = list(message.get("headers", []))
                headers.append((b"server-timing", f"app;dur={ms:.1f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_timed)
        log.debug("%s %s -> %d in %.1f ms", scope.get("method"), scope.get("path"), status,
                  (time.perf_counter() - t0) * 1000)


def _resolve_token(token: str | None) -> str | None:
    if token:
        return token
    env = os.environ.get(TOKEN_ENV)
    if env:
        return env
    try:
        from detente.config import load_options

        return load_options().api_token or None
    except DetenteError:
        log.warning("could not read the detente config for an API token; writes are off")
        return None


def create_app(db_path: str, *, token: str | None = None, max_body: int = 1_000_000
               ) -> FastAPI:
    """The detente API and dashboard over the database at ``db_path``.

    Args:
        db_path: DuckDB file; opened read-write once for the app's life (this process is the
            single writer; articles posted to ``POST /api/articles`` are coded here).
        token: bearer token for writes; default ``$DETENTE_API_TOKEN``, else the config's
            ``api_token``. With no token configured every write is refused (403).
        max_body: largest accepted request body in bytes (413 above it).

    The open store is ``app.state.service``; call ``app.state.service.close()`` when done
    (``serve()`` does).

    Raises:
        StoreError / StoreLockedError: the database cannot be opened.
    """
    svc = Service(db_path, token=_resolve_token(token), max_body=max_body)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # the store stays open across lifespans (test clients run several); serve() and
        # app.state.service.close() close it
        yield

    app = FastAPI(
        title="detente", lifespan=lifespan,
        description="Evidence-backed political event data: events, articles with evidence "
                    "spans, dyad trends, forecasts and answers. Errors always have the shape "
                    '`{"ok": false, "error": "...", "status": N}`.',
        version=_version(), docs_url=None, redoc_url=None)
    app.state.service = svc
    app.add_middleware(_Timing)

    # -- errors ------------------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        if _wants_html(request):
            return _html_error(request, exc.status, exc.message)
        return error_response(exc.status, exc.message, **exc.extra)

    @app.exception_handler(DetenteError)
    async def _detente_error(request: Request, exc: DetenteError) -> Response:
        status = _status_for(exc)
        if status >= 500 and status != 501:
            log.error("request %s failed: %s", request.url.path, exc.one_line())
        if _wants_html(request):
            return _html_error(request, status, str(exc))
        return error_response(status, str(exc), code=exc.code)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        if _wants_html(request):
            return _html_error(request, exc.status_code, message)
        return error_response(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = []
        for e in exc.errors():
            name = _field_name(e.get("loc", ()))
            problems.append(f"{name}: {e.get('msg', 'invalid')}")
        message = "invalid request: " + "; ".join(problems)
        fields = [_field_name(e.get("loc", ())) for e in exc.errors()]
        if _wants_html(request):
            return _html_error(request, 422, message)
        return error_response(422, message, fields=fields)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        message = f"internal error: {type(exc).__name__} (this is a bug in detente)"
        if _wants_html(request):
            return _html_error(request, 500, message)
        return error_response(500, message)

    # -- read API ----------------------------------------------------------------------------
    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness, version and row counts."""
        return svc.health()

    @app.get("/api/events", tags=["events"], responses=ERRORS)
    def list_events(
        dyad: Annotated[str | None, Query(pattern=DYAD_PATTERN, description="e.g. USA-CHN "
                                          "(either direction)")] = None,
        actor: Annotated[str | None, Query(max_length=20, description="actor code or "
                                           "country, e.g. USAGOV or USA")] = None,
        root: Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root")]
        = None,
        status: Annotated[str | None, Query(pattern=STATUS_PATTERN, description="comma-"
                                            "separated, e.g. planned,uncertain")] = None,
        since: date | None = None,
        until: date | None = None,
        q: Annotated[str | None, Query(max_length=200, description="text in the evidence "
                                       "sentence")] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
    ) -> dict[str, Any]:
        """Fused events, newest first, with filters and pagination."""
        return svc.list_events(_filter(dyad, actor, root, status, since, until, q), limit,
                               offset)

    @app.get("/api/events/{event_id}", tags=["events"], responses=ERRORS)
    def get_event(event_id: Annotated[str, Path(max_length=100)]) -> dict[str, Any]:
        """A fused event (or the event one mention id belongs to), its mentions with their
        evidence, status history and planned/realized links."""
        return svc.event(event_id)

    @app.get("/api/articles/{article_id}", tags=["articles"], responses=ERRORS)
    def get_article(article_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
        """Text, title, date and the character spans of the events (evidence sentences),
        their actors and trigger words."""
        return svc.article(article_id)

    @app.get("/api/dyads", tags=["dyads"], responses=ERRORS)
    def list_dyads(
        limit: Annotated[int, Query(ge=1, le=500)] = 20,
        period_days: Annotated[int, Query(ge=1, le=3660)] = 30,
        as_of: date | None = None,
    ) -> dict[str, Any]:
        """Most active pairs: event counts, current index (net cooperation of realized
        events in the last period) and a trend arrow against the three periods before."""
        return svc.dyads(limit, period_days, as_of)

    @app.get("/api/dyads/{a}/{b}", tags=["dyads"], response_class=JSONResponse,
             responses={**ANALYSIS_ERRORS, 200: {"description": "the dyad view", "content": {
                 "application/json": {"schema": {"type": "object"}}}}})
    def get_dyad(
        a: Annotated[str, Path(pattern=CODE_PATTERN)],
        b: Annotated[str, Path(pattern=CODE_PATTERN)],
        freq: Annotated[str, Query(pattern=r"^(week|month|quarter)$")] = "month",
    ) -> Response:
        """Series, trend verdict, drivers and upcoming planned events with probabilities.
        ``pending`` names parts still being computed (ask again shortly)."""
        a, b = _pair(a, b)
        return Response(svc.dyad_json(a, b, freq), media_type="application/json")

    @app.get("/api/forecast/{a}/{b}", tags=["dyads"], responses=ERRORS)
    def get_forecast(
        a: Annotated[str, Path(pattern=CODE_PATTERN)],
        b: Annotated[str, Path(pattern=CODE_PATTERN)],
        horizon_days: Annotated[int, Query(ge=1, le=365)] = 30,
        as_of: date | None = None,
    ) -> dict[str, Any]:
        """Probabilities of each event type between A and B in the next ``horizon_days``."""
        a, b = _pair(a, b)
        return svc.forecast(a, b, horizon_days, as_of)

    @app.get("/api/ask", tags=["ask"], responses=ANALYSIS_ERRORS)
    def ask(q: Annotated[str, Query(min_length=3, max_length=500)]) -> dict[str, Any]:
        """Answer a question about a relationship, with citations."""
        return svc.ask(q.strip())

    @app.get("/api/export", tags=["events"], response_class=StreamingResponse, responses={
        **ERRORS, 200: {"description": "one event record per line, or CSV rows", "content": {
            "application/x-ndjson": {"schema": {"type": "string"}},
            "text/csv": {"schema": {"type": "string"}}}}})
    def export(
        format: Annotated[str, Query(pattern=r"^(jsonl|csv)$")] = "jsonl",
        dyad: Annotated[str | None, Query(pattern=DYAD_PATTERN)] = None,
        status: Annotated[str | None, Query(pattern=STATUS_PATTERN)] = None,
        since: date | None = None,
        until: date | None = None,
    ) -> StreamingResponse:
        """Stored event mentions as JSON Lines (the event-record contract) or CSV."""
        flt = _filter(dyad, None, None, status, since, until, None)
        rows = svc.export_rows(flt)
        if format == "csv":
            return StreamingResponse(_csv_lines(rows), media_type="text/csv; charset=utf-8",
                                     headers={"Content-Disposition":
                                              'attachment; filename="events.csv"'})
        return StreamingResponse(_jsonl_lines(rows), media_type="application/x-ndjson",
                                 headers={"Content-Disposition":
                                          'attachment; filename="events.jsonl"'})

    # -- write API ---------------------------------------------------------------------------
    @app.post("/api/articles", tags=["articles"], status_code=201, responses={
        200: {"description": "already stored (duplicate)"},
        401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody},
        415: {"model": ErrorBody}, 422: {"model": ErrorBody}},
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}}}}})
    async def post_article(
        request: Request,
        _bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None,
    ) -> Response:
        """Code and store one article: JSON ``{id?, title, text, published?, url?, source?}``
        or a plain-text article (first line the title, a date line near the top). Needs
        ``Authorization: Bearer <token>``."""
        _authorize(svc, request.headers.get("authorization"))
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("application/json", "text/plain"):
            raise ApiError(415, f"content type {ctype or '(none)'!r} is not accepted; send "
                                "application/json or text/plain")
        body = await _read_body(request, svc.max_body)
        item = _parse_article(body, ctype, svc.max_body)
        import anyio.to_thread

        result = await anyio.to_thread.run_sync(svc.ingest, item)
        if not result["ok"]:
            q = result["quarantined"]
            return error_response(422, f"article quarantined: [{q['code']}] {q['reason']}",
                                  quarantined=q)
        return JSONResponse(result, status_code=201 if result["new"] else 200)

    _add_docs(app)

    from detente.api.pages import add_pages

    add_pages(app, svc)
    return app


def _swagger_dir() -> PathLib | None:
    """Swagger UI assets from the installed ``swagger-ui-py`` package, when there is one."""
    import importlib.util

    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.origin:
        return None
    static = PathLib(spec.origin).parent / "static"
    return static if (static / "swagger-ui-bundle.js").is_file() else None


def _add_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI served from the installed package (no CDN); without the package
    FastAPI's page, which loads the UI from a CDN."""
    from fastapi.openapi.docs import get_swagger_ui_html

    assets = _swagger_dir()
    media = {"js": "text/javascript", "css": "text/css", "png": "image/png"}

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        if assets is None:
            return get_swagger_ui_html(openapi_url="/openapi.json", title="detente API")
        return get_swagger_ui_html(
            openapi_url="/openapi.json", title="detente API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/swagger/favicon-32x32.png")

    @app.get("/static/swagger/{name}", include_in_schema=False)
    def swagger_asset(name: str) -> Response:
        ext = name.rsplit(".", 1)[-1]
        f = assets / name if assets is not None else None
        if f is None or "/" in name or ext not in media or not f.is_file():
            raise ApiError(404, f"no such asset {name}")
        return FileResponse(f, media_type=media[ext],
                            headers={"Cache-Control": "public, max-age=86400"})


def _version() -> str:
    from detente import __version__

    return __version__


def _pair(a: str, b: str) -> tuple[str, str]:
    a, b = a.upper(), b.upper()
    if a == b:  # not a pair: there is no such dyad
        raise ApiError(404, f"no dyad {a}-{b}: a dyad needs two different actors")
    return a, b


def _filter(dyad: str | None, actor: str | None, root: str | None, status: str | None,
            since: date | None, until: date | None, q: str | None) -> EventFilter:
    statuses: tuple[str, ...] = ()
    if status:
        statuses = tuple(s.strip().lower() for s in status.split(",") if s.strip())
        bad = [s for s in statuses if s not in STATUSES]
        if bad:
            raise ApiError(422, f"status: unknown status {bad[0]!r}; use one of "
                                f"{', '.join(STATUSES)}", fields=["status"])
    return EventFilter(dyad=parse_dyad(dyad) if dyad else None,
                       actor=actor.strip().upper() if actor and actor.strip() else None,
                       root=root.zfill(2) if root else None, statuses=statuses,
                       since=since, until=until, q=q if q and q.strip() else None)


def _authorize(svc: Service, header: str | None) -> None:
    if svc.token is None:
        raise ApiError(403, "writes are disabled: no API token is configured (set "
                            f"{TOKEN_ENV} or api_token in the config and restart)")
    if not header:
        raise ApiError(401, "authorization required: send 'Authorization: Bearer <token>'")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "authorization must be 'Bearer <token>'")
    if not hmac.compare_digest(given.strip().encode(), svc.token.encode()):
        raise ApiError(403, "invalid API token")


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > limit:
                raise ApiError(413, f"request body of {declared} bytes is over the limit of "
                                    f"{limit} bytes")
        except ValueError as exc:
            raise ApiError(400, "invalid Content-Length header") from exc
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_article(body: bytes, ctype: str, max_bytes: int) -> Any:
    from detente.ingest.articles import ReadOptions, article_from_record
    from detente.ingest.formats import read_text_bytes

    opts = ReadOptions(max_bytes=max_bytes)
    if ctype == "text/plain":
        if not body.strip():
            raise ApiError(422, "body: the article text is empty", fields=["body"])
        return next(iter(read_text_bytes(body, "api", opts)))
    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError(422, f"body: not valid JSON ({exc})", fields=["body"]) from exc
    if not isinstance(data, dict):
        raise ApiError(422, "body: must be a JSON object with at least a 'text' field",
                       fields=["body"])
    try:
        art = ArticleIn.model_validate(data)
    except Exception as exc:  # pydantic.ValidationError
        errors: list[dict[str, Any]] = getattr(exc, "errors", lambda: [])()
        names = [_field_name(e.get("loc", ())) for e in errors] or ["body"]
        msgs = "; ".join(f"{_field_name(e.get('loc', ()))}: {e.get('msg')}" for e in errors)
        raise ApiError(422, f"invalid article: {msgs or exc}", fields=names) from exc
    if not art.text.strip():
        raise ApiError(422, "text: the article text is empty", fields=["text"])
    return article_from_record(art.model_dump(exclude_none=True), origin="api", opts=opts)


def _jsonl_lines(rows: Iterator[dict[str, Any]], per_chunk: int = 500) -> Iterator[bytes]:
    lines: list[str] = []
    for r in rows:
        rec = (json.loads(r["record"]) if r.get("record")
               else jsonable({k: v for k, v in r.items() if k != "record"}))
        lines.append(json.dumps(rec, ensure_ascii=False))
        if len(lines) >= per_chunk:  # one ASGI message per chunk, not per line
            yield ("\n".join(lines) + "\n").encode("utf-8")
            lines = []
    if lines:
        yield ("\n".join(lines) + "\n").encode("utf-8")


def _csv_lines(rows: Iterator[dict[str, Any]], per_chunk: int = 500) -> Iterator[bytes]:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(EXPORT_COLUMNS)
    n = 0
    for r in rows:
        writer.writerow([_csv_cell(r.get(c)) for c in EXPORT_COLUMNS])
        n += 1
        if n % per_chunk == 0:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def _csv_cell(value: Any) -> Any:
    # cells a spreadsheet would run as formulas are prefixed with a quote
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return jsonable(value)


def _html_error(request: Request, status: int, message: str) -> Response:
    from detente.api.pages import render_error

    return render_error(request, status, message)
