"""Property-based checks of every GET endpoint against the app's own OpenAPI spec
(schemathesis, a bounded number of examples each): no server errors, documented status codes,
content types and response schemas, and the one error shape on every 4xx/5xx answer."""

from __future__ import annotations

from typing import Any

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from test_api import TOKEN, build_store  # noqa: E402

MAX_EXAMPLES = 20


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from detente.api import create_app

    path = tmp_path_factory.mktemp("schema") / "schema.duckdb"
    build_store(path)
    app = create_app(str(path), token=TOKEN)
    yield schemathesis.openapi.from_asgi("/openapi.json", app).include(method="GET")
    app.state.service.close()


def _operations(schema: Any) -> list[Any]:
    return [r.ok() for r in schema.get_all_operations()]


def test_api_schema_lists_every_get_endpoint(api_schema: Any) -> None:
    labels = {op.label for op in _operations(api_schema)}
    assert labels == {
        "GET /api/health", "GET /api/events", "GET /api/events/{event_id}",
        "GET /api/articles/{article_id}", "GET /api/dyads", "GET /api/dyads/{a}/{b}",
        "GET /api/forecast/{a}/{b}", "GET /api/ask", "GET /api/export"}


@pytest.mark.parametrize("label", [
    "GET /api/health", "GET /api/events", "GET /api/events/{event_id}",
    "GET /api/articles/{article_id}", "GET /api/dyads", "GET /api/dyads/{a}/{b}",
    "GET /api/forecast/{a}/{b}", "GET /api/ask", "GET /api/export"])
def test_api_schema_get_endpoint_conforms(api_schema: Any, label: str) -> None:
    op = next(o for o in _operations(api_schema) if o.label == label)
    seen: list[int] = []

    @given(case=op.as_strategy(), _=st.just(None))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: Any, _: None) -> None:
        response = case.call()
        seen.append(response.status_code)
        assert response.status_code < 500 or response.status_code == 501, response.text
        case.validate_response(response)
        if response.status_code >= 400:
            body = response.json()
            assert body["ok"] is False and body["status"] == response.status_code, body
            assert isinstance(body["error"], str) and body["error"], body

    check()
    assert seen
