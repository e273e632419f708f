"""The dashboard in a real Chromium (Playwright) against a real server (``detente.api.serve``
in a subprocess on 127.0.0.1) over the sample corpus: overview -> U.S.-China page with its
chart -> hover an event marker -> ask a question -> follow a citation to the highlighted
sentence. Screenshots go to ``test-artifacts/``."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("DETENTE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
HIGHLIGHT = "rgb(255, 213, 74)"  # mark.ev:has(.anchor:target) in style.css


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"sample corpus {CORPUS} is absent")
    from detente.cli import ingest_paths
    from detente.config import load_options

    db = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    summary = ingest_paths([str(CORPUS)], str(db), load_options(), command="test", quiet=True)
    assert summary["new"] > 20, summary
    return db


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    """`serve()` in its own process (it holds the database), stopped with Ctrl-C (SIGINT)."""
    port = _free_port()
    code = ("import logging, sys; logging.basicConfig(level=logging.INFO); "
            "from detente.api import serve; serve(sys.argv[1], port=int(sys.argv[2]))")
    env = {**os.environ, "DETENTE_API_TOKEN": ""}
    log = (store.parent / "server.log").open("w")
    proc = subprocess.Popen([sys.executable, "-c", code, str(store), str(port)],
                            stdout=log, stderr=subprocess.STDOUT, env=env, cwd=store.parent)
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            pytest.fail("server did not start: " + (store.parent / "server.log").read_text())
        time.sleep(0.2)
    yield base
    proc.send_signal(signal.SIGINT)
    try:
        rc = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    text = (store.parent / "server.log").read_text()
    assert rc == 0, text
    assert "Application shutdown complete" in text
    assert "GET /dyads/" in text  # requests are logged


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium binary {CHROMIUM} is absent (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    ctx.close()
    assert not errors, errors


def _shot(page: Any, name: str, full: bool = False) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=full)


def test_web_browser_overview_to_dyad_chart(server: str, page: Any) -> None:
    page.goto(server + "/")
    rows = page.locator("table.dyads tbody tr")
    assert rows.count() >= 5
    assert page.locator("table.dyads .trend").first.inner_text().strip()[0] in "\u2197\u2198\u2192"
    _shot(page, "overview.png")

    page.get_by_role("link", name="CHN\u2013USA", exact=True).click()
    page.wait_for_url("**/dyads/CHN/USA")
    page.wait_for_selector("#chart .main-svg", timeout=20_000)
    # the index line, the event markers and the quad-class bars were drawn
    assert page.locator("#chart .scatterlayer .trace").count() >= 3
    assert page.locator("#chart .scatterlayer path.point").count() > 20
    assert page.locator("#chart .barlayer path").count() > 5
    assert page.locator("#chart .legendtext", has_text="forecast").count() >= 1
    _shot(page, "dyad.png")

    # hover an event marker (the subplot of single events): its sentence shows up
    markers = page.locator("#chart .subplot.xy2 .scatterlayer path.point")
    assert markers.count() > 10
    label = page.locator("#chart .hoverlayer .hovertext")
    n = markers.count()
    shown = False
    # a marker may sit under another one; on a loaded machine plotly may still be laying out
    # when the mouse arrives: try a few markers, moving off and back onto each
    for k in (n // 2, n // 3, 2 * n // 3, n // 4, 3 * n // 4, 1, n - 2):
        box = markers.nth(k).bounding_box()
        assert box is not None
        x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        page.mouse.move(x, y - 60)
        page.mouse.move(x, y, steps=5)
        try:
            label.first.wait_for(timeout=4_000)
            shown = True
            break
        except Exception:
            continue
    assert shown, "no hover label on any event marker"
    text = label.first.text_content() or ""
    assert "\u2192" in text and len(text) > 40, text
    _shot(page, "dyad-hover.png")

    # tables work without JavaScript too: drivers and planned events are plain HTML
    assert page.locator("table.planned tbody tr").count() >= 1
    assert page.locator("ol.drivers li, p.muted").count() >= 1


def test_web_browser_ask_and_follow_a_citation(server: str, page: Any) -> None:
    page.goto(server + "/ask")
    page.fill("form.ask input[name=q]", "Is U.S.-China relations expected to warm up?")
    page.press("form.ask input[name=q]", "Enter")
    page.wait_for_selector(".answer-text")
    answer = page.locator(".answer-text").inner_text()
    assert "USA-CHN" in answer or "CHN-USA" in answer, answer
    citations = page.locator("a.citation")
    assert citations.count() >= 1
    _shot(page, "ask.png")

    href = citations.first.get_attribute("href")
    assert href and href.startswith("/articles/") and "#e-" in href
    citations.first.click()
    page.wait_for_url("**/articles/**")
    anchor = href.split("#", 1)[1]
    marked = page.locator("mark.ev:has(.anchor:target)")
    assert marked.count() == 1
    assert page.locator(f"mark.ev #{anchor}").count() == 1
    color = marked.evaluate("el => getComputedStyle(el).backgroundColor")
    assert color == HIGHLIGHT
    assert marked.is_visible()
    _shot(page, "article-cited.png")


def test_web_browser_pages_work_without_javascript(server: str, browser: Any) -> None:
    ctx = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        pg = ctx.new_page()
        pg.goto(server + "/dyads/USA/CHN")
        assert pg.locator("table.events tbody tr").count() > 10
        assert pg.locator("table.months tbody tr").count() > 3
        pg.goto(server + "/ask?q=Will+Xi+attend+the+meeting+in+San+Francisco%3F")
        assert pg.locator(".answer-text").count() == 1
    finally:
        ctx.close()
