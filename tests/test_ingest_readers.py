"""Readers: one test (at least) per format, and every bad input becomes a quarantine record."""

from __future__ import annotations

import gzip
import io
import json
import time
from datetime import date
from pathlib import Path

import pytest

from detente.ingest import read_inputs
from detente.model import Article, Quarantined

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _read(*paths: str | Path, **kwargs: object) -> list[Article | Quarantined]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def _one_article(*paths: str | Path, **kwargs: object) -> Article:
    items = _read(*paths, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


def _one_quarantined(*paths: str | Path, **kwargs: object) -> Quarantined:
    items = _read(*paths, **kwargs)
    assert len(items) == 1, items
    assert isinstance(items[0], Quarantined), items[0]
    return items[0]


# --- plain text ---------------------------------------------------------------------------


def test_ingest_text_publish_day_shape_gives_title_date_and_body(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Title\n\nPublish day : 2023.10.06\n\nBody", encoding="utf-8")
    art = _one_article(p)
    assert art.title == "Title"
    assert art.published == date(2023, 10, 6)
    assert art.text == "Body"
    assert art.origin == str(p)
    assert art.warnings == ()


def test_ingest_text_fixture_publish_day_repaired_body() -> None:
    art = _one_article(FIXTURES / "publish_day.txt")
    assert art.title == "Foreign ministers meet in Malta to restart dialogue"
    assert art.published == date(2023, 10, 6)
    assert art.text.startswith("The two foreign ministers met in Valletta")
    assert "keep talking. Officials said" in art.text  # full-width stop repaired
    assert "Publish day" not in art.text
    assert art.raw_text is not None and "。" in art.raw_text
    assert art.language == "en"
    assert art.id == Article.make_id(art.text, art.title)
    for r in art.repairs:
        assert art.raw_text[r.start:r.end] == r.before
        assert art.text[r.clean_start:r.clean_start + len(r.after)] == r.after


@pytest.mark.parametrize(("header", "expected"), [
    ("Published: Oct 6, 2023", date(2023, 10, 6)),
    ("Date: 2023-10-06", date(2023, 10, 6)),
    ("Posted on October 6, 2023", date(2023, 10, 6)),
    ("Published Oct 6, 2023 by Jane Roe", date(2023, 10, 6)),
    ("Updated: 2023/10/07", date(2023, 10, 7)),
    ("October 6, 2023", date(2023, 10, 6)),
    ("**Date:** 2023-10-06", date(2023, 10, 6)),
    ("发布时间：2023年10月6日", date(2023, 10, 6)),
])
def test_ingest_text_date_lines(tmp_path: Path, header: str, expected: date) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"Some headline\n{header}\n\nThe ministers met on Friday.\n", encoding="utf-8")
    art = _one_article(p)
    assert art.published == expected
    assert art.title == "Some headline"
    assert art.text == "The ministers met on Friday."


def test_ingest_text_fixtures_published_and_date_line() -> None:
    md = _one_article(FIXTURES / "published_colon.md")
    assert md.title == "Trade envoys agree on a new round of talks"  # Markdown '#' removed
    assert md.published == date(2023, 10, 6)
    plain = _one_article(FIXTURES / "date_line.txt")
    assert plain.published == date(2023, 10, 6)
    assert plain.text.startswith("The defence chiefs")


def test_ingest_text_date_line_above_title(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Date: 2023-10-06\nHeadline here\n\nBody text of the article.\n", "utf-8")
    art = _one_article(p)
    assert art.title == "Headline here"
    assert art.published == date(2023, 10, 6)
    assert art.text == "Body text of the article."


def test_ingest_text_front_matter_gives_id_and_fields() -> None:
    art = _one_article(FIXTURES / "front_matter.md")
    assert art.id == "fm-2023-10-06-summit"
    assert art.title == "Leaders confirm November summit"
    assert art.published == date(2023, 10, 6)
    assert art.url == "https://example.org/news/summit"
    assert art.source == "Example Wire"
    assert art.language == "en"
    assert art.text.startswith("The two leaders confirmed")


def test_ingest_text_front_matter_published_key_and_string_date(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text('---\npublished: "Oct 6, 2023"\n---\nHeadline\n\nBody text.\n', "utf-8")
    art = _one_article(p)
    assert art.published == date(2023, 10, 6)
    assert art.title == "Headline"
    assert art.text == "Body text."


def test_ingest_text_missing_date_is_a_warning_not_an_error(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nThe ministers met on Friday in Geneva.\n", "utf-8")
    art = _one_article(p)
    assert art.published is None
    assert art.warnings == ("no publication date found",)


def test_ingest_text_default_date_fills_missing_date(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nThe ministers met on Friday in Geneva.\n", "utf-8")
    art = _one_article(p, default_date=date(2023, 10, 6))
    assert art.published == date(2023, 10, 6)
    assert art.warnings == ()
    # an article's own date wins over the default
    q = tmp_path / "b.txt"
    q.write_text("Headline\nDate: 2022-01-02\n\nBody.\n", "utf-8")
    assert _one_article(q, default_date=date(2023, 10, 6)).published == date(2022, 1, 2)


def test_ingest_text_single_line_is_untitled_article(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Biden met Xi in Woodside on Wednesday.\n", "utf-8")
    art = _one_article(p)
    assert art.title is None
    assert art.text == "Biden met Xi in Woodside on Wednesday."


def test_ingest_text_cp1252_file_is_decoded() -> None:
    art = _one_article(FIXTURES / "cp1252.txt")
    assert art.title == "Le ministre reçoit son homologue"
    assert "Affaires étrangères a reçu à Paris" in art.text
    assert art.published == date(2023, 10, 6)
    assert art.language == "fr"
    assert any("cp1252" in w for w in art.warnings)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_ingest_text_latin_encodings(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "a.txt"
    text = "Réunion à Genève\n\nLes négociateurs se sont réunis à Genève jeudi, a précisé l'ONU."
    p.write_bytes(text.encode(encoding))
    art = _one_article(p)
    assert art.title == "Réunion à Genève"
    assert "négociateurs se sont réunis à Genève" in art.text


def test_ingest_text_utf16_with_bom(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Headline\n\nThe envoys met in Doha.".encode("utf-16"))
    assert _one_article(p).text == "The envoys met in Doha."


def test_ingest_text_crlf_line_endings(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"Headline\r\n\r\nDate: 2023-10-06\r\n\r\nLine one.\r\nLine two.\r\n")
    art = _one_article(p)
    assert art.published == date(2023, 10, 6)
    assert art.text == "Line one.\nLine two."


# --- JSON and JSON Lines --------------------------------------------------------------------


def test_ingest_jsonl_keeps_ids_and_reports_malformed_line() -> None:
    path = FIXTURES / "articles.jsonl"
    items = _read(path)
    assert len(items) == 4
    a1, a2, bad, a4 = items
    assert isinstance(a1, Article) and isinstance(a2, Article) and isinstance(a4, Article)
    assert a1.id == "j1" and a1.title == "Ministers meet" and a1.source == "Wire A"
    assert a1.url == "https://example.org/j1" and a1.published == date(2023, 10, 2)
    assert a1.origin == f"{path}:1"
    assert a2.id == "j2" and a2.published == date(2023, 10, 3) and a2.origin == f"{path}:2"
    assert a4.id == "4" and a4.language == "fr" and a4.origin == f"{path}:4"
    assert isinstance(bad, Quarantined)
    assert bad.origin == str(path) and bad.line == 3
    assert bad.describe().startswith(f"{path}:3: line is not valid JSON")
    assert bad.code == "E206"


def test_ingest_jsonl_record_problems(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    rows = [
        json.dumps({"id": "ok", "text": "Ministers met.", "published": "2023-10-06"}),
        json.dumps({"id": "notext", "title": "Only a title"}),
        json.dumps({"id": "baddate", "text": "Ministers met.", "published": "the day after"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "num", "text": 42}),
        json.dumps({"text": "No id here.", "language": "en-GB"}),
    ]
    p.write_text("\n".join(rows) + "\n", "utf-8")
    items = _read(p)
    assert [type(i).__name__ for i in items] == [
        "Article", "Quarantined", "Quarantined", "Quarantined", "Quarantined", "Article"]
    ok, notext, baddate, notobj, num, noid = items
    assert isinstance(notext, Quarantined) and notext.line == 2 and notext.code == "E213"
    assert "no text" in notext.reason and notext.item_id == "notext"
    assert isinstance(baddate, Quarantined) and baddate.line == 3 and baddate.code == "E214"
    assert "cannot be parsed" in baddate.reason
    assert isinstance(notobj, Quarantined) and notobj.line == 5
    assert isinstance(num, Quarantined) and "not a string" in num.reason
    assert isinstance(noid, Article)
    assert noid.id == Article.make_id(noid.text, None) and noid.language == "en"
    assert noid.origin == f"{p}:7"


def test_ingest_jsonl_is_streamed_lazily(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as fh:
        for i in range(20000):
            fh.write(json.dumps({"id": f"r{i}", "text": f"Ministers met for round {i}."}) + "\n")
    gen = read_inputs([str(p)])
    start = time.perf_counter()
    first = next(gen)
    assert isinstance(first, Article) and first.id == "r0"
    assert time.perf_counter() - start < 2.0
    gen.close()


def test_ingest_jsonl_overlong_line_is_quarantined_and_skipped(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    big = json.dumps({"id": "big", "text": "x " * 3000})
    p.write_text(big + "\n" + json.dumps({"id": "small", "text": "Short."}) + "\n", "utf-8")
    items = _read(p, max_bytes=1000)
    assert isinstance(items[0], Quarantined) and items[0].line == 1
    assert items[0].reason == "article over the size limit of 1000 bytes; raise --max-bytes"
    assert isinstance(items[1], Article) and items[1].id == "small"


def test_ingest_jsonl_gz(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Envoys met in Doha."}) + "\n")
    assert _one_article(p).id == "g1"


def test_ingest_json_object_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "o1", "title": "T", "text": "Envoys met.",
                               "published": "2023-10-06T09:00:00Z"}), "utf-8")
    art = _one_article(one)
    assert art.id == "o1" and art.published == date(2023, 10, 6) and art.title == "T"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"id": "m1", "text": "First."}, {"id": "m2"}]), "utf-8")
    items = _read(many)
    assert isinstance(items[0], Article) and items[0].origin == f"{many}[0]"
    assert isinstance(items[1], Quarantined) and items[1].origin == f"{many}[1]"


def test_ingest_json_malformed_file(tmp_path: Path) -> None:
    p = tmp_path / "bad.json"
    p.write_text('{"id": "x", "text": "unterminated', "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E206" and "not valid JSON" in q.reason


# --- HTML, feeds, WARC ----------------------------------------------------------------------


def test_ingest_html_main_text_title_date() -> None:
    art = _one_article(FIXTURES / "page.html")
    assert art.title == "Envoys meet in Geneva"
    assert art.published == date(2023, 10, 6)
    assert art.text.startswith("Special envoys from the two governments met in Geneva")
    assert "Home" not in art.text and "Sport" not in art.text
    assert "Copyright" not in art.text
    assert art.source == "Example News"


def test_ingest_html_without_article_text(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title><script>var a = 1;</script></head>"
                 "<body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E213" and "no article text" in q.reason


def test_ingest_rss_items_become_articles() -> None:
    items = _read(FIXTURES / "feed.rss")
    assert len(items) == 2 and all(isinstance(i, Article) for i in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Ministers agree to resume talks"
    assert first.text == "The foreign ministers agreed on Friday to resume talks next month in " \
                         "Geneva."
    assert first.published == date(2023, 10, 6)
    assert first.url == "https://example.org/world/1"
    assert first.source == "Example Wire World"
    assert first.language == "en"
    assert second.published == date(2023, 10, 7)
    assert first.origin == f"{FIXTURES / 'feed.rss'}#item1"


def test_ingest_atom_entry_content_and_local_date() -> None:
    art = _one_article(FIXTURES / "feed.atom")
    assert art.title == "Envoy visits capital"
    assert art.text == ("The special envoy arrived in the capital on Thursday for two days of "
                        "meetings.\n\nShe will meet the prime minister on Friday.")
    assert art.published == date(2023, 10, 5)  # the date as written, not converted to UTC
    assert art.url == "https://example.org/atom/1"


def test_ingest_feed_sniffed_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "feed"
    p.write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert len([i for i in _read(p) if isinstance(i, Article)]) == 2


def test_ingest_feed_without_items(tmp_path: Path) -> None:
    p = tmp_path / "empty.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                 "<link>https://example.org</link><description>d</description></channel></rss>",
                 "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E207" and q.reason.startswith("feed has no items")


def test_ingest_feed_item_without_text(tmp_path: Path) -> None:
    p = tmp_path / "f.rss"
    p.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                 "<item><title>Only a title</title><link>https://example.org/1</link></item>"
                 "</channel></rss>", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E213" and q.origin.endswith("#item1")


def _warc_bytes(pages: list[tuple[str, str, str]], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, ctype, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                           http_headers=headers)
        writer.write_record(record)
    return buf.getvalue()


_PAGE = ("<html><head><title>{t}</title><meta property='article:published_time' "
         "content='2023-10-06'></head><body><article><h1>{t}</h1><p>{p}</p><p>{p}</p></article>"
         "</body></html>")


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_ingest_warc_html_responses(tmp_path: Path, name: str, gz: bool) -> None:
    body = ("The envoys met in Geneva on Friday and agreed to meet again next month, officials "
            "from both delegations said after the talks.")
    data = _warc_bytes([
        ("https://example.org/a", "text/html; charset=utf-8", _PAGE.format(t="Envoys meet",
                                                                           p=body)),
        ("https://example.org/logo.png", "image/png", "not really a png"),
        ("https://example.org/b", "text/html", _PAGE.format(t="Second page", p=body + " Again.")),
    ], gz)
    p = tmp_path / name
    p.write_bytes(data)
    items = _read(p)
    assert [type(i).__name__ for i in items] == ["Article", "Article"]
    first = items[0]
    assert isinstance(first, Article)
    assert first.url == "https://example.org/a"
    assert first.title == "Envoys meet"
    assert first.text.startswith("The envoys met in Geneva")
    assert first.published == date(2023, 10, 6)
    assert first.origin == f"{p}#https://example.org/a"


def test_ingest_warc_without_html(tmp_path: Path) -> None:
    p = tmp_path / "x.warc"
    p.write_bytes(_warc_bytes([("https://example.org/i.png", "image/png", "png")], gz=False))
    q = _one_quarantined(p)
    assert q.code == "E208" and "no HTML responses" in q.reason


def test_ingest_warc_damaged(tmp_path: Path) -> None:
    p = tmp_path / "x.warc"
    p.write_bytes(b"this is not a warc file at all\n" * 10)
    q = _one_quarantined(p)
    assert q.code == "E208"


# --- bad inputs -----------------------------------------------------------------------------


def test_ingest_bad_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    q = _one_quarantined(p)
    assert q.code == "E204" and q.reason.startswith("binary file (PNG image)")
    r = tmp_path / "blob"
    r.write_bytes(bytes(range(256)) * 8)
    assert _one_quarantined(r).code == "E204"


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n"])
def test_ingest_bad_empty_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    q = _one_quarantined(p)
    assert q.code == "E211" and "empty" in q.reason


def test_ingest_bad_undecodable_bytes(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    # bytes that are neither UTF-8 nor any of the single- or multi-byte encodings we try
    p.write_bytes(b"Headline\n\n" + b"\x81\x8d\x8f\x90\x9d" * 40)
    q = _one_quarantined(p)
    assert q.code == "E205"
    assert q.reason.startswith("text is not valid UTF-8")
    assert "convert the file to UTF-8" in q.reason


def test_ingest_bad_size_limit(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\n" + "word " * 400, "utf-8")
    q = _one_quarantined(p, max_bytes=1000)
    assert q.code == "E212"
    assert q.reason == "article over the size limit of 1000 bytes; raise --max-bytes"


def test_ingest_bad_50mb_file_is_rejected_by_size_without_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: cheap to make
    with p.open("r+b") as fh:
        fh.write(b"Headline\n\n")
    start = time.perf_counter()
    q = _one_quarantined(p)
    assert time.perf_counter() - start < 0.5
    assert q.code == "E212" and "5000000 bytes" in q.reason


def test_ingest_bad_date_line_quarantines_article(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Headline\nPublished: sometime last spring\n\nBody.\n", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E214"
    assert "'sometime last spring' cannot be parsed" in q.reason


@pytest.mark.parametrize("value", ["1850-01-01", "2999-01-01"])
def test_ingest_bad_date_out_of_range(tmp_path: Path, value: str) -> None:
    p = tmp_path / "a.txt"
    p.write_text(f"Headline\nDate: {value}\n\nBody.\n", "utf-8")
    assert _one_quarantined(p).code == "E214"


def test_ingest_bad_front_matter_yaml(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: [unclosed\n---\nBody.\n", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E206" and "front matter" in q.reason


def test_ingest_bad_title_only_with_front_matter_title(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: Only a title\n---\n\n", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E213"


def test_ingest_bad_boilerplate_only_article(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Headline\n\nAdvertisement\nShare this article\n", "utf-8")
    q = _one_quarantined(p)
    assert q.code == "E213"


def test_ingest_bad_path_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    q = _one_quarantined(missing)
    assert q.code == "E201" and q.origin == str(missing)
    assert q.reason == "path does not exist; check the spelling"


def test_ingest_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Headline\n\nBody of a good article.\n", "utf-8")
    items = _read(tmp_path / "missing.txt", empty, good)
    assert [type(i).__name__ for i in items] == ["Quarantined", "Quarantined", "Article"]
