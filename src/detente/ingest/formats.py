"""Readers for each input format. Each turns bytes (or a byte stream) into articles and
quarantine records, never raising for bad input."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from typing import IO, Any

from detente.ingest import problems as P
from detente.ingest.articles import (
    ReadOptions,
    article_from_plain_text,
    article_from_record,
    build_article,
)
from detente.ingest.decode import decode_bytes
from detente.ingest.problems import Problem
from detente.model import Article, Quarantined

__all__ = [
    "read_text_bytes", "read_json_bytes", "read_jsonl_lines", "read_html_bytes",
    "read_feed_bytes", "read_warc_stream", "html_to_text",
]

log = logging.getLogger(__name__)

Item = Article | Quarantined
_MIN_HTML_WORDS = 5


def _decode(data: bytes, origin: str) -> tuple[str, tuple[str, ...]] | Quarantined:
    if not data.strip():
        return P.quarantine(origin, P.EMPTY, "file is empty; nothing to read")
    decoded = decode_bytes(data)
    if isinstance(decoded, Problem):
        return decoded.at(origin)
    if not decoded.text.strip():
        return P.quarantine(origin, P.EMPTY, "file is empty; nothing to read")
    notes = () if decoded.encoding in ("utf-8", "utf-16") else (
        f"decoded as {decoded.encoding} (not UTF-8)",)
    return decoded.text, notes


def read_text_bytes(data: bytes, origin: str, opts: ReadOptions) -> Iterator[Item]:
    """A plain-text or Markdown article."""
    decoded = _decode(data, origin)
    if isinstance(decoded, Quarantined):
        yield decoded
        return
    text, notes = decoded
    yield article_from_plain_text(text, origin=origin, opts=opts, warnings=notes)


def read_json_bytes(data: bytes, origin: str, opts: ReadOptions) -> Iterator[Item]:
    """A JSON file: one article object, or a list of them."""
    decoded = _decode(data, origin)
    if isinstance(decoded, Quarantined):
        yield decoded
        return
    try:
        doc = json.loads(decoded[0])
    except json.JSONDecodeError as exc:
        yield P.quarantine(origin, P.MALFORMED, f"not valid JSON ({exc.msg} at line {exc.lineno} "
                           f"column {exc.colno}); fix the file", exc.lineno)
        return
    if isinstance(doc, list):
        if not doc:
            yield P.quarantine(origin, P.EMPTY, "JSON list is empty; nothing to read")
        for i, rec in enumerate(doc):
            yield article_from_record(rec, origin=f"{origin}[{i}]", opts=opts)
    else:
        yield article_from_record(doc, origin=origin, opts=opts)


def read_jsonl_lines(lines: Iterable[bytes | str], origin: str, opts: ReadOptions,
                     first_line: int = 1) -> Iterator[Item]:
    """JSON Lines, one article object per line, streamed. A bad line is quarantined with its
    line number and reading goes on. ``Article.origin`` is ``origin:LINE``."""
    seen = False
    for lineno, raw in enumerate(lines, start=first_line):
        if isinstance(raw, bytes):
            if len(raw) > opts.max_bytes:
                yield P.quarantine(origin, P.TOO_BIG, opts.too_big(), lineno)
                seen = True
                continue
            try:
                line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield P.quarantine(origin, P.ENCODING, f"line is not valid UTF-8 (byte "
                                   f"{exc.start}); JSON Lines must be UTF-8", lineno)
                seen = True
                continue
        else:
            line = raw
            if len(line) > opts.max_bytes // 4 and len(line.encode("utf-8")) > opts.max_bytes:
                yield P.quarantine(origin, P.TOO_BIG, opts.too_big(), lineno)
                seen = True
                continue
        if not line.strip():
            continue
        seen = True
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield P.quarantine(origin, P.MALFORMED, f"line is not valid JSON ({exc.msg} at column "
                               f"{exc.colno}); fix or remove the line", lineno)
            continue
        yield article_from_record(rec, origin=f"{origin}:{lineno}", opts=opts, line=lineno)
    if not seen:
        yield P.quarantine(origin, P.EMPTY, "file is empty; nothing to read")


def bounded_lines(stream: IO[bytes], limit: int) -> Iterator[bytes]:
    """Lines of a binary stream; a line longer than ``limit`` is yielded as its first
    ``limit + 1`` bytes (so the caller sees it is too long) and the rest is skipped unread."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # skip to the end of the overlong line in bounded chunks
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
        yield line


def read_html_bytes(data: bytes, origin: str, opts: ReadOptions, url: str | None = None,
                    warnings: tuple[str, ...] = ()) -> Iterator[Item]:
    """An HTML page: main text, title, date and site name through trafilatura."""
    import trafilatura  # imported late: heavy, and only needed for HTML

    if not data.strip():
        yield P.quarantine(origin, P.EMPTY, "file is empty; nothing to read")
        return
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        )
    except Exception as exc:  # trafilatura/lxml raise assorted errors on broken markup
        yield P.quarantine(origin, P.NO_TEXT, f"HTML could not be parsed ({exc}); check the page")
        return
    text = getattr(doc, "text", None) if doc is not None else None
    # A few words are a menu or a button label that trafilatura fell back to, not an article.
    if not text or len(text.split()) < _MIN_HTML_WORDS:
        yield P.quarantine(origin, P.NO_TEXT, "HTML page has no article text (navigation or "
                           "scripts only?); pass the article's own page")
        return
    title = getattr(doc, "title", None)
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip() and len(lines) > 1:
        text = "\n".join(lines[1:])  # trafilatura repeats the headline as the first line
    yield build_article(
        text, origin=origin, opts=opts, title=title, published=getattr(doc, "date", None),
        url=url or getattr(doc, "url", None), source=getattr(doc, "sitename", None),
        language=getattr(doc, "language", None), warnings=warnings,
    )


class _TextExtractor(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
              "blockquote", "section", "article", "table", "hr", "pre"}
    _SKIP = {"script", "style", "noscript", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed item content): tags out, block elements become
    line breaks, entities decoded."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entry_date(entry: Any) -> tuple[Any, bool]:
    """(value for build_article, ok). Prefers the date as written; falls back to feedparser's
    UTC struct when the string is unusual."""
    from datetime import date as _date

    from detente.ingest.dates import parse_publication_date

    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw:
            parsed = parse_publication_date(raw)
            if parsed is not None:
                return parsed, True
            st = entry.get(f"{key}_parsed")
            if st:
                try:
                    return _date(st.tm_year, st.tm_mon, st.tm_mday), True
                except ValueError:
                    pass
            return raw, False
    return None, True


def read_feed_bytes(data: bytes, origin: str, opts: ReadOptions) -> Iterator[Item]:
    """An RSS or Atom feed: one article per item, content (or summary) stripped of HTML."""
    import feedparser  # imported late: only needed for feeds

    try:
        feed = feedparser.parse(data)
    except Exception as exc:  # feedparser is lenient; this is a safety net
        yield P.quarantine(origin, P.BAD_FEED, f"not a readable RSS/Atom feed ({exc})")
        return
    entries = feed.get("entries") or []
    if not entries:
        if feed.get("bozo") and not feed.get("feed"):
            why = str(feed.get("bozo_exception") or "unknown error").split("\n")[0][:120]
            yield P.quarantine(origin, P.BAD_FEED, f"not a valid RSS/Atom feed ({why}); check "
                               "the file or URL")
        else:
            yield P.quarantine(origin, P.BAD_FEED, "feed has no items; nothing to read")
        return
    meta = feed.get("feed", {})
    source = meta.get("title")
    language = meta.get("language") or None
    for n, entry in enumerate(entries, start=1):
        item_origin = f"{origin}#item{n}"
        own = entry.get("id") or entry.get("link")
        contents = entry.get("content") or []
        html = "\n".join(c.get("value", "") for c in contents if c.get("value"))
        if not html.strip():
            html = entry.get("summary") or entry.get("description") or ""
        text = html_to_text(html)
        if not text:
            yield P.quarantine(item_origin, P.NO_TEXT, "feed item has no content or summary "
                               "text; fetch the linked page instead", item_id=own)
            continue
        published, _ = _entry_date(entry)
        title = entry.get("title")
        yield build_article(
            text, origin=item_origin, opts=opts, title=html_to_text(title) if title else None,
            published=published, url=entry.get("link"), source=source, language=language,
        )


def read_warc_stream(stream: IO[bytes], origin: str, opts: ReadOptions) -> Iterator[Item]:
    """A WARC file (plain or gzipped): every HTTP response with an HTML body is an article."""
    from warcio.archiveiterator import ArchiveIterator

    found = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            found += 1
            uri = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{uri or found}"
            status = record.http_headers.get_statuscode()
            if status and not str(status).startswith("2"):
                yield P.quarantine(where, P.NO_TEXT, f"WARC response has HTTP status {status}, "
                                   "not a page")
                continue
            body = record.content_stream().read(opts.max_bytes + 1)
            if len(body) > opts.max_bytes:
                yield P.quarantine(where, P.TOO_BIG, opts.too_big())
                continue
            yield from read_html_bytes(body, where, opts, url=uri)
    except Exception as exc:  # warcio: ArchiveLoadFailed, zlib and EOF errors on damage
        yield P.quarantine(origin, P.BAD_WARC, f"WARC file is damaged or not WARC "
                           f"({type(exc).__name__}: {str(exc)[:100]}); check the file")
        return
    if not found:
        yield P.quarantine(origin, P.BAD_WARC, "WARC file holds no HTML responses; nothing to "
                           "read")
