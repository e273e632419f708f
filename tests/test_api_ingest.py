"""The API over a store built by the real pipeline (sample articles through
``detente.cli.ingest_paths``), and articles posted to the API coded in the server process.
Loads the spaCy model: marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_api import assert_error, test_client

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
SAMPLES = ["01-bali-biden-xi-talks.txt", "05-balloon-blinken-postpones.txt",
           "19-blinken-qin-talks.txt", "35-sf-meeting-not-finalized.txt",
           "42-white-house-confirms-meeting.txt", "43-biden-xi-filoli.txt"]
TOKEN = "ingest-token"
NEW_ARTICLE = {
    "id": "api-posted-1",
    "title": "Blinken meets Wang Yi in Beijing",
    "published": "2023-06-19",
    "source": "Test Wire",
    "text": ("BEIJING, June 19 (Test Wire) -- U.S. Secretary of State Antony Blinken met "
             "Chinese Foreign Minister Qin Gang in Beijing on Monday. The two sides agreed to "
             "keep communication open. China criticized U.S. export controls on chips."),
}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    if not CORPUS.is_dir():
        pytest.skip(f"sample corpus {CORPUS} is absent")
    from detente.cli import ingest_paths
    from detente.config import load_options

    db = tmp_path_factory.mktemp("ingest") / "real.duckdb"
    summary = ingest_paths([str(CORPUS / name) for name in SAMPLES], str(db), load_options(),
                           command="test", quiet=True)
    assert summary["new"] == len(SAMPLES), summary
    return db, summary


@pytest.fixture(scope="module")
def client(ingested: tuple[Path, dict[str, Any]]) -> Any:
    from detente.api import create_app

    app = create_app(str(ingested[0]), token=TOKEN)
    with test_client(app, raise_server_exceptions=False) as c:
        yield c
    app.state.service.close()


def _post(client: Any, body: Any, ctype: str = "application/json") -> Any:
    import json

    data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    return client.post("/api/articles", content=data,
                       headers={"authorization": f"Bearer {TOKEN}", "content-type": ctype})


def test_api_ingest_serves_the_pipeline_store(client: Any,
                                              ingested: tuple[Path, Any]) -> None:
    health = client.get("/api/health").json()
    assert health["counts"]["articles"] == len(SAMPLES)
    events = client.get("/api/events", params={"dyad": "USA-CHN", "limit": 200}).json()
    assert events["total"] >= 5
    ev = events["items"][0]
    detail = client.get(f"/api/events/{ev['fused_id']}").json()
    assert detail["mentions"] and detail["mentions"][0]["evidence"]["sentence"]
    art = client.get(f"/api/articles/{ev['article_id']}").json()["article"]
    for span in art["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(art["text"])
        if span["kind"] in ("source", "target", "trigger"):
            assert art["text"][span["start"]:span["end"]] == span["text"]


def test_api_ingest_dyad_pages_render(client: Any) -> None:
    for path in ("/", "/dyads/USA/CHN", "/ask?q=Will+Xi+attend+the+meeting+in+San+Francisco%3F"):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])


def test_api_ingest_post_json_article_is_coded_and_stored(client: Any) -> None:
    before = client.get("/api/events", params={"dyad": "USA-CHN"}).json()["total"]
    r = _post(client, NEW_ARTICLE)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["ok"] is True and body["new"] is True
    assert body["article_id"] == "api-posted-1"
    assert body["events"] >= 1 and len(body["event_ids"]) == body["events"]
    art = client.get("/api/articles/api-posted-1").json()["article"]
    assert art["title"] == NEW_ARTICLE["title"] and art["published"] == "2023-06-19"
    assert any(s["kind"] == "event" for s in art["spans"])
    # cached reads see the write
    after = client.get("/api/events", params={"dyad": "USA-CHN"}).json()["total"]
    assert after > before
    ev = client.get(f"/api/events/{body['event_ids'][0]}").json()
    assert any(m["article_id"] == "api-posted-1" for m in ev["mentions"])
    # posting it again is a duplicate, not a second copy
    again = _post(client, NEW_ARTICLE)
    assert again.status_code == 200 and again.json()["new"] is False


def test_api_ingest_post_plain_text_article(client: Any) -> None:
    text = ("Yellen holds talks with Chinese Vice Premier\n"
            "Date: 2023-07-08\n\n"
            "U.S. Treasury Secretary Janet Yellen held talks with Chinese Vice Premier He "
            "Lifeng in Beijing on Saturday.\n")
    r = _post(client, text, ctype="text/plain; charset=utf-8")
    assert r.status_code == 201, r.text
    aid = r.json()["article_id"]
    art = client.get(f"/api/articles/{aid}").json()["article"]
    assert art["title"] == "Yellen holds talks with Chinese Vice Premier"
    assert art["published"] == "2023-07-08"


def test_api_ingest_script_title_is_escaped_in_pages(client: Any) -> None:
    r = _post(client, {"id": "xss-1", "title": "<script>alert(1)</script>",
                       "published": "2023-06-20",
                       "text": "Chinese Foreign Minister Qin Gang met U.S. Secretary of State "
                               "Antony Blinken in Beijing on Tuesday <b>again</b>."})
    assert r.status_code == 201, r.text
    for path in ("/articles/xss-1", "/", "/dyads/USA/CHN"):
        html = client.get(path).text
        assert "<script>alert(1)</script>" not in html
        assert "<b>again</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in client.get("/articles/xss-1").text


def test_api_ingest_foreign_language_article_is_quarantined(client: Any) -> None:
    before = client.get("/api/health").json()["counts"]["quarantine"]
    r = _post(client, {"title": "Rencontre", "language": "fr", "published": "2023-06-20",
                       "text": "Le secrétaire d'État américain a rencontré le ministre chinois "
                               "des Affaires étrangères à Pékin mardi."})
    body = assert_error(r, 422, "quarantined")
    assert body["quarantined"]["code"] == "E211"
    assert client.get("/api/health").json()["counts"]["quarantine"] == before + 1
