"""Sources: directories, globs, stdin and URLs (served from 127.0.0.1 by the test itself)."""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from detente.ingest import read_inputs
from detente.model import Article, Quarantined

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _article(title: str, body: str = "The delegations met on Friday.") -> str:
    return f"{title}\n\nDate: 2023-10-06\n\n{body}\n"


# --- directories and globs ------------------------------------------------------------------


def test_ingest_directory_recursive_sorted_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "two.txt").write_text(_article("Two"), "utf-8")
    (tmp_path / "a" / "deep" / "one.md").write_text(_article("One"), "utf-8")
    (tmp_path / "a" / "zero.txt").write_text(_article("Zero"), "utf-8")
    (tmp_path / ".secret.txt").write_text(_article("Hidden file"), "utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(_article("Hidden dir"), "utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    items = list(read_inputs([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items), items
    assert [i.title for i in items if isinstance(i, Article)] == ["One", "Zero", "Two"]


def test_ingest_directory_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / ".notes.txt").write_text("hidden", "utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert len(items) == 1 and isinstance(items[0], Quarantined)
    assert items[0].code == "E202" and "no readable article files" in items[0].reason


def test_ingest_glob_patterns(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text(_article(name), "utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.txt").write_text(_article("d.txt"), "utf-8")
    flat = list(read_inputs([str(tmp_path / "*.txt")]))
    assert [i.title for i in flat if isinstance(i, Article)] == ["a.txt", "b.txt"]
    deep = list(read_inputs([str(tmp_path / "**" / "*.txt")]))
    assert [i.title for i in deep if isinstance(i, Article)] == ["a.txt", "b.txt", "d.txt"]
    none = list(read_inputs([str(tmp_path / "*.xyz")]))
    assert len(none) == 1 and isinstance(none[0], Quarantined) and none[0].code == "E202"


def test_ingest_single_path_and_pathlike_accepted() -> None:
    one = list(read_inputs(str(FIXTURES / "date_line.txt")))  # type: ignore[arg-type]
    assert len(one) == 1 and isinstance(one[0], Article)
    two = list(read_inputs([FIXTURES / "date_line.txt"]))  # type: ignore[list-item]
    assert len(two) == 1 and isinstance(two[0], Article)


def test_ingest_mixed_paths_keep_order(tmp_path: Path) -> None:
    items = list(read_inputs([str(FIXTURES / "date_line.txt"), str(FIXTURES / "feed.atom")]))
    assert [i.origin for i in items if isinstance(i, Article)] == [
        str(FIXTURES / "date_line.txt"), f"{FIXTURES / 'feed.atom'}#item1"]


# --- stdin ----------------------------------------------------------------------------------


def test_ingest_stdin_plain_text() -> None:
    stream = io.StringIO("Headline\n\nPublish day : 2023.10.06\n\nThe envoys met in Doha.\n")
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1 and isinstance(items[0], Article)
    art = items[0]
    assert art.origin == "stdin" and art.title == "Headline"
    assert art.published == date(2023, 10, 6) and art.text == "The envoys met in Doha."


def test_ingest_stdin_jsonl_lines() -> None:
    rows = [json.dumps({"id": "s1", "text": "First story."}), "{broken",
            json.dumps({"id": "s2", "text": "Second story."})]
    stream = io.StringIO("\n" + "\n".join(rows) + "\n")
    items = list(read_inputs(["-"], stdin=stream))
    assert [type(i).__name__ for i in items] == ["Article", "Quarantined", "Article"]
    first, bad, second = items
    assert isinstance(first, Article) and first.id == "s1" and first.origin == "stdin:2"
    assert isinstance(bad, Quarantined) and bad.describe().startswith("stdin:3: ")
    assert isinstance(second, Article) and second.id == "s2"


def test_ingest_stdin_text_starting_with_brace_is_text() -> None:
    stream = io.StringIO("{Editor's note} Ministers met.\n\nMore text follows here.\n")
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1 and isinstance(items[0], Article)


def test_ingest_stdin_json_list_and_bracketed_text() -> None:
    stream = io.StringIO(json.dumps([{"id": "l1", "text": "Listed story."}]))
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1 and isinstance(items[0], Article) and items[0].id == "l1"
    stream = io.StringIO("[Editor's note] Ministers met.\n\nMore text follows here.\n")
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].title == "[Editor's note] Ministers met."


def test_ingest_stdin_undecodable_bytes() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Headline\n\nBody \xff\xfe text\n"), encoding="utf-8")
    items = list(read_inputs(["-"], stdin=stream))
    assert len(items) == 1 and isinstance(items[0], Quarantined)
    assert items[0].code == "E205" and items[0].origin == "stdin"


def test_ingest_stdin_empty() -> None:
    items = list(read_inputs(["-"], stdin=io.StringIO("\n  \n")))
    assert len(items) == 1 and isinstance(items[0], Quarantined)
    assert items[0].origin == "stdin" and items[0].code == "E211"


def test_ingest_stdin_default_date() -> None:
    items = list(read_inputs(["-"], stdin=io.StringIO("Envoys met in Doha on Friday.\n"),
                             default_date=date(2023, 10, 6)))
    assert isinstance(items[0], Article) and items[0].published == date(2023, 10, 6)


# --- URLs -----------------------------------------------------------------------------------

_ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/feed": (200, "application/rss+xml; charset=utf-8", (FIXTURES / "feed.rss").read_bytes()),
    "/news/page.html": (200, "text/html; charset=utf-8", (FIXTURES / "page.html").read_bytes()),
    "/article.txt": (200, "text/plain; charset=utf-8",
                     _article("Plain over HTTP", "The envoys met in Oslo.").encode()),
    "/data": (200, "application/octet-stream",
              (json.dumps({"id": "u1", "text": "Served JSON."}) + "\n").encode()),
    "/big": (200, "text/plain", b"x" * 5000),
    "/empty": (200, "text/plain", b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - name fixed by http.server
        status, ctype, body = _ROUTES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture()
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


def test_ingest_url_feed(server: str) -> None:
    items = list(read_inputs([f"{server}/feed"], http_timeout=5))
    assert len(items) == 2 and all(isinstance(i, Article) for i in items), items
    assert items[0].title == "Ministers agree to resume talks"  # type: ignore[union-attr]
    assert items[0].origin == f"{server}/feed#item1"


def test_ingest_url_html_text_and_sniffed_json(server: str) -> None:
    html, text, data = list(read_inputs(
        [f"{server}/news/page.html", f"{server}/article.txt", f"{server}/data"], http_timeout=5))
    assert isinstance(html, Article) and html.title == "Envoys meet in Geneva"
    assert html.url == f"{server}/news/page.html" and html.origin == f"{server}/news/page.html"
    assert isinstance(text, Article) and text.title == "Plain over HTTP"
    assert text.published == date(2023, 10, 6)
    assert isinstance(data, Article) and data.id == "u1"


def test_ingest_url_problems(server: str) -> None:
    items = list(read_inputs([f"{server}/missing", f"{server}/big", f"{server}/empty"],
                             max_bytes=1000, http_timeout=5))
    assert [i.code for i in items if isinstance(i, Quarantined)] == ["E203", "E212", "E211"]
    assert "HTTP 404" in items[0].reason  # type: ignore[union-attr]


def test_ingest_url_unreachable() -> None:
    import socket

    with socket.socket() as s:  # a port that nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    items = list(read_inputs([f"http://127.0.0.1:{port}/x"], http_timeout=2))
    assert len(items) == 1 and isinstance(items[0], Quarantined) and items[0].code == "E203"
    assert "could not fetch" in items[0].reason
